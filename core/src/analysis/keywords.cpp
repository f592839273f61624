// Keywords. Candidates are found the RAKE way (Rose et al., "Automatic
// keyword extraction from individual documents", 2010): runs of content
// words between function words and punctuation. Within each run every
// 1- to 3-word n-gram is a term; a term scores
//     occurrences × words × (1 + ln(mean frequency of its words)),
// so repeated themes beat one-off phrases and "central bank" beats
// "central"; a term that mostly occurs inside a longer selected term is
// left out. In scripts written without
// spaces a Katakana run is one word and Han characters are words of their own.

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzed_text.hpp"
#include "analysis/entity_lexicon.hpp"
#include "analysis/keyword_filters.hpp"
#include "analysis/portable_math.hpp"
#include "analysis/stop_words.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {
namespace {

constexpr std::size_t kMaxTermWords = 3;
// Han terms are 2 to 4 characters long.
constexpr std::size_t kMinHanTerm = 2;
constexpr std::size_t kMaxHanTerm = 4;

// How a word is written where it occurs.
enum class Casing { lower, ambiguous, capitals };  // ambiguous: first word of a sentence

struct Unit {
  std::string_view key;       // stem, or the character itself
  std::string_view surface;   // as written, possessive removed
  Casing casing = Casing::lower;
  bool connector = false;     // "of" inside "Bank of Portugal"
};

struct Term {
  std::vector<std::string_view> words;  // unit keys
  std::size_t count = 0;
  std::size_t first = 0;           // order of the first occurrence
  bool unspaced = false;
  bool whole_run = false;          // once made up a whole candidate run
  std::string lowercase;           // first form seen written in lowercase
  std::string proper;              // first form seen written with capitals
  bool proper_all_caps = false;
  std::string ambiguous;           // first sentence-initial form
  bool whole_name = false;         // once written in capitals with no capitalised word next to it

  // Common nouns in lowercase; names and acronyms as written, preferring
  // "Phnom Penh" over a dateline's "PHNOM PENH".
  const std::string& display() const {
    if (!lowercase.empty()) return lowercase;
    if (!proper.empty()) return proper;
    return ambiguous;
  }
};

std::string_view span(std::string_view first, std::string_view last) {
  return std::string_view(first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data()));
}

bool contains(const std::vector<std::string_view>& outer, const std::vector<std::string_view>& inner) {
  if (inner.size() > outer.size()) return false;
  for (std::size_t i = 0; i + inner.size() <= outer.size(); ++i) {
    if (std::equal(inner.begin(), inner.end(), outer.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

// Two windows of one longer run of characters shifted by one ("四条河原" and
// "条河原町" of "四条河原町"): in unspaced scripts the second adds nothing.
bool shifted_windows(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  if (a.size() != b.size() || a.size() < 2) return false;
  const auto shifted = [](const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
    return std::equal(x.begin() + 1, x.end(), y.begin());
  };
  return shifted(a, b) || shifted(b, a);
}

class KeywordFinder {
 public:
  explicit KeywordFinder(const AnalyzedText& text) : text_(text) {}

  std::vector<Keyword> run(std::size_t count) {
    for (const AnalyzedSentence& sentence : text_.sentences) read_sentence(sentence);
    return rank(count);
  }

 private:
  // ---- candidate runs ----------------------------------------------------

  void read_sentence(const AnalyzedSentence& sentence) {
    const std::vector<Token>& tokens = sentence.tokens;
    std::vector<Unit>& run = run_buffer_;
    run.clear();
    const auto flush = [&]() {
      add_run(run, false, false);
      run.clear();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (t.separated) flush();
      if (is_unspaced_script(t.script)) {
        flush();
        read_unspaced(t);
        continue;
      }
      const std::string& word = sentence.words[i];
      const bool connector = !run.empty() && run.back().casing != Casing::lower && is_name_connector(word) &&
                             is_organization_word(normalize_word(run.back().surface)) &&
                             i + 1 < tokens.size() && !tokens[i + 1].separated && tokens[i + 1].capitalized;
      const bool content = sentence.content(i);
      if (!connector && !content) {
        flush();
        continue;
      }
      // A capital that only opens the sentence does not make a name.
      Casing casing = Casing::lower;
      if (t.all_caps || (t.capitalized && i > 0)) {
        casing = Casing::capitals;
      } else if (t.capitalized) {
        casing = Casing::ambiguous;
      }
      run.push_back({connector ? std::string_view(word) : std::string_view(sentence.stems[i]), without_possessive(t),
                     casing, connector});
      if (t.possessive) flush();
    }
    flush();
  }

  // Kanji and Katakana; Hiragana (particles, endings) only separates.
  void read_unspaced(const Token& t) {
    if (t.script == Script::katakana) {
      if (code_point_count(t.text) >= 2) add_run({{t.text, t.text, Casing::lower, false}}, true, false);
      return;
    }
    if (t.script != Script::han) return;
    std::vector<Unit> run;
    for (std::size_t i = 0; i <= t.text.size();) {
      const DecodedChar d = i < t.text.size() ? decode_utf8(t.text, i) : DecodedChar{0, 1};
      if (i == t.text.size() || is_cjk_function_char(d.cp, text_.language)) {
        add_run(run, true, true);
        run.clear();
      } else {
        const std::string_view ch = t.text.substr(i, d.length);
        run.push_back({ch, ch, Casing::lower, false});
      }
      i += d.length;
    }
  }

  // `han`: the units are single Han characters, and terms are 2 to 4 of them.
  void add_run(const std::vector<Unit>& run, bool unspaced, bool han) {
    for (const Unit& u : run) {
      if (!u.connector) ++frequency_[u.key];
    }
    const std::size_t min_len = han ? kMinHanTerm : 1;
    const std::size_t max_len = han ? kMaxHanTerm : kMaxTermWords;
    for (std::size_t i = 0; i < run.size(); ++i) {
      for (std::size_t n = min_len; n <= max_len && i + n <= run.size(); ++n) {
        if (run[i].connector || run[i + n - 1].connector) continue;
        add_term(run, i, n, unspaced);
      }
    }
  }

  void add_term(const std::vector<Unit>& run, std::size_t start, std::size_t n, bool unspaced) {
    std::string& key = key_buffer_;
    key.clear();
    Casing casing = Casing::capitals;
    for (std::size_t k = start; k < start + n; ++k) {
      if (!key.empty() && !unspaced) key.push_back(' ');
      key.append(run[k].key);
      if (!run[k].connector) casing = std::min(casing, run[k].casing);
    }
    // Looked up before inserting, so that a term seen again costs no copy of its key.
    auto it = terms_.find(key);
    const bool inserted = it == terms_.end();
    if (inserted) it = terms_.emplace(key, Term{}).first;
    Term& term = it->second;
    if (inserted) {
      term.words.reserve(n);
      for (std::size_t k = start; k < start + n; ++k) term.words.push_back(run[k].key);
      term.first = order_;
      term.unspaced = unspaced;
    }
    ++order_;
    ++term.count;
    term.whole_run = term.whole_run || (start == 0 && n == run.size());
    // "Organization of Islamic" cut out of "Organization of Islamic Cooperation".
    const auto named = [&](std::size_t k) { return run[k].casing != Casing::lower || run[k].connector; };
    term.whole_name = term.whole_name || casing == Casing::lower || unspaced ||
                      ((start == 0 || !named(start - 1)) && (start + n == run.size() || !named(start + n)));
    const std::string_view surface = span(run[start].surface, run[start + n - 1].surface);
    if (unspaced || casing == Casing::lower) {
      if (term.lowercase.empty()) term.lowercase = unspaced ? std::string(surface) : normalize_word(surface);
    } else if (casing == Casing::capitals && (term.proper.empty() || term.proper_all_caps)) {
      const bool all_caps = normalize_word(surface) != surface && to_upper_ascii(surface) == surface;
      if (term.proper.empty() || !all_caps) {
        term.proper = std::string(surface);
        term.proper_all_caps = all_caps;
      }
    } else if (term.ambiguous.empty()) {
      term.ambiguous = normalize_word(surface);
    }
  }

  static std::string to_upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
  }

  // ---- ranking -----------------------------------------------------------

  double score(const Term& term) const {
    double sum = 0.0;
    std::size_t words = 0;
    for (std::string_view w : term.words) {
      const auto it = frequency_.find(w);
      if (it == frequency_.end()) continue;  // connectors
      sum += static_cast<double>(it->second);
      ++words;
    }
    const double mean = sum / static_cast<double>(words);
    return static_cast<double>(term.count * words) * (1.0 + portable_log(mean));
  }

  std::vector<Keyword> rank(std::size_t count) const {
    struct Scored {
      const Term* term;
      double score;
    };
    std::vector<Scored> scored;
    scored.reserve(terms_.size());
    for (const auto& entry : terms_) scored.push_back({&entry.second, round_score(score(entry.second))});
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
      if (a.score != b.score) return a.score > b.score;
      return a.term->first < b.term->first;
    });
    // "central" adds little next to "central bank" when it mostly occurs
    // there, so choosing a term drops its sub-terms that occur less than
    // 1.5 times as often; a term containing a chosen one must occur as often.
    std::vector<const Term*> chosen;
    for (const Scored& s : scored) {
      if (chosen.size() == count) break;
      const Term& term = *s.term;
      // A common phrase met once is rarely a keyword, unless it is a whole
      // run (in scripts without spaces, the only word-like unit there is).
      const bool one_off = term.words.size() > 1 && term.count < 2 && !term.lowercase.empty();
      if (one_off && !(term.unspaced && term.whole_run)) continue;
      if (!term.whole_name || unfit_keyword(term.display(), !term.lowercase.empty(), !term.proper.empty())) continue;
      // A part of a higher-ranked name adds nothing ("Aliyev" after "Ilham
      // Aliyev"); a common word may still lead its own phrases.
      const bool redundant = std::any_of(chosen.begin(), chosen.end(), [&](const Term* c) {
        return (contains(c->words, term.words) && (2 * term.count < 3 * c->count || term.lowercase.empty())) ||
               (contains(term.words, c->words) && term.count >= c->count) ||
               (term.unspaced && c->unspaced && shifted_windows(c->words, term.words) && term.count <= c->count);
      });
      if (redundant) continue;
      chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                  [&](const Term* c) {
                                    return contains(term.words, c->words) && 2 * c->count < 3 * term.count;
                                  }),
                   chosen.end());
      chosen.push_back(&term);
    }
    std::vector<Keyword> out;
    out.reserve(chosen.size());
    for (const Term* term : chosen) out.push_back({term->display(), round_score(score(*term))});
    return out;
  }

  const AnalyzedText& text_;
  // Hash maps: ranking orders terms by score and first occurrence, never by
  // where they sit in these maps.
  std::unordered_map<std::string, Term> terms_;
  std::unordered_map<std::string_view, std::size_t> frequency_;
  std::size_t order_ = 0;
  std::string key_buffer_;        // reused by add_term
  std::vector<Unit> run_buffer_;  // reused by read_sentence
};

}  // namespace

std::vector<Keyword> keywords(std::string_view text, std::string_view lang, std::size_t count) {
  if (count == 0) return {};
  return keywords(analyze_text(text, lang), count);
}

std::vector<Keyword> keywords(const AnalyzedText& text, std::size_t count) {
  if (count == 0) return {};
  return KeywordFinder(text).run(count);
}

}  // namespace galley::analysis
