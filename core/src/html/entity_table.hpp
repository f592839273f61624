#pragma once
// The HTML named character references ("&amp;", "&NotEqualTilde;", ...),
// looked up in a compact table generated at build time from md4c's list.

#include <string_view>

namespace galley::html {

// The UTF-8 text that the reference "&name;" stands for, or an empty view
// when `name` (given without '&' and ';') is not a reference name.
std::string_view named_reference_text(std::string_view name);

}  // namespace galley::html
