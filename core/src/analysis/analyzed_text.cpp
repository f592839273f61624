#include "analysis/analyzed_text.hpp"

#include <algorithm>

#include "analysis/code_points.hpp"
#include "analysis/language.hpp"
#include "analysis/sentence_splitter.hpp"
#include "analysis/stemmer.hpp"

namespace galley::analysis {
namespace {

constexpr WordId kNotYetSeen = kNoWord - 1;

// Numbers the distinct written forms of the tokens and works out each form's
// TokenForm once; the word table gets the words and stems in the order their
// tokens come, as when every token was looked up on its own.
class FormTable {
 public:
  explicit FormTable(AnalyzedText& out) : out_(out) {}

  // Room for about `forms` written forms, and words and stems of them.
  void reserve(std::size_t forms) {
    written_.reserve(forms, forms * 8);
    out_.forms.reserve(forms);
    out_.strings.reserve(forms, forms * 8);
  }

  std::uint32_t form_of(Token token) {
    const WordId id = written_.intern(token.text());
    if (id < out_.forms.size()) return id;
    classify_token(token);
    TokenForm& form = out_.forms.emplace_back();
    form.size = token.size;
    form.script = token.script;
    form.is_number = token.is_number;
    form.capitalized = token.capitalized;
    form.all_caps = token.all_caps;
    form.possessive = token.possessive;
    normalize_word(without_possessive(token), word_);
    form.word = out_.strings.intern(word_);
    if (!token.is_number && !is_unspaced_script(token.script)) form.stem = stem_of(form.word);
    return id;
  }

 private:
  // Whether the word may be a content word (two or more letters, not a stop
  // word) and then its stem's id; decided once per distinct word.
  WordId stem_of(WordId word) {
    // Grown by half at a time: a text's new words come one by one.
    if (stem_of_.size() <= word) stem_of_.resize(std::max<std::size_t>(out_.strings.size(), stem_of_.size() * 3 / 2), kNotYetSeen);
    if (stem_of_[word] == kNotYetSeen) {
      stem_of_[word] = code_point_count(word_) >= 2 && !out_.stops.contains(word_)
                           ? out_.strings.intern(light_stem(word_, out_.language))
                           : kNoWord;
    }
    return stem_of_[word];
  }

  AnalyzedText& out_;
  WordTable written_;            // the forms as written, numbered like out_.forms
  std::vector<WordId> stem_of_;  // per word id
  std::string word_;             // reused
};

}  // namespace

AnalyzedSentence AnalyzedText::sentence(std::size_t s) const {
  const SentenceSpan& span = sentence_spans[s];
  AnalyzedSentence out;
  out.text = text.substr(span.offset, span.size);
  out.first_token = span.first_token;
  out.tokens = TokenSlice(text.data(), token_offsets.data() + span.first_token, token_forms.data() + span.first_token,
                          forms.data(), span.token_count);
  out.word_ids = FormIds(out.tokens, &TokenForm::word);
  out.stems = FormIds(out.tokens, &TokenForm::stem);
  out.words = WordSlice(texts.data(), out.word_ids);
  return out;
}

AnalyzedText analyze_text(std::string_view text, std::string_view lang) {
  AnalyzedText out;
  out.text = text;
  out.language = resolve_language(text, lang);
  out.stops = stop_words(out.language);
  {
    const std::vector<std::string_view> views = sentence_views(text, out.language);
    out.sentence_spans.reserve(views.size());
    out.token_offsets.reserve(text.size() / 6 + 1);
    out.token_forms.reserve(text.size() / 6 + 1);
    FormTable forms(out);
    forms.reserve(std::min<std::size_t>(text.size() / 12 + 16, std::size_t{1} << 14));
    std::vector<Token> sentence_tokens;  // one sentence's, reused
    for (const std::string_view view : views) {
      sentence_tokens.clear();
      scan_tokens_append(view, out.language, sentence_tokens);
      out.sentence_spans.push_back({static_cast<std::uint32_t>(view.data() - text.data()),
                                    static_cast<std::uint32_t>(view.size()),
                                    static_cast<std::uint32_t>(out.token_offsets.size()),
                                    static_cast<std::uint32_t>(sentence_tokens.size())});
      for (const Token& t : sentence_tokens) {
        out.token_offsets.push_back(static_cast<std::uint32_t>(t.offset_in(text)));
        out.token_forms.push_back(forms.form_of(t) | (t.separated ? kSeparated : 0));
      }
    }
  }
  // Views are taken once nothing more is interned.
  out.texts.reserve(out.strings.size());
  for (WordId id = 0; id < out.strings.size(); ++id) out.texts.push_back(out.strings.text(id));
  return out;
}

}  // namespace galley::analysis
