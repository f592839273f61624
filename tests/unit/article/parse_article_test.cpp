// Input validation: malformed JSON, wrong types, limits, warnings.
#include <catch2/catch.hpp>

#include <algorithm>

#include <galley/galley.hpp>

#include <string>
#include <vector>

namespace {

galley::RenderResult render_text(const std::string& json, galley::Options options = {}) {
  return galley::render(json, options);
}

bool has_diagnostic(const galley::RenderResult& r, const std::string& code, const std::string& path) {
  for (const auto& d : r.diagnostics) {
    if (d.code == code && d.path == path) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a minimal article renders", "[input]") {
  const auto r = render_text(R"({"title": "Hello", "body": "World *wide*."})");
  REQUIRE(r.ok());
  CHECK(r.html == "<p>World <em>wide</em>.</p>");
  CHECK(r.diagnostics.empty());
}

TEST_CASE("malformed JSON reports line, column and offset", "[input]") {
  const auto r = render_text("{\n  \"title\": \"x\",\n  \"body\": tru\n}");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->code == "invalid_json");
  CHECK(r.error->line == 3);
  CHECK(r.error->column >= 11);
  CHECK(r.error->offset > 20);
  CHECK(r.error->path.empty());
}

TEST_CASE("empty input and non-object roots are errors", "[input]") {
  CHECK(render_text("").error->code == "invalid_json");
  const auto arr = render_text("[1, 2]");
  REQUIRE_FALSE(arr.ok());
  CHECK(arr.error->code == "invalid_article");
  CHECK(arr.error->path.empty());
}

TEST_CASE("title is required, must be a string and not blank", "[input]") {
  for (const char* json : {R"({"body": "x"})", R"({"title": 42})", R"({"title": null})", R"({"title": "  "})"}) {
    const auto r = render_text(json);
    INFO(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "invalid_article");
    CHECK(r.error->path == "/title");
  }
}

TEST_CASE("wrong types report the JSON pointer of the value", "[input]") {
  struct Case {
    const char* json;
    const char* path;
  };
  const Case cases[] = {
      {R"({"title": "t", "tags": ["a", 3]})", "/tags/1"},
      {R"({"title": "t", "authors": [{"name": "a"}, {"url": "x"}]})", "/authors/1/name"},
      {R"({"title": "t", "image": {"src": 1}})", "/image/src"},
      {R"({"title": "t", "image": {"src": "a.jpg", "width": "wide"}})", "/image/width"},
      {R"({"title": "t", "body": {"format": "pdf", "content": "x"}})", "/body/format"},
      {R"({"title": "t", "body": 12})", "/body"},
      {R"({"title": "t", "blocks": [{"type": "heading"}]})", "/blocks/0/text"},
      {R"({"title": "t", "blocks": [{"type": "paragraph", "text": "a"}, {"text": "b"}]})", "/blocks/1/type"},
      {R"({"title": "t", "blocks": [{"type": "table", "rows": [["a", 1]]}]})", "/blocks/0/rows/0/1"},
      {R"({"title": "t", "blocks": [{"type": "heading", "level": 9, "text": "x"}]})", "/blocks/0/level"},
      {R"({"title": "t", "body": "x", "blocks": []})", "/blocks"},
      {R"({"title": "t", "breadcrumbs": {"label": "x"}})", "/breadcrumbs"},
      {R"({"title": "t", "a/b": 1, "authors": [{"name": 5}]})", "/authors/0/name"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    const auto r = render_text(c.json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "invalid_article");
    CHECK(r.error->path == c.path);
    CHECK_FALSE(r.error->message.empty());
  }
}

TEST_CASE("unknown fields and block types are warnings, never silent", "[input]") {
  const auto r = render_text(
      R"({"title": "t", "tracking~id/x": 1, "blocks": [{"type": "poll", "question": "?"}, {"type": "paragraph", "text": "ok", "colour": "red"}]})");
  REQUIRE(r.ok());
  CHECK(has_diagnostic(r, "unknown_field", "/tracking~0id~1x"));
  CHECK(has_diagnostic(r, "unknown_block_type", "/blocks/0"));
  CHECK(has_diagnostic(r, "unknown_field", "/blocks/1/colour"));
  CHECK(r.html == "<p>ok</p>");
  for (const auto& d : r.diagnostics) {
    if (d.code == "unknown_block_type") CHECK(d.removed.find("question") != std::string::npos);
  }
}

TEST_CASE("a repeated key keeps its last value and reports the one it replaced", "[input]") {
  const auto r = render_text(
      R"({"title": "<script>x</script>", "body": "first", "title": "Second", "blocks": null, "body": "last"})");
  REQUIRE(r.ok());
  CHECK(r.html == "<p>last</p>");
  CHECK(r.summary_json.find(R"("title":"Second")") != std::string::npos);
  std::vector<std::string> replaced;
  for (const auto& d : r.diagnostics) {
    if (d.code == "duplicate_key") replaced.push_back(d.path + " " + d.removed);
  }
  std::sort(replaced.begin(), replaced.end());
  CHECK(replaced == std::vector<std::string>{"/body \"first\"", "/title \"<script>x</script>\""});
}

TEST_CASE("numbers in integer fields may be written in any JSON form of a whole number", "[input]") {
  for (const char* width : {"1200", "1200.0", "1.2e3", "12000e-1"}) {
    const auto r = render_text(std::string(R"({"title": "t", "image": {"src": "a.png", "width": )") + width + "}}");
    INFO(width);
    CHECK(r.ok());
  }
  for (const char* width : {"1200.5", "1e19", "-1", "0", "100001"}) {
    const auto r = render_text(std::string(R"({"title": "t", "image": {"src": "a.png", "width": )") + width + "}}");
    INFO(width);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "invalid_article");
    CHECK(r.error->path == "/image/width");
  }
}

TEST_CASE("invalid dates, languages and directions are dropped with a warning", "[input]") {
  const auto r = render_text(R"({"title": "t", "published": "2026-13-01", "updated": "yesterday", "lang": "english!", "dir": "up"})");
  REQUIRE(r.ok());
  CHECK(has_diagnostic(r, "invalid_value", "/published"));
  CHECK(has_diagnostic(r, "invalid_value", "/updated"));
  CHECK(has_diagnostic(r, "invalid_value", "/lang"));
  CHECK(has_diagnostic(r, "invalid_value", "/dir"));
  CHECK(r.summary_json.find("\"published\":null") != std::string::npos);
}

TEST_CASE("valid ISO 8601 forms are accepted", "[input]") {
  for (const char* date : {"2026-11-28", "2026-11-28T10:00Z", "2026-11-28T10:00:05.123+09:00", "2026-11-28T23:59:60Z"}) {
    INFO(date);
    const auto r = render_text(std::string(R"({"title": "t", "published": ")") + date + "\"}");
    REQUIRE(r.ok());
    CHECK_FALSE(has_diagnostic(r, "invalid_value", "/published"));
  }
}

TEST_CASE("invalid UTF-8 is repaired with a warning carrying the byte offset", "[input]") {
  const std::string json = "{\"title\": \"caf\xC3\", \"body\": \"ok \xFF\xFE done\"}";
  const auto r = render_text(json);
  REQUIRE(r.ok());
  int repairs = 0;
  for (const auto& d : r.diagnostics) {
    if (d.code == "invalid_utf8") {
      ++repairs;
      CHECK(d.offset > 0);
    }
  }
  CHECK(repairs == 3);
  CHECK(r.html == "<p>ok \xEF\xBF\xBD\xEF\xBF\xBD done</p>");
}

TEST_CASE("limits give limit_exceeded errors", "[input][limits]") {
  galley::Options options;
  SECTION("input bytes") {
    options.limits.max_input_bytes = 20;
    const auto r = render_text(R"({"title": "a long enough title"})", options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "limit_exceeded");
  }
  SECTION("JSON depth") {
    std::string deep = R"({"title": "t", "x": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const auto r = render_text(deep, options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "limit_exceeded");
  }
  SECTION("blocks") {
    options.limits.max_blocks = 2;
    const auto r = render_text(R"({"title": "t", "blocks": [{"type": "divider"}, {"type": "divider"}, {"type": "divider"}]})",
                          options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "limit_exceeded");
    CHECK(r.error->path == "/blocks");
  }
  SECTION("output bytes") {
    options.limits.max_output_bytes = 64;
    const auto r = render_text(R"({"title": "t", "body": ")" + std::string(500, 'x') + "\"}", options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "limit_exceeded");
  }
  SECTION("HTML nesting") {
    std::string nested;
    for (int i = 0; i < 1000; ++i) nested += "<div>";
    const auto r = render_text(R"({"title": "t", "body": {"format": "html", "content": ")" + nested + "\"}}", options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->code == "limit_exceeded");
    CHECK(r.error->path == "/body/content");
  }
}

TEST_CASE("render_owned gives what render gives", "[input]") {
  const std::vector<std::string> inputs = {
      R"({"title": "T", "body": "Line\none \"quoted\" \\ \u00e9 *em*"})",
      R"({"title": "T", "body": {"format": "html", "content": "<p onclick=\"x()\">Hi</p>"}})",
      R"({"title": "T", "blocks": [{"type": "paragraph", "text": "A *b*"}, {"type": "code", "code": "x < 1"},
          {"type": "html", "html": "<b>bold</b>"}, {"type": "markdown", "markdown": "# H"},
          {"type": "quote", "text": "Q", "cite": "C"}, {"type": "widget", "text": "kept in the diagnostic"}]})",
      "{\"title\": \"T\", \"body\": \"bad \xFF byte\"}",
      "{\"title\": \"T\",\n \"body\": tru}",
  };
  for (const galley::Mode mode : {galley::Mode::fragment, galley::Mode::article, galley::Mode::document}) {
    galley::Options options;
    options.mode = mode;
    for (const std::string& input : inputs) {
      CAPTURE(input, galley::to_string(mode));
      CHECK(galley::render_owned(input, options).to_json() == galley::render(input, options).to_json());
    }
  }
  const auto widget = galley::render_owned(inputs[2]);
  REQUIRE(widget.ok());
  const auto skipped = std::find_if(widget.diagnostics.begin(), widget.diagnostics.end(),
                                    [](const galley::Diagnostic& d) { return d.code == "unknown_block_type"; });
  REQUIRE(skipped != widget.diagnostics.end());
  CHECK(skipped->path == "/blocks/5");
  CHECK(skipped->removed.find("kept in the diagnostic") != std::string::npos);
}

TEST_CASE("a failed render does not affect the next one", "[input]") {
  CHECK_FALSE(render_text("{").ok());
  const auto r = render_text(R"({"title": "t", "body": "# Heading"})");
  REQUIRE(r.ok());
  CHECK(r.html == "<h2 id=\"h-heading\">Heading</h2>");
}

TEST_CASE("error JSON is one line with code, message, path and position", "[input]") {
  const auto r = render_text("{\"title\": }");
  REQUIRE_FALSE(r.ok());
  const std::string line = r.error->to_json();
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find("\"code\":\"invalid_json\"") != std::string::npos);
  CHECK(line.find("\"line\":1") != std::string::npos);
  CHECK(line.find("\"column\":") != std::string::npos);
  CHECK(line.find("\"path\":\"\"") != std::string::npos);
}

TEST_CASE("unpaired surrogate escapes are repaired like invalid UTF-8", "[input]") {
  const auto r = render_text(R"({"title": "a\ud800b", "body": "pair \ud83d\ude00 lone \udc00 escaped \\ud800"})");
  REQUIRE(r.ok());
  int repairs = 0;
  for (const auto& d : r.diagnostics) repairs += d.code == "invalid_utf8";
  CHECK(repairs == 2);
  CHECK(r.html == "<p>pair \xF0\x9F\x98\x80 lone \xEF\xBF\xBD escaped \\ud800</p>");
  CHECK(r.summary_json.find("\"title\":\"a\xEF\xBF\xBD" "b\"") != std::string::npos);
}

TEST_CASE("JSON errors point into the caller's text even after UTF-8 repair", "[input]") {
  const auto r = render_text("\"\xFF");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->code == "invalid_json");
  CHECK(r.error->offset >= 0);
  CHECK(r.error->offset <= 2);
  CHECK(r.error->column <= 3);
}

TEST_CASE("numbers beyond a double are malformed JSON with a position", "[input]") {
  const auto r = render_text(R"({"title": "t", "x": 1e400})");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->code == "invalid_json");
  CHECK(r.error->offset == 20);
  CHECK(r.error->line == 1);
}

TEST_CASE("a base URL with another scheme than http(s) is never used", "[input][urls]") {
  galley::Error error;
  const auto options = galley::Options::from_json(R"({"policy": {"base_url": "javascript:alert(1)//"}})", &error);
  REQUIRE(options);
  const auto r = galley::render(R"j({"title": "t", "body": "[x](y) ![i](z.png)"})j", *options);
  REQUIRE(r.ok());
  CHECK(r.html.find("javascript") == std::string::npos);
  CHECK(r.html.find("href=\"y\"") != std::string::npos);
}

TEST_CASE("a scheme hidden by control characters is refused", "[input][urls]") {
  const auto r = galley::sanitize_html("<a href=\"h&#14;ttp://x\">a</a>");
  REQUIRE(r.ok());
  CHECK(r.html == "<a>a</a>");
  CHECK(galley::sanitize_html(r.html).html == r.html);
}

TEST_CASE("deeply nested options are an options error", "[input]") {
  galley::Error error;
  CHECK_FALSE(galley::Options::from_json(std::string(17, '['), &error));
  CHECK(error.code == "invalid_options");
}
