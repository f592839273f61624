#include <cmath>

#include "analysis/language.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/code_points.hpp"
#include "analysis/word_tokenizer.hpp"
#include "text/byte_scan.hpp"

namespace galley::analysis {

namespace {

// Code points other than White_Space. Printable ASCII, the bulk of any text,
// is counted eight bytes at a time: the bytes that are ' ' or tab to carriage
// return are found exactly (no byte's sum carries into the next, as every
// byte is below 0x80) and subtracted.
std::size_t non_space_characters(std::string_view text) {
  using text::bytes::broadcast;
  constexpr text::bytes::Word kLow7 = broadcast(0x7F);
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + sizeof(text::bytes::Word) <= text.size()) {
      const text::bytes::Word w = text::bytes::load(text.data() + i);
      if (text::bytes::non_ascii(w) == 0) {
        const text::bytes::Word x = w ^ broadcast(' ');
        const text::bytes::Word space = ~(((x & kLow7) + kLow7) | x) & text::bytes::kHighBits;
        const text::bytes::Word control = (w + broadcast(0x80 - 0x09)) & ~(w + broadcast(0x80 - 0x0E)) & text::bytes::kHighBits;
        count += sizeof(text::bytes::Word) - text::bytes::count_flagged(space | control);
        i += sizeof(text::bytes::Word);
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII: spaces are tab to carriage return and ' '
      if (byte != ' ' && (byte < 0x09 || byte > 0x0D)) ++count;
      ++i;
      continue;
    }
    const DecodedChar d = decode_utf8(text, i);
    if (!is_space(d.cp)) ++count;
    i += d.length;
  }
  return count;
}

}  // namespace

ReadingStats reading_stats(std::string_view text, std::string_view lang,
                           unsigned words_per_minute, unsigned cjk_characters_per_minute) {
  ReadingStats stats;
  stats.characters = non_space_characters(text);
  const TokenCounts tokens = count_tokens(text);
  stats.words = tokens.words;
  stats.cjk_characters = tokens.cjk_characters;

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
