#include <cmath>

#include "analysis/language.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {

ReadingStats reading_stats(std::string_view text, std::string_view lang,
                           unsigned words_per_minute, unsigned cjk_characters_per_minute) {
  ReadingStats stats;
  const TextCounts counts = count_text(text);
  stats.characters = counts.characters;
  stats.words = counts.words;
  stats.cjk_characters = counts.cjk_characters;

  if (words_per_minute == 0 || cjk_characters_per_minute == 0) {
    const ReadingRates defaults = default_rates(lang.empty() ? resolve_language(text, lang) : std::string(lang));
    if (words_per_minute == 0) words_per_minute = defaults.words_per_minute;
    if (cjk_characters_per_minute == 0) cjk_characters_per_minute = defaults.cjk_characters_per_minute;
  }
  stats.rates = {words_per_minute, cjk_characters_per_minute};
  const double minutes = static_cast<double>(stats.words) / words_per_minute +
                         static_cast<double>(stats.cjk_characters) / cjk_characters_per_minute;
  stats.seconds = static_cast<std::size_t>(std::floor(minutes * 60.0 + 0.5));
  return stats;
}

}  // namespace galley::analysis
