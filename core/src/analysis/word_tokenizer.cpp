#include "analysis/word_tokenizer.hpp"

#include <algorithm>
#include <array>

#include "text/ascii.hpp"
#include "text/byte_scan.hpp"

namespace galley::analysis {
namespace {

// ASCII letters and digits are word characters of a spaced script: the
// common case, decided without the Unicode tables.
// A table, as this test runs on nearly every byte of the text.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (std::size_t b = 0; b < table.size(); ++b) {
    table[b] = text::ascii::is_alphanumeric(static_cast<char>(b));
  }
  return table;
}();
bool is_ascii_alnum(unsigned char b) { return kAsciiAlnum[b]; }

// The ASCII letters and digits among eight bytes, exactly when all eight are
// ASCII.
text::bytes::Word ascii_alnum_bytes(text::bytes::Word w) {
  namespace bytes = text::bytes;
  return bytes::ascii_in_range(w | bytes::broadcast(0x20), 'a', 'z') | bytes::ascii_in_range(w, '0', '9');
}

bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= 0x09 && b <= 0x0D); }

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Whether `cp` joins the word characters around it into one word: an
// apostrophe between letters ("don't"), a hyphen ("COVID-19"), a dot, comma
// or colon between digits ("3.14", "1,000", "3:30"), a dot between letters
// ("U.S").
bool joins_word(char32_t before, char32_t cp, char32_t after) {
  if (is_apostrophe(cp)) return is_letter(before) && is_letter(after);
  if (is_hyphen(cp)) return true;
  if (cp != '.' && cp != ',' && cp != ':') return false;
  return (is_digit(before) && is_digit(after)) || (cp == '.' && is_letter(before) && is_letter(after));
}

// Elided articles and conjunctions that French writes glued to the next word.
bool is_french_elision(std::string_view lowercase) {
  constexpr std::array<std::string_view, 12> kElisions{
      "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "s", "t"};
  for (std::string_view e : kElisions) {
    if (lowercase == e) return true;
  }
  return false;
}

// Counts a stretch of ASCII that no word runs into (it starts the text, or
// follows a space or the end of a token, and ends at a space or the text's
// end). Its words, as the tokenizer would count them, are the runs of
// letters and digits less those joined to the run before (joins_word); its
// characters are the bytes other than ' ' and tab to carriage return. Eight
// bytes at a time, as it sees most of the text: a run is looked at byte by
// byte only when a single byte other than a space parts it from the run
// before.
void count_ascii(std::string_view text, TextCounts& counts) {
  namespace bytes = text::bytes;
  bytes::Word alnum_before = 0;  // flags of the eight bytes before, none at the start
  bytes::Word space_before = 0;
  std::size_t words = 0;  // kept apart from `counts`, which the compiler cannot keep in registers
  std::size_t characters = 0;
  for (std::size_t pos = 0; pos < text.size(); pos += sizeof(bytes::Word)) {
    const bytes::Word w = bytes::load_padded(text, pos);
    const bytes::Word alnum = ascii_alnum_bytes(w);
    const bytes::Word space = bytes::ascii_in_range(w, ' ', ' ');
    const bytes::Word white = space | bytes::ascii_in_range(w, 0x09, 0x0D);  // the padding is neither
    characters += std::min(sizeof(bytes::Word), text.size() - pos) - bytes::count_flagged(white);
    const bytes::Word starts = alnum & ~bytes::flags_before(alnum, alnum_before, 1);
    words += bytes::count_flagged(starts);
    bytes::Word parted_by_one =
        starts & bytes::flags_before(alnum, alnum_before, 2) & ~bytes::flags_before(space, space_before, 1);
    while (parted_by_one != 0) {
      const bytes::Word one = parted_by_one & (~parted_by_one + 1);
      const std::size_t at = pos + bytes::first_flagged(one);
      if (joins_word(static_cast<unsigned char>(text[at - 2]), static_cast<unsigned char>(text[at - 1]),
                     static_cast<unsigned char>(text[at]))) {
        --words;
      }
      parted_by_one ^= one;
    }
    alnum_before = alnum;
    space_before = space;
  }
  counts.words += words;
  counts.characters += characters;
}

// Code points other than White_Space.
std::size_t non_space_characters(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (!is_ascii_space(byte)) ++count;
      ++i;
      continue;
    }
    const DecodedChar d = decode_utf8(text, i);
    if (!is_space(d.cp)) ++count;
    i += d.length;
  }
  return count;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::string_view language)
      : text_(text), split_elisions_(language == "fr" || language == "it") {}

  // Calls on_token(token) for each token, in order, with its text
  // and `separated` set; classification is left to the caller.
  template <typename OnToken>
  void scan(OnToken&& on_token) const {
    bool separated = false;
    bool first = true;
    bool unspaced = false;
    for (std::size_t pos = 0; (pos = token_start(pos, separated, unspaced)) < text_.size();) {
      Token token = unspaced ? scan_run(pos) : scan_word(pos);
      token.separated = separated && !first;
      separated = false;
      first = false;
      pos = token.offset_in(text_) + token.size;
      on_token(token);
    }
  }

  // What count_text counts. Stretches of ASCII, the bulk of most text, are
  // counted eight bytes at a time (count_ascii) up to the last space before
  // a byte that is not ASCII; from that space on, tokens are scanned one by
  // one, and characters decoded, until a token has ended past that byte.
  TextCounts count() const {
    TextCounts counts;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const std::size_t non_ascii = text::bytes::find_non_ascii(text_, pos);
      const std::size_t space = non_ascii == text_.size() ? non_ascii : last_space(pos, non_ascii);
      count_ascii(text_.substr(pos, space - pos), counts);
      pos = count_tokens_past(space, non_ascii, counts);
      counts.characters += non_space_characters(text_.substr(space, pos - space));
    }
    return counts;
  }

  void run(std::vector<Token>& tokens) const {
    scan([&](Token& token) {
      classify(token);
      tokens.push_back(token);
    });
  }

  void run_unclassified(std::vector<Token>& tokens) const {
    scan([&](const Token& token) { tokens.push_back(token); });
  }

  static void classify(Token& t) {
    const std::string_view text = t.text();
    std::size_t letters = 0;
    std::size_t uppers = 0;
    std::size_t lowers = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {
        const bool upper = byte >= 'A' && byte <= 'Z';
        const bool lower = byte >= 'a' && byte <= 'z';
        if (upper || lower) {
          if (letters == 0) {
            t.script = Script::latin;
            t.capitalized = upper;
          }
          ++letters;
          if (upper) ++uppers;
          if (lower) ++lowers;
        }
        ++i;
        continue;
      }
      const DecodedChar d = decode_utf8(text, i);
      if (is_letter(d.cp)) {
        if (letters == 0) {
          t.script = script_of(d.cp);
          t.capitalized = is_upper(d.cp);
        }
        ++letters;
        if (is_upper(d.cp)) ++uppers;
        if (is_lower(d.cp)) ++lowers;
      }
      i += d.length;
    }
    t.is_number = letters == 0;
    t.all_caps = letters >= 2 && uppers >= 2 && lowers == 0;
    const std::size_t n = text.size();
    t.possessive = (n > 2 && text.compare(n - 2, 2, "'s") == 0) ||
                   (n > 4 && text.compare(n - 4, 4, "\xE2\x80\x99s") == 0);
  }

 private:
  // The start of the first token at or after `pos` (text_.size() when there
  // is none). Sets `separated` when punctuation, not only spaces, is skipped,
  // and `unspaced` when the token is a run of a script written without spaces.
  std::size_t token_start(std::size_t pos, bool& separated, bool& unspaced) const {
    while (pos < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) {
        // An ASCII letter or digit starts a word of a spaced script.
        if (is_ascii_alnum(byte)) {
          unspaced = false;
          return pos;
        }
        if (!is_ascii_space(byte)) separated = true;
        ++pos;
        continue;
      }
      // Anything else is decoded and classified.
      const DecodedChar d = decode_utf8(text_, pos);
      if (!is_word_char(d.cp) || is_combining_mark(d.cp)) {
        if (!is_space(d.cp)) separated = true;
        pos += d.length;
        continue;
      }
      unspaced = is_unspaced_script(script_of(d.cp));
      return pos;
    }
    return pos;
  }

  // True when the ASCII byte at `pos`, coming after a word character, ends
  // the word without anything being decoded: only ' - . , : may join two
  // parts of a word, and only with a word character after them, so the
  // common ", " and ". " end it here.
  bool ascii_ends_word(std::size_t pos) const {
    const auto byte = static_cast<unsigned char>(text_[pos]);
    if (byte != '\'' && byte != '-' && byte != '.' && byte != ',' && byte != ':') return true;
    const unsigned char after_byte = pos + 1 < text_.size() ? static_cast<unsigned char>(text_[pos + 1]) : 0;
    return after_byte < 0x80 && !is_ascii_alnum(after_byte);
  }

  // The position of the last ' ' in [from, to), or `from` when there is none.
  std::size_t last_space(std::size_t from, std::size_t to) const {
    while (to > from && text_[to - 1] != ' ') --to;
    return to > from ? to - 1 : from;
  }

  // Counts the tokens from `pos` on, up to the first that ends past `past`;
  // returns where that one ends (text_.size() when none is left).
  std::size_t count_tokens_past(std::size_t pos, std::size_t past, TextCounts& counts) const {
    bool separated = false;
    bool unspaced = false;
    while ((pos = token_start(pos, separated, unspaced)) < text_.size()) {
      const Token token = unspaced ? scan_run(pos) : scan_word(pos);
      count_token(token.text(), counts);
      pos = token.offset_in(text_) + token.size;
      if (pos > past) break;
    }
    return pos;
  }

  // Adds a token to the counts: a word unless it is made only of CJK
  // characters (and combining marks), which count one by one.
  static void count_token(std::string_view token, TextCounts& counts) {
    bool other = false;
    for (std::size_t i = 0; i < token.size();) {
      if (static_cast<unsigned char>(token[i]) < 0x80) {  // neither CJK nor a mark
        other = true;
        ++i;
        continue;
      }
      const DecodedChar d = decode_utf8(token, i);
      if (is_cjk(d.cp)) {
        ++counts.cjk_characters;
      } else if (!is_combining_mark(d.cp)) {
        other = true;
      }
      i += d.length;
    }
    if (other) ++counts.words;
  }

  // The token of text_[start, end); classification comes later.
  Token token_at(std::size_t start, std::size_t end) const {
    Token t;
    t.data = text_.data() + start;
    t.size = static_cast<std::uint32_t>(end - start);
    return t;
  }
  char32_t at(std::size_t pos) const { return pos < text_.size() ? decode_utf8(text_, pos).cp : 0; }
  std::size_t next(std::size_t pos) const { return pos + decode_utf8(text_, pos).length; }

  // A run of one unspaced script; Katakana's prolonged sound mark and
  // combining voicing marks stay inside the run.
  Token scan_run(std::size_t start) const {
    const Script script = script_of(at(start));
    std::size_t pos = next(start);
    while (pos < text_.size()) {
      const char32_t cp = at(pos);
      if (script_of(cp) != script && !is_combining_mark(cp)) break;
      pos = next(pos);
    }
    return token_at(start, pos);
  }

  // The end of the run of ASCII letters and digits at `pos`: most words are
  // one, and eight bytes are tested at once.
  std::size_t ascii_alnum_end(std::size_t pos) const {
    namespace bytes = text::bytes;
    for (; pos + sizeof(bytes::Word) <= text_.size(); pos += sizeof(bytes::Word)) {
      const bytes::Word w = bytes::load(text_.data() + pos);
      if (bytes::non_ascii(w) != 0) break;
      const bytes::Word other = ~ascii_alnum_bytes(w) & bytes::kHighBits;
      if (other != 0) return pos + bytes::first_flagged(other);
    }
    while (pos < text_.size() && is_ascii_alnum(static_cast<unsigned char>(text_[pos]))) ++pos;
    return pos;
  }

  Token scan_word(std::size_t start) const {
    std::size_t pos = start;
    std::size_t segment_start = start;
    bool dotted = false;        // inner dots, as in U.S or 3.14
    bool short_segments = true; // every dot-separated segment is 1–2 letters
    while (pos < text_.size()) {
      pos = ascii_alnum_end(pos);
      if (pos == text_.size()) break;
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80 && ascii_ends_word(pos)) break;
      const char32_t cp = at(pos);
      if (is_word_char(cp) && !is_unspaced_script(script_of(cp))) {
        pos = next(pos);
        continue;
      }
      const char32_t before = decode_utf8_before(text_, pos).cp;
      const std::size_t after_pos = next(pos);
      const char32_t after = at(after_pos);
      const bool word_after = is_word_char(after) && !is_combining_mark(after) &&
                              !is_unspaced_script(script_of(after));
      if (!word_after || !joins_word(before, cp, after)) break;
      if (is_apostrophe(cp) && split_elisions_ && is_french_elision(normalize_word(text_.substr(start, pos - start)))) {
        break;
      }
      if (cp == '.' && !(is_digit(before) && is_digit(after))) {  // between letters: an abbreviation
        dotted = true;
        if (code_point_count(text_.substr(segment_start, pos - segment_start)) > 2) short_segments = false;
        segment_start = after_pos;
      }
      pos = after_pos;
    }
    // "U.S." and "e.g." keep their final dot; "3.14." does not.
    if (dotted && short_segments && at(pos) == '.' &&
        code_point_count(text_.substr(segment_start, pos - segment_start)) <= 2) {
      ++pos;
    }
    return token_at(start, pos);
  }

  std::string_view text_;
  bool split_elisions_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::string_view language) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 1);
  Tokenizer(text, language).run(tokens);
  return tokens;
}

void tokenize_append(std::string_view text, std::string_view language, std::vector<Token>& tokens) {
  Tokenizer(text, language).run(tokens);
}

void scan_tokens_append(std::string_view text, std::string_view language, std::vector<Token>& tokens) {
  Tokenizer(text, language).run_unclassified(tokens);
}

void classify_token(Token& token) { Tokenizer::classify(token); }

TextCounts count_text(std::string_view text) { return Tokenizer(text, "").count(); }

std::string_view without_possessive(const Token& token) {
  const std::string_view text = token.text();
  if (!token.possessive) return text;
  const std::size_t suffix = text[text.size() - 2] == '\'' ? 2 : 4;
  return text.substr(0, text.size() - suffix);
}

void normalize_word(std::string_view word, std::string& out) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // Lowercased while copied into `out`'s reused capacity.
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      out[i] = text::ascii::to_lower(word[i]);
    }
    return;
  }
  out = to_lower(word);
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  for (std::size_t at = out.find(kRightQuote); at != std::string::npos; at = out.find(kRightQuote, at + 1)) {
    out.replace(at, kRightQuote.size(), 1, '\'');
  }
}

std::string normalize_word(std::string_view word) {
  std::string out;
  normalize_word(word, out);
  return out;
}

}  // namespace galley::analysis
