// galley::Summary holds the same values as the summary JSON: checked field by
// field against nlohmann/json's reading of it, on every sample article.
#include <catch2/catch.hpp>

#include <galley/galley.hpp>
#include <nlohmann/json.hpp>

#include "test_files.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

std::optional<std::string> optional_string(const Json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

void check_same(const galley::Summary& s, const Json& j) {
  CHECK(s.title == j["title"]);
  CHECK(s.subtitle == optional_string(j["subtitle"]));
  CHECK(s.kicker == optional_string(j["kicker"]));
  CHECK(s.section == optional_string(j["section"]));
  CHECK(s.lang == optional_string(j["lang"]));
  CHECK(s.dir == optional_string(j["dir"]));
  CHECK(s.id == optional_string(j["id"]));
  CHECK(s.url == optional_string(j["url"]));
  CHECK(s.byline == optional_string(j["byline"]));
  CHECK(s.published == optional_string(j["published"]));
  CHECK(s.updated == optional_string(j["updated"]));
  REQUIRE(s.breadcrumbs.size() == j["breadcrumbs"].size());
  for (std::size_t i = 0; i < s.breadcrumbs.size(); ++i) {
    CHECK(s.breadcrumbs[i].label == j["breadcrumbs"][i]["label"]);
    CHECK(s.breadcrumbs[i].url == optional_string(j["breadcrumbs"][i]["url"]));
  }
  CHECK(s.tags == j["tags"].get<std::vector<std::string>>());
  REQUIRE(s.authors.size() == j["authors"].size());
  for (std::size_t i = 0; i < s.authors.size(); ++i) {
    CHECK(s.authors[i].name == j["authors"][i]["name"]);
    CHECK(s.authors[i].url == optional_string(j["authors"][i]["url"]));
  }
  CHECK(s.word_count == j["word_count"]);
  CHECK(s.char_count == j["char_count"]);
  const Json& time = j["reading_time"];
  CHECK(s.reading_time.minutes == time["minutes"]);
  CHECK(s.reading_time.seconds == time["seconds"]);
  CHECK(s.reading_time.total_seconds == time["total_seconds"]);
  CHECK(s.reading_time.words_per_minute == time["words_per_minute"]);
  CHECK(s.reading_time.cjk_characters_per_minute == time["cjk_characters_per_minute"]);
  CHECK(s.excerpt == j["excerpt"]);
  REQUIRE(s.outline.size() == j["outline"].size());
  for (std::size_t i = 0; i < s.outline.size(); ++i) {
    CHECK(s.outline[i].level == j["outline"][i]["level"]);
    CHECK(s.outline[i].text == j["outline"][i]["text"]);
    CHECK(s.outline[i].id == j["outline"][i]["id"]);
  }
  REQUIRE(s.links.size() == j["links"].size());
  for (std::size_t i = 0; i < s.links.size(); ++i) {
    CHECK(s.links[i].href == j["links"][i]["href"]);
    CHECK(s.links[i].text == j["links"][i]["text"]);
    CHECK(s.links[i].internal == j["links"][i]["internal"]);
  }
  REQUIRE(s.images.size() == j["images"].size());
  for (std::size_t i = 0; i < s.images.size(); ++i) {
    CHECK(s.images[i].src == j["images"][i]["src"]);
    CHECK(s.images[i].alt == j["images"][i]["alt"]);
    CHECK(s.images[i].caption == optional_string(j["images"][i]["caption"]));
  }
  const Json& removed = j["removed"];
  CHECK(s.removed.elements == removed["elements"]);
  CHECK(s.removed.unwrapped == removed["unwrapped"]);
  CHECK(s.removed.attributes == removed["attributes"]);
  CHECK(s.removed.urls == removed["urls"]);
  CHECK(s.removed.comments == removed["comments"]);
  REQUIRE(s.key_sentences.size() == j["key_sentences"].size());
  for (std::size_t i = 0; i < s.key_sentences.size(); ++i) {
    CHECK(s.key_sentences[i].text == j["key_sentences"][i]["text"]);
    CHECK(s.key_sentences[i].index == j["key_sentences"][i]["index"]);
    CHECK(s.key_sentences[i].score == j["key_sentences"][i]["score"].get<double>());
  }
  REQUIRE(s.keywords.size() == j["keywords"].size());
  for (std::size_t i = 0; i < s.keywords.size(); ++i) {
    CHECK(s.keywords[i].term == j["keywords"][i]["term"]);
    CHECK(s.keywords[i].score == j["keywords"][i]["score"].get<double>());
  }
  REQUIRE(s.entities.size() == j["entities"].size());
  for (std::size_t i = 0; i < s.entities.size(); ++i) {
    CHECK(s.entities[i].text == j["entities"][i]["text"]);
    CHECK(s.entities[i].kind == j["entities"][i]["kind"]);
    CHECK(s.entities[i].count == j["entities"][i]["count"]);
    CHECK(s.entities[i].aliases == j["entities"][i]["aliases"].get<std::vector<std::string>>());
  }
}

}  // namespace

TEST_CASE("Summary holds the values of the summary JSON for every sample article", "[summary]") {
  std::size_t articles = 0, with_images = 0, with_links = 0, with_entities = 0, with_removals = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(GALLEY_SOURCE_DIR) / "demo" / "articles")) {
    if (entry.path().extension() != ".json") continue;
    INFO(entry.path().filename().string());
    const galley::RenderResult r = galley::render(galley::test::read_file(entry.path()));
    REQUIRE(r.ok());
    const std::optional<galley::Summary> summary = r.summary();
    REQUIRE(summary);
    check_same(*summary, Json::parse(r.summary_json));
    ++articles;
    with_images += !summary->images.empty();
    with_links += !summary->links.empty();
    with_entities += !summary->entities.empty();
    with_removals += summary->removed.elements > 0;
  }
  CHECK(articles >= 4);
  // The samples exercise every list, so the comparison above is not vacuous.
  CHECK(with_images > 0);
  CHECK(with_links > 0);
  CHECK(with_entities > 0);
  CHECK(with_removals > 0);
}

TEST_CASE("Summary::from_json reports malformed text and wrong types with their place", "[summary]") {
  galley::Error error;
  CHECK_FALSE(galley::Summary::from_json("{\"title\": ", &error));
  CHECK(error.code == "invalid_json");
  CHECK(error.line == 1);

  CHECK_FALSE(galley::Summary::from_json(R"({"title":"t","outline":[{"level":"two","text":"x","id":"h-x"}]})", &error));
  CHECK(error.code == "invalid_summary");
  CHECK(error.path == "/outline/0/level");

  CHECK_FALSE(galley::Summary::from_json(R"({"title":"t","keywords":[{"term":"x","score":"high"}]})", &error));
  CHECK(error.path == "/keywords/0/score");
  CHECK_FALSE(galley::Summary::from_json(R"({"title":"t","links":[3]})", &error));
  CHECK(error.path == "/links/0");
  CHECK_FALSE(galley::Summary::from_json(R"({"subtitle":"no title"})", &error));
  CHECK(error.path == "/title");
  CHECK_FALSE(galley::Summary::from_json("[]", &error));
  CHECK(error.code == "invalid_summary");
}

TEST_CASE("Summary scores keep every decimal and unknown keys are skipped", "[summary]") {
  const auto s = galley::Summary::from_json(
      R"({"title":"t","future_key":{"x":1},"keywords":[{"term":"a","score":9.5452},{"term":"b","score":1.0},{"term":"c","score":-0.0001}]})");
  REQUIRE(s);
  REQUIRE(s->keywords.size() == 3);
  CHECK(s->keywords[0].score == 9.5452);
  CHECK(s->keywords[1].score == 1.0);
  CHECK(s->keywords[2].score == -0.0001);
  CHECK(s->word_count == 0);
}

TEST_CASE("a result without a summary has no Summary", "[summary]") {
  CHECK_FALSE(galley::sanitize_html("<p>x</p>").summary());
  CHECK_FALSE(galley::render("{").summary());
}
