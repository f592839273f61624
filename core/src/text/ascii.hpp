#pragma once
// ASCII helpers for tag names, attribute values, URLs and escapes (HTML
// compares these ASCII case-insensitively and knows only ASCII whitespace).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace galley::text::ascii {

constexpr char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool is_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

constexpr bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

// Value of a hexadecimal digit, or -1.
constexpr int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends `value` in hexadecimal, uppercase unless `lower`, with at least
// `min_digits` digits ("%2F", "\u001f", "U+00E9").
inline void append_hex(std::string& out, std::uint32_t value, std::size_t min_digits, bool lower = false) {
  const char* const digits = lower ? "0123456789abcdef" : "0123456789ABCDEF";
  std::size_t count = 1;
  while (count < 8 && (value >> (4 * count)) != 0) ++count;
  for (std::size_t i = count < min_digits ? min_digits : count; i-- > 0;) out += digits[(value >> (4 * i)) & 0xF];
}

inline std::string lowercase(std::string text) {
  for (char& c : text) c = to_lower(c);
  return text;
}

}  // namespace galley::text::ascii
