#include "commonmark_command.hpp"

#include <galley/galley.hpp>

#include "file_io.hpp"
#include "reporting.hpp"

namespace galley::cli {

int run_commonmark(const Arguments& args) {
  std::string markdown;
  try {
    markdown = read_input(args.input);
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  return write_stdout(render_commonmark(markdown));
}

}  // namespace galley::cli
