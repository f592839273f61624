#pragma once
// Character references (WHATWG "character reference state" and the named,
// numeric and ambiguous-ampersand states it leads to). The tokenizer calls
// this at each '&' in data, RCDATA and attribute values; no reference can
// pause tokenization, so it is decoded in one go instead of state by state.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html/tokenizer.hpp"

namespace galley::html {

// Decodes the reference whose '&' is at input[ampersand], appends the result
// (or the text itself where nothing is decoded) to `out`, and returns the
// position of the first character it did not consume. `in_attribute` applies
// the historical rule that leaves "&name=" and "&nameX" undecoded in
// attribute values when the matched name has no ';'. Parse errors go to
// `errors` unless it is null.
std::size_t consume_character_reference(std::string_view input, std::size_t ampersand,
                                        bool in_attribute, std::string& out,
                                        std::vector<ParseError>* errors);

// Code point classes shared by numeric references and input-stream checks.
constexpr bool is_noncharacter(char32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFE) == 0xFFFE && cp <= 0x10FFFF);
}
constexpr bool is_control(char32_t cp) { return cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F); }
constexpr bool is_ascii_whitespace(char32_t cp) {
  return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || cp == ' ';
}

}  // namespace galley::html
