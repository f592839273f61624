#include "render_command.hpp"

#include <galley/galley.hpp>

#include "file_io.hpp"
#include "options_file.hpp"
#include "reporting.hpp"

namespace galley::cli {

int run_render(const Arguments& args) {
  const Options options = load_options(args);
  std::string input;
  try {
    input = read_input(args.input);
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }

  const RenderResult result = render(input, options);
  if (!result.ok()) return report_error(*result.error);

  try {
    if (!args.html_out.empty()) write_file(args.html_out, result.html);
    if (!args.summary_out.empty()) write_file(args.summary_out, result.summary_json + '\n');
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  constexpr int kPrettyIndent = 2;
  return write_stdout(result.to_json(args.pretty ? kPrettyIndent : -1) + '\n');
}

}  // namespace galley::cli
