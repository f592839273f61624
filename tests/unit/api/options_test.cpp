// Options::from_json: defaults, every key, and errors with JSON pointers.
#include <catch2/catch.hpp>

#include <galley/galley.hpp>

#include "sanitize/policy_rules.hpp"

TEST_CASE("empty options give the defaults", "[options]") {
  galley::Error error;
  const auto options = galley::Options::from_json("{}", &error);
  REQUIRE(options);
  CHECK(options->mode == galley::Mode::fragment);
  CHECK(options->heading_id_prefix == "h-");
  CHECK_FALSE(options->policy.data_images_allowed());
  CHECK(options->policy.lazy_images_enabled());
  CHECK(options->limits.max_nesting == galley::Limits{}.max_nesting);
}

TEST_CASE("every documented option is read", "[options]") {
  galley::Error error;
  const auto options = galley::Options::from_json(R"({
    "mode": "article", "heading_id_prefix": "s-", "words_per_minute": 180, "cjk_characters_per_minute": 400,
    "excerpt_length": 90, "key_sentences": 5, "keywords": 4, "entities": false, "stylesheet_url": "/site.css",
    "policy": {"allow_data_images": true, "add_nofollow_ugc": true, "external_links_in_new_tab": true,
               "lazy_images": false, "base_url": "https://example.com/a/", "site_url": "https://example.com/",
               "url_schemes": ["https"], "remove_elements": ["mark"], "remove_attributes": {"img": ["title"]}},
    "limits": {"max_input_bytes": 1000, "max_json_depth": 10, "max_blocks": 5, "max_nesting": 50, "max_output_bytes": 9000}
  })", &error);
  REQUIRE(options);
  CHECK(options->mode == galley::Mode::article);
  CHECK(options->heading_id_prefix == "s-");
  CHECK(options->words_per_minute == 180);
  CHECK_FALSE(options->entities);
  CHECK(options->cjk_characters_per_minute == 400);
  CHECK(options->excerpt_length == 90);
  CHECK(options->key_sentences == 5);
  CHECK(options->keywords == 4);
  CHECK(options->stylesheet_url == "/site.css");
  CHECK(options->policy.data_images_allowed());
  CHECK(options->policy.nofollow_ugc());
  CHECK(options->policy.external_new_tab());
  CHECK_FALSE(options->policy.lazy_images_enabled());
  CHECK(options->policy.base() == "https://example.com/a/");
  CHECK(options->policy.site() == "https://example.com/");
  CHECK_FALSE(galley::sanitize::allows_scheme(options->policy, "http"));
  CHECK(galley::sanitize::allows_scheme(options->policy, "https"));
  CHECK_FALSE(galley::sanitize::allows_element(options->policy, "mark"));
  CHECK_FALSE(galley::sanitize::allows_attribute(options->policy, "img", "title"));
  CHECK(options->limits.max_input_bytes == 1000);
  CHECK(options->limits.max_json_depth == 10);
  CHECK(options->limits.max_blocks == 5);
  CHECK(options->limits.max_nesting == 50);
  CHECK(options->limits.max_output_bytes == 9000);
}

TEST_CASE("invalid options are errors with a JSON pointer", "[options]") {
  struct Case {
    const char* json;
    const char* path;
  };
  const Case cases[] = {
      {R"({"mode": "page"})", "/mode"},
      {R"({"mdoe": "article"})", "/mdoe"},
      {R"({"policy": {"allow_data_images": "yes"}})", "/policy/allow_data_images"},
      {R"({"policy": {"nofollow": true}})", "/policy/nofollow"},
      {R"({"limits": {"max_nesting": 0}})", "/limits/max_nesting"},
      {R"({"limits": {"max_nesting": 100000}})", "/limits/max_nesting"},
      {R"({"words_per_minute": -3})", "/words_per_minute"},
      {R"({"policy": {"remove_attributes": {"img": "title"}}})", "/policy/remove_attributes/img"},
      {R"({"heading_id_prefix": "sec 'ion-"})", "/heading_id_prefix"},
      {R"({"heading_id_prefix": ""})", "/heading_id_prefix"},
      {R"({"heading_id_prefix": "sec_"})", "/heading_id_prefix"},
      {R"({"heading_id_prefix": "9-"})", "/heading_id_prefix"},
      {R"([])", ""},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    galley::Error error;
    CHECK_FALSE(galley::Options::from_json(c.json, &error));
    CHECK(error.code == "invalid_options");
    CHECK(error.path == c.path);
  }
}

TEST_CASE("malformed options JSON reports its position", "[options]") {
  galley::Error error;
  CHECK_FALSE(galley::Options::from_json("{\"mode\": }", &error));
  CHECK(error.code == "invalid_options");
  CHECK(error.line == 1);
  CHECK(error.column > 0);
}

TEST_CASE("render with options JSON applies them or fails cleanly", "[options]") {
  const auto ok = galley::render(R"({"title": "T", "body": "x"})", std::string_view(R"({"mode": "article"})"));
  REQUIRE(ok.ok());
  CHECK(ok.html.rfind("<article class=\"galley-article\">", 0) == 0);
  const auto bad = galley::render(R"({"title": "T"})", std::string_view(R"({"mode": 1})"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error->code == "invalid_options");
}

TEST_CASE("a heading id prefix set in C++ is checked before rendering", "[options]") {
  // Options built in C++ skip from_json; render refuses a prefix that would
  // make ids with spaces or bare JavaScript identifiers.
  for (const char* prefix : {"sec t-", "", "toc"}) {
    INFO(prefix);
    galley::Options options;
    options.heading_id_prefix = prefix;
    const auto result = galley::render(R"({"title": "T", "body": "# Intro"})", options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error->code == "invalid_options");
    CHECK(result.error->path == "/heading_id_prefix");
  }
  galley::Options options;
  options.heading_id_prefix = "Sec_1-";
  const auto result = galley::render(R"({"title": "T", "body": "# Intro"})", options);
  REQUIRE(result.ok());
  CHECK(result.html.find("id=\"Sec_1-intro\"") != std::string::npos);
}
