#pragma once
// The body split into sentences and tokenized once into one word table that
// key sentences, keywords and entities share: each token's lookup form and
// stem are interned as integer ids (each distinct word normalized, checked
// against the stop words and stemmed once), so the analyses count and compare
// integers instead of strings. Views point into the analysed text, which must
// outlive it. Per word the arrays hold a
// token and two 32-bit ids; a view per distinct word gives the words' texts.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/stop_words.hpp"
#include "analysis/word_table.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {

// Consecutive elements of one of AnalyzedText's arrays.
template <typename T>
class Slice {
 public:
  Slice() = default;
  Slice(const T* first, std::size_t size) : first_(first), size_(size) {}
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return first_[i]; }
  const T* begin() const { return first_; }
  const T* end() const { return first_ + size_; }

 private:
  const T* first_ = nullptr;
  std::size_t size_ = 0;
};

// The texts of consecutive word ids, looked up by id in a table with one
// view per distinct word: no view per token is stored.
class WordSlice {
 public:
  WordSlice() = default;
  WordSlice(const std::string_view* texts, const WordId* ids, std::size_t size) : texts_(texts), ids_(ids), size_(size) {}
  std::size_t size() const { return size_; }
  const std::string_view& operator[](std::size_t i) const { return texts_[ids_[i]]; }

 private:
  const std::string_view* texts_ = nullptr;
  const WordId* ids_ = nullptr;
  std::size_t size_ = 0;
};

struct AnalyzedSentence {
  std::string_view text;
  Slice<Token> tokens;              // tokenized with the resolved language
  // Per token: normalize_word(without_possessive(token)), as text and as id.
  WordSlice words;
  Slice<WordId> word_ids;
  // Per token: the id of light_stem(word) when it is a content word (a spaced
  // script, not a number, two or more letters, not a stop word); kNoWord
  // otherwise.
  Slice<WordId> stems;

  bool content(std::size_t token) const { return stems[token] != kNoWord; }
};

struct AnalyzedText {
  AnalyzedText() = default;
  AnalyzedText(AnalyzedText&&) = default;  // moving keeps every array's buffer, so the slices stay valid
  AnalyzedText(const AnalyzedText&) = delete;
  AnalyzedText& operator=(const AnalyzedText&) = delete;

  std::string_view text;
  std::string language;             // resolved primary subtag (resolve_language)
  StopWordList stops;
  WordTable strings;                // the words and stems the ids stand for
  std::vector<std::string_view> texts;  // per id, its text in `strings`
  std::vector<AnalyzedSentence> sentences;

  // What the sentences' slices point into, all sentences one after another.
  std::vector<Token> tokens;
  std::vector<WordId> word_ids;
  std::vector<WordId> stems;
};

// `lang` is the article's BCP 47 tag (may be empty).
AnalyzedText analyze_text(std::string_view text, std::string_view lang);

}  // namespace galley::analysis
