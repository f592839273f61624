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
  return bytes::find_first(
      text, pos,
      [](bytes::Word w) {
        return bytes::below(w, 0x20) | bytes::non_ascii(w) | bytes::equal_to(w, '"') | bytes::equal_to(w, '\\');
      },
      is_special_string_byte);
}

}  // namespace galley::json
