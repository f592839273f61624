#pragma once
// What a batch renders: every *.json file of a folder, or every non-blank line
// of an NDJSON file, each with the base name of its outputs.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <galley/result.hpp>

namespace galley::cli {

struct BatchItem {
  std::string source;     // where the article came from: "dir/a.json" or "feed.ndjson:3"
  std::string name;       // output base name, unique and safe as a file name
  std::string path;       // the file to read; empty for an NDJSON line
  std::string_view line;  // the NDJSON line (points into BatchInput::ndjson)
  std::optional<Error> refused;  // an NDJSON line over the input limit, not kept
};

struct BatchInput {
  std::unique_ptr<const std::string> ndjson;  // owns the lines; stays put when moved
  std::vector<BatchItem> items;
};

// Throws IoError when the folder or file cannot be read. NDJSON lines longer
// than `max_bytes` are refused as they are read, without being held whole.
BatchInput collect_batch_input(const std::string& directory_or_ndjson, std::size_t max_bytes);

}  // namespace galley::cli
