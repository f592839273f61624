#pragma once
// The command line: which command to run and with what settings. Anything the
// tool cannot make sense of is a UsageError (exit status 2).

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <galley/options.hpp>

namespace galley::cli {

enum class Command { help, version, render, sanitize, commonmark_reference, batch };

struct Arguments {
  Command command = Command::help;
  std::string input;                 // FILE, "-" (standard input), DIR or FILE.ndjson
  std::optional<Mode> mode;          // overrides the options file's mode
  std::string options_file;          // Options JSON, empty for the defaults
  // render and sanitize
  bool pretty = false;
  std::string html_out;
  std::string summary_out;
  // batch
  std::string output_dir;
  std::string ndjson_out;            // FILE or "-": stream NDJSON records instead of writing a folder
  bool incremental = false;          // skip articles unchanged since the last batch into output_dir
  unsigned jobs = 0;                 // 0: one worker per hardware thread
};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws UsageError.
Arguments parse_arguments(int argc, const char* const* argv);

std::string_view help_text();

}  // namespace galley::cli
