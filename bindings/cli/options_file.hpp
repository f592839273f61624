#pragma once
// Builds the render Options from --options FILE and --mode.

#include <galley/options.hpp>

#include "arguments.hpp"

namespace galley::cli {

// The options file (if any) with the command line's mode on top. An unreadable
// or invalid options file throws UsageError.
Options load_options(const Arguments& args);

}  // namespace galley::cli
