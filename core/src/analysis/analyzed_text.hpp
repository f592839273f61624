#pragma once
// The body split into sentences and tokens once, with each token's lookup
// form and stem, so that key sentences, keywords and entities do not each
// redo that work. Views point into the analysed text, which must outlive it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/stop_words.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {

struct AnalyzedSentence {
  std::string_view text;
  std::vector<Token> tokens;        // tokenized with the resolved language
  std::vector<std::string> words;   // per token: normalize_word(without_possessive(token))
  // Per token: light_stem of the word when it is a content word (a spaced
  // script, not a number, two or more letters, not a stop word); empty
  // otherwise (a stem is never empty).
  std::vector<std::string> stems;

  bool content(std::size_t token) const { return !stems[token].empty(); }
};

struct AnalyzedText {
  std::string_view text;
  std::string language;             // resolved primary subtag (resolve_language)
  StopWordList stops;
  std::vector<AnalyzedSentence> sentences;
};

// `lang` is the article's BCP 47 tag (may be empty).
AnalyzedText analyze_text(std::string_view text, std::string_view lang);

}  // namespace galley::analysis
