// Named entities by rule: runs of capitalised words become mentions, cues
// around them (titles, head nouns, prepositions, a small gazetteer) decide
// their kind, and mentions of one entity (acronyms, surnames, short forms,
// possessives, plurals) are merged. See docs/text-analysis.md.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzed_text.hpp"
#include "analysis/entity_lexicon.hpp"
#include "analysis/stop_words.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/text_lines.hpp"
#include "analysis/code_points.hpp"
#include "common/sort_indices.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {
namespace {

bool cased_script(Script s) {
  return s == Script::latin || s == Script::greek || s == Script::cyrillic || s == Script::armenian;
}

bool starts_name(const Token& t) { return cased_script(t.script) && (t.capitalized || t.all_caps); }

// "UNICEF", "IsDB", "U.S.": mostly capitals, short.
bool is_acronym(const Token& t) {
  std::size_t letters = 0;
  std::size_t upper = 0;
  for (std::size_t i = 0; i < t.text().size();) {
    const DecodedChar d = decode_utf8(t.text(), i);
    if (is_letter(d.cp)) {
      ++letters;
      if (is_upper(d.cp)) ++upper;
    }
    i += d.length;
  }
  return cased_script(t.script) && upper >= 2 && upper + 1 >= letters && letters <= 8;
}

// "Seattle-based", "Moscow-backed", "Asia-wide" name Seattle, Moscow and
// Asia: a lowercase tail after the last hyphen that makes an adjective is
// not part of the name ("Lee Teng-hui", "Kim Dae-jung" keep theirs).
std::size_t name_length(const Token& t) {
  const std::string_view text = without_possessive(t);
  const std::size_t hyphen = text.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= text.size()) return text.size();
  const std::string_view tail = text.substr(hyphen + 1);
  for (std::size_t i = 0; i < tail.size();) {
    const DecodedChar d = decode_utf8(tail, i);
    if (!is_lower(d.cp)) return text.size();
    i += d.length;
  }
  constexpr std::string_view kAdjectiveTails[] = {"born", "bound", "like", "made", "run", "speaking", "style", "wide"};
  const bool adjective = (tail.size() > 2 && (tail.substr(tail.size() - 2) == "ed" || tail.substr(tail.size() - 3) == "ing")) ||
                         std::find(std::begin(kAdjectiveTails), std::end(kAdjectiveTails), tail) != std::end(kAdjectiveTails);
  return adjective ? hyphen : text.size();
}

std::string title_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool word_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    append_utf8(out, word_start ? d.cp : to_lower(d.cp));
    word_start = !is_word_char(d.cp);
    i += d.length;
  }
  return out;
}

// "of" in French, Spanish, Italian and Portuguese names ("Banco de Chile").
bool is_romance_of(std::string_view word) {
  return word == "de" || word == "del" || word == "della" || word == "di" || word == "do" || word == "da" ||
         word == "du" || word == "des" || word == "dos";
}

// The word that carries a name's kind: the one before "of"/"for" ("Bank of
// Portugal"), otherwise the last ("Mekong River Commission").
// Its index among `count` words (count > 0), `word_at(i)` giving each.
template <typename WordAt>
std::size_t head_index(std::size_t count, WordAt&& word_at) {
  for (std::size_t i = 1; i < count; ++i) {
    const std::string_view word = word_at(i);
    if (is_name_connector(word) || is_romance_of(word)) return i - 1;
  }
  return count - 1;
}

template <typename Word>
std::string_view head_word(const std::vector<Word>& words) {
  if (words.empty()) return {};
  return words[head_index(words.size(), [&](std::size_t i) { return std::string_view(words[i]); })];
}

constexpr std::string_view kPlacePrepositions[] = {
    "across", "around", "from", "in", "inside", "into", "near", "outside", "throughout", "toward", "towards", "via"};

// Words that follow a geographic name without changing what it names:
// "Mekong" is the "Mekong River".
bool is_geographic_feature(std::string_view word) {
  constexpr std::string_view kFeatures[] = {"bay", "delta", "desert", "gulf", "lake", "mountains", "ocean",
                                            "river", "sea"};
  return std::find(std::begin(kFeatures), std::end(kFeatures), word) != std::end(kFeatures);
}

// "St Louis", "St. Mirren", "Sankt Gallen": a saint's name, which names
// places, streets and clubs; never a title.
bool is_saint_prefix(std::string_view word) {
  return word == "st" || word == "ste" || word == "saint" || word == "sainte" || word == "sankt";
}

// "San Mames", "Santa Ana", "São Paulo": the same in Romance languages; only
// used to tell places from people.
bool is_romance_saint(std::string_view word) {
  return word == "san" || word == "santa" || word == "santo" || word == "s\xC3\xA3o";
}

// "centrale", "européenne", "québécois", "lyonnais": the endings of French,
// Spanish and Italian adjectives of place and kind.
bool is_romance_adjective(std::string_view word) {
  constexpr std::string_view kEndings[] = {"al", "ale", "ique", "ien", "ienne", "ais", "aise", "ois", "oise",
                                           "éen", "éenne", "ain", "aine", "ano", "ana", "ico", "ica", "ese", "ense"};
  constexpr std::size_t kShortest = 5;
  return word.size() >= kShortest && std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) {
           return word.size() > e.size() && word.substr(word.size() - e.size()) == e;
         });
}

// Words between two sides of a match: "Leverkusen beat Bremen",
// "Celtic v Rangers".
bool is_match_verb(std::string_view word) {
  constexpr std::string_view kWords[] = {"beat", "beating", "beats", "defeated", "drew", "v", "vs"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// Results that name the other side after a preposition: "a draw with Aston
// Villa", "lost to Monaco", "a win over Bilbao", "the match against Hamburg".
bool is_match_result(std::string_view word) {
  constexpr std::string_view kWords[] = {"defeat", "draw", "drew", "game", "lost", "match", "tie", "victory", "win"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// "1996-12-07" after a dateline's place.
bool starts_with_date(std::string_view text) {
  return text.size() >= 5 && std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
         (text[4] == '-' || text[4] == '/');
}

bool is_place_preposition(std::string_view word) {
  return std::find(std::begin(kPlacePrepositions), std::end(kPlacePrepositions), word) !=
         std::end(kPlacePrepositions);
}

// "Lebed said he": a personal pronoun takes up a person's name ("it" and
// "its" tell nothing: people speak of their companies).
bool is_personal_pronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "his" || word == "her" || word == "him";
}

// Verbs after which a pronoun takes up the name before them: "Bayer said on
// Wednesday it", "Lebed told Interfax he".
bool is_reporting_verb(std::string_view word) {
  return word == "said" || word == "says" || word == "told" || word == "added" || word == "announced" ||
         word == "expects" || word == "expected";
}

// "Everyone said", "Nobody told": no one in particular.
bool is_indefinite_pronoun(std::string_view word) {
  for (const std::string_view ending : {std::string_view("body"), std::string_view("one")}) {
    const std::size_t stem = word.size() - std::min(word.size(), ending.size());
    if (word.substr(stem) == ending &&
        (word.substr(0, stem) == "every" || word.substr(0, stem) == "some" || word.substr(0, stem) == "any" ||
         word.substr(0, stem) == "no")) {
      return true;
    }
  }
  return false;
}

// The token indices of a run of capitalised words, or of a part of one: a
// view, so that splitting and trimming a run copy nothing.
class TokenRun {
 public:
  TokenRun(const std::size_t* begin, const std::size_t* end) : begin_(begin), end_(end) {}
  const std::size_t* begin() const { return begin_; }
  const std::size_t* end() const { return end_; }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  bool empty() const { return begin_ == end_; }
  std::size_t operator[](std::size_t i) const { return begin_[i]; }
  std::size_t front() const { return *begin_; }
  std::size_t back() const { return end_[-1]; }
  // Indices [first, last) of this run, and [first, end).
  TokenRun part(std::size_t first, std::size_t last) const { return {begin_ + first, begin_ + last}; }
  TokenRun from(std::size_t first) const { return {begin_ + first, end_}; }
  void drop_front() { ++begin_; }

 private:
  const std::size_t* begin_;
  const std::size_t* end_;
};

struct Mention {
  std::size_t begin = 0;   // byte offsets in the whole text
  std::size_t end = 0;
  std::string text;        // as written, possessive and lowercase tails removed
  std::vector<std::string> words;  // normalized words
  WordId last_id = kNoWord;        // the last word's id, if it is a word of the text as normalized
  std::optional<EntityKind> known;  // the kind the name lists give its words (set by group())
  std::size_t sentence = 0;
  std::size_t first_token = 0;
  std::size_t last_token = 0;      // inclusive
  bool sentence_initial = false;
  bool acronym = false;
  bool title_cue = false;
  bool place_cue = false;
  bool organization_cue = false;
  bool other_cue = false;
  bool dateline = false;
  bool definition = false;  // the bracketed half of "Long Name (LN)"
  bool shouted = false;     // from a line in capitals only
  bool table_cell = false;  // from a results-table row
  bool score_cue = false;   // a score or a table's numbers follow: a team
  bool match_cue = false;   // "beat X", "a draw with X": a team or a country
  bool person_cue = false;  // "X said he", "striker X", "quoted X as saying", "X (Kenya)" in a results list
  bool arrival_cue = false; // "at X", "flew to X": a place unless something says otherwise
  bool team_cue = false;    // "scored for X": a team even if X is a town
  bool article_cue = false; // "the X": not a person
  bool owner_cue = false;   // "Ferrari's Michael Schumacher": a name before a name
  bool speaker = false;     // a reporting verb follows: "Interfax said"
  // The group of the mentions whose text normalizes as this one's: the
  // group it was put in by group(), before any merge.
  std::uint32_t written_as = 0;
};

struct SentenceTokens {
  std::string_view text;
  std::size_t offset = 0;  // of the sentence in the whole text
  bool block_start = false;
  TokenSlice tokens;
  WordSlice words;                // normalized, possessive removed
  FormIds word_ids;               // the same words as ids
  // The shape of its line: a sentence never spans two, as the splitter
  // splits the text at line breaks first.
  LineShape line;
  // Per token, in the finder's text-wide array: whether it counts as a
  // capitalised word here (in a line in capitals only, just the words a
  // mixed-case mention or a known name backs).
  char* capital = nullptr;
};

struct EntityGroup {
  std::string key;
  std::vector<std::uint32_t> mentions;  // indices into mentions (each takes two bytes or more of text), in text order
  std::size_t first = 0;              // first mention index
  std::size_t name = 0;               // the longest mention: the canonical form
  bool merged = false;
  std::size_t into = 0;               // where a merged group went
  EntityKind kind = EntityKind::other;
};

// The word lists' answers, looked up once per distinct word of the text:
// the same few hundred words are asked about again and again, and a list
// lookup bisects its text. Strings outside the text's word table (joined
// names, clipped words) are looked up directly.
enum class Fact : std::uint8_t {
  stop_word, head_title, title_modifier, organization_word, place_word, event_word, name_connector,
  name_particle, demonym, organization_adjective, calendar_word, corporate_suffix, first_name, role_word,
  nationality,
};
constexpr unsigned kFactCount = static_cast<unsigned>(Fact::nationality) + 1;

class WordFacts {
 public:
  explicit WordFacts(const AnalyzedText& text)
      : text_(text), facts_(text.strings.size(), 0), known_(text.strings.size(), kNotAsked) {}

  bool is(Fact fact, std::string_view word) const { return is(fact, text_.strings.find(word), word); }

  // `id` is the word's id, or kNoWord if the word table does not have it.
  bool is(Fact fact, WordId id, std::string_view word) const {
    if (id == kNoWord) return look_up(fact, word);
    const std::uint32_t answer = 1u << static_cast<unsigned>(fact);
    const std::uint32_t asked = answer << kFactCount;
    std::uint32_t& facts = facts_[id];  // one load for both bits
    if ((facts & asked) == 0) facts |= asked | (look_up(fact, word) ? answer : 0);
    return (facts & answer) != 0;
  }

  std::optional<EntityKind> known_name(std::string_view name) const { return known_name(text_.strings.find(name), name); }

  // `id` is the name's id, or kNoWord if the word table does not have it.
  std::optional<EntityKind> known_name(WordId id, std::string_view name) const {
    if (id == kNoWord) return analysis::known_name(name);
    if (known_[id] == kNotAsked) {
      const auto kind = analysis::known_name(name);
      known_[id] = kind ? static_cast<std::uint8_t>(*kind) : kUnknown;
    }
    if (known_[id] == kUnknown) return std::nullopt;
    return static_cast<EntityKind>(known_[id]);
  }

 private:
  static constexpr std::uint8_t kNotAsked = 0xFF;
  static constexpr std::uint8_t kUnknown = 0xFE;

  bool look_up(Fact fact, std::string_view word) const {
    switch (fact) {
      case Fact::stop_word: return text_.stops.contains(word);
      case Fact::head_title: return is_head_title(word);
      case Fact::title_modifier: return is_title_modifier(word);
      case Fact::organization_word: return is_organization_word(word);
      case Fact::place_word: return is_place_word(word);
      case Fact::event_word: return is_event_word(word);
      case Fact::name_connector: return is_name_connector(word);
      case Fact::name_particle: return is_name_particle(word);
      case Fact::demonym: return is_demonym(word);
      case Fact::organization_adjective: return is_organization_adjective(word);
      case Fact::calendar_word: return is_calendar_word(word);
      case Fact::corporate_suffix: return is_corporate_suffix(word);
      case Fact::first_name: return is_first_name(word);
      case Fact::role_word: return is_role_word(word);
      case Fact::nationality: return is_nationality(word);
    }
    return false;
  }

  const AnalyzedText& text_;
  // Per word id, two bits per Fact: the answer (bit `fact`) and whether it
  // was looked up (bit kFactCount + `fact`).
  static_assert(2 * kFactCount <= 32, "two bits per fact in 32");
  mutable std::vector<std::uint32_t> facts_;
  mutable std::vector<std::uint8_t> known_;  // EntityKind, kUnknown or kNotAsked
};

// How a word is written somewhere in the text.
constexpr std::uint8_t kSeenLowercase = 1;
constexpr std::uint8_t kSeenCapitalizedInside = 2;  // capitalised, and not only where a clause opens
constexpr std::uint8_t kSeenAcronym = 4;            // all capitals (outside lines in capitals only)

class EntityFinder {
 public:
  explicit EntityFinder(const AnalyzedText& text)
      : text_(text.text),
        analyzed_(text),
        stops_(text.stops),
        romance_(text.language == "fr" || text.language == "es" || text.language == "it" || text.language == "pt" ||
                 text.language == "ca"),
        facts_(text),
        word_seen_(text.strings.size(), 0),
        opening_verdict_(text.strings.size(), kNotDecided),
        capital_(text.token_count(), 0) {}

  std::vector<Entity> run() {
    read_sentences();
    for (std::size_t s = 0; s < block_start_.size(); ++s) find_runs(s);
    link_definitions();
    group();
    for (EntityGroup& g : groups_) g.kind = decide_kind(g);
    merge_aliases();
    return output();
  }

 private:
  // ---- sentences and word statistics ------------------------------------

  // Sentence `s` as the finder reads it, made on demand from what the
  // finder keeps per sentence (three bytes) and per token (one). The finder
  // asks for one sentence many times in a row, so the last one made is kept.
  const SentenceTokens& sentence(std::size_t s) const {
    if (s == current_index_) return current_;
    const AnalyzedSentence sentence = analyzed_.sentence(s);
    current_ = SentenceTokens{sentence.text, static_cast<std::size_t>(sentence.text.data() - text_.data()),
                              block_start_[s] != 0, sentence.tokens, sentence.words, sentence.word_ids,
                              sentence_lines_[s], capital_.data() + sentence.first_token};
    current_index_ = s;
    return current_;
  }

  void read_sentences() {
    std::size_t previous_end = 0;
    block_start_.reserve(analyzed_.sentence_count());
    sentence_lines_.reserve(analyzed_.sentence_count());
    const TextLines lines(text_);
    std::size_t line = 0;
    for (std::size_t s = 0; s < analyzed_.sentence_count(); ++s) {
      const std::size_t offset = analyzed_.sentence_spans[s].offset;
      block_start_.push_back(previous_end == 0 || text_.substr(previous_end, offset - previous_end).find('\n') !=
                                                      std::string_view::npos);
      previous_end = offset + analyzed_.sentence_spans[s].size;
      sentence_lines_.push_back(lines.at(offset, line));
      const SentenceTokens st = sentence(s);
      for (std::size_t i = 0; i < st.tokens.size(); ++i) {
        const Token& t = st.tokens[i];
        if (!cased_script(t.script)) continue;
        if (!t.capitalized && !t.all_caps) {
          word_seen_[st.word_ids[i]] |= kSeenLowercase;
          continue;
        }
        if (shouting(st)) continue;  // capitals there are no evidence
        if (t.all_caps && !st.line.capitals_only) word_seen_[st.word_ids[i]] |= kSeenAcronym;
        if (!opens_clause(st, i) ||
            (i + 1 < st.tokens.size() && starts_name(st.tokens[i + 1]) && !st.tokens[i + 1].separated)) {
          word_seen_[st.word_ids[i]] |= kSeenCapitalizedInside;
        }
      }
    }
    for (std::size_t s = 0; s < block_start_.size(); ++s) mark_capitals(sentence(s));
  }

  static bool shouting(const SentenceTokens& st) {
    return st.line.capitals_only && !st.line.table_row;
  }

  // A word in a line in capitals only is read as a name when the text also
  // writes it as one elsewhere, or when it is part of a known name ("SOUTH
  // KOREA"); table headers and headline verbs are not.
  void mark_capitals(const SentenceTokens& st) {
    const std::size_t n = st.tokens.size();
    constexpr std::size_t kLongestLabel = 3;
    // "IN", "ON": a function word opening a sentence before a name ("In New
    // York") is no evidence either.
    const auto backed = [&](std::size_t i) {
      return (word_seen_[st.word_ids[i]] & kSeenCapitalizedInside) != 0 &&
             !facts_.is(Fact::stop_word, st.word_ids[i], st.words[i]);
    };
    for (std::size_t i = 0; i < n; ++i) {
      st.capital[i] = starts_name(st.tokens[i]) &&
                      (!shouting(st) || (backed(i) && !is_cue_word(st.word_ids[i], st.words[i])));
    }
    // "SOCCER - ", "ICE HOCKEY - ": a headline's topic label names no one.
    for (std::size_t i = 1; i < n && i <= kLongestLabel; ++i) {
      if (!shouting(st) || gap(st, i - 1, i).find(" - ") == std::string_view::npos) continue;
      std::fill(st.capital, st.capital + i, 0);
      break;
    }
    // A name's head word ("LEAGUE", "COUNCIL") is backed only next to
    // another backed word: alone it is a headline's common noun.
    for (std::size_t i = 0; i < n; ++i) {
      if (st.capital[i] || !starts_name(st.tokens[i]) || !backed(i)) continue;
      st.capital[i] = (i > 0 && st.capital[i - 1]) || (i + 1 < n && st.capital[i + 1]);
    }
    constexpr std::size_t kLongestKnownName = 4;
    for (std::size_t i = 0; i < n; ++i) {
      if (!shouting(st) || !starts_name(st.tokens[i])) continue;
      for (std::size_t len = std::min(kLongestKnownName, n - i); len > 0; --len) {
        name_buffer_.clear();
        bool capitals = true;
        for (std::size_t k = i; k < i + len; ++k) {
          capitals = capitals && starts_name(st.tokens[k]) && (k == i || !st.tokens[k].separated);
          if (k > i) name_buffer_.push_back(' ');
          name_buffer_ += st.words[k];
        }
        // "YELLOW JERSEY": a known name the text also writes in lowercase is
        // a common word there.
        if (!capitals || !facts_.known_name(name_buffer_) ||
            (len == 1 && (word_seen_[st.word_ids[i]] & kSeenLowercase) != 0)) {
          continue;
        }
        std::fill(st.capital + i, st.capital + i + len, 1);
        i += len - 1;
        break;
      }
    }
  }

  std::string_view gap(const SentenceTokens& st, std::size_t before, std::size_t after) const {
    const Token& a = st.tokens[before];
    const Token& b = st.tokens[after];
    const std::size_t from = a.offset_in(st.text) + a.size;
    return st.text.substr(from, b.offset_in(st.text) - from);
  }

  // Punctuation that may sit inside a name: "Heroes' Square", "Baker &
  // Lindqvist", "Dr. Amina Yusuf", "John F. Kennedy".
  bool joinable_gap(const SentenceTokens& st, std::size_t before, std::size_t after) const {
    const Token& a = st.tokens[before];
    if (!st.tokens[after].separated) return true;
    const std::string_view g = gap(st, before, after);
    const std::string_view word = st.words[before];
    if ((g == "' " || g == "\xE2\x80\x99 ") && !a.text().empty() && a.text().back() == 's') return true;
    if (g == " & ") return true;
    if (g == ". ") {
      const bool initial = code_point_count(a.text()) == 1 && a.capitalized;
      return initial || (facts_.is(Fact::head_title, st.word_ids[before], word) && a.text().size() <= 4) ||
             is_saint_prefix(word);
    }
    return false;
  }

  // A sentence start, or the start of a clause after a dash or colon
  // ("BAKU — The ministers …"): capitals there need not mean a name.
  bool opens_clause(const SentenceTokens& st, std::size_t idx) const {
    if (idx == 0) return true;
    const std::string_view g = gap(st, idx - 1, idx);
    return g.find("\xE2\x80\x94") != std::string_view::npos || g.find("\xE2\x80\x93") != std::string_view::npos ||
           g.find(':') != std::string_view::npos || g.find(" - ") != std::string_view::npos;
  }

  // ---- runs of capitalised words -----------------------------------------

  void find_runs(std::size_t s) {
    const SentenceTokens st = sentence(s);
    const std::size_t n = st.tokens.size();
    std::size_t i = 0;
    while (i < n) {
      if (!st.capital[i]) {
        ++i;
        continue;
      }
      // Extend over capitalised words and the connectors between them.
      std::vector<std::size_t>& run = run_buffer_;
      run.assign(1, i);
      std::size_t j = i;
      while (j + 1 < n && !st.tokens[j].possessive && name_length(st.tokens[j]) == without_possessive(st.tokens[j]).size()) {
        if (st.capital[j + 1] && joinable_gap(st, j, j + 1)) {
          run.push_back(++j);
          continue;
        }
        // connector words: "of", "for", "and", "of the"
        std::size_t k = j + 1;
        std::size_t skipped = 0;
        while (k < n && !st.tokens[k].separated && skipped < 2 &&
               (facts_.is(Fact::name_connector, st.word_ids[k], st.words[k]) || joins_names(st, k) ||
                st.words[k] == "and" ||
                (skipped == 1 && st.words[k] == "the")) &&
               !st.capital[k]) {
          ++k;
          ++skipped;
        }
        if (skipped == 0 || k >= n || st.tokens[k].separated || !st.capital[k]) break;
        for (std::size_t c = j + 1; c <= k; ++c) run.push_back(c);
        j = k;
      }
      // French writes only the first word of a name in capitals: "Banque
      // centrale européenne", "Parti québécois", "Olympique lyonnais".
      while (romance_ && j + 1 < n && !st.tokens[j + 1].separated && !st.capital[j + 1] &&
             is_romance_adjective(st.words[j + 1]) && !facts_.is(Fact::stop_word, st.word_ids[j + 1], st.words[j + 1])) {
        run.push_back(++j);
      }
      split_run(s, TokenRun(run.data(), run.data() + run.size()));
      i = j + 1;
    }
  }

  // "van der Berg", "Banco de Chile": particles join names; a German
  // article does only after "von" or "van" ("Prozent der Stimmen" is none).
  bool joins_names(const SentenceTokens& st, std::size_t k) const {
    const std::string_view w = st.words[k];
    if (!facts_.is(Fact::name_particle, st.word_ids[k], w)) return false;
    if (w != "der" && w != "den" && w != "des" && w != "dem") return true;
    return k > 0 && (st.words[k - 1] == "von" || st.words[k - 1] == "van" || st.words[k - 1] == "de");
  }

  // `id` is the word's id, or kNoWord.
  bool is_cue_word(WordId id, std::string_view w) const {
    return facts_.is(Fact::organization_word, id, w) || facts_.is(Fact::place_word, id, w) ||
           facts_.is(Fact::head_title, id, w) || facts_.is(Fact::title_modifier, id, w) ||
           facts_.is(Fact::event_word, id, w);
  }

  // Splits a run where a connector does not belong to one name: "Tesfaye
  // Alemu of Ethiopia" is two names, "Bank of Portugal" one; "Egypt and
  // Morocco" two, "Food and Agriculture Organization" one.
  void split_run(std::size_t s, TokenRun run) {
    const SentenceTokens st = sentence(s);
    const auto capitalised = [&](std::size_t idx) { return st.capital[idx]; };
    for (std::size_t p = 1; p + 1 < run.size(); ++p) {
      const std::size_t t = run[p];
      if (capitalised(t)) continue;
      const std::string_view w = st.words[t];
      if (w == "the") continue;
      const auto left_begin = run.begin();
      const auto left_end = run.begin() + static_cast<std::ptrdiff_t>(p);
      std::size_t q = p + 1;
      while (q < run.size() && !capitalised(run[q])) ++q;
      const auto right_begin = run.begin() + static_cast<std::ptrdiff_t>(q);
      bool keep = false;
      if (w == "and") {
        const bool left_has_org = std::any_of(left_begin, left_end, [&](std::size_t x) {
          return facts_.is(Fact::organization_word, st.word_ids[x], st.words[x]);
        });
        const bool left_has_connector = std::any_of(left_begin, left_end, [&](std::size_t x) {
          return !capitalised(x) && (st.words[x] == "of" || st.words[x] == "for");
        });
        // "Institute for Peace and Democracy" but not "Bank of Portugal and
        // the Mekong River Commission".
        // "Lufthansa and United Airlines": a name that starts like one of its own.
        const std::string_view right_first = st.words[run[q]];
        const bool right_stands_alone = facts_.is(Fact::organization_adjective, st.word_ids[run[q]], right_first) ||
                                        facts_.known_name(right_first).has_value();
        keep = (!left_has_org && !right_stands_alone &&
                facts_.is(Fact::organization_word, st.word_ids[run.back()], st.words[run.back()])) ||
               (left_has_org && left_has_connector && q == p + 1 &&
                !names_thing(st, TokenRun(right_begin, run.end())));
      } else if (facts_.is(Fact::name_particle, w)) {
        keep = true;  // "Annelies van der Berg", "Banco de Chile"
      } else {
        keep = is_cue_word(st.word_ids[run[p - 1]], st.words[run[p - 1]]);
      }
      if (!keep) {
        split_run(s, TokenRun(left_begin, left_end));
        split_run(s, TokenRun(right_begin, run.end()));
        return;
      }
    }
    add_run(s, run);
  }

  std::size_t title_length_at(const SentenceTokens& st, TokenRun run, std::size_t p) const {
    std::size_t q = p;
    bool head = false;
    while (q < run.size()) {
      const WordId id = st.word_ids[run[q]];
      const std::string_view w = st.words[run[q]];
      if (facts_.is(Fact::head_title, id, w) || facts_.is(Fact::role_word, id, w)) {
        head = true;
      } else if (!facts_.is(Fact::title_modifier, id, w) && !(w == "of" && q > p)) {
        break;
      }
      ++q;
    }
    while (q > p && st.words[run[q - 1]] == "of") --q;
    return head ? q - p : 0;
  }

  std::string joined_words(const SentenceTokens& st, TokenRun run) const {
    std::vector<std::string_view> words;
    for (std::size_t idx : run) words.push_back(st.words[idx]);
    return join(words);
  }

  bool names_thing(const SentenceTokens& st, TokenRun part) const {
    if (part.empty()) return false;
    const std::size_t head = part[head_index(part.size(), [&](std::size_t i) { return st.words[part[i]]; })];
    const WordId id = st.word_ids[head];
    const std::string_view word = st.words[head];
    return facts_.is(Fact::organization_word, id, word) || facts_.is(Fact::place_word, id, word) ||
           facts_.is(Fact::event_word, id, word) || facts_.is(Fact::corporate_suffix, id, word);
  }

  // Peels titles off a run: "ECB President Margarethe Holm" gives "ECB" and
  // the person "Margarethe Holm"; "General Assembly" stays whole.
  void add_run(std::size_t s, TokenRun run) {
    const SentenceTokens st = sentence(s);
    // A capitalised function word at the start of a sentence is no name.
    while (!run.empty() && opens_clause(st, run.front()) && !st.tokens[run.front()].all_caps &&
           facts_.is(Fact::stop_word, st.word_ids[run.front()], st.words[run.front()]) &&
           !(run.size() > 1 && code_point_count(st.words[run.front()]) == 1 && gap(st, run[0], run[1]) == ". ")) {
      run.drop_front();
      while (!run.empty() && !st.capital[run.front()]) run.drop_front();
    }
    // "New" in "New Nordic museum …" is capitalised by position only: the
    // text also writes it in lowercase.
    if (run.size() > 1 && opens_clause(st, run.front()) && !st.tokens[run.front()].all_caps &&
        (word_seen_[st.word_ids[run.front()]] & kSeenLowercase) != 0 && !facts_.known_name(joined_words(st, run))) {
      run.drop_front();
      while (!run.empty() && !st.capital[run.front()]) run.drop_front();
    }
    // "am Dienstag Friedrich Merz": a weekday or month before a name.
    while (run.size() > 1 && facts_.is(Fact::calendar_word, st.word_ids[run.front()], st.words[run.front()]) &&
           !facts_.is(Fact::first_name, st.word_ids[run.front()], st.words[run.front()]) &&
           !facts_.known_name(st.words[run.front()])) {
      run.drop_front();
    }
    // "Kenyan Daniel Komen": a demonym before a name is a name of its own
    // ("Hungarian Olympic Committee" and "Saudi Arabia" keep theirs).
    // A national branch of a known body stays whole: "Cambodian Red Cross".
    while (run.size() > 1 && facts_.is(Fact::demonym, st.word_ids[run.front()], st.words[run.front()]) &&
           st.capital[run[1]] && !facts_.known_name(joined_words(st, run)) && !names_thing(st, run) &&
           facts_.known_name(joined_words(st, run.from(1))) !=
               EntityKind::organization) {
      if (facts_.is(Fact::nationality, st.word_ids[run.front()], st.words[run.front()])) {
        add_mention(s, run.part(0, 1), false);
      }
      run.drop_front();
    }
    if (run.empty()) return;
    if (split_title_of(s, run)) return;
    if (names_thing(st, run)) {  // "Office of Inspector General", "General Assembly"
      add_mention(s, run, false);
      return;
    }
    for (std::size_t p = 0; p < run.size(); ++p) {
      const std::size_t len = title_length_at(st, run, p);
      if (len == 0) continue;
      const TokenRun before = run.part(0, p);
      const TokenRun after = run.from(p + len);
      if (!after.empty() && names_thing(st, after)) break;
      if (after.empty() && p == 0) return;  // a title alone ("the President")
      if (!before.empty()) add_mention(s, before, false);
      if (!after.empty()) add_mention(s, after, true);
      return;
    }
    add_mention(s, run, false);
  }

  // "Secretary General of the Organization of Islamic Cooperation" names the
  // organisation; "President of the Republic of Azerbaijan Ilham Aliyev"
  // names the country and then the person who holds the title.
  bool split_title_of(std::size_t s, TokenRun run) {
    const SentenceTokens st = sentence(s);
    const std::size_t title = title_length_at(st, run, 0);
    if (title == 0 || title >= run.size() || st.words[run[title]] != "of") return false;
    std::size_t from = title + 1;
    if (from < run.size() && st.words[run[from]] == "the") ++from;
    if (from >= run.size() || !st.capital[run[from]]) return false;
    const TokenRun rest = run.from(from);
    // The holder's name starts where a known name or a name ending in an
    // organisation or place word ends and another capitalised word follows.
    // Offices are short; the bound keeps a run of thousands of capitalised
    // words linear.
    constexpr std::size_t kLongestOffice = 8;
    for (std::size_t k = std::min(rest.size() - 1, kLongestOffice); k > 0; --k) {
      if (!st.capital[rest[k]] || !st.capital[rest[k - 1]]) continue;
      const TokenRun office = rest.part(0, k);
      const WordId last_id = st.word_ids[office.back()];
      const std::string_view last = st.words[office.back()];
      if (!facts_.known_name(joined_words(st, office)) && !facts_.is(Fact::organization_word, last_id, last) &&
          !facts_.is(Fact::place_word, last_id, last) && !facts_.known_name(last)) {
        continue;
      }
      add_mention(s, office, false);
      add_mention(s, rest.from(k), true);
      return true;
    }
    add_mention(s, rest, false);
    return true;
  }

  void add_mention(std::size_t s, TokenRun run, bool titled) {
    const SentenceTokens st = sentence(s);
    // Trim connectors left at either end by a split.
    std::size_t a = 0;
    std::size_t b = run.size();
    while (a < b && !st.capital[run[a]]) ++a;
    // French adjectives after the name's first word stay ("Parti québécois").
    while (b > a && !st.capital[run[b - 1]] && !(romance_ && is_romance_adjective(st.words[run[b - 1]]))) --b;
    if (a == b) return;
    const Token& first = st.tokens[run[a]];
    const Token& last = st.tokens[run[b - 1]];

    Mention m;
    m.sentence = s;
    m.first_token = run[a];
    m.last_token = run[b - 1];
    m.begin = first.offset_in(text_);
    std::size_t end = last.offset_in(st.text) + name_length(last);
    // "Northwind Robotics Inc.", "Ken Griffey Jr." and "U.S." keep their
    // final dot, which the tokenizer leaves out before a sentence end or a bracket.
    const std::string_view last_word = st.words[run[b - 1]];
    if (!last.possessive && end < st.text.size() && st.text[end] == '.' &&
        (facts_.is(Fact::corporate_suffix, st.word_ids[run[b - 1]], last_word) || last_word == "jr" ||
         last_word == "sr" || last_word.find('.') != std::string_view::npos)) {
      ++end;
    }
    const bool dotted = end > last.offset_in(st.text) + name_length(last) && last_word.find('.') != std::string_view::npos;
    m.end = st.offset + end;
    if (!dotted) m.last_id = st.word_ids[run[b - 1]];  // the last word as the text writes it
    m.sentence_initial = opens_clause(st, run[a]);
    m.acronym = b - a == 1 && is_acronym(first);
    m.title_cue = titled;
    m.shouted = shouting(st);
    m.table_cell = st.line.table_row;
    // Most runs dropped are a sentence's first word, which the text also
    // writes in lowercase: the words' verdict comes before the context is
    // read. It holds unless a dateline is found (the one cue it reads), which
    // only a block opening in capitals may be. A word already dropped
    // opening a sentence is dropped before its text and words are copied.
    const bool may_be_dateline = opens_block_in_capitals(m, st);
    if (!may_be_dateline && opening_word_dropped(m)) return;
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
    m.words.reserve(b - a);
    for (std::size_t i = a; i < b; ++i) m.words.emplace_back(st.words[run[i]]);
    if (dotted) m.words.back().push_back('.');  // "U.S" before a bracket is "U.S."
    if (name_length(last) != without_possessive(last).size()) m.words.back() = normalize_word(text_.substr(last.offset_in(text_), name_length(last)));
    if (st.line.capitals_only) {
      // Capitals say nothing here: an acronym is a word the text writes in
      // capitals elsewhere too; the rest reads best title-cased.
      m.acronym = m.acronym && seen(m.words.front(), kSeenAcronym);
      if (!m.acronym) m.text = title_case(m.text);
    }
    Verdict verdict = opening_word_verdict(m);
    if (verdict == Verdict::drop && !may_be_dateline) return;
    const std::size_t after = run[b - 1] + 1;
    if (after < st.tokens.size() && st.tokens[after].is_number && !st.tokens[run[b - 1]].possessive &&
        (m.table_cell || is_score(st.tokens[after].text())) && !starts_with_date(st.tokens[after].text()) &&
        gap(st, run[b - 1], after).find_first_not_of(' ') == std::string_view::npos) {
      m.score_cue = true;
      // "beat Cedric Pioline 6-3 6-4 6-3": set scores, so a player.
      if (after + 1 < st.tokens.size() && is_score(st.tokens[after].text()) && is_score(st.tokens[after + 1].text())) {
        m.score_cue = false;
        m.person_cue = true;
      }
    }

    // "Ferrari's Michael Schumacher", also written "Ferrari 's Michael Schumacher".
    std::size_t owned = run[b - 1] + 1;
    bool owner = last.possessive;
    if (!owner && owned + 1 < st.tokens.size() && st.words[owned] == "s") {
      const std::string_view apostrophe = gap(st, run[b - 1], owned);
      owner = apostrophe == " '" || apostrophe == " \xE2\x80\x99";
      ++owned;
    }
    m.owner_cue = owner && owned < st.tokens.size() && st.capital[owned];
    add_context_cues(m, st);
    if (may_be_dateline) verdict = verdict_by_words(m);
    if (!keep(m, verdict)) return;
    mentions_.push_back(std::move(m));
  }

  bool seen(std::string_view word, std::uint8_t how) const { return seen(analyzed_.strings.find(word), how); }
  bool seen(WordId id, std::uint8_t how) const { return id != kNoWord && (word_seen_[id] & how) != 0; }

  // The word-table id of a mention's word `i`: its token's, as a mention's
  // words are those of consecutive tokens; the last word, which may have been
  // rewritten ("U.S.", a possessive), is looked up.
  WordId word_id(const Mention& m, std::size_t i) const {
    if (i + 1 < m.words.size()) return sentence(m.sentence).word_ids[m.first_token + i];
    return analyzed_.strings.find(m.words[i]);
  }

  // Whether a mention is kept: by its words and place alone, or, for a
  // single word opening a sentence that the text writes nowhere else with a
  // capital, by what its context says.
  enum class Verdict : std::uint8_t { keep, drop, ask_context };
  static constexpr std::uint8_t kNotDecided = 0xFF;

  bool keep(const Mention& m, Verdict by_words) const {
    if (by_words == Verdict::ask_context) return named_by_context(m) && !function_words_only(m);
    return by_words == Verdict::keep;
  }

  // verdict_by_words, kept per word for the run it is mostly asked about: one
  // word as the text writes it, opening a sentence, not an acronym, not in a
  // table. Its verdict then depends on the word alone, and a text opens many
  // sentences with the same words.
  Verdict opening_word_verdict(const Mention& m) {
    if (!opening_word(m)) return verdict_by_words(m);
    std::uint8_t& kept = opening_verdict_[m.last_id];
    if (kept == kNotDecided) kept = static_cast<std::uint8_t>(verdict_by_words(m));
    return static_cast<Verdict>(kept);
  }
  // Read from the mention's tokens and ids: its text and words need not be there yet.
  static bool opening_word(const Mention& m) {
    return m.first_token == m.last_token && m.last_id != kNoWord && m.sentence_initial && !m.acronym && !m.table_cell &&
           !m.dateline;
  }
  bool opening_word_dropped(const Mention& m) const {
    return opening_word(m) && opening_verdict_[m.last_id] == static_cast<std::uint8_t>(Verdict::drop);
  }

  // Reads no cue but `dateline` (and `acronym`, which a dateline clears).
  Verdict verdict_by_words(const Mention& m) const {
    const auto verdict = [](bool keep) { return keep ? Verdict::keep : Verdict::drop; };
    const bool single = m.words.size() == 1;
    const std::string& w = m.words.front();
    // Looked up once: each question below would otherwise hash it again.
    const WordId w_id = single && m.last_id != kNoWord ? m.last_id : word_id(m, 0);
    // "German", "Serbs", "South African": peoples and their adjectives are
    // names (kind other), wherever they stand.
    if (facts_.is(Fact::nationality, m.last_id, m.words.back())) {
      return verdict(!facts_.is(Fact::stop_word, m.last_id, m.words.back()));
    }
    if (single) {
      if (code_point_count(w) < 2 && !m.acronym) return Verdict::drop;
      if (facts_.is(Fact::calendar_word, w_id, w) || facts_.is(Fact::demonym, w_id, w) || facts_.is(Fact::organization_adjective, w_id, w) || facts_.is(Fact::head_title, w_id, w) ||
          facts_.is(Fact::title_modifier, w_id, w) || facts_.is(Fact::stop_word, w_id, w)) {
        return verdict(facts_.known_name(w_id, w).has_value() && !facts_.is(Fact::stop_word, w_id, w));
      }
      if (m.sentence_initial && !m.acronym && !m.table_cell && !m.dateline && !facts_.known_name(w_id, w)) {
        // Capitalised only because it opens the sentence?
        if (seen(w_id, kSeenLowercase)) return Verdict::drop;
        if (!seen(w_id, kSeenCapitalizedInside) && !facts_.is(Fact::first_name, w_id, w)) return Verdict::ask_context;
      }
    }
    // "Northern", "Sri": not a people.
    if (!single && facts_.is(Fact::demonym, m.words.back())) return Verdict::drop;
    return verdict(!function_words_only(m));
  }

  // "Aberdeen beat Motherwell", "Interfax news agency said": what follows
  // names a team or a body. "Interfax said", "Lebed told reporters": a
  // speaker, unless a common plural such as "Analysts said".
  bool named_by_context(const Mention& m) const {
    const std::string& w = m.words.front();
    const bool speaker = m.speaker && !is_context_word(ContextWord::staff, w) && w.back() != 's' &&
                         !is_indefinite_pronoun(w);
    return (m.match_cue || m.score_cue || m.owner_cue || m.person_cue || speaker) && !is_cue_word(kNoWord, w);
  }

  bool function_words_only(const Mention& m) const {
    for (std::size_t i = 0; i < m.words.size(); ++i) {
      const WordId id = word_id(m, i);
      if (!facts_.is(Fact::stop_word, id, m.words[i]) && !facts_.is(Fact::calendar_word, id, m.words[i])) return false;
    }
    return true;
  }

  // In quotes: "Prophet Song", “Don Carlo”, « Le Monde », and in single
  // quotes "the 'Calder Red' runner bean", ‘Mona Lisa’.
  bool quoted(const Mention& m) const {
    const std::string_view before = text_.substr(0, m.begin);
    const std::string_view after = text_.substr(m.end);
    const auto ends_with = [&](std::string_view mark) {
      return before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark;
    };
    const auto starts_with = [&](std::string_view mark) { return after.substr(0, mark.size()) == mark; };
    // Every opening mark ends in one of these bytes: " ' “ ‘ and the space after «.
    if (before.empty() || (before.back() != '"' && before.back() != '\'' && before.back() != '\x9C' &&
                           before.back() != '\x98' && before.back() != ' ')) {
      return false;
    }
    if (ends_with("\"") || ends_with("\xE2\x80\x9C") || ends_with("\xC2\xAB ")) {
      return starts_with("\"") || starts_with("\xE2\x80\x9D") || starts_with(" \xC2\xBB") || starts_with("\xE2\x80\x9C");
    }
    if (ends_with(" '") || ends_with("\xE2\x80\x98")) {
      return (starts_with("'") && (after.size() == 1 || !is_word_char(static_cast<unsigned char>(after[1])))) ||
             starts_with("\xE2\x80\x99");
    }
    return false;
  }

  void add_context_cues(Mention& m, const SentenceTokens& st) const {
    // Before: "in Kandal", "across the Atlantic".
    if (m.first_token > 0) {
      std::size_t p = m.first_token - 1;
      if (st.words[p] == "the" && p > 0) --p;
      if (is_place_preposition(st.words[p]) && !st.tokens[p].capitalized) m.place_cue = true;
      // "the coast of Kyushu", "the province of Kandal".
      if (st.words[p] == "of" && p > 0 && !st.tokens[p - 1].capitalized &&
          facts_.is(Fact::place_word, st.word_ids[p - 1], st.words[p - 1])) {
        m.place_cue = true;
      }
      // "beat Pakistan", "a draw with Aston Villa", "lost to Monaco".
      if (is_match_verb(st.words[p]) ||
          (p > 0 && (st.words[p] == "with" || st.words[p] == "to" || st.words[p] == "over" || st.words[p] == "against") &&
           is_match_result(st.words[p - 1]))) {
        m.match_cue = true;
      }
      // "shares in Bayer", "a stake in Agfa", "bids from Fuji", "analysts at
      // Salomon Brothers": a company.
      if (p > 0 && (st.words[p] == "in" || st.words[p] == "from" || st.words[p] == "at") &&
          (is_context_word(ContextWord::business, st.words[p - 1]) || is_context_word(ContextWord::staff, st.words[p - 1]))) {
        m.place_cue = false;
        m.organization_cue = true;
      }
      // "scored twice for Leverkusen", "three hits for Seattle", "did not
      // play for Barcelona": a team.
      if (st.words[p] == "for" && p > 0 && is_context_word(ContextWord::playing, st.words[p - 1])) m.team_cue = true;
      // "at Tynecastle", "flew to Grozny"; not "a dealer at Commerzbank", and
      // "won 4-0 at Sunderland" names the home team.
      const bool after_result = p > 0 && (is_match_result(st.words[p - 1]) || st.tokens[p - 1].is_number);
      if (st.words[p] == "at" && after_result && m.words.size() == 1) {
        m.match_cue = true;
      } else if (!st.tokens[p].capitalized && p > 0 && !m.organization_cue &&
          ((st.words[p] == "at" && !is_context_word(ContextWord::staff, st.words[p - 1]) &&
            !facts_.is(Fact::role_word, st.word_ids[p - 1], st.words[p - 1]) &&
            !facts_.is(Fact::head_title, st.word_ids[p - 1], st.words[p - 1])) ||
           (st.words[p] == "to" && is_context_word(ContextWord::travel, st.words[p - 1])))) {
        m.arrival_cue = true;
      }
      // "striker Ulf Kirsten", "chief executive Stuart Machin".
      if (!st.tokens[p].capitalized && (facts_.is(Fact::head_title, st.word_ids[p], st.words[p]) ||
                                        facts_.is(Fact::role_word, st.word_ids[p], st.words[p]))) {
        m.person_cue = true;
      }
      // "quoted Yeltsin as saying".
      if (st.words[p] == "quoted" && m.last_token + 2 < st.tokens.size() && st.words[m.last_token + 1] == "as") {
        m.person_cue = true;
      }
      // "in Kandal and Prey Veng", "bids from Fuji and Eastman Kodak": the
      // second name shares the first one's cue or known kind.
      if ((st.words[p] == "and" || st.words[p] == "or") && !mentions_.empty()) {
        const Mention& previous = mentions_.back();
        if (previous.sentence == m.sentence && previous.last_token + 1 == p) {
          // A known name counts only where no cue speaks (the lookup is not cheap).
          const bool cued = previous.place_cue || previous.organization_cue || previous.person_cue || previous.team_cue;
          const auto known = cued ? EntityKind::other : facts_.known_name(join(previous.words)).value_or(EntityKind::other);
          m.place_cue = m.place_cue || previous.place_cue || known == EntityKind::place;
          m.organization_cue = m.organization_cue || previous.organization_cue || known == EntityKind::organization;
          m.person_cue = m.person_cue || previous.person_cue;
          m.team_cue = m.team_cue || previous.team_cue;
        }
      }
      // "the Yankees", "the All Blacks", "the Kremlin": people's names take no article.
      if (m.first_token > 0 && st.words[m.first_token - 1] == "the" && !st.tokens[m.first_token - 1].capitalized) {
        m.article_cue = true;
      }
    }
    // In quotes: the title of a work ("Prophet Song", "Don Carlo").
    if (quoted(m)) m.other_cue = true;
    // After: "Prey Veng provinces", "the Athletics Kenya federation".
    const std::size_t next = m.last_token + 1;
    if (next < st.tokens.size() && !st.tokens[next].separated && !st.tokens[next].capitalized &&
        !st.tokens[m.last_token].possessive) {
      const WordId id = st.word_ids[next];
      const std::string_view w = st.words[next];
      if (facts_.is(Fact::place_word, id, w)) m.place_cue = true;
      // "the Athletics Kenya federation", "SAS chief executive", "Real
      // Madrid coach": a body before its people.
      if (facts_.is(Fact::organization_word, id, w) || facts_.is(Fact::head_title, id, w) ||
          facts_.is(Fact::role_word, id, w) || w == "shares") {
        m.organization_cue = true;
      }
      if (is_match_verb(w)) m.match_cue = true;
      if (facts_.is(Fact::event_word, id, w)) m.other_cue = true;
    }
    add_pronoun_cue(m, st);
    // "Ravanelli headed in", "Kirsten scored twice"; "Pioline, 27, …".
    const bool verb_next = next < st.tokens.size() && !st.tokens[next].separated && !st.tokens[next].capitalized &&
                           !st.tokens[next].is_number;
    if (verb_next && (is_context_word(ContextWord::player_verb, st.words[next]) ||
                      (st.words[next] == "not" && next + 1 < st.tokens.size() && st.words[next + 1] == "out"))) {
      m.person_cue = true;  // "not out": a batsman
    }
    // "Glaxo Wellcome fell 12 pence", "Barclays gained 21 pence to 1,047": a
    // quoted company's shares.
    if (verb_next && is_context_word(ContextWord::price_move, st.words[next]) && next + 1 < st.tokens.size() &&
        (st.tokens[next + 1].is_number || (next + 2 < st.tokens.size() && st.tokens[next + 2].is_number))) {
      m.organization_cue = true;
    }
    // Scorers with their minutes in a results line, "(Litmanen 23, Kluivert
    // 45)", and batsmen and bowlers in a scoreboard, "c Atherton b Cork 44".
    // Only the last kBracketReach bytes are searched for the bracket, so that
    // in a long sentence without brackets each name costs the same.
    constexpr std::size_t kBracketReach = 512;
    const std::size_t name_start = m.begin - st.offset;
    const std::size_t reach = std::min(name_start, kBracketReach);
    const std::string_view line_before = st.text.substr(name_start - reach, reach);
    const std::size_t open_bracket = line_before.rfind('(');
    if (open_bracket != std::string_view::npos && line_before.find(')', open_bracket) == std::string_view::npos &&
        next < st.tokens.size() && st.tokens[next].is_number &&
        gap(st, m.last_token, next).find_first_not_of(' ') == std::string_view::npos) {
      m.person_cue = true;
      m.score_cue = false;
    }
    if (m.first_token > 0 && (st.words[m.first_token - 1] == "b" || st.words[m.first_token - 1] == "c") &&
        !st.tokens[m.first_token - 1].capitalized) {
      m.person_cue = true;
      m.score_cue = false;
    }
    if (next + 1 < st.tokens.size() && gap(st, m.last_token, next) == ", " && st.tokens[next].is_number &&
        st.tokens[next].text().size() == 2 && gap(st, next, next + 1).rfind(",", 0) == 0) {
      m.person_cue = true;
    }
    // "Pete Sampras (U.S.)", "Donovan Bailey (Canada) 9.96", "Marcelo Rios of
    // Chile": a competitor's country; not "Bayern Munich (Germany)", a team
    // named after its town.
    if (next < st.tokens.size() && !st.tokens[m.last_token].possessive) {
      const std::string_view open = gap(st, m.last_token, next);
      const Token& country = st.tokens[next];
      const std::size_t close = country.offset_in(text_) + country.size;
      const std::string_view rest = text_.substr(close, 2);
      const bool bracketed = (open == " (" || open == " ( " || open == "(") &&
                             (rest.rfind(")", 0) == 0 || rest == " )") &&
                             facts_.known_name(st.words[next]) == EntityKind::place;
      const bool of_country = open == " " && st.words[next] == "of" && next + 1 < st.tokens.size() &&
                              !st.tokens[next + 1].separated && is_country(st.words[next + 1]) && m.words.size() > 1;
      if ((bracketed || of_country) && std::none_of(m.words.begin() + 1, m.words.end(), [&](const std::string& w) {
            return facts_.known_name(w) == EntityKind::place;
          })) {
        m.person_cue = true;
      }
    }
    // Datelines, followed by a comma, a dash or a date.
    if (opens_block_in_capitals(m, st)) {
      const std::string_view rest = st.text.substr(m.end - st.offset);
      const std::size_t after = rest.find_first_not_of(' ');
      const std::string_view follow = after == std::string_view::npos ? std::string_view() : rest.substr(after);
      if (follow.rfind(",", 0) == 0 || follow.rfind("\xE2\x80\x94", 0) == 0 || follow.rfind("\xE2\x80\x93", 0) == 0 ||
          follow.rfind("-", 0) == 0 || starts_with_date(follow)) {
        m.dateline = true;
        m.score_cue = false;
        m.acronym = false;
        m.text = title_case(m.text);
      }
    }
  }

  // A dateline is a mention in capitals opening a block (not a line in
  // capitals only): "PHNOM PENH, Cambodia —".
  static bool opens_block_in_capitals(const Mention& m, const SentenceTokens& st) {
    if (!st.block_start || m.first_token != 0 || m.shouted) return false;
    for (std::size_t i = m.first_token; i <= m.last_token; ++i) {
      if (!st.tokens[i].all_caps) return false;
    }
    return true;
  }

  // "Lebed said on Tuesday he would fly": a personal pronoun shortly after a
  // reporting verb right after the name.
  void add_pronoun_cue(Mention& m, const SentenceTokens& st) const {
    const std::size_t verb = m.last_token + 1;
    if (verb >= st.tokens.size() || st.tokens[verb].separated || st.tokens[verb].capitalized ||
        !is_reporting_verb(st.words[verb])) {
      return;
    }
    m.speaker = true;
    constexpr std::size_t kReach = 6;
    for (std::size_t k = verb + 1; k < st.tokens.size() && k <= verb + kReach; ++k) {
      if (is_personal_pronoun(st.words[k])) {
        m.person_cue = true;
        return;
      }
    }
  }

  // The words from `first` to `last`, with a space between each two.
  template <typename Iterator>
  static void join_into(Iterator first, Iterator last, std::string& out) {
    out.clear();
    for (Iterator w = first; w != last; ++w) {
      if (!out.empty()) out.push_back(' ');
      out += *w;
    }
  }

  template <typename Iterator>
  static std::string join(Iterator first, Iterator last) {
    std::string out;
    join_into(first, last, out);
    return out;
  }

  template <typename Word>
  static std::string join(const std::vector<Word>& words) {
    return join(words.begin(), words.end());
  }

  // ---- acronyms defined in the text: "Islamic Development Bank (IsDB)" ----

  // A known acronym stands for another name than its own only if it starts
  // with that name's first letter: "Regina Jacobs (U.S.)" is a runner and her
  // country; "National Fishing Industry Society (SONAFI)" may translate.
  bool may_stand_for(const Mention& acronym, const Mention& name) const {
    return to_lower(decode_utf8(acronym.text, 0).cp) == to_lower(decode_utf8(name.text, 0).cp) ||
           !facts_.known_name(acronym.words.front());
  }

  void link_definitions() {
    for (std::size_t i = 0; i + 1 < mentions_.size(); ++i) {
      const Mention& a = mentions_[i];
      const Mention& b = mentions_[i + 1];
      if (a.sentence != b.sentence) continue;
      std::string_view between = text_.substr(a.end, b.begin - a.end);
      const std::size_t open = between.find_first_not_of(' ');
      if (open == std::string_view::npos || between.substr(open) != "(" ||
          text_.substr(b.end, 1) != ")") {
        continue;
      }
      // The bracketed form introduces the other; it is not one more mention.
      if (b.acronym && a.words.size() > 1 && may_stand_for(b, a)) {
        definitions_[normalize_word(b.text)] = normalize_word(a.text);
        mentions_[i + 1].definition = true;
      } else if (a.acronym && b.words.size() > 1 && may_stand_for(a, b)) {
        definitions_[normalize_word(a.text)] = normalize_word(b.text);
        mentions_[i + 1].definition = true;
      }
    }
  }

  // ---- grouping and kinds ------------------------------------------------

  void group() {
    std::string key;  // reused
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      normalize_word(mentions_[i].text, key);
      join_into(mentions_[i].words.begin(), mentions_[i].words.end(), name_buffer_);
      mentions_[i].known = facts_.known_name(name_buffer_);
      // Keys are numbered in order of first occurrence, as groups are.
      const WordId found = index_.intern(key);
      if (found < groups_.size()) {
        mentions_[i].written_as = found;
        EntityGroup& g = groups_[found];
        g.mentions.push_back(static_cast<std::uint32_t>(i));
        if (longer(i, g.name)) g.name = i;
        continue;
      }
      mentions_[i].written_as = static_cast<std::uint32_t>(groups_.size());
      EntityGroup g;
      g.key = key;
      g.first = i;
      g.name = i;
      g.mentions.push_back(static_cast<std::uint32_t>(i));
      groups_.push_back(std::move(g));
    }
  }

  const Mention& name_of(const EntityGroup& g) const { return mentions_[g.name]; }

  // More words, then more characters, then earlier.
  bool longer(std::size_t a, std::size_t b) const {
    const Mention& x = mentions_[a];
    const Mention& y = mentions_[b];
    if (x.words.size() != y.words.size()) return x.words.size() > y.words.size();
    if (x.text.size() != y.text.size()) return x.text.size() > y.text.size();
    return a < b;
  }

  // The kind from all of an entity's mentions: known names, the head word,
  // then the cues of every mention, then the shape of the name.
  EntityKind decide_kind(const EntityGroup& g) const {
    const Mention& name = name_of(g);
    const std::vector<std::string>& words = name.words;
    const auto any = [&](bool Mention::*cue) { return has_cue(g, cue); };
    for (std::size_t i : g.mentions) {
      const std::optional<EntityKind> known = mentions_[i].known;
      // "Bayern" is a region, "Bayern Munich" a club.
      if (known == EntityKind::place && mentions_[i].words.size() < words.size()) continue;
      if (known) {
        // A city's team in a results table or before a score ("Seattle 7
        // CLEVELAND 2"); a country's national team stays the country.
        if (*known == EntityKind::place && (any(&Mention::score_cue) || any(&Mention::team_cue)) && !any(&Mention::dateline) &&
            !is_country(join(mentions_[i].words))) {
          return EntityKind::organization;
        }
        return *known;
      }
    }
    if (facts_.is(Fact::nationality, name.last_id, words.back())) return EntityKind::other;  // "German", "South African"
    const std::string_view head = head_word(words);
    if (facts_.is(Fact::organization_word, head) || facts_.is(Fact::corporate_suffix, head)) return EntityKind::organization;
    // "Manchester City 2", "Derby County beat": a team named after its town.
    const bool team = any(&Mention::score_cue) || any(&Mention::match_cue) || any(&Mention::team_cue);
    // "Centre for Global Energy Studies" is a body, "Centre Pompidou" a place.
    const bool body_for = std::find(words.begin(), words.end(), "for") != words.end();
    if (facts_.is(Fact::place_word, head) && words.size() > 1) {
      return team || body_for || any(&Mention::organization_cue) ? EntityKind::organization : EntityKind::place;
    }
    if (facts_.is(Fact::event_word, head) && words.size() > 1) return EntityKind::other;
    // Romance names put the head first: "Banco Andino", "Radio Austral";
    // so do clubs: "Real Madrid", "Olympique Marseille" ("Newcastle United").
    if (words.size() > 1 && (facts_.is(Fact::organization_word, words.front()) || is_club_prefix(words.front()) ||
                             words.back() == "united")) {
      return EntityKind::organization;
    }
    if (any(&Mention::title_cue) || any(&Mention::person_cue)) return EntityKind::person;
    if (words.size() > 1 && facts_.is(Fact::first_name, words.front())) return EntityKind::person;
    if (any(&Mention::dateline)) return EntityKind::place;
    if (team) return EntityKind::organization;
    if (any(&Mention::organization_cue)) return EntityKind::organization;
    if (any(&Mention::place_cue)) return EntityKind::place;
    if (any(&Mention::other_cue)) return EntityKind::other;
    if (name.acronym) return EntityKind::organization;
    if (words.size() > 1) {
      if (is_saint_prefix(words.front()) || is_romance_saint(words.front())) return EntityKind::place;
      if (facts_.is(Fact::demonym, words.front()) || facts_.is(Fact::organization_adjective, words.front())) return EntityKind::organization;
      // "Freiheitliche Partei Österreichs", "Bank Austria Creditanstalt".
      if (std::any_of(words.begin(), words.end(),
                      [&](const std::string& w) { return facts_.is(Fact::organization_word, w); })) {
        return EntityKind::organization;
      }
      // A place inside a longer name names a team or a company: "Werder
      // Bremen", "Kyushu Electric Power", "Chicago Bulls"; a first word that
      // is a place may also be a given name ("Milan Macala"), so alone it
      // needs a team's plural after it.
      const auto place = [&](const std::string& w) {
        return !facts_.is(Fact::name_particle, w) && !facts_.is(Fact::name_connector, w) &&
               facts_.known_name(w) == EntityKind::place;
      };
      if (std::any_of(words.begin() + 1, words.end(), place) ||
          (place(words.front()) && (words.size() > 2 || words.back().back() == 's'))) {
        return EntityKind::organization;
      }
      const SentenceTokens st = sentence(name.sentence);
      for (std::size_t t = name.first_token; t <= name.last_token && !name.shouted; ++t) {
        if (st.tokens[t].all_caps) return EntityKind::organization;
      }
      if (any(&Mention::arrival_cue)) return EntityKind::place;  // "at Santiago Bernabeu"
      if (any(&Mention::article_cue)) return EntityKind::organization;  // "the All Blacks"
      if (words.size() <= 4) return EntityKind::person;
      return EntityKind::other;
    }
    if (any(&Mention::arrival_cue)) return EntityKind::place;  // "at Tynecastle", "flew to Grozny"
    // A single unknown name that is no one's surname: in news most often a
    // company, club, party or agency ("Interfax", "Arsenal", "Gazprom").
    return EntityKind::organization;
  }

  // ---- merging mentions of one entity ------------------------------------

  bool has_cue(const EntityGroup& g, bool Mention::*cue) const {
    return std::any_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t i) { return mentions_[i].*cue; });
  }

  // A word that says what a name is ("Bank", "City", "Cup"): alone it names nothing in particular.
  bool names_kind(std::string_view word) const {
    return is_cue_word(kNoWord, word) || facts_.is(Fact::corporate_suffix, word) ||
           facts_.is(Fact::organization_adjective, word);
  }

  // The live group a key belongs to, following merges.
  std::optional<std::size_t> find_group(std::string_view key) const {
    const WordId found = index_.find(key);
    if (found == kNoWord) return std::nullopt;
    std::size_t g = found;
    while (groups_[g].merged) g = groups_[g].into;
    return g;
  }

  // `keep_name`: the destination's form stays canonical even if the merged
  // one is longer (a plural must not replace its singular).
  void merge(std::size_t from, std::size_t into, bool keep_name = false) {
    if (from == into) return;
    EntityGroup& src = groups_[from];
    EntityGroup& dst = groups_[into];
    dst.mentions.insert(dst.mentions.end(), src.mentions.begin(), src.mentions.end());
    common::sort_indices(dst.mentions.data(), dst.mentions.data() + dst.mentions.size());
    dst.first = std::min(dst.first, src.first);
    if (!keep_name && longer(src.name, dst.name)) dst.name = src.name;
    dst.kind = decide_kind(dst);
    src.merged = true;
    src.into = into;
    src.mentions.clear();
  }

  // Initials of a name's significant words: "Food and Agriculture
  // Organization" → "fao"; with all words: "fao" / "faao".
  static std::string initials(const std::vector<std::string>& words, bool skip_small_words,
                              const StopWordList& stops) {
    std::string out;
    for (const std::string& w : words) {
      if (skip_small_words && (stops.contains(w) || is_name_connector(w) || w == "&")) continue;
      const DecodedChar d = decode_utf8(w, 0);
      append_utf8(out, d.cp);
      // Hyphenated words give one initial per part ("Secretary-General").
      for (std::size_t h = w.find('-'); h != std::string::npos && h + 1 < w.size(); h = w.find('-', h + 1)) {
        append_utf8(out, decode_utf8(w, h + 1).cp);
      }
    }
    return out;
  }

  static std::string acronym_letters(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      const DecodedChar d = decode_utf8(text, i);
      if (is_upper(d.cp)) append_utf8(out, to_lower(d.cp));
      i += d.length;
    }
    return out;
  }

  // Whether a single word names the same thing as `words`: "Mekong" and
  // "Mekong River", "Cascade" and "Cascade Aerial Systems", "Fed" and
  // "Federal Reserve".
  static bool short_form_of(const std::string& word, bool known, const EntityGroup& other,
                            const std::vector<std::string>& words) {
    if (known) return words.size() == 2 && words.front() == word && is_geographic_feature(words.back());
    if (words.front() == word) return !is_organization_adjective(word) && !is_demonym(word);
    return other.kind == EntityKind::organization && code_point_count(word) >= 3 &&
           words.front().size() > word.size() && words.front().compare(0, word.size(), word) == 0;
  }

  void merge_aliases() {
    // 1. Acronyms defined in the text.
    for (const auto& [acronym, long_form] : definitions_) {
      const auto a = find_group(acronym);
      const auto l = find_group(long_form);
      if (a && l) merge(*a, *l);
    }
    // 2. Acronyms matching the initials of a multiword name (the earliest
    //    such name wins). The initials are indexed only when there is an
    //    acronym to look up.
    const auto acronym = [&](const EntityGroup& g) { return !g.merged && name_of(g).acronym; };
    if (std::any_of(groups_.begin(), groups_.end(), acronym)) {
      std::unordered_map<std::string, std::size_t> by_initials;
      for (std::size_t j = 0; j < groups_.size(); ++j) {
        const std::vector<std::string>& words = name_of(groups_[j]).words;
        if (groups_[j].merged || words.size() < 2) continue;
        by_initials.emplace(initials(words, true, stops_), j);
        by_initials.emplace(initials(words, false, stops_), j);
      }
      for (std::size_t i = 0; i < groups_.size(); ++i) {
        if (!acronym(groups_[i])) continue;
        const auto found = by_initials.find(acronym_letters(name_of(groups_[i]).text));
        if (found == by_initials.end()) continue;
        std::size_t target = found->second;
        while (groups_[target].merged) target = groups_[target].into;
        merge(i, target);
      }
    }
    // 3. Plurals: "the Kennedys" → "Kennedy".
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      EntityGroup& g = groups_[i];
      if (g.merged || g.key.size() < 4 || g.key.back() != 's') continue;
      if (const auto singular = find_group(g.key.substr(0, g.key.size() - 1))) merge(i, *singular, true);
    }
    // 4. A name that only adds a corporate suffix: "Northwind Robotics Inc.".
    //    The names are indexed only when some name ends so.
    const auto suffixed = [&](const EntityGroup& g) {
      const std::vector<std::string>& words = name_of(g).words;
      return !g.merged && words.size() > 1 && facts_.is(Fact::corporate_suffix, words.back());
    };
    if (std::any_of(groups_.begin(), groups_.end(), suffixed)) {
      std::unordered_map<std::string, std::size_t> by_words;
      for (std::size_t j = 0; j < groups_.size(); ++j) {
        if (!groups_[j].merged) by_words.emplace(join(name_of(groups_[j]).words), j);
      }
      for (std::size_t j = 0; j < groups_.size(); ++j) {
        if (groups_[j].merged) continue;
        const std::vector<std::string>& words = name_of(groups_[j]).words;
        for (auto end = words.end(); end - words.begin() > 1 && facts_.is(Fact::corporate_suffix, *(end - 1));) {
          --end;
          const auto found = by_words.find(join(words.begin(), end));
          if (found != by_words.end() && found->second != j && !groups_[found->second].merged) {
            merge(found->second, j);
          }
        }
      }
    }
    // 5. An official country name joins the common one the text also uses:
    //    "Republic of Azerbaijan" is "Azerbaijan".
    for (std::size_t j = 0; j < groups_.size(); ++j) {
      const std::vector<std::string>& words = name_of(groups_[j]).words;
      if (groups_[j].merged || groups_[j].kind != EntityKind::place) continue;
      const auto of = std::find(words.begin(), words.end(), "of");
      if (of == words.begin() || of == words.end() || !is_place_word(*(of - 1))) continue;
      auto common = of + 1;
      if (common != words.end() && *common == "the") ++common;
      if (common == words.end()) continue;
      if (const auto found = find_group(join(common, words.end()))) {
        merge(j, *found, true);
      }
    }
    // 6. The end of a longer organisation's name: "Security Council" is the
    //    "United Nations Security Council" when only one name ends so.
    std::map<std::string, std::vector<std::size_t>> by_ending;
    for (std::size_t j = 0; j < groups_.size(); ++j) {
      const std::vector<std::string>& words = name_of(groups_[j]).words;
      if (groups_[j].merged || groups_[j].kind != EntityKind::organization || words.size() < 3) continue;
      constexpr std::size_t kLongestEnding = 6;  // bounds the work on very long names
      for (std::size_t from = words.size() > kLongestEnding ? words.size() - kLongestEnding : 1;
           from + 1 < words.size(); ++from) {
        by_ending[join(words.begin() + static_cast<std::ptrdiff_t>(from), words.end())]
            .push_back(j);
      }
    }
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      if (groups_[i].merged || name_of(groups_[i]).words.size() < 2) continue;
      const auto found = by_ending.find(groups_[i].key);
      if (found != by_ending.end() && found->second.size() == 1 && !groups_[found->second.front()].merged) {
        merge(i, found->second.front());
      }
    }
    // 7. Short forms: a surname for a person, the first word of a longer
    //    name. A surname shared by two people stays apart.
    std::map<std::string, std::vector<std::size_t>> by_surname;
    std::map<std::string, std::vector<std::size_t>> by_first_word;
    std::map<std::string, std::vector<std::size_t>> by_club_word;  // "Villa", "Leverkusen", "Bayern"
    std::map<std::string, std::vector<std::size_t>> by_given_name;  // "Dwight" for Dwight Yorke
    for (std::size_t j = 0; j < groups_.size(); ++j) {
      const std::vector<std::string>& words = name_of(groups_[j]).words;
      if (groups_[j].merged || words.size() < 2) continue;
      (groups_[j].kind == EntityKind::person ? by_surname[words.back()] : by_first_word[words.front()]).push_back(j);
      if (groups_[j].kind == EntityKind::person) by_given_name[words.front()].push_back(j);
      // A known place joins only a team ("Bayern", "Leverkusen"), never a
      // body named after it ("Athletics Kenya"), and a country never.
      const bool team = has_cue(groups_[j], &Mention::score_cue) || has_cue(groups_[j], &Mention::match_cue);
      if (groups_[j].kind == EntityKind::organization && words.size() == 2) {
        for (std::size_t k = 0; k < 2; ++k) {
          const std::string& w = k == 0 ? words.front() : words.back();
          const auto known = facts_.known_name(w);
          if (names_kind(w) || (known && (!team || is_country(w))) || (!known && k == 0)) continue;
          by_club_word[w].push_back(j);
        }
      }
    }
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      EntityGroup& g = groups_[i];
      if (g.merged || name_of(g).words.size() != 1) continue;
      const std::string& word = name_of(g).words.front();
      if (name_of(g).acronym) {
        // "PSV" for PSV Eindhoven: an acronym that opens one longer name.
        const auto named = by_first_word.find(word);
        if (named != by_first_word.end() && named->second.size() == 1 && !groups_[named->second.front()].merged &&
            !facts_.known_name(word)) {  // "U.S." is not the U.S. Open
          merge(i, named->second.front());
        }
        continue;
      }
      const bool dateline = std::any_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t m) { return mentions_[m].dateline; });
      const bool known = facts_.known_name(word).has_value();
      const auto people = by_surname.find(word);
      if (!known && people != by_surname.end()) {
        // "Bhutto" after Benazir and Murtaza Bhutto: one of them, a person.
        if (people->second.size() == 1) {
          merge(i, people->second.front());
        } else {
          g.kind = EntityKind::person;
        }
        continue;
      }
      // "Dwight is in the form of his life" after Dwight Yorke; "Lee" after
      // Lee Teng-hui, whose family name comes first.
      const bool placed = dateline || std::all_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t m) {
                            return mentions_[m].place_cue || mentions_[m].arrival_cue;
                          });
      const auto given = by_given_name.find(word);
      if (!known && !placed && given != by_given_name.end()) {
        if (given->second.size() == 1) merge(i, given->second.front());
        continue;
      }
      // A team's short name: "Villa" for Aston Villa, "Leverkusen" for Bayer
      // Leverkusen, "Bayern" for Bayern Munich; not a town named as a place.
      const auto club = by_club_word.find(word);
      if (club != by_club_word.end() && club->second.size() == 1 && !placed) {
        merge(i, club->second.front());
        continue;
      }
      // Names starting with the word, or with a longer word it clips.
      std::optional<std::size_t> thing;
      for (auto it = by_first_word.lower_bound(word); it != by_first_word.end() && it->first.compare(0, word.size(), word) == 0; ++it) {
        for (std::size_t j : it->second) {
          const std::vector<std::string>& words = name_of(groups_[j]).words;
          if (!groups_[j].merged && short_form_of(word, known, groups_[j], words) &&
              !(placed && groups_[j].kind != EntityKind::place) &&
              (!thing || name_of(groups_[*thing]).words.size() > words.size())) {
            thing = j;
          }
        }
      }
      // A dateline names where the story was filed, not "Cannes Film Festival".
      if (thing && !dateline) merge(i, *thing);
    }
  }

  // ---- output ------------------------------------------------------------

  // German capitalises every noun: a lone unknown word with nothing around
  // it that marks a name ("Regierung", "Mannschaft") is no entity there.
  bool common_noun(const EntityGroup& g) const {
    if (analyzed_.language != "de") return false;
    const Mention& name = name_of(g);
    if (name.words.size() != 1 || name.acronym || facts_.known_name(name.words.front())) return false;
    return std::none_of(g.mentions.begin(), g.mentions.end(), [&](std::size_t i) {
      const Mention& m = mentions_[i];
      return m.title_cue || m.place_cue || m.organization_cue || m.other_cue || m.dateline || m.score_cue ||
             m.words.size() > 1;
    });
  }

  std::vector<Entity> output() const {
    const auto count = [&](const EntityGroup* g) {
      return static_cast<std::size_t>(std::count_if(g->mentions.begin(), g->mentions.end(),
                                                    [&](std::size_t i) { return !mentions_[i].definition; }));
    };
    struct Ranked {
      std::size_t count;
      const EntityGroup* group;
    };
    std::vector<Ranked> ranked;
    for (const EntityGroup& g : groups_) {
      if (!g.merged && !common_noun(g)) ranked.push_back({count(&g), &g});
    }
    // Most mentioned first, then in order of appearance; the group's place in
    // groups_ settles the rest, so the order is total and the sort need not be stable.
    std::vector<std::uint32_t> order = common::identity_indices(ranked.size());
    common::sort_indices(order, [&](std::uint32_t i, std::uint32_t j) {
      const Ranked& a = ranked[i];
      const Ranked& b = ranked[j];
      if (a.count != b.count) return a.count > b.count;
      if (a.group->first != b.group->first) return a.group->first < b.group->first;
      return std::less<const EntityGroup*>()(a.group, b.group);
    });
    std::vector<Entity> out;
    out.reserve(ranked.size());
    for (std::uint32_t place : order) {
      const Ranked& r = ranked[place];
      const EntityGroup* g = r.group;
      Entity e;
      const Mention& name = name_of(*g);
      e.text = name.text;
      e.kind = std::string(to_string(g->kind));
      e.count = r.count;
      // An alias is each further form, forms being equal when their
      // normalized texts are: when group() put them in the same group first.
      std::vector<std::uint32_t> seen{name.written_as};
      for (std::size_t i : g->mentions) {
        const std::uint32_t form = mentions_[i].written_as;
        if (std::find(seen.begin(), seen.end(), form) != seen.end()) continue;
        seen.push_back(form);
        e.aliases.push_back(mentions_[i].text);
      }
      out.push_back(std::move(e));
    }
    return out;
  }

  std::string_view text_;
  const AnalyzedText& analyzed_;
  StopWordList stops_;
  bool romance_;  // names capitalise their first word only
  WordFacts facts_;
  std::vector<char> block_start_;  // per sentence: it opens a block
  // Per word id: how the text writes the word somewhere (kSeen… bits).
  std::vector<std::uint8_t> word_seen_;
  std::vector<std::uint8_t> opening_verdict_;  // per word id: a Verdict or kNotDecided
  std::vector<LineShape> sentence_lines_;  // per sentence
  // Per token of the whole text, what the sentences' `capital` point into.
  mutable std::vector<char> capital_;
  mutable SentenceTokens current_;  // what sentence() made last
  mutable std::size_t current_index_ = static_cast<std::size_t>(-1);
  std::string name_buffer_;  // reused for the names joined to look them up
  std::vector<std::size_t> run_buffer_;  // the run find_runs is extending
  std::vector<Mention> mentions_;
  std::map<std::string, std::string> definitions_;
  std::vector<EntityGroup> groups_;
  WordTable index_;  // keys, numbered as their groups
};

}  // namespace

std::vector<Entity> entities(std::string_view text, std::string_view lang) {
  return entities(analyze_text(text, lang));
}

std::vector<Entity> entities(const AnalyzedText& text) { return EntityFinder(text).run(); }

}  // namespace galley::analysis
