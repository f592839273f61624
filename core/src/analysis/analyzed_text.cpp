#include "analysis/analyzed_text.hpp"

#include "analysis/language.hpp"
#include "analysis/sentence_splitter.hpp"
#include "analysis/stemmer.hpp"
#include "analysis/unicode.hpp"

namespace galley::analysis {

AnalyzedText analyze_text(std::string_view text, std::string_view lang) {
  AnalyzedText out;
  out.text = text;
  out.language = resolve_language(text, lang);
  out.stops = stop_words(out.language);
  const std::vector<std::string_view> views = sentence_views(text, out.language);
  out.sentences.reserve(views.size());
  for (std::string_view view : views) {
    AnalyzedSentence s;
    s.text = view;
    s.tokens = tokenize(view, out.language);
    s.words.reserve(s.tokens.size());
    s.stems.resize(s.tokens.size());
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      s.words.push_back(normalize_word(without_possessive(t)));
      const std::string& word = s.words.back();
      if (!t.is_number && !is_unspaced_script(t.script) && code_point_count(word) >= 2 &&
          !out.stops.contains(word)) {
        s.stems[i] = light_stem(word, out.language);
      }
    }
    out.sentences.push_back(std::move(s));
  }
  return out;
}

}  // namespace galley::analysis
