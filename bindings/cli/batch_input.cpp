#include "batch_input.hpp"

#include <filesystem>

#include "article_id.hpp"
#include "file_io.hpp"
#include "output_names.hpp"

namespace galley::cli {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void collect_files(const std::string& directory, BatchInput& input) {
  OutputNames names;
  for (const std::string& path : list_json_files(directory)) {
    const std::string stem = std::filesystem::path(path).stem().string();
    input.items.push_back({path, names.claim(OutputNames::make_safe(stem, "article")), path, {}});
  }
}

void collect_lines(const std::string& file, BatchInput& input) {
  input.ndjson = std::make_unique<const std::string>(read_input(file));
  const std::string_view text = *input.ndjson;
  const std::string label = file == "-" ? "stdin" : file;
  OutputNames names;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (is_blank(line)) continue;
    const std::string number = std::to_string(line_number);
    const std::string name = OutputNames::make_safe(find_article_id(line).value_or(""), "line-" + number);
    input.items.push_back({label + ':' + number, names.claim(name), {}, line});
  }
}

}  // namespace

BatchInput collect_batch_input(const std::string& directory_or_ndjson) {
  BatchInput input;
  if (is_directory(directory_or_ndjson)) collect_files(directory_or_ndjson, input);
  else collect_lines(directory_or_ndjson, input);
  return input;
}

}  // namespace galley::cli
