#pragma once
// galley render FILE|- : one article in, the result JSON out.
// galley sanitize [FILE|-] : an HTML fragment in, {"html","diagnostics"} out.

#include "arguments.hpp"

namespace galley::cli {

int run_render(const Arguments& args);
int run_sanitize(const Arguments& args);

}  // namespace galley::cli
