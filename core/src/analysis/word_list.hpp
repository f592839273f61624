#pragma once
// A built-in word list (the sorted form of sorted_words.hpp) with the lookup
// its build can afford. Natively and in the fast WebAssembly build every
// list gets a hash index built at compile time from the list itself: a
// lookup hashes the word once and compares an entry or two, where bisecting
// the list compares a dozen (the lookups were about a tenth of the text
// analysis). The browser build (GALLEY_COMPACT_WORD_LISTS) bisects: the
// indexes (17 KB of 16-bit offsets for all lists) would weigh on its
// download more than the lists themselves.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/sorted_words.hpp"
#include "analysis/word_hash.hpp"

namespace galley::analysis {

constexpr std::size_t word_count(std::string_view list) {
  std::size_t ends = 0;
  for (const char c : list) ends += c == kWordEnd ? 1 : 0;
  return ends == 0 ? 0 : ends - 1;
}

// A power of two at least twice the words, so a probe meets an empty slot soon.
constexpr std::size_t index_slots(std::string_view list) {
  std::size_t slots = 2;
  while (slots < 2 * word_count(list)) slots *= 2;
  return slots;
}

// Each slot holds where a word starts in the list, or 0 (no word starts
// there: the list opens with a newline). Linear probing.
template <std::size_t Slots>
constexpr std::array<std::uint16_t, Slots> make_word_index(std::string_view list) {
  std::array<std::uint16_t, Slots> index{};
  for (std::size_t start = 1; start < list.size();) {
    const std::string_view word = word_at(list, start);
    std::size_t slot = word_hash(word) & (Slots - 1);
    while (index[slot] != 0) slot = (slot + 1) & (Slots - 1);
    index[slot] = static_cast<std::uint16_t>(start);
    start += word.size() + 1;
  }
  return index;
}

namespace word_list_detail {

// Whether the entry of `list` at `start` is `word`: the same bytes, then the
// end of the entry (a newline inside `word` would run into the next entry).
inline bool entry_is(std::string_view list, std::size_t start, std::string_view word) {
  if (start + word.size() >= list.size() || list[start + word.size()] != kWordEnd) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (list[start + i] != word[i] || word[i] == kWordEnd) return false;
  }
  return true;
}

}  // namespace word_list_detail

// A word with its word_hash, for looking it up in several lists: each list
// lookup would hash it again. The compact build bisects, reads no hash and
// computes none.
struct HashedWord {
#if defined(GALLEY_COMPACT_WORD_LISTS)
  explicit HashedWord(std::string_view word) : text(word), hash(0) {}
#else
  explicit HashedWord(std::string_view word) : text(word), hash(word_hash(word)) {}
#endif
  std::string_view text;
  std::uint32_t hash;
};

// Whether `word`, whose word_hash is `hash`, is in `list`, through the list's
// index (make_word_index; `mask` is its size − 1).
inline bool indexed_contains(std::string_view list, const std::uint16_t* index, std::size_t mask,
                             std::string_view word, std::uint32_t hash) {
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::size_t start = index[slot];
    if (start == 0) return false;
    if (word_list_detail::entry_is(list, start, word)) return true;
  }
}

template <const std::string_view& List>
inline constexpr std::array<std::uint16_t, index_slots(List)> kWordIndex = make_word_index<index_slots(List)>(List);

// The index of the built-in list `List`, as indexed_contains takes it.
template <const std::string_view& List>
struct WordIndexOf {
  static_assert(List.size() <= 0xFFFF, "an index slot holds a 16-bit offset");
  static constexpr const std::uint16_t* slots = kWordIndex<List>.data();
  static constexpr std::size_t mask = kWordIndex<List>.size() - 1;
};

// Whether `word` is in the built-in list `List`, which is named at compile time.
template <const std::string_view& List>
bool listed(const HashedWord& word) {
  static_assert(is_word_list(List), "a word list must be sorted and well formed (sorted_words.hpp)");
#if defined(GALLEY_COMPACT_WORD_LISTS)
  return contains_word(List, word.text);
#else
  return indexed_contains(List, WordIndexOf<List>::slots, WordIndexOf<List>::mask, word.text, word.hash);
#endif
}

// The compact build bisects the word itself: going through HashedWord there
// cost about 120 bytes of its download.
template <const std::string_view& List>
bool listed(std::string_view word) {
#if defined(GALLEY_COMPACT_WORD_LISTS)
  static_assert(is_word_list(List), "a word list must be sorted and well formed (sorted_words.hpp)");
  return contains_word(List, word);
#else
  return listed<List>(HashedWord(word));
#endif
}

}  // namespace galley::analysis
