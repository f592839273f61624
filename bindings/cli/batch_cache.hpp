#pragma once
// The incremental batch cache: OUTDIR/.galley-cache.json records, for every
// output name, a SHA-256 of the settings (tool version, --mode, the options
// file's bytes) and the article's bytes that produced it. Every batch writes
// it; with --incremental an article whose key is unchanged and whose outputs
// are still there is not rendered again.
//
//   {"version":1,"entries":{
//   "<name>":"<64 hex digits>",
//   …
//   }}

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "arguments.hpp"

namespace galley::cli {

class BatchCache {
 public:
  // Reads the settings and the folder's previous cache. A cache that cannot be
  // read or parsed is reported on standard error and counts as empty. Throws
  // IoError when the options file cannot be read.
  BatchCache(const Arguments& args);

  // The key of an article rendered with this batch's settings.
  std::string key(std::string_view article) const;

  // Whether the previous batch rendered `name` from the same key.
  bool unchanged(const std::string& name, const std::string& key) const;

  // Replaces the cache with these (name, key) pairs, atomically. Throws IoError.
  void save(const std::vector<std::pair<std::string, std::string>>& entries) const;

 private:
  std::string path_;
  std::string settings_;
  std::map<std::string, std::string> previous_;
};

}  // namespace galley::cli
