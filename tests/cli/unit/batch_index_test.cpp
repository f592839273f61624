// index.json entries: copied from the core's compact summary without a
// document tree, they must equal what a JSON library makes of the same
// summary, for every kind of string the summary can hold.
#include <catch2/catch.hpp>

#include <string>

#include <galley/galley.hpp>
#include <nlohmann/json.hpp>

#include "batch_index.hpp"

namespace {

using json = nlohmann::ordered_json;

// The entry as documented in batch_index.hpp, built through a parsed tree.
std::string entry_through_tree(const std::string& name, const std::string& summary_json) {
  const json summary = json::parse(summary_json);
  const auto member = [&](const char* key) { return summary.contains(key) ? summary[key] : json(); };
  json time = json::object();
  for (const char* key : {"minutes", "seconds", "total_seconds"}) time[key] = summary["reading_time"][key];
  json entry = json::object();
  entry["id"] = member("id");
  entry["name"] = name;
  entry["title"] = summary["title"];
  entry["url"] = member("url");
  entry["excerpt"] = summary["excerpt"];
  entry["reading_time"] = time;
  entry["tags"] = summary["tags"];
  entry["published"] = member("published");
  entry["updated"] = member("updated");
  return entry.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string summary_of(const json& article) {
  const galley::RenderResult result = galley::render(article.dump());
  REQUIRE(result.ok());
  return result.summary_json;
}

}  // namespace

TEST_CASE("batch index entries copy the summary's values as a JSON library writes them") {
  const std::string awkward = "T\x01\x1f\x7f \xe2\x80\xa8 \"q\" \\ / \b\f\n\r\t \xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x98\x80 </script>";
  const json articles[] = {
      {{"id", "a-1" + awkward}, {"title", awkward}, {"url", "https://example.com/a?b=1&c=\"2\""},
       {"tags", {awkward, "x", ""}}, {"published", "2024-01-01T00:00:00Z"}, {"updated", awkward},
       {"body", {{"format", "markdown"}, {"content", awkward + "\n\n" + std::string(3000, 'w') + " words"}}}},
      {{"title", "No id, url, dates or tags"}, {"body", {{"format", "markdown"}, {"content", "Short."}}}},
  };
  for (const json& article : articles) {
    const std::string summary = summary_of(article);
    const std::optional<std::string> entry = galley::cli::index_entry("name-1", summary);
    REQUIRE(entry);
    CHECK(*entry == entry_through_tree("name-1", summary));
    // A summary file of an earlier run gives the same entry in any layout.
    CHECK(galley::cli::index_entry_of_file("name-1", json::parse(summary).dump(2, ' ', true)) == entry);
  }
}

TEST_CASE("batch index entries are refused for what is not a summary") {
  for (const char* text : {R"({"title":5,"excerpt":"","tags":[],"reading_time":{"minutes":0,"seconds":0,"total_seconds":0}})",
                           R"({"title":"t","excerpt":"","tags":{},"reading_time":{"minutes":0,"seconds":0,"total_seconds":0}})",
                           R"({"title":"t","excerpt":"","tags":[],"reading_time":{"minutes":0,"seconds":0}})",
                           R"({"title":"t","excerpt":"","tags":[],"reading_time":{"minutes":1.5,"seconds":0,"total_seconds":0}})",
                           R"({"title":"t","excerpt":"","tags":[],"reading_time":{"minutes":0,"seconds":0,"total_seconds":0},"id":3})",
                           R"(["title"])", "{}", ""}) {
    INFO(text);
    CHECK_FALSE(galley::cli::index_entry("n", text));
    CHECK_FALSE(galley::cli::index_entry_of_file("n", text));
  }
  CHECK_FALSE(galley::cli::index_entry_of_file("n", "{\"title\": \"unterminated"));
  const char* valid = R"({"title":"t","excerpt":"e","tags":["a"],"reading_time":{"minutes":1,"seconds":2,"total_seconds":62}})";
  CHECK(galley::cli::index_entry("n", valid) ==
        R"({"id":null,"name":"n","title":"t","url":null,"excerpt":"e","reading_time":{"minutes":1,"seconds":2,"total_seconds":62},"tags":["a"],"published":null,"updated":null})");
}
