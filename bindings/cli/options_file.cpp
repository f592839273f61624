#include "options_file.hpp"

#include <galley/result.hpp>

#include "file_io.hpp"

namespace galley::cli {
namespace {

std::string describe(const Error& error) {
  std::string text = error.message;
  if (!error.path.empty()) text += " at " + error.path;
  if (error.line > 0) {
    text += " (line " + std::to_string(error.line) + ", column " + std::to_string(error.column) + ")";
  }
  return text;
}

}  // namespace

Options load_options(const Arguments& args) {
  Options options;
  if (!args.options_file.empty()) {
    std::string json;
    try {
      json = read_input(args.options_file, Limits{}.max_input_bytes);
    } catch (const std::runtime_error& e) {  // IoError or InputTooLarge
      throw UsageError(std::string("options file: ") + e.what());
    }
    Error error;
    std::optional<Options> parsed = Options::from_json(json, &error);
    if (!parsed) throw UsageError("invalid options file '" + args.options_file + "': " + describe(error));
    options = std::move(*parsed);
  }
  if (args.mode) options.mode = *args.mode;
  return options;
}

}  // namespace galley::cli
