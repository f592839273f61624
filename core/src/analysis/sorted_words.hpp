#pragma once
// The built-in word lists are each ONE string: the words sorted by byte value,
// every word followed by a newline and the first one preceded by a newline,
// "\nadm\nadmiral\n…\nsultan\n". Unlike an array of string_views this stores
// no (pointer, length) record per word, which in WebAssembly weighed as much
// as the text itself; lookups bisect the bytes directly.

#include <cstddef>
#include <string_view>

namespace galley::analysis {

constexpr char kWordEnd = '\n';

// The word of `list` that starts at byte `start` (just after a newline).
constexpr std::string_view word_at(std::string_view list, std::size_t start) {
  return list.substr(start, list.find(kWordEnd, start) - start);
}

// Whether `list` has the form above with strictly ascending, non-empty words
// free of control bytes and ASCII capitals (lookups take lowercased words).
// Checked at compile time for every list, so a misplaced word fails the build.
constexpr bool is_word_list(std::string_view list) {
  if (list.empty() || list.front() != kWordEnd || list.back() != kWordEnd) return false;
  std::string_view previous;  // "" sorts first, so this also rejects empty words
  for (std::size_t start = 1; start < list.size();) {
    const std::string_view word = word_at(list, start);
    if (!(previous < word)) return false;
    for (const char c : word) {
      if (static_cast<unsigned char>(c) < 0x20 || (c >= 'A' && c <= 'Z')) return false;
    }
    previous = word;
    start += word.size() + 1;
  }
  return true;
}

// Binary search over the bytes: take the word around the middle byte of the
// remaining range, compare, keep the half that can still hold `word`. The
// comparison is an inline byte loop: the words are short, and a call to
// memcmp or memchr per step dominated the analysis.
constexpr bool contains_word(std::string_view list, std::string_view word) {
  if (list.empty()) return false;
  // Invariant: the candidates are the words after a newline in [low, high);
  // both ends are newlines.
  std::size_t low = 0;
  std::size_t high = list.size() - 1;
  while (low < high) {
    std::size_t start = low + (high - low) / 2;
    while (list[start] != kWordEnd) --start;  // stops at `low` at the latest
    ++start;
    std::size_t i = 0;
    while (list[start + i] != kWordEnd && i < word.size() && list[start + i] == word[i]) ++i;
    const bool entry_ended = list[start + i] == kWordEnd;
    if (entry_ended && i == word.size()) return true;
    // The entry sorts first if it is a prefix of `word` or has the lower byte
    // where they differ (the bytes differ whenever neither one has ended).
    const bool entry_first = entry_ended || (i < word.size() && static_cast<unsigned char>(list[start + i]) <
                                                                     static_cast<unsigned char>(word[i]));
    if (entry_first) {
      low = start + i;
      while (list[low] != kWordEnd) ++low;
    } else {
      high = start - 1;
    }
  }
  return false;
}

}  // namespace galley::analysis
