#pragma once
// Writes JSON text. Compact output has no spaces; indented output puts each
// member and element on its own line, ": " after keys, and leaves empty
// containers as {} and []. Strings are escaped minimally (", \, and control
// characters; everything else is written as UTF-8), and any invalid UTF-8
// that reaches the writer is replaced by U+FFFD rather than emitted.

#include <string>
#include <string_view>

#include "json/value.hpp"

namespace galley::json {

// Appends `text` as a quoted, escaped JSON string.
void append_string(std::string& out, std::string_view text);

// Appends `text` escaped as the content of a JSON string, without the quotes.
void append_string_content(std::string& out, std::string_view text);

// Where a piece of `text` that starts at `from` and takes about `size` bytes
// ends, so that a long string can be escaped piece by piece into the same
// text as whole: before an ASCII byte, which ends every UTF-8 sequence, valid
// or not (the end of `text` when none is left).
std::size_t string_piece_end(std::string_view text, std::size_t from, std::size_t size);

// Appends the compact form of `value`.
void append_compact(std::string& out, const Value& value);

// The text of `value`: compact when `indent` < 0, else indented by `indent`
// spaces per level.
std::string to_text(const Value& value, int indent = -1);

// Lays out compact JSON text (as append_compact writes it) with `indent`
// spaces per level, so text serialized earlier can be spliced into a larger
// document and still be indented.
std::string indent_compact(std::string_view compact, int indent);

}  // namespace galley::json
