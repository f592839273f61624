#include "batch_index.hpp"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "atomic_file.hpp"

namespace galley::cli {
namespace {

// Ordered, so that the entry keeps the documented key order.
using json = nlohmann::ordered_json;

bool is_string_or_null(const json& value) { return value.is_string() || value.is_null(); }

}  // namespace

std::optional<std::string> index_entry(const std::string& name, std::string_view summary_json) {
  const json summary = json::parse(summary_json, nullptr, false);
  if (!summary.is_object()) return std::nullopt;
  const auto member = [&](const char* key) -> const json& {
    static const json missing;  // discarded: null
    const auto it = summary.find(key);
    return it == summary.end() ? missing : *it;
  };
  const json& reading_time = member("reading_time");
  const json& tags = member("tags");
  if (!member("title").is_string() || !member("excerpt").is_string() || !tags.is_array() ||
      !reading_time.is_object() || !is_string_or_null(member("id")) || !is_string_or_null(member("url")) ||
      !is_string_or_null(member("published")) || !is_string_or_null(member("updated"))) {
    return std::nullopt;
  }
  json time = json::object();
  for (const char* key : {"minutes", "seconds", "total_seconds"}) {
    const auto it = reading_time.find(key);
    if (it == reading_time.end() || !it->is_number_unsigned()) return std::nullopt;
    time[key] = it->get<std::uint64_t>();
  }
  json entry = json::object();
  entry["id"] = member("id");
  entry["name"] = name;
  entry["title"] = member("title");
  entry["url"] = member("url");
  entry["excerpt"] = member("excerpt");
  entry["reading_time"] = std::move(time);
  entry["tags"] = tags;
  entry["published"] = member("published");
  entry["updated"] = member("updated");
  return entry.dump(-1, ' ', false, json::error_handler_t::replace);
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
