#pragma once
// The summary of a render as C++ values, read from RenderResult::summary_json
// (docs/summary.md), so that a C++ program needs no JSON library to use it.
// The JSON-LD and Open Graph metadata stay JSON: see summary_json.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

struct Error;

struct SummaryAuthor {
  std::string name;
  std::optional<std::string> url;
};

struct Breadcrumb {
  std::string label;
  std::optional<std::string> url;
};

struct ReadingTime {
  std::int64_t minutes = 0;
  std::int64_t seconds = 0;        // with minutes: 4 and 30 for 4:30
  std::int64_t total_seconds = 0;
  std::int64_t words_per_minute = 0;           // the rates used
  std::int64_t cjk_characters_per_minute = 0;
};

struct OutlineEntry {
  int level = 2;      // 2..6 (a body h1 is demoted to h2)
  std::string text;
  std::string id;     // generated, prefixed, unique within the render
};

struct LinkEntry {
  std::string href;   // as written to the output (after base-URL resolution)
  std::string text;
  bool internal = false;  // relative or on the site's host
};

struct ImageEntry {
  std::string src;
  std::string alt;
  std::optional<std::string> caption;  // the enclosing figure's figcaption
};

struct RemovedCounts {
  std::size_t elements = 0;    // elements dropped with their content
  std::size_t unwrapped = 0;   // elements removed but their content kept
  std::size_t attributes = 0;
  std::size_t urls = 0;        // attributes removed because of their URL
  std::size_t comments = 0;
};

struct KeySentence {
  std::string text;
  std::int64_t index = 0;  // position of the sentence in the body
  double score = 0;        // 0 to 1, four decimals
};

struct Keyword {
  std::string term;
  double score = 0;
};

struct Entity {
  std::string text;
  std::string kind;  // person, organization, place or other
  std::int64_t count = 0;
  std::vector<std::string> aliases;
};

struct Summary {
  std::string title;
  std::optional<std::string> subtitle;
  std::optional<std::string> kicker;
  std::optional<std::string> section;
  std::optional<std::string> lang;
  std::optional<std::string> dir;
  std::optional<std::string> id;
  std::optional<std::string> url;
  std::vector<SummaryAuthor> authors;
  std::optional<std::string> byline;     // "A, B and C"
  std::optional<std::string> published;  // ISO 8601, as given
  std::optional<std::string> updated;
  std::vector<Breadcrumb> breadcrumbs;
  std::vector<std::string> tags;
  std::int64_t word_count = 0;
  std::int64_t char_count = 0;
  ReadingTime reading_time;
  std::string excerpt;
  std::vector<OutlineEntry> outline;
  std::vector<LinkEntry> links;
  std::vector<ImageEntry> images;
  RemovedCounts removed;  // what the sanitizer removed from the body
  std::vector<KeySentence> key_sentences;
  std::vector<Keyword> keywords;
  std::vector<Entity> entities;

  // Reads a summary object in the form docs/summary.md describes (keys it does
  // not know are skipped). On failure returns std::nullopt and fills *error:
  // invalid_json for malformed text, invalid_summary (with the JSON pointer)
  // for a value of the wrong type.
  static std::optional<Summary> from_json(std::string_view json, Error* error = nullptr);
};

}  // namespace galley
