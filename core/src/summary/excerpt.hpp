#pragma once
// The summary excerpt: the start of the body text, whitespace collapsed, cut
// at a sentence or word boundary near the requested length.

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::summary {

// Collapses runs of whitespace (including block separators) into one space and trims.
std::string collapse_whitespace(std::string_view text);

// At most `max_chars` Unicode scalar values of collapsed text (plus "…" when
// cut). Prefers the last sentence end in the second half of the window, then
// the last word boundary; text without spaces (CJK) is cut at max_chars.
std::string make_excerpt(std::string_view body_text, std::size_t max_chars);

}  // namespace galley::summary
