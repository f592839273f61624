#pragma once
// galley batch FILE.ndjson|- --ndjson-out FILE|- : streaming NDJSON in and out,
// one output line per input line in input order, so that the tool can be the
// map step of Spark's RDD.pipe, Hadoop Streaming, Dask or GNU parallel --pipe.
// Memory stays bounded by a window of lines in flight, whatever the input size.

#include <galley/options.hpp>

#include "arguments.hpp"

namespace galley::cli {

int run_ndjson_stream(const Arguments& args, const Options& options);

}  // namespace galley::cli
