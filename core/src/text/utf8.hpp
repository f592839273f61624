#pragma once
// UTF-8 validation and repair. Input bytes that are not well-formed UTF-8
// (stray continuation bytes, overlong forms, surrogates, truncated sequences)
// are replaced by U+FFFD, one replacement per maximal invalid subpart, as the
// WHATWG Encoding standard decodes them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::text::utf8 {

struct Decoded {
  char32_t cp = 0;
  std::size_t length = 1;  // bytes consumed
};

Decoded decode_multibyte(std::string_view text, std::size_t pos);

// The scalar value at `pos` (< text.size()) and its length in bytes; an
// invalid sequence decodes as U+FFFD of length 1. Inline: the analysis calls
// it for every character.
inline Decoded decode_at(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1};
  return decode_multibyte(text, pos);
}

// Length of the well-formed sequence starting at `pos`, or 0 if it is invalid.
std::size_t valid_sequence_length(std::string_view text, std::size_t pos);

// Returns the offset of the first invalid byte, or text.size() when valid.
std::size_t find_invalid(std::string_view text);

// Copies `text` to `out` with every invalid subpart replaced by U+FFFD and
// records the byte offset (in `text`) of each replacement.
void repair(std::string_view text, std::string& out, std::vector<std::size_t>& replaced_at);

// Maps a byte offset in repair(original)'s output back to `original`.
std::size_t original_offset(std::string_view original, std::size_t repaired_offset);

// Decodes the scalar value at `pos` like decode_at and advances `pos` past it.
char32_t decode(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of a scalar value.
void append(std::string& out, char32_t code_point);

// Number of scalar values in valid UTF-8.
std::size_t length(std::string_view text);

}  // namespace galley::text::utf8
