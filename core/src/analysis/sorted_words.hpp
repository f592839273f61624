#pragma once
// Lookups in the built-in word lists, which are sorted by byte value. The
// words are short, so comparing bytes inline is cheaper than the library's
// string comparison, whose call to memcmp dominated the analysis.

#include <cstddef>
#include <string_view>

namespace galley::analysis {

// The order of std::string_view::compare (bytes as unsigned), as -1, 0 or 1.
inline int compare_words(std::string_view a, std::string_view b) {
  const std::size_t n = a.size() < b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

// The first entry of [first, last) whose key is not less than `word`
// (`key` maps an entry to its word); last when there is none.
template <typename T, typename Key>
const T* lower_bound_word(const T* first, const T* last, std::string_view word, Key key) {
  auto count = static_cast<std::size_t>(last - first);
  while (count > 0) {
    const std::size_t half = count / 2;
    const T* middle = first + half;
    if (compare_words(key(*middle), word) < 0) {
      first = middle + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  return first;
}

inline bool contains_word(const std::string_view* first, const std::string_view* last, std::string_view word) {
  const std::string_view* found = lower_bound_word(first, last, word, [](std::string_view w) { return w; });
  return found != last && *found == word;
}

}  // namespace galley::analysis
