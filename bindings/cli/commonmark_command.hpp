#pragma once
// galley commonmark-reference [FILE|-] : the CommonMark spec's reference HTML of
// Markdown, for conformance checks only (raw HTML is not sanitized).

#include "arguments.hpp"

namespace galley::cli {

int run_commonmark_reference(const Arguments& args);

}  // namespace galley::cli
