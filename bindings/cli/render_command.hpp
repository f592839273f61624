#pragma once
// galley render FILE|- : one article in, the result JSON out.

#include "arguments.hpp"

namespace galley::cli {

int run_render(const Arguments& args);

}  // namespace galley::cli
