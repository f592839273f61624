#pragma once
// Function words ("stop words") that carry no topic: they split keyword
// candidates, are ignored by sentence similarity and mark sentence starts.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace galley::analysis {

struct StopWordList {
  std::string_view words = "\n";  // in the sorted form of sorted_words.hpp
#if !defined(GALLEY_COMPACT_WORD_LISTS)
  // The list's index (word_list.hpp) and its size − 1; none for a list made at run time.
  const std::uint16_t* index = nullptr;
  std::size_t index_mask = 0;
#endif

  // `lowercase_word` must be lowercased with ASCII apostrophes (normalize_word).
  bool contains(std::string_view lowercase_word) const;
  bool empty() const { return words.size() <= 1; }
};

// The list for a language subtag ("en", "fr", "de", "es", "ru", "ar"). Other
// Latin-script or unknown languages get the English list, the most common
// foreign vocabulary in such text; Chinese, Japanese and Korean get none
// (their function words are handled per character or by script).
StopWordList stop_words(std::string_view language);

// Chinese characters that act as function words and split Han runs into
// keyword candidates. Japanese gets none: its particles are Hiragana.
bool is_cjk_function_char(char32_t cp, std::string_view language);

}  // namespace galley::analysis
