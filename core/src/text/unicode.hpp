#pragma once
// Code point level facts the analysis needs: UTF-8 decoding, scripts, letter
// case and the CJK ranges. Tables cover the scripts Galley analyses; anything
// else is still decoded correctly, just classified as Script::other.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace galley::text {

enum class Script : std::uint8_t {
  none,        // not a letter: digits, punctuation, symbols, spaces, marks
  latin,
  greek,
  cyrillic,
  armenian,
  hebrew,
  arabic,
  devanagari,
  thai,
  han,
  hiragana,
  katakana,
  hangul,
  other        // a letter of a script not listed above
};

using DecodedChar = utf8::Decoded;

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at `pos` (pos < text.size()). Malformed sequences,
// overlongs and surrogates consume one byte and yield U+FFFD.
inline DecodedChar decode_utf8(std::string_view text, std::size_t pos) { return utf8::decode_at(text, pos); }
// Decodes the code point that ends just before `end` (end > 0).
DecodedChar decode_utf8_before(std::string_view text, std::size_t end);
void append_utf8(std::string& out, char32_t cp);

Script script_of(char32_t cp);
bool is_letter(char32_t cp);               // letters of any script (incl. CJK)
bool is_combining_mark(char32_t cp);       // continues the preceding letter
bool is_digit(char32_t cp);                // ASCII, Arabic-Indic, Devanagari, fullwidth digits
bool is_word_char(char32_t cp);            // letter, mark or digit
bool is_space(char32_t cp);                // Unicode White_Space
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
char32_t to_lower(char32_t cp);
char32_t to_upper(char32_t cp);

// Han, Hiragana, Katakana (incl. halfwidth) and Hangul: counted as characters,
// not words, when estimating reading time.
bool is_cjk(char32_t cp);
// Scripts written without spaces between words (Han, Hiragana, Katakana, Thai).
// Inline, as the analyses ask it of every token; the four are adjacent in Script.
static_assert(Script::thai < Script::han && Script::han < Script::hiragana && Script::hiragana < Script::katakana &&
                  static_cast<int>(Script::katakana) - static_cast<int>(Script::thai) == 3,
              "is_unspaced_script takes the unspaced scripts as one range");
inline bool is_unspaced_script(Script script) { return script >= Script::thai && script <= Script::katakana; }

std::string to_lower(std::string_view text);
// Number of code points in `text` (malformed bytes count one each).
std::size_t code_point_count(std::string_view text);

}  // namespace galley::text
