#include "summary/excerpt.hpp"

#include "text/byte_scan.hpp"
#include "text/utf8.hpp"

namespace galley {
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
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      pending_space = !out.empty();
      ++i;
      continue;
    }
    // A word is copied whole; every space byte is below 0x21.
    const std::size_t word = i;
    i = bytes::find_first(
        text, i, [](bytes::Word w) { return bytes::below(w, 0x21); },
        [](unsigned char c) { return is_space(static_cast<char>(c)); });
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.data() + word, i - word);
  }
  return out;
}

std::string make_excerpt(std::string_view body_text, std::size_t max_chars) {
  // Only the beginning of the body matters; bound the work for huge bodies.
  const std::size_t window_bytes = max_chars * 4 + 64;
  std::string text = collapse_whitespace(body_text.substr(0, std::min(body_text.size(), window_bytes * 2)));
  if (max_chars == 0) return {};
  if (utf8::length(text) <= max_chars && body_text.size() <= window_bytes * 2) return text;

  std::size_t pos = 0, chars = 0;
  std::size_t last_sentence_end = 0, last_space = 0;
  const std::size_t half = max_chars / 2;
  while (pos < text.size() && chars < max_chars) {
    const char32_t cp = utf8::decode(text, pos);
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

}  // namespace galley
