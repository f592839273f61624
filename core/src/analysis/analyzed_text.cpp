#include "analysis/analyzed_text.hpp"

#include "analysis/language.hpp"
#include "analysis/sentence_splitter.hpp"
#include "analysis/stemmer.hpp"
#include "analysis/code_points.hpp"

namespace galley::analysis {
namespace {

constexpr WordId kNotYetSeen = kNoWord - 1;

}  // namespace

AnalyzedText analyze_text(std::string_view text, std::string_view lang) {
  AnalyzedText out;
  out.text = text;
  out.language = resolve_language(text, lang);
  out.stops = stop_words(out.language);
  const std::vector<std::string_view> views = sentence_views(text, out.language);

  std::vector<std::size_t> first_token(views.size() + 1, 0);
  out.tokens.reserve(text.size() / 6 + 1);
  for (std::size_t s = 0; s < views.size(); ++s) {
    first_token[s] = out.tokens.size();
    tokenize_append(views[s], out.language, out.tokens);
  }
  first_token[views.size()] = out.tokens.size();

  // Per word id: whether the word may be a content word (two or more letters,
  // not a stop word) and then its stem's id; decided once per distinct word.
  std::vector<WordId> stem_of;
  std::string word;
  out.word_ids.resize(out.tokens.size());
  out.stems.resize(out.tokens.size(), kNoWord);
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    const Token& t = out.tokens[k];
    normalize_word(without_possessive(t), word);
    const WordId id = out.strings.intern(word);
    out.word_ids[k] = id;
    if (t.is_number || is_unspaced_script(t.script)) continue;
    if (stem_of.size() <= id) stem_of.resize(out.strings.size(), kNotYetSeen);
    if (stem_of[id] == kNotYetSeen) {
      stem_of[id] = code_point_count(word) >= 2 && !out.stops.contains(word)
                        ? out.strings.intern(light_stem(word, out.language))
                        : kNoWord;
    }
    out.stems[k] = stem_of[id];
  }

  // Views are taken once nothing more is interned.
  out.texts.reserve(out.strings.size());
  for (WordId id = 0; id < out.strings.size(); ++id) out.texts.push_back(out.strings.text(id));
  out.sentences.resize(views.size());
  for (std::size_t s = 0; s < views.size(); ++s) {
    const std::size_t first = first_token[s];
    const std::size_t count = first_token[s + 1] - first;
    AnalyzedSentence& sentence = out.sentences[s];
    sentence.text = views[s];
    sentence.tokens = {out.tokens.data() + first, count};
    sentence.words = {out.texts.data(), out.word_ids.data() + first, count};
    sentence.word_ids = {out.word_ids.data() + first, count};
    sentence.stems = {out.stems.data() + first, count};
  }
  return out;
}

}  // namespace galley::analysis
