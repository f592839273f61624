#pragma once
// galley batch DIR|FILE.ndjson -o OUTDIR : many articles, rendered in parallel.

#include "arguments.hpp"

namespace galley::cli {

int run_batch(const Arguments& args);

}  // namespace galley::cli
