#include <array>

#include "analysis/language.hpp"
#include "analysis/text_analysis.hpp"

namespace galley::analysis {
namespace {

// The study's mean over all 17 languages, for languages it did not measure.
constexpr unsigned kMeanWordRate = 184;
// For CJK characters met in other languages' text: the mean of the Chinese
// (255) and Japanese (357) character rates.
constexpr unsigned kCjkFallbackRate = 306;

struct LanguageRates {
  std::string_view language;
  ReadingRates rates;
};

// Mean reading speeds of the IReST study (Trauzettel-Klosinski & Dietz,
// IOVS 53(9):5452, 2012: 17 languages, 436 adult native readers, texts read
// aloud). Chinese and Japanese also have their measured characters per
// minute. Korean was not measured: it gets the study's mean word rate and its
// mean syllable rate (a Hangul character is one syllable).
constexpr std::array<LanguageRates, 18> kMeasured{{
    {"ar", {138, kCjkFallbackRate}},
    {"de", {179, kCjkFallbackRate}},
    {"en", {228, kCjkFallbackRate}},
    {"es", {218, kCjkFallbackRate}},
    {"fi", {161, kCjkFallbackRate}},
    {"fr", {195, kCjkFallbackRate}},
    {"he", {187, kCjkFallbackRate}},
    {"it", {188, kCjkFallbackRate}},
    {"ja", {193, 357}},
    {"ko", {kMeanWordRate, 370}},
    {"nl", {202, kCjkFallbackRate}},
    {"pl", {166, kCjkFallbackRate}},
    {"pt", {181, kCjkFallbackRate}},
    {"ru", {184, kCjkFallbackRate}},
    {"sl", {180, kCjkFallbackRate}},
    {"sv", {199, kCjkFallbackRate}},
    {"tr", {166, kCjkFallbackRate}},
    {"zh", {158, 255}},
}};

}  // namespace

ReadingRates default_rates(std::string_view lang) {
  const std::string language = primary_subtag(lang);
  for (const LanguageRates& entry : kMeasured) {
    if (entry.language == language) return entry.rates;
  }
  return {kMeanWordRate, kCjkFallbackRate};
}

}  // namespace galley::analysis
