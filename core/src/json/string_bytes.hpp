#pragma once
// The bytes the JSON reader and writer must look at inside a string: controls,
// '"', '\' and every non-ASCII byte (checked as UTF-8). All others are copied
// in runs.

#include <cstddef>
#include <string_view>

#include "text/byte_scan.hpp"

namespace galley::json {

constexpr bool is_special_string_byte(unsigned char c) { return c < 0x20 || c >= 0x80 || c == '"' || c == '\\'; }

// The first special byte at or after `pos`, or text.size().
inline std::size_t find_special_string_byte(std::string_view text, std::size_t pos) {
  return text::bytes::find_first(
      text, pos,
      [](text::bytes::Word w) {
        return text::bytes::below(w, 0x20) | text::bytes::non_ascii(w) | text::bytes::equal_to(w, '"') | text::bytes::equal_to(w, '\\');
      },
      is_special_string_byte);
}

}  // namespace galley::json
