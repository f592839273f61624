#pragma once
// galley commonmark [FILE|-] : the CommonMark reference HTML of Markdown.

#include "arguments.hpp"

namespace galley::cli {

int run_commonmark(const Arguments& args);

}  // namespace galley::cli
