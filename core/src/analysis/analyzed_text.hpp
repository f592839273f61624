#pragma once
// The body split into sentences and tokenized once into one word table that
// key sentences, keywords and entities share: each distinct written form of
// a token is classified, normalized, checked against the stop words and
// stemmed once, its word and stem interned as integer ids, so the analyses
// count and compare integers instead of strings. Per token the text keeps 8
// bytes (offset and form), per sentence 16. Views point into the analysed
// text, which must outlive it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/stop_words.hpp"
#include "analysis/word_table.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {

// What every occurrence of one written form of a token shares, worked out
// once per distinct form: its classification (Token's fields but the text)
// and the ids of its word and stem.
struct TokenForm {
  std::uint32_t size = 0;
  Script script = Script::none;
  bool is_number = false;
  bool capitalized = false;
  bool all_caps = false;
  bool possessive = false;
  // normalize_word(without_possessive(token)).
  WordId word = kNoWord;
  // light_stem(word) when it is a content word (a spaced script, not a
  // number, two or more letters, not a stop word); kNoWord otherwise.
  WordId stem = kNoWord;
};

// Per token the text keeps only where it starts and which form it is, with
// `separated` in the form's top bit: 8 bytes a token.
constexpr std::uint32_t kSeparated = 0x80000000u;

// Consecutive tokens of the text, their Token and form looked up by index.
class TokenSlice {
 public:
  TokenSlice() = default;
  TokenSlice(const char* text, const std::uint32_t* offsets, const std::uint32_t* forms, const TokenForm* table,
             std::size_t size)
      : text_(text), offsets_(offsets), forms_(forms), table_(table), size_(size) {}
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const TokenForm& form(std::size_t i) const { return table_[forms_[i] & ~kSeparated]; }
  Token operator[](std::size_t i) const {
    const TokenForm& f = form(i);
    Token t;
    t.data = text_ + offsets_[i];
    t.size = f.size;
    t.script = f.script;
    t.is_number = f.is_number;
    t.capitalized = f.capitalized;
    t.all_caps = f.all_caps;
    t.separated = (forms_[i] & kSeparated) != 0;
    t.possessive = f.possessive;
    return t;
  }

 private:
  const char* text_ = nullptr;
  const std::uint32_t* offsets_ = nullptr;
  const std::uint32_t* forms_ = nullptr;
  const TokenForm* table_ = nullptr;
  std::size_t size_ = 0;
};

// One id of each token's form: its word's or its stem's.
class FormIds {
 public:
  FormIds() = default;
  FormIds(const TokenSlice& tokens, WordId TokenForm::*id) : tokens_(tokens), id_(id) {}
  std::size_t size() const { return tokens_.size(); }
  WordId operator[](std::size_t i) const { return tokens_.form(i).*id_; }

 private:
  TokenSlice tokens_;
  WordId TokenForm::*id_ = nullptr;
};

// The texts of the tokens' words, looked up by id in a table with one view
// per distinct word: no view per token is stored.
class WordSlice {
 public:
  WordSlice() = default;
  WordSlice(const std::string_view* texts, const FormIds& ids) : texts_(texts), ids_(ids) {}
  std::size_t size() const { return ids_.size(); }
  const std::string_view& operator[](std::size_t i) const { return texts_[ids_[i]]; }

 private:
  const std::string_view* texts_ = nullptr;
  FormIds ids_;
};

// A sentence as the analyses read it; made on demand by
// AnalyzedText::sentence, as the text keeps 16 bytes per sentence.
struct AnalyzedSentence {
  std::string_view text;
  std::size_t first_token = 0;      // index of its first token among the text's
  TokenSlice tokens;                // tokenized with the resolved language
  WordSlice words;                  // per token: its word, as text
  FormIds word_ids;                 // the same as ids
  FormIds stems;                    // per token: TokenForm::stem

  bool content(std::size_t token) const { return stems[token] != kNoWord; }
};

struct AnalyzedText {
  AnalyzedText() = default;
  AnalyzedText(AnalyzedText&&) = default;  // moving keeps every array's buffer, so views stay valid
  AnalyzedText(const AnalyzedText&) = delete;
  AnalyzedText& operator=(const AnalyzedText&) = delete;

  std::size_t sentence_count() const { return sentence_spans.size(); }
  AnalyzedSentence sentence(std::size_t s) const;
  std::size_t token_count() const { return token_offsets.size(); }

  std::string_view text;
  std::string language;             // resolved primary subtag (resolve_language)
  StopWordList stops;
  WordTable strings;                // the words and stems the ids stand for
  std::vector<std::string_view> texts;  // per id, its text in `strings`
  std::vector<TokenForm> forms;     // per distinct written form of a token

  struct SentenceSpan {
    std::uint32_t offset = 0;       // in `text`
    std::uint32_t size = 0;
    std::uint32_t first_token = 0;
    std::uint32_t token_count = 0;
  };
  std::vector<SentenceSpan> sentence_spans;
  // Per token of all sentences, one after another: its byte offset in
  // `text`, and its index in `forms` (with kSeparated).
  std::vector<std::uint32_t> token_offsets;
  std::vector<std::uint32_t> token_forms;
};

// `lang` is the article's BCP 47 tag (may be empty).
AnalyzedText analyze_text(std::string_view text, std::string_view lang);

}  // namespace galley::analysis
