#include "batch_cache.hpp"

#include <cstdio>
#include <filesystem>

#include <galley/galley.hpp>
#include <nlohmann/json.hpp>

#include "atomic_file.hpp"
#include "file_io.hpp"
#include "sha256.hpp"

namespace galley::cli {
namespace {

using json = nlohmann::json;

constexpr int kFormatVersion = 1;

std::string settings_of(const Arguments& args) {
  std::string settings = "galley batch cache " + std::to_string(kFormatVersion) + '\n';
  settings += galley::version();
  settings += '\n';
  if (args.mode) settings += to_string(*args.mode);
  settings += '\n';
  if (!args.options_file.empty()) settings += read_input(args.options_file, Limits{}.max_input_bytes);
  settings += '\n';
  return settings;
}

std::map<std::string, std::string> read_previous(const std::string& path) {
  if (!std::filesystem::exists(path)) return {};
  std::map<std::string, std::string> entries;
  try {
    const json cache = json::parse(read_input(path, kNoInputLimit));
    if (cache.at("version") != kFormatVersion) throw std::runtime_error("unknown version");
    for (const auto& [name, key] : cache.at("entries").items()) entries[name] = key.get<std::string>();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "galley: ignoring the batch cache '%s' (%s): every article is rendered\n", path.c_str(), e.what());
    return {};
  }
  return entries;
}

}  // namespace

BatchCache::BatchCache(const Arguments& args)
    : path_((std::filesystem::path(args.output_dir) / ".galley-cache.json").string()),
      settings_(settings_of(args)),
      previous_(args.incremental ? read_previous(path_) : std::map<std::string, std::string>{}) {}

std::string BatchCache::key(std::string_view article) const {
  Sha256 hash;
  hash.update(settings_);
  hash.update(article);
  return hash.hex_digest();
}

bool BatchCache::unchanged(const std::string& name, const std::string& key) const {
  const auto it = previous_.find(name);
  return it != previous_.end() && it->second == key;
}

void BatchCache::save(const std::vector<std::pair<std::string, std::string>>& entries) const {
  std::string text = "{\"version\":" + std::to_string(kFormatVersion) + ",\"entries\":{";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    text += i == 0 ? "\n" : ",\n";
    text += json(entries[i].first).dump() + ':' + json(entries[i].second).dump();
  }
  text += "\n}}\n";
  write_file_atomically(path_, text);
}

}  // namespace galley::cli
