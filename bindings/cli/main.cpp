// galley: the command-line front end of the Galley core.

#include <cstdio>
#include <exception>

#include <galley/galley.hpp>

#include "arguments.hpp"
#include "batch_command.hpp"
#include "commonmark_command.hpp"
#include "render_command.hpp"
#include "reporting.hpp"

namespace {

int run(const galley::cli::Arguments& args) {
  using galley::cli::Command;
  switch (args.command) {
    case Command::help: return galley::cli::write_stdout(galley::cli::help_text());
    case Command::version: return galley::cli::write_stdout(std::string("galley ") + galley::version() + '\n');
    case Command::render: return galley::cli::run_render(args);
    case Command::sanitize: return galley::cli::run_sanitize(args);
    case Command::commonmark_reference: return galley::cli::run_commonmark_reference(args);
    case Command::batch: return galley::cli::run_batch(args);
  }
  return galley::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(galley::cli::parse_arguments(argc, argv));
  } catch (const galley::cli::UsageError& e) {
    return galley::cli::report_usage_error(e.what());
  } catch (const std::exception& e) {
    return galley::cli::report_error(galley::cli::internal_error(e.what()));
  }
}
