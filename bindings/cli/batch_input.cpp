#include "batch_input.hpp"

#include <filesystem>
#include <utility>

#include "article_id.hpp"
#include "file_io.hpp"
#include "line_reader.hpp"
#include "output_names.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void collect_files(const std::string& directory, BatchInput& input) {
  OutputNames names;
  for (const std::string& path : list_json_files(directory)) {
    const std::string stem = std::filesystem::path(path).stem().string();
    input.items.push_back({path, names.claim(OutputNames::make_safe(stem, "article")), path, {}, {}});
  }
}

void collect_lines(const std::string& file, std::size_t max_bytes, BatchInput& input) {
  const std::string label = file == "-" ? "stdin" : file;
  const InputFile stream = open_input(file);
  LineReader reader(stream.get(), input_name(file), max_bytes);
  auto text = std::make_unique<std::string>();
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // of each kept line in `text`, by item
  OutputNames names;
  std::size_t line_number = 0;
  for (Line line; reader.next(line);) {
    ++line_number;
    if (!line.too_long && !line.text.empty() && line.text.back() == '\r') line.text.pop_back();
    if (!line.too_long && is_blank(line.text)) continue;
    const std::string number = std::to_string(line_number);
    const std::string name = OutputNames::make_safe(find_article_id(line.text).value_or(""), "line-" + number);
    BatchItem item{label + ':' + number, names.claim(name), {}, {}, {}};
    if (line.too_long) {
      item.refused = input_too_large(InputTooLarge(too_large_message(line.length, max_bytes), max_bytes));
    } else {
      spans.emplace_back(text->size(), line.text.size());
      text->append(line.text);
    }
    input.items.push_back(std::move(item));
  }
  // Views are taken once the text has stopped growing.
  auto span = spans.begin();
  for (BatchItem& item : input.items) {
    if (item.refused) continue;
    item.line = std::string_view(*text).substr(span->first, span->second);
    ++span;
  }
  input.ndjson = std::move(text);
}

}  // namespace

BatchInput collect_batch_input(const std::string& directory_or_ndjson, std::size_t max_bytes) {
  BatchInput input;
  if (is_directory(directory_or_ndjson)) collect_files(directory_or_ndjson, input);
  else collect_lines(directory_or_ndjson, max_bytes, input);
  return input;
}

}  // namespace galley::cli
