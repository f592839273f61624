#include "analysis/stemmer.hpp"

#include <array>
#include <cstddef>

#include "analysis/code_points.hpp"

namespace galley::analysis {
namespace {

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Removes the first listed suffix that leaves at least `min_stem` code points.
std::string strip_first(std::string_view word, const std::string_view* first,
                        const std::string_view* last, std::size_t min_stem) {
  for (const std::string_view* s = first; s != last; ++s) {
    if (ends_with(word, *s) && code_point_count(word.substr(0, word.size() - s->size())) >= min_stem) {
      return std::string(word.substr(0, word.size() - s->size()));
    }
  }
  return std::string(word);
}

std::string stem_english(std::string_view w) {
  // Every suffix below ends in 's', 'g' or 'd': other words are their own stem.
  if (w.empty() || (w.back() != 's' && w.back() != 'g' && w.back() != 'd')) return std::string(w);
  if (w == "news" || w == "series" || w == "species") return std::string(w);  // not plurals
  if (w.size() > 4 && ends_with(w, "ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends_with(w, "sses")) return std::string(w.substr(0, w.size() - 2));
  if (w.size() > 5 && ends_with(w, "ing")) return std::string(w.substr(0, w.size() - 3));
  if (w.size() > 4 && ends_with(w, "ed") && !ends_with(w, "eed")) return std::string(w.substr(0, w.size() - 2));
  if (w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
      !ends_with(w, "is") && !ends_with(w, "'s")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

// Longest first, so that "ами" goes before "и".
constexpr std::array<std::string_view, 32> kRussianEndings{
    "иями", "ями", "ами", "иях", "иям", "ией", "ого", "его", "ему", "ому", "ыми", "ими", "ях", "ах",
    "ям", "ам", "ов", "ев", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ии", "ия",
    "ию", "ом"};
constexpr std::array<std::string_view, 8> kRussianShortEndings{"а", "я", "ы", "и", "у", "ю", "е", "о"};
constexpr std::array<std::string_view, 2> kFrenchEndings{"s", "x"};
constexpr std::array<std::string_view, 2> kSpanishEndings{"es", "s"};
constexpr std::array<std::string_view, 4> kGermanEndings{"en", "er", "e", "s"};

}  // namespace

std::string light_stem(std::string_view word, std::string_view language) {
  if (language == "en" || language.empty()) return stem_english(word);
  if (language == "fr") return strip_first(word, kFrenchEndings.begin(), kFrenchEndings.end(), 3);
  if (language == "es") return strip_first(word, kSpanishEndings.begin(), kSpanishEndings.end(), 4);
  if (language == "de") return strip_first(word, kGermanEndings.begin(), kGermanEndings.end(), 4);
  if (language == "ru") {
    const std::string stripped = strip_first(word, kRussianEndings.begin(), kRussianEndings.end(), 3);
    if (stripped.size() != word.size()) return stripped;
    return strip_first(word, kRussianShortEndings.begin(), kRussianShortEndings.end(), 3);
  }
  return std::string(word);
}

}  // namespace galley::analysis
