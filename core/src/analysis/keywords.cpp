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
#include <array>
#include <cstdint>
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
#include "common/sort_indices.hpp"

namespace galley::analysis {
namespace {

constexpr std::size_t kMaxTermWords = 3;
// Han terms are 2 to 4 characters long.
constexpr std::size_t kMinHanTerm = 2;
constexpr std::size_t kMaxHanTerm = 4;
constexpr std::size_t kMaxUnits = kMaxHanTerm;

// How a word is written where it occurs.
enum class Casing { lower, ambiguous, capitals };  // ambiguous: first word of a sentence

// Units are numbered by their key (a stem or connector word from the word
// table, or an unspaced character or run numbered after those), so equal keys
// get equal numbers; unspaced keys never equal a spaced word.
using UnitId = std::uint32_t;

struct Unit {
  UnitId key;                 // stem, connector word, or the character itself
  std::string_view surface;   // as written, possessive removed
  Casing casing = Casing::lower;
  bool connector = false;     // "of" inside "Bank of Portugal"
};

// A term's units: its identity.
struct TermKey {
  std::array<UnitId, kMaxUnits> units{};
  std::uint8_t size = 0;

  // Unused units stay zero, so comparing all four is exact; written out, as
  // std::array's comparison may become a call to memcmp.
  bool operator==(const TermKey& o) const {
    return units[0] == o.units[0] && units[1] == o.units[1] && units[2] == o.units[2] && units[3] == o.units[3] &&
           size == o.size;
  }
  const UnitId* begin() const { return units.data(); }
  const UnitId* end() const { return units.data() + size; }
};

// Part of the analysed text, by offset: a term keeps three of these, and
// offsets take half the room of views.
struct TextSpan {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;  // 0: not seen (a surface is never empty)

  bool empty() const { return size == 0; }
  std::string_view in(std::string_view text) const { return text.substr(offset, size); }
};

// One per distinct n-gram of the text, which may be most of its n-grams: kept
// small (52 bytes). Its order of first occurrence is its index in the table.
struct Term {
  TermKey words;
  std::uint32_t count = 0;
  // The first forms seen, as written: in lowercase, with capitals, and
  // sentence-initial. Normalized only for the keywords shown.
  TextSpan lowercase;
  TextSpan proper;
  TextSpan ambiguous;
  bool unspaced = false;
  bool whole_run = false;          // once made up a whole candidate run
  bool proper_all_caps = false;
  bool whole_name = false;         // once written in capitals with no capitalised word next to it

  // Common nouns in lowercase; names and acronyms as written, preferring
  // "Phnom Penh" over a dateline's "PHNOM PENH".
  std::string display(std::string_view text) const {
    if (!lowercase.empty()) return unspaced ? std::string(lowercase.in(text)) : normalize_word(lowercase.in(text));
    if (!proper.empty()) return std::string(proper.in(text));
    return normalize_word(ambiguous.in(text));
  }
};

// From the start of `first` to the end of `last`, both parts of `text`.
TextSpan span(std::string_view text, std::string_view first, std::string_view last) {
  return {static_cast<std::uint32_t>(first.data() - text.data()),
          static_cast<std::uint32_t>(last.data() + last.size() - first.data())};
}

bool contains(const TermKey& outer, const TermKey& inner) {
  if (inner.size > outer.size) return false;
  for (std::size_t i = 0; i + inner.size <= outer.size; ++i) {
    if (std::equal(inner.begin(), inner.end(), outer.begin() + i)) return true;
  }
  return false;
}

// Two windows of one longer run of characters shifted by one ("四条河原" and
// "条河原町" of "四条河原町"): in unspaced scripts the second adds nothing.
bool shifted_windows(const TermKey& a, const TermKey& b) {
  if (a.size != b.size || a.size < 2) return false;
  const auto shifted = [](const TermKey& x, const TermKey& y) { return std::equal(x.begin() + 1, x.end(), y.begin()); };
  return shifted(a, b) || shifted(b, a);
}

bool is_all_caps_form(std::string_view surface) {
  // ASCII, the common case: some capital and no lowercase letter.
  bool upper_seen = false;
  bool ascii = true;
  for (const char c : surface) {
    if (c >= 'a' && c <= 'z') return false;
    upper_seen = upper_seen || (c >= 'A' && c <= 'Z');
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  }
  if (ascii) return upper_seen;
  std::string upper(surface);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return normalize_word(surface) != surface && upper == surface;
}

// A term's hash, built a unit at a time so that a term and the terms
// extending it share the work. Terms are numbered in order of first
// occurrence, so nothing depends on the hash but speed.
struct TermHash {
  static constexpr std::uint64_t kStart = 0x9E3779B97F4A7C15ull;
  static std::uint64_t add(std::uint64_t hash, std::uint64_t value) { return (hash ^ value) * 0x9E3779B97F4A7C15ull; }
  // A product's high bits depend on all of its input.
  static std::size_t finish(std::uint64_t hash, std::size_t size) { return static_cast<std::size_t>(add(hash, size) >> 32); }
  static std::size_t of(const TermKey& key) {
    std::uint64_t hash = kStart;
    for (const UnitId u : key) hash = add(hash, u);
    return finish(hash, key.size);
  }
};

// Terms by key, open addressing over indices into the terms, so that a term
// seen again costs one probe and nothing is allocated per occurrence. The
// terms are kept in blocks of a fixed size, so the table grows without
// copying: a vector that doubles holds its old and its new buffer at once.
class TermTable {
 public:
  // The index of the term for `key` (whose TermHash is `hash`), and whether it is new.
  std::pair<std::uint32_t, bool> find_or_add(const TermKey& key, std::size_t hash) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::size_t slot = probe(key, hash);
    if (slots_[slot] != kEmpty) return {slots_[slot], false};
    if (size_ % kBlockSize == 0) blocks_.emplace_back().reserve(kBlockSize);
    blocks_.back().emplace_back().words = key;
    slots_[slot] = static_cast<std::uint32_t>(size_);
    return {static_cast<std::uint32_t>(size_++), true};
  }
  // Slots for about `terms` terms, so that a text of up to some 30,000
  // terms is never rehashed (each rehash hashes every term again). Capped,
  // as the table grows when it needs to anyway.
  void reserve(std::size_t terms) {
    constexpr std::size_t kMaxReservedSlots = std::size_t{1} << 16;
    std::size_t slots = kInitialSlots;
    while (slots < 2 * terms && slots < kMaxReservedSlots) slots *= 2;
    if (slots > slots_.size()) slots_.assign(slots, kEmpty);
  }
  std::size_t size() const { return size_; }
  Term& operator[](std::size_t i) { return blocks_[i / kBlockSize][i % kBlockSize]; }
  const Term& operator[](std::size_t i) const { return blocks_[i / kBlockSize][i % kBlockSize]; }

 private:
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);
  static constexpr std::size_t kBlockSize = 4096;
  static constexpr std::size_t kInitialSlots = 1024;

  std::size_t probe(const TermKey& key, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (slots_[slot] != kEmpty && !((*this)[slots_[slot]].words == key)) slot = (slot + 1) & mask;
    return slot;
  }

  void grow() {
    slots_.assign(slots_.empty() ? kInitialSlots : slots_.size() * 2, kEmpty);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = 0; i < size_; ++i) {
      std::size_t slot = TermHash::of((*this)[i].words) & mask;
      while (slots_[slot] != kEmpty) slot = (slot + 1) & mask;
      slots_[slot] = static_cast<std::uint32_t>(i);
    }
  }

  std::vector<std::vector<Term>> blocks_;  // each reserved to kBlockSize once
  std::size_t size_ = 0;
  std::vector<std::uint32_t> slots_;
};

class KeywordFinder {
 public:
  // A text has about two distinct terms per token: most of its two- and
  // three-word phrases occur once.
  explicit KeywordFinder(const AnalyzedText& text) : text_(text), frequency_(text.strings.size(), 0) {
    terms_.reserve(2 * text.token_count());
  }

  std::vector<Keyword> run(std::size_t count) {
    for (std::size_t s = 0; s < text_.sentence_count(); ++s) read_sentence(text_.sentence(s));
    return rank(count);
  }

 private:
  // ---- candidate runs ----------------------------------------------------

  void read_sentence(const AnalyzedSentence& sentence) {
    const TokenSlice& tokens = sentence.tokens;
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
      const bool content = sentence.content(i);
      const bool connector = !run.empty() && run.back().casing != Casing::lower &&
                             i + 1 < tokens.size() && !tokens[i + 1].separated && tokens[i + 1].capitalized &&
                             is_name_connector(sentence.words[i]) &&
                             is_organization_word(normalize_word(run.back().surface));
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
      run.push_back({connector ? sentence.word_ids[i] : sentence.stems[i], without_possessive(t), casing, connector});
      if (t.possessive) flush();
    }
    flush();
  }

  // Unspaced characters and runs, numbered after the word table's ids.
  UnitId unspaced_unit(std::string_view key) {
    const auto inserted = unspaced_.emplace(key, static_cast<UnitId>(frequency_.size()));
    if (inserted.second) frequency_.push_back(0);
    return inserted.first->second;
  }

  // Kanji and Katakana; Hiragana (particles, endings) only separates.
  void read_unspaced(const Token& t) {
    if (t.script == Script::katakana) {
      if (code_point_count(t.text()) >= 2) add_run({{unspaced_unit(t.text()), t.text(), Casing::lower, false}}, true, false);
      return;
    }
    if (t.script != Script::han) return;
    std::vector<Unit> run;
    for (std::size_t i = 0; i <= t.text().size();) {
      const DecodedChar d = i < t.text().size() ? decode_utf8(t.text(), i) : DecodedChar{0, 1};
      if (i == t.text().size() || is_cjk_function_char(d.cp, text_.language)) {
        add_run(run, true, true);
        run.clear();
      } else {
        const std::string_view ch = t.text().substr(i, d.length);
        run.push_back({unspaced_unit(ch), ch, Casing::lower, false});
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
    // The terms starting at one unit are built one unit longer at a time:
    // key, casing (the lowest of the units outside connectors) and hash.
    for (std::size_t i = 0; i < run.size(); ++i) {
      if (run[i].connector) continue;
      TermKey key;
      Casing casing = Casing::capitals;
      std::uint64_t hash = TermHash::kStart;
      for (std::size_t n = 1; n <= max_len && i + n <= run.size(); ++n) {
        const Unit& last = run[i + n - 1];
        key.units[n - 1] = last.key;
        key.size = static_cast<std::uint8_t>(n);
        if (!last.connector) casing = std::min(casing, last.casing);
        hash = TermHash::add(hash, last.key);
        if (n >= min_len && !last.connector) add_term(run, i, key, casing, TermHash::finish(hash, n), unspaced);
      }
    }
  }

  // The term of run[start, start + key.size), written with `casing`.
  void add_term(const std::vector<Unit>& run, std::size_t start, const TermKey& key, Casing casing, std::size_t hash,
                bool unspaced) {
    const std::size_t n = key.size;
    const auto [index, inserted] = terms_.find_or_add(key, hash);
    Term& term = terms_[index];
    if (inserted) term.unspaced = unspaced;
    ++term.count;
    term.whole_run = term.whole_run || (start == 0 && n == run.size());
    // "Organization of Islamic" cut out of "Organization of Islamic Cooperation".
    const auto named = [&](std::size_t k) { return run[k].casing != Casing::lower || run[k].connector; };
    term.whole_name = term.whole_name || casing == Casing::lower || unspaced ||
                      ((start == 0 || !named(start - 1)) && (start + n == run.size() || !named(start + n)));
    // The surface, only for a form the term has not recorded yet.
    const auto surface = [&]() { return span(text_.text, run[start].surface, run[start + n - 1].surface); };
    if (unspaced || casing == Casing::lower) {
      if (term.lowercase.empty()) term.lowercase = surface();
    } else if (casing == Casing::capitals && (term.proper.empty() || term.proper_all_caps)) {
      const TextSpan proper = surface();
      const bool all_caps = is_all_caps_form(proper.in(text_.text));
      if (term.proper.empty() || !all_caps) {
        term.proper = proper;
        term.proper_all_caps = all_caps;
      }
    } else if (term.ambiguous.empty()) {
      term.ambiguous = surface();
    }
  }

  // ---- ranking -----------------------------------------------------------

  // 1 + ln(mean frequency of a term's words), by the sum of the frequencies
  // and the number of words: terms share few such pairs, and the log takes
  // some forty operations. Kept for small sums.
  class FrequencyFactors {
   public:
    double operator()(std::size_t sum, std::size_t words) {
      const std::size_t key = sum * kMaxUnits + (words - 1);
      if (key >= kKept) return compute(sum, words);
      double& factor = kept_[key];
      if (factor == 0.0) factor = compute(sum, words);  // a factor is at least 1
      return factor;
    }

   private:
    static constexpr std::size_t kKept = 1024;
    static double compute(std::size_t sum, std::size_t words) {
      return 1.0 + portable_log(static_cast<double>(sum) / static_cast<double>(words));
    }
    std::array<double, kKept> kept_{};
  };

  double score(const Term& term, FrequencyFactors& factors) const {
    std::size_t sum = 0;
    std::size_t words = 0;
    for (const UnitId w : term.words) {
      if (frequency_[w] == 0) continue;  // connectors
      sum += frequency_[w];
      ++words;
    }
    return static_cast<double>(term.count * words) * factors(sum, words);
  }

  // A common phrase met once is rarely a keyword, unless it is a whole run
  // (in scripts without spaces, the only word-like unit there is).
  static bool one_off(const Term& term) {
    return term.words.size > 1 && term.count < 2 && !term.lowercase.empty() && !(term.unspaced && term.whole_run);
  }

  std::vector<Keyword> rank(std::size_t count) const {
    struct Scored {
      std::uint32_t term;  // index, which is also the order of first occurrence
      double score;
    };
    FrequencyFactors factors;
    std::vector<Scored> scored;
    // Room for every term at once: the pages past the candidates are never
    // touched, where doubling would copy and leave up to half unused.
    scored.reserve(terms_.size());
    for (std::size_t i = 0; i < terms_.size(); ++i) {
      if (!one_off(terms_[i])) scored.push_back({static_cast<std::uint32_t>(i), round_score(score(terms_[i], factors))});
    }
    const auto better = [&](std::uint32_t i, std::uint32_t j) {
      const Scored& a = scored[i];
      const Scored& b = scored[j];
      if (a.score != b.score) return a.score > b.score;
      return a.term < b.term;
    };
    // Only the head of the ranking is usually read: it is sorted first, and
    // the rest only if the choice below runs past it.
    std::vector<std::uint32_t> ranking = common::identity_indices(scored.size());
    std::size_t sorted = std::min(ranking.size(), std::max<std::size_t>(4 * count, 32));
    common::sort_first(ranking, sorted, better);
    // "central" adds little next to "central bank" when it mostly occurs
    // there, so choosing a term drops its sub-terms that occur less than
    // 1.5 times as often; a term containing a chosen one must occur as often.
    std::vector<const Term*> chosen;
    for (std::size_t r = 0; r < ranking.size() && chosen.size() < count; ++r) {
      if (r == sorted) {
        common::sort_indices(ranking.data() + r, ranking.data() + ranking.size(), better);
        sorted = ranking.size();
      }
      const Term& term = terms_[scored[ranking[r]].term];
      if (!term.whole_name || unfit_keyword(term.display(text_.text), !term.lowercase.empty(), !term.proper.empty())) continue;
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
    for (const Term* term : chosen) out.push_back({term->display(text_.text), round_score(score(*term, factors))});
    return out;
  }

  const AnalyzedText& text_;
  TermTable terms_;
  // Per unit id: occurrences outside connectors (0: only ever a connector).
  std::vector<std::size_t> frequency_;
  std::unordered_map<std::string_view, UnitId> unspaced_;
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
