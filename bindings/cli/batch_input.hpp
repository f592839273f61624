#pragma once
// What a batch renders: every *.json file of a folder, or every non-blank line
// of an NDJSON file, each with the base name of its outputs.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace galley::cli {

struct BatchItem {
  std::string source;     // where the article came from: "dir/a.json" or "feed.ndjson:3"
  std::string name;       // output base name, unique and safe as a file name
  std::string path;       // the file to read; empty for an NDJSON line
  std::string_view line;  // the NDJSON line (points into BatchInput::ndjson)
};

struct BatchInput {
  std::unique_ptr<const std::string> ndjson;  // owns the lines; stays put when moved
  std::vector<BatchItem> items;
};

// Throws IoError when the folder or file cannot be read.
BatchInput collect_batch_input(const std::string& directory_or_ndjson);

}  // namespace galley::cli
