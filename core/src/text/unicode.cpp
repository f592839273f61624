#include "text/unicode.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace galley::text {
namespace {

// What a code point is, for the analysis: a letter of some script, a mark
// that continues a letter, or a digit. Everything else is punctuation,
// symbol or space.
enum class CharClass : unsigned char { letter, mark, digit };

struct Range {
  char32_t first;
  char32_t last;
  CharClass cls;
  Script script;
};

constexpr Range L(char32_t a, char32_t b, Script s) { return {a, b, CharClass::letter, s}; }
constexpr Range M(char32_t a, char32_t b) { return {a, b, CharClass::mark, Script::none}; }
constexpr Range D(char32_t a, char32_t b) { return {a, b, CharClass::digit, Script::none}; }

// Sorted, non-overlapping. Coarse where precision would not change results
// (e.g. whole Indic blocks are "other" letters).
constexpr std::array kRanges{
    D(0x30, 0x39),
    L(0x41, 0x5A, Script::latin),
    L(0x61, 0x7A, Script::latin),
    L(0xAA, 0xAA, Script::latin),
    L(0xB5, 0xB5, Script::greek),
    L(0xBA, 0xBA, Script::latin),
    L(0xC0, 0xD6, Script::latin),
    L(0xD8, 0xF6, Script::latin),
    L(0xF8, 0x2AF, Script::latin),
    L(0x2B0, 0x2C1, Script::latin),  // modifier letters (ʼ, ʻ used as letters)
    M(0x300, 0x36F),
    L(0x370, 0x374, Script::greek),
    L(0x376, 0x37D, Script::greek),
    L(0x37F, 0x37F, Script::greek),
    L(0x386, 0x386, Script::greek),
    L(0x388, 0x3FF, Script::greek),
    L(0x400, 0x482, Script::cyrillic),
    M(0x483, 0x489),
    L(0x48A, 0x52F, Script::cyrillic),
    L(0x531, 0x556, Script::armenian),
    L(0x560, 0x588, Script::armenian),
    M(0x591, 0x5BD),
    M(0x5BF, 0x5BF),
    M(0x5C1, 0x5C2),
    M(0x5C4, 0x5C5),
    M(0x5C7, 0x5C7),
    L(0x5D0, 0x5EA, Script::hebrew),
    L(0x5EF, 0x5F2, Script::hebrew),
    M(0x610, 0x61A),
    L(0x620, 0x64A, Script::arabic),
    M(0x64B, 0x65F),
    D(0x660, 0x669),
    L(0x66E, 0x66F, Script::arabic),
    M(0x670, 0x670),
    L(0x671, 0x6D3, Script::arabic),
    L(0x6D5, 0x6D5, Script::arabic),
    M(0x6D6, 0x6DC),
    M(0x6DF, 0x6E4),
    L(0x6E5, 0x6E6, Script::arabic),
    M(0x6E7, 0x6E8),
    M(0x6EA, 0x6ED),
    L(0x6EE, 0x6EF, Script::arabic),
    D(0x6F0, 0x6F9),
    L(0x6FA, 0x6FC, Script::arabic),
    L(0x6FF, 0x6FF, Script::arabic),
    L(0x750, 0x77F, Script::arabic),
    L(0x8A0, 0x8C9, Script::arabic),
    M(0x8CA, 0x8FF),
    M(0x900, 0x903),
    L(0x904, 0x939, Script::devanagari),
    M(0x93A, 0x93C),
    L(0x93D, 0x93D, Script::devanagari),
    M(0x93E, 0x94F),
    L(0x950, 0x950, Script::devanagari),
    M(0x951, 0x957),
    L(0x958, 0x961, Script::devanagari),
    M(0x962, 0x963),
    D(0x966, 0x96F),
    L(0x970, 0x97F, Script::devanagari),
    L(0x980, 0xDFF, Script::other),  // Bengali … Sinhala
    L(0xE01, 0xE30, Script::thai),
    M(0xE31, 0xE31),
    L(0xE32, 0xE33, Script::thai),
    M(0xE34, 0xE3A),
    L(0xE40, 0xE46, Script::thai),
    M(0xE47, 0xE4E),
    D(0xE50, 0xE59),
    L(0xE80, 0x109F, Script::other),  // Lao, Tibetan, Myanmar
    L(0x10A0, 0x10FF, Script::other),  // Georgian
    L(0x1100, 0x11FF, Script::hangul),
    L(0x1200, 0x167F, Script::other),  // Ethiopic, Cherokee, Canadian syllabics
    L(0x1780, 0x17FF, Script::other),  // Khmer
    L(0x1800, 0x18AF, Script::other),  // Mongolian
    M(0x1AB0, 0x1AFF),
    L(0x1C80, 0x1C8F, Script::cyrillic),
    M(0x1DC0, 0x1DFF),
    L(0x1E00, 0x1EFF, Script::latin),
    L(0x1F00, 0x1FFF, Script::greek),
    M(0x200C, 0x200D),  // ZWNJ/ZWJ sit inside words (Persian, emoji aside)
    M(0x20D0, 0x20FF),
    L(0x2C60, 0x2C7F, Script::latin),
    M(0x2DE0, 0x2DFF),
    L(0x2E80, 0x2E99, Script::han),
    L(0x2E9B, 0x2EF3, Script::han),
    L(0x2F00, 0x2FD5, Script::han),
    L(0x3005, 0x3005, Script::han),
    L(0x3007, 0x3007, Script::han),
    L(0x3021, 0x3029, Script::han),
    M(0x302A, 0x302F),
    L(0x3038, 0x303B, Script::han),
    L(0x3041, 0x3096, Script::hiragana),
    M(0x3099, 0x309A),
    L(0x309D, 0x309F, Script::hiragana),
    L(0x30A1, 0x30FA, Script::katakana),
    L(0x30FC, 0x30FF, Script::katakana),
    L(0x3131, 0x318E, Script::hangul),
    L(0x31F0, 0x31FF, Script::katakana),
    L(0x32D0, 0x32FE, Script::katakana),
    L(0x3300, 0x3357, Script::katakana),
    L(0x3400, 0x4DBF, Script::han),
    L(0x4E00, 0x9FFF, Script::han),
    L(0xA640, 0xA66E, Script::cyrillic),
    M(0xA66F, 0xA67D),
    L(0xA67E, 0xA69F, Script::cyrillic),
    L(0xA720, 0xA7FF, Script::latin),
    L(0xA960, 0xA97C, Script::hangul),
    L(0xAB30, 0xAB6F, Script::latin),
    L(0xAC00, 0xD7A3, Script::hangul),
    L(0xD7B0, 0xD7C6, Script::hangul),
    L(0xD7CB, 0xD7FB, Script::hangul),
    L(0xF900, 0xFAFF, Script::han),
    L(0xFB00, 0xFB06, Script::latin),
    L(0xFB1D, 0xFB4F, Script::hebrew),
    L(0xFB50, 0xFDFF, Script::arabic),
    M(0xFE00, 0xFE0F),
    M(0xFE20, 0xFE2F),
    L(0xFE70, 0xFEFC, Script::arabic),
    D(0xFF10, 0xFF19),
    L(0xFF21, 0xFF3A, Script::latin),
    L(0xFF41, 0xFF5A, Script::latin),
    L(0xFF66, 0xFF9F, Script::katakana),  // halfwidth Katakana incl. ｰ and the voicing marks
    L(0xFFA0, 0xFFBE, Script::hangul),
    L(0xFFC2, 0xFFC7, Script::hangul),
    L(0xFFCA, 0xFFCF, Script::hangul),
    L(0xFFD2, 0xFFD7, Script::hangul),
    L(0xFFDA, 0xFFDC, Script::hangul),
    L(0x1AFF0, 0x1AFFE, Script::katakana),
    L(0x1B000, 0x1B000, Script::katakana),
    L(0x1B001, 0x1B11F, Script::hiragana),
    L(0x1B120, 0x1B122, Script::katakana),
    L(0x1B132, 0x1B132, Script::hiragana),
    L(0x1B150, 0x1B152, Script::hiragana),
    L(0x1B155, 0x1B155, Script::katakana),
    L(0x1B164, 0x1B167, Script::katakana),
    L(0x20000, 0x2A6DF, Script::han),   // Extension B
    L(0x2A700, 0x2EE5F, Script::han),   // Extensions C, D, E, F, I
    L(0x2F800, 0x2FA1F, Script::han),   // compatibility supplement
    L(0x30000, 0x323AF, Script::han),   // Extensions G, H
    M(0xE0100, 0xE01EF),
};

constexpr bool ranges_sorted() {
  for (std::size_t i = 0; i < kRanges.size(); ++i) {
    if (kRanges[i].first > kRanges[i].last) return false;
    if (i > 0 && kRanges[i - 1].last >= kRanges[i].first) return false;
  }
  return true;
}
static_assert(ranges_sorted(), "code point ranges must be sorted and disjoint");

const Range* find_range(char32_t cp) {
  auto it = std::upper_bound(kRanges.begin(), kRanges.end(), cp,
                             [](char32_t c, const Range& r) { return c < r.first; });
  if (it == kRanges.begin()) return nullptr;
  --it;
  return cp <= it->last ? &*it : nullptr;
}

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }
bool is_even(char32_t cp) { return (cp & 1u) == 0; }

}  // namespace

DecodedChar decode_utf8_before(std::string_view text, std::size_t end) {
  // Step back over at most three continuation bytes to the lead byte.
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) {
    --start;
  }
  const DecodedChar d = decode_utf8(text, start);
  if (start + d.length == end) return d;
  return {kReplacementChar, 1};
}

void append_utf8(std::string& out, char32_t cp) { utf8::append(out, cp); }

Script script_of(char32_t cp) {
  if (cp < 0x80) {
    return ((cp | 0x20u) >= 'a' && (cp | 0x20u) <= 'z') ? Script::latin : Script::none;
  }
  const Range* r = find_range(cp);
  return (r != nullptr && r->cls == CharClass::letter) ? r->script : Script::none;
}

bool is_letter(char32_t cp) { return script_of(cp) != Script::none; }

bool is_combining_mark(char32_t cp) {
  if (cp < 0x300) return false;
  const Range* r = find_range(cp);
  return r != nullptr && r->cls == CharClass::mark;
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  const Range* r = find_range(cp);
  return r != nullptr && r->cls == CharClass::digit;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20u) >= 'a' && (cp | 0x20u) <= 'z');
  return find_range(cp) != nullptr;
}

bool is_space(char32_t cp) {
  return in(cp, 0x09, 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         in(cp, 0x2000, 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (in(cp, 0xC0, 0xDE) && cp != 0xD7) return cp + 32;
  if (cp == 0x130) return 'i';
  if ((in(cp, 0x100, 0x137) || in(cp, 0x14A, 0x177)) && is_even(cp)) return cp + 1;
  if ((in(cp, 0x139, 0x148) || in(cp, 0x179, 0x17E)) && !is_even(cp)) return cp + 1;
  if (cp == 0x178) return 0xFF;
  if (in(cp, 0x391, 0x3AB) && cp != 0x3A2) return cp + 32;
  if (cp == 0x386) return 0x3AC;
  if (in(cp, 0x388, 0x38A)) return cp + 37;
  if (cp == 0x38C) return 0x3CC;
  if (in(cp, 0x38E, 0x38F)) return cp + 63;
  if (in(cp, 0x410, 0x42F)) return cp + 32;
  if (in(cp, 0x400, 0x40F)) return cp + 80;
  if ((in(cp, 0x460, 0x481) || in(cp, 0x48A, 0x4BF) || in(cp, 0x4D0, 0x52F)) && is_even(cp)) return cp + 1;
  if (in(cp, 0x4C1, 0x4CE) && !is_even(cp)) return cp + 1;
  if (cp == 0x4C0) return 0x4CF;
  if (in(cp, 0x531, 0x556)) return cp + 48;
  if ((in(cp, 0x1E00, 0x1E95) || in(cp, 0x1EA0, 0x1EFF)) && is_even(cp)) return cp + 1;
  if (cp == 0x1E9E) return 0xDF;
  if (in(cp, 0xFF21, 0xFF3A)) return cp + 32;
  return cp;
}

char32_t to_upper(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  if (in(cp, 0xE0, 0xFE) && cp != 0xF7) return cp - 32;
  if (cp == 0xFF) return 0x178;
  if (cp == 0x131) return 'I';
  if ((in(cp, 0x101, 0x137) || in(cp, 0x14B, 0x177)) && !is_even(cp)) return cp - 1;
  if ((in(cp, 0x13A, 0x148) || in(cp, 0x17A, 0x17E)) && is_even(cp)) return cp - 1;
  if (cp == 0x3C2) return 0x3A3;
  if (in(cp, 0x3B1, 0x3CB)) return cp - 32;
  if (cp == 0x3AC) return 0x386;
  if (in(cp, 0x3AD, 0x3AF)) return cp - 37;
  if (cp == 0x3CC) return 0x38C;
  if (in(cp, 0x3CD, 0x3CE)) return cp - 63;
  if (in(cp, 0x430, 0x44F)) return cp - 32;
  if (in(cp, 0x450, 0x45F)) return cp - 80;
  if ((in(cp, 0x461, 0x481) || in(cp, 0x48B, 0x4BF) || in(cp, 0x4D1, 0x52F)) && !is_even(cp)) return cp - 1;
  if (in(cp, 0x4C2, 0x4CE) && is_even(cp)) return cp - 1;
  if (cp == 0x4CF) return 0x4C0;
  if (in(cp, 0x561, 0x586)) return cp - 48;
  if ((in(cp, 0x1E01, 0x1E95) || in(cp, 0x1EA1, 0x1EFF)) && !is_even(cp)) return cp - 1;
  if (in(cp, 0xFF41, 0xFF5A)) return cp - 32;
  return cp;
}

bool is_upper(char32_t cp) { return to_lower(cp) != cp; }
bool is_lower(char32_t cp) { return to_upper(cp) != cp || cp == 0xDF; }

bool is_cjk(char32_t cp) {
  switch (script_of(cp)) {
    case Script::han:
    case Script::hiragana:
    case Script::katakana:
    case Script::hangul:
      return true;
    default:
      return false;
  }
}

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    if (d.cp < 0x80) {
      out.push_back(static_cast<char>(to_lower(d.cp)));
    } else if (d.cp == kReplacementChar && d.length == 1) {
      out.push_back(text[i]);  // keep malformed bytes as they were
    } else {
      append_utf8(out, to_lower(d.cp));
    }
    i += d.length;
  }
  return out;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).length) ++n;
  return n;
}

}  // namespace galley::text
