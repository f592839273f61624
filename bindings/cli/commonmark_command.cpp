#include "commonmark_command.hpp"

#include <galley/galley.hpp>

#include "file_io.hpp"
#include "reporting.hpp"

namespace galley::cli {

int run_commonmark_reference(const Arguments& args) {
  std::string markdown;
  try {
    // No options here: the default input limit bounds what is read.
    markdown = read_input(args.input, Limits{}.max_input_bytes);
  } catch (const InputTooLarge& e) {
    return report_error(input_too_large(e));
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  return write_stdout(render_commonmark_reference(markdown));
}

}  // namespace galley::cli
