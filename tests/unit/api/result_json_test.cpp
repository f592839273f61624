// RenderResult::to_json lays out the spliced summary itself; every indent must
// read exactly like nlohmann's own pretty printing of the same document.
#include <catch2/catch.hpp>

#include <galley/galley.hpp>

#include <nlohmann/json.hpp>

#include <string>

TEST_CASE("to_json with an indent matches a pretty dump of the compact form") {
  const std::string article = R"({"title":"Quotes \" and {braces}: [x]",)"
                              R"("body":"# Héading\n\nA \"quoted\" word, a comma: {} [] and\ttab.\n\n- one\n- two\n"})";
  const galley::RenderResult r = galley::render(article);
  REQUIRE_FALSE(r.error);
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(r.to_json());
  for (int indent : {0, 1, 2, 4}) {
    CAPTURE(indent);
    CHECK(r.to_json(indent) == parsed.dump(indent));
  }
}

TEST_CASE("to_json keeps empty containers on one line") {
  galley::RenderResult r;
  r.html = "";
  r.summary_json = R"({"a":[],"b":{},"c":[{}],"d":"[]{},:"})";
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(r.to_json());
  CHECK(r.to_json(2) == parsed.dump(2));
  CHECK(r.to_json(2).find("\"a\": []") != std::string::npos);
}
