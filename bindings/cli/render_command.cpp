#include "render_command.hpp"

#include <galley/galley.hpp>

#include "file_io.hpp"
#include "options_file.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

// render and sanitize differ only in the core call: both read one input,
// may write the HTML (and summary) to files, and print the result as JSON.
template <typename Call>
int run_single(const Arguments& args, Call&& call) {
  const Options options = load_options(args);
  std::string input;
  try {
    input = read_input(args.input, options.limits.max_input_bytes);
  } catch (const InputTooLarge& e) {
    return report_error(input_too_large(e));
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }

  const RenderResult result = call(std::move(input), options);
  if (!result.ok()) return report_error(*result.error);

  try {
    if (!args.html_out.empty()) write_file(args.html_out, result.html);
    if (!args.summary_out.empty()) write_file(args.summary_out, result.summary_json, "\n");
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  // Compact output is written as it is escaped: a large HTML is not held twice.
  bool written = true;
  const auto put = [&](std::string_view piece) { written = written && put_stdout(piece); };
  constexpr int kPrettyIndent = 2;
  if (args.pretty) put(result.to_json(kPrettyIndent));
  else result.write_json(put);
  put("\n");
  return finish_stdout(written);
}

}  // namespace

int run_render(const Arguments& args) {
  return run_single(args, [](std::string&& input, const Options& options) {
    return render_owned(std::move(input), options);
  });
}

int run_sanitize(const Arguments& args) {
  return run_single(args, [](std::string&& input, const Options& options) { return sanitize_html(input, options); });
}

}  // namespace galley::cli
