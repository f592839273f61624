#include "batch_index.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "atomic_file.hpp"

namespace galley::cli {
namespace {

using json = nlohmann::json;

constexpr std::string_view kNull = "null";

// The summary members an entry is made of.
constexpr std::size_t kId = 0, kTitle = 1, kUrl = 2, kExcerpt = 3, kReadingTime = 4, kTags = 5, kPublished = 6, kUpdated = 7;
constexpr std::array<std::string_view, 8> kFields = {"id",           "title", "url",       "excerpt",
                                                     "reading_time", "tags",  "published", "updated"};

// Where the compact JSON value that starts at `at` ends; npos when the text
// ends first. Brackets inside strings are skipped with the strings.
std::size_t value_end(std::string_view text, std::size_t at) {
  std::size_t depth = 0;
  for (std::size_t i = at; i < text.size(); ++i) {
    switch (text[i]) {
      case '"':
        for (++i; i < text.size() && text[i] != '"'; ++i) {
          if (text[i] == '\\') ++i;
        }
        if (i >= text.size()) return std::string_view::npos;
        if (depth == 0) return i + 1;
        break;
      case '{':
      case '[':
        ++depth;
        break;
      case '}':
      case ']':
        if (depth == 0) return i;  // the end of a scalar that closes its container
        if (--depth == 0) return i + 1;
        break;
      case ',':
        if (depth == 0) return i;
        break;
      default:
        break;
    }
  }
  return depth == 0 ? text.size() : std::string_view::npos;
}

// The members of a compact JSON object whose names are in `names`, as the
// text of their values (empty when absent). False when `object` is not an
// object. Stops reading once every one was found: the core writes every
// member once.
template <std::size_t N>
bool find_members(std::string_view object, const std::array<std::string_view, N>& names,
                  std::array<std::string_view, N>& values) {
  if (object.size() < 2 || object.front() != '{' || object.back() != '}') return false;
  std::size_t found = 0;
  for (std::size_t at = 1; at < object.size() - 1 && found < N;) {
    const std::size_t key_end = value_end(object, at);
    if (key_end == std::string_view::npos || object[at] != '"' || key_end >= object.size() || object[key_end] != ':') {
      return false;
    }
    const std::string_view key = object.substr(at + 1, key_end - at - 2);
    const std::size_t end = value_end(object, key_end + 1);
    if (end == std::string_view::npos || end == key_end + 1) return false;
    for (std::size_t i = 0; i < N; ++i) {
      if (names[i] == key && values[i].empty()) {
        values[i] = object.substr(key_end + 1, end - key_end - 1);
        ++found;
      }
    }
    at = end + 1;  // past the ',' (or the closing '}')
  }
  return true;
}

bool is_string(std::string_view value) { return !value.empty() && value.front() == '"'; }
bool is_string_or_null(std::string_view value) { return value.empty() || value == kNull || is_string(value); }
bool is_unsigned(std::string_view value) {
  return !value.empty() && value.find_first_not_of("0123456789") == std::string_view::npos;
}
std::string_view or_null(std::string_view value) { return value.empty() ? kNull : value; }

}  // namespace

std::optional<std::string> index_entry(const std::string& name, std::string_view compact_summary) {
  std::array<std::string_view, 8> field{};
  if (!find_members(compact_summary, kFields, field)) return std::nullopt;
  static constexpr std::array<std::string_view, 3> kTimes = {"minutes", "seconds", "total_seconds"};
  std::array<std::string_view, 3> time{};
  if (!is_string(field[kTitle]) || !is_string(field[kExcerpt]) || field[kTags].empty() || field[kTags].front() != '[' ||
      !find_members(field[kReadingTime], kTimes, time) || !is_string_or_null(field[kId]) ||
      !is_string_or_null(field[kUrl]) || !is_string_or_null(field[kPublished]) || !is_string_or_null(field[kUpdated])) {
    return std::nullopt;
  }
  for (const std::string_view value : time) {
    if (!is_unsigned(value)) return std::nullopt;
  }
  std::string entry;
  entry.reserve(compact_summary.size() / 4 + 256);
  const auto member = [&](std::string_view key, std::string_view value) {
    entry += entry.empty() ? "{\"" : ",\"";
    entry += key;
    entry += "\":";
    entry += value;
  };
  member("id", or_null(field[kId]));
  member("name", json(name).dump(-1, ' ', false, json::error_handler_t::replace));
  member("title", field[kTitle]);
  member("url", or_null(field[kUrl]));
  member("excerpt", field[kExcerpt]);
  member("reading_time", "{\"minutes\":" + std::string(time[0]) + ",\"seconds\":" + std::string(time[1]) +
                             ",\"total_seconds\":" + std::string(time[2]) + '}');
  member("tags", field[kTags]);
  member("published", or_null(field[kPublished]));
  member("updated", or_null(field[kUpdated]));
  entry += '}';
  return entry;
}

std::optional<std::string> index_entry_of_file(const std::string& name, std::string_view summary_text) {
  // The members an entry does not need (the larger part) are dropped as they
  // are read, rather than built into the tree.
  const auto keep = [](int depth, json::parse_event_t event, json& parsed) {
    if (depth != 1 || event != json::parse_event_t::key) return true;
    const std::string& key = parsed.get_ref<const std::string&>();
    return std::find(kFields.begin(), kFields.end(), key) != kFields.end();
  };
  const json summary = json::parse(summary_text, keep, false);
  if (!summary.is_object()) return std::nullopt;
  return index_entry(name, summary.dump(-1, ' ', false, json::error_handler_t::replace));
}

void write_index(const std::string& output_dir, const std::vector<std::string>& entries) {
  std::string text = "{\"articles\":[";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    text += i == 0 ? "\n" : ",\n";
    text += entries[i];
  }
  text += "\n]}\n";
  write_file_atomically((std::filesystem::path(output_dir) / "index.json").string(), text);
}

}  // namespace galley::cli
