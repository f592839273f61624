#include <cmath>

#include "analysis/language.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/unicode.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {

ReadingStats reading_stats(std::string_view text, std::string_view lang,
                           unsigned words_per_minute, unsigned cjk_characters_per_minute) {
  ReadingStats stats;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII: spaces are tab to carriage return and ' '
      if (byte != ' ' && (byte < 0x09 || byte > 0x0D)) ++stats.characters;
      ++i;
      continue;
    }
    const DecodedChar d = decode_utf8(text, i);
    if (!is_space(d.cp)) ++stats.characters;
    i += d.length;
  }
  // A token is a word unless it is made only of CJK characters, which are
  // counted one by one instead (a Han run is a phrase, not a word).
  for_each_word_span(text, [&stats](std::string_view token) {
    bool other = false;
    for (std::size_t i = 0; i < token.size();) {
      if (static_cast<unsigned char>(token[i]) < 0x80) {  // neither CJK nor a mark
        other = true;
        ++i;
        continue;
      }
      const DecodedChar d = decode_utf8(token, i);
      if (is_cjk(d.cp)) {
        ++stats.cjk_characters;
      } else if (!is_combining_mark(d.cp)) {
        other = true;
      }
      i += d.length;
    }
    if (other) ++stats.words;
  });

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
