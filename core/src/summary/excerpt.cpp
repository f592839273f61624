#include "summary/excerpt.hpp"

#include <algorithm>

#include "text/byte_scan.hpp"
#include "text/utf8.hpp"

namespace galley::summary {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Sentence-ending punctuation, ASCII and the common non-Latin enders.
bool ends_sentence(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E:  // 。！？．
    case 0x0964: case 0x06D4: case 0x061F:              // । ۔ ؟
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size && is_space(text[i])) ++i;
  std::size_t run = i;  // start of the text not yet copied
  while (i < size) {
    i = text::bytes::skip_single_spaced_words(text, i);
    const std::size_t end = std::min(i + sizeof(text::bytes::Word), size);
    while (i < end) {
      if (!is_space(text[i]) || (text[i] == ' ' && i > run && i + 1 < size && !is_space(text[i + 1]))) {
        ++i;
        continue;
      }
      // A run of whitespace other than one inner space: one space, none at the end.
      out.append(text.data() + run, i - run);
      while (i < size && is_space(text[i])) ++i;
      if (i < size) out += ' ';
      run = i;
    }
  }
  out.append(text.data() + run, size - run);
  return out;
}

std::string make_excerpt(std::string_view body_text, std::size_t max_chars) {
  // Only the beginning of the body matters; bound the work for huge bodies.
  const std::size_t window_bytes = max_chars * 4 + 64;
  std::string text = collapse_whitespace(body_text.substr(0, std::min(body_text.size(), window_bytes * 2)));
  if (max_chars == 0) return {};
  if (text::utf8::length(text) <= max_chars && body_text.size() <= window_bytes * 2) return text;

  std::size_t pos = 0, chars = 0;
  std::size_t last_sentence_end = 0, last_space = 0;
  const std::size_t half = max_chars / 2;
  while (pos < text.size() && chars < max_chars) {
    const char32_t cp = text::utf8::decode(text, pos);
    ++chars;
    if (ends_sentence(cp) && chars >= half && (pos == text.size() || text[pos] == ' ')) last_sentence_end = pos;
    if (cp == ' ') last_space = pos - 1;
  }
  if (pos >= text.size()) return text;
  if (last_sentence_end > 0) return text.substr(0, last_sentence_end);
  std::size_t cut = last_space > 0 ? last_space : pos;
  std::string out = text.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == ' ')) {
    out.pop_back();
  }
  out += "\u2026";
  return out;
}

}  // namespace galley::summary
