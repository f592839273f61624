#pragma once
// Splits text into word tokens. Words of spaced scripts keep their inner
// apostrophes, hyphens and dots ("don't", "Secretary-General", "U.S.", 3.14);
// scripts written without spaces give one token per run of one script (a run
// of Kanji, of Hiragana, of Katakana), which is as far as rules can go.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/code_points.hpp"

namespace galley::analysis {

// Passed by value and built on every access to an analysed text's tokens
// (which keep 8 bytes per word, analyzed_text.hpp), so small: the text as a
// pointer and a 32-bit length (the analysed text is far below 4 GiB), a
// one-byte script and one byte per flag: 24 bytes natively, 16 in
// WebAssembly. (Bit-fields would make it 16 natively, but their masking code
// added 170 bytes gzip to the browser build.)
struct Token {
  // As written, a possessive 's included.
  std::string_view text() const { return {data, size}; }
  // Byte offset within `base`, the text this token was found in (or one
  // containing it).
  std::size_t offset_in(std::string_view base) const { return static_cast<std::size_t>(data - base.data()); }

  const char* data = nullptr;
  std::uint32_t size = 0;
  Script script = Script::none;   // script of the first letter; none for numbers
  bool is_number = false;         // digits and their separators only
  bool capitalized = false;       // first letter is uppercase
  bool all_caps = false;          // two or more letters, none lowercase
  bool separated = false;         // punctuation, not only spaces, since the previous token
  bool possessive = false;        // ends in 's or ’s
};
static_assert(sizeof(Token) <= 2 * sizeof(void*) + 8, "a Token is copied on every token access: 24 bytes natively, 16 in WebAssembly");

// `language` is a primary subtag; French elisions (l', d', qu') become tokens
// of their own so that "l'Organisation" yields "l" and "Organisation".
std::vector<Token> tokenize(std::string_view text, std::string_view language);
// The same tokens appended to `tokens`.
void tokenize_append(std::string_view text, std::string_view language, std::vector<Token>& tokens);
// The same tokens with only their text and `separated` set; classify_token
// sets the rest, so that a caller may classify each distinct form once.
void scan_tokens_append(std::string_view text, std::string_view language, std::vector<Token>& tokens);
void classify_token(Token& token);
// What reading time counts, in one pass over the text: the tokens tokenize
// finds with no language, where a token is a word unless it is made only of
// CJK characters (a Han run is a phrase, not a word), and CJK characters
// count one by one; and the code points other than White_Space.
struct TextCounts {
  std::size_t words = 0;
  std::size_t cjk_characters = 0;
  std::size_t characters = 0;
};
TextCounts count_text(std::string_view text);

// The token without a possessive 's.
std::string_view without_possessive(const Token& token);
// Lowercased, with typographic apostrophes made ASCII: the form used for
// lookups in word lists.
std::string normalize_word(std::string_view word);
// The same, written into `out` (whose capacity is reused).
void normalize_word(std::string_view word, std::string& out);

}  // namespace galley::analysis
