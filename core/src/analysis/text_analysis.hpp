#pragma once
// Language-aware analysis of the body's visible text (BodyContent::text):
// sentences, key sentences, keywords, named entities and reading statistics.
// Pure functions, deterministic, rules and small built-in word lists only.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace galley::analysis {

struct AnalyzedText;  // analyzed_text.hpp

struct Sentence {
  std::string text;
  std::size_t index = 0;   // position among all sentences of the body
  double score = 0.0;
};

struct Keyword {
  std::string term;
  double score = 0.0;
};

struct Entity {
  std::string text;                 // canonical (longest) form
  std::string kind;                 // person | organization | place | other
  std::size_t count = 0;            // mentions, aliases included
  std::vector<std::string> aliases; // other forms seen (acronyms, short forms)
};

// Reading speeds used for ReadingStats::seconds.
struct ReadingRates {
  unsigned words_per_minute = 0;
  unsigned cjk_characters_per_minute = 0;
};

struct ReadingStats {
  std::size_t words = 0;            // space-separated words
  std::size_t cjk_characters = 0;   // Han, Hiragana, Katakana, Hangul characters
  std::size_t characters = 0;       // Unicode scalar values, excluding whitespace
  std::size_t seconds = 0;          // estimated reading time
  ReadingRates rates;               // the speeds the estimate used (defaults resolved)
};

// `lang` is a BCP 47 tag (may be empty). Text uses '\n' between blocks.
std::vector<std::string> split_sentences(std::string_view text, std::string_view lang);
std::vector<Sentence> key_sentences(std::string_view text, std::string_view lang, std::size_t count);
std::vector<Keyword> keywords(std::string_view text, std::string_view lang, std::size_t count);
std::vector<Entity> entities(std::string_view text, std::string_view lang);
// The same, on text already split and tokenized once (analyze_text) so that
// several analyses can share that work; results are identical.
std::vector<Sentence> key_sentences(const AnalyzedText& text, std::size_t count);
std::vector<Keyword> keywords(const AnalyzedText& text, std::size_t count);
std::vector<Entity> entities(const AnalyzedText& text);
// A rate of 0 takes the language's default from default_rates (`lang`, or
// the language detected from the text when `lang` is empty).
ReadingStats reading_stats(std::string_view text, std::string_view lang,
                           unsigned words_per_minute, unsigned cjk_characters_per_minute);

// Measured reading speeds for the language of a BCP 47 tag (its primary
// subtag); languages without a measurement get the cross-language mean.
// Sources and the full table: docs/text-analysis.md.
ReadingRates default_rates(std::string_view lang);

}  // namespace galley::analysis
