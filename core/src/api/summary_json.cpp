// Summary::from_json: the summary JSON (docs/summary.md) read back into C++
// values with the core's own JSON reader.
#include <galley/result.hpp>
#include <galley/summary.hpp>

#include "api/json_document.hpp"
#include "common/first_failure.hpp"
#include "json/number.hpp"
#include "json/object_reader.hpp"
#include "json/parse_json.hpp"
#include "json/pointer.hpp"

namespace galley {
namespace {

constexpr const common::Code& kInvalidSummary = common::codes::invalid_summary;

// Calls read(object reader) for each object of the array at `key`.
template <typename Read>
void for_each_object(json::ObjectReader& parent, std::string_view key, Read read) {
  const json::Value* items = parent.array(key);
  if (!items) return;
  const std::string path = parent.path_of(key);
  for (std::size_t i = 0; i < items->size() && !parent.failed(); ++i) {
    const json::Value& item = (*items)[i];
    if (!item.is_object()) {
      parent.fail_at(json::pointer_append(path, i), "'" + std::string(key) + "' must hold objects");
      return;
    }
    json::ObjectReader reader = parent.nested(item, json::pointer_append(path, i));
    read(reader);
  }
}

std::int64_t count(json::ObjectReader& r, std::string_view key) { return r.integer(key, 0, INT64_MAX).value_or(0); }

// Scores are written with at most four decimals ("0.62", "9.5452"). Dividing
// the digits, read as one whole number, by a power of ten rounds once, exactly
// as a decimal-to-double conversion does (and links no such conversion).
double decimal(json::ObjectReader& r, std::string_view key) {
  const json::Value* v = r.value(key);
  if (!v || v->is_null()) return 0;
  if (!v->is_number()) {
    r.fail_type(key, "a number", *v);
    return 0;
  }
  std::string digits(v->text());
  double scale = 1;
  if (const std::size_t point = digits.find('.'); point != std::string::npos) {
    for (std::size_t i = point + 1; i < digits.size(); ++i) scale *= 10;
    digits.erase(point, 1);
  }
  std::int64_t whole = 0;
  constexpr double kExactDecimals = 1e9;
  if (scale > kExactDecimals || json::to_int64(digits, whole) != json::WholeNumber::ok ||
      whole > (std::int64_t{1} << 53) || whole < -(std::int64_t{1} << 53)) {
    r.fail(key, "'" + std::string(key) + "' must be a decimal with at most nine decimal places");
    return 0;
  }
  return static_cast<double>(whole) / scale;
}

Summary read_summary(const json::Value& value, common::FirstFailure& failure) {
  Summary s;
  if (!value.is_object()) {
    failure.record(kInvalidSummary, "the summary must be a JSON object", "");
    return s;
  }
  json::ObjectReader r(value, "", kInvalidSummary, failure);
  s.title = r.required_string("title");
  s.subtitle = r.string("subtitle");
  s.kicker = r.string("kicker");
  s.section = r.string("section");
  s.lang = r.string("lang");
  s.dir = r.string("dir");
  s.id = r.string("id");
  s.url = r.string("url");
  for_each_object(r, "authors", [&](json::ObjectReader& a) {
    s.authors.push_back({a.required_string("name"), a.string("url")});
  });
  s.byline = r.string("byline");
  s.published = r.string("published");
  s.updated = r.string("updated");
  for_each_object(r, "breadcrumbs", [&](json::ObjectReader& b) {
    s.breadcrumbs.push_back({b.required_string("label"), b.string("url")});
  });
  s.tags = r.string_array("tags");
  s.word_count = count(r, "word_count");
  s.char_count = count(r, "char_count");
  if (const json::Value* time = r.object("reading_time")) {
    json::ObjectReader t = r.nested(*time, r.path_of("reading_time"));
    s.reading_time = {count(t, "minutes"), count(t, "seconds"), count(t, "total_seconds"),
                      count(t, "words_per_minute"), count(t, "cjk_characters_per_minute")};
  }
  s.excerpt = r.string("excerpt").value_or("");
  for_each_object(r, "outline", [&](json::ObjectReader& o) {
    s.outline.push_back({static_cast<int>(o.integer("level", 1, 6).value_or(2)), o.required_string("text"),
                         o.required_string("id")});
  });
  for_each_object(r, "links", [&](json::ObjectReader& l) {
    s.links.push_back({l.required_string("href"), l.string("text").value_or(""), l.boolean("internal").value_or(false)});
  });
  for_each_object(r, "images", [&](json::ObjectReader& i) {
    s.images.push_back({i.required_string("src"), i.string("alt").value_or(""), i.string("caption")});
  });
  if (const json::Value* removed = r.object("removed")) {
    json::ObjectReader c = r.nested(*removed, r.path_of("removed"));
    const auto size = [&](std::string_view key) { return static_cast<std::size_t>(count(c, key)); };
    s.removed = {size("elements"), size("unwrapped"), size("attributes"), size("urls"), size("comments")};
  }
  for_each_object(r, "key_sentences", [&](json::ObjectReader& k) {
    s.key_sentences.push_back({k.required_string("text"), count(k, "index"), decimal(k, "score")});
  });
  for_each_object(r, "keywords", [&](json::ObjectReader& k) {
    s.keywords.push_back({k.required_string("term"), decimal(k, "score")});
  });
  for_each_object(r, "entities", [&](json::ObjectReader& e) {
    s.entities.push_back({e.required_string("text"), e.required_string("kind"), count(e, "count"),
                          e.string_array("aliases")});
  });
  return s;
}

}  // namespace

std::optional<Summary> Summary::from_json(std::string_view text, Error* error) {
  constexpr std::size_t kSummaryDepth = 64;
  return api::read_json_document(text, kSummaryDepth, common::codes::invalid_json, error, read_summary);
}

std::optional<Summary> RenderResult::summary() const {
  if (summary_json.empty()) return std::nullopt;
  return Summary::from_json(summary_json);
}

}  // namespace galley
