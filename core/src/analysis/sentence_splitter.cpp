#include "analysis/sentence_splitter.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "analysis/language.hpp"
#include "analysis/stop_words.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/code_points.hpp"
#include "analysis/word_tokenizer.hpp"
#include "text/byte_scan.hpp"

namespace galley::analysis {
namespace {

// Abbreviations that stand before a name and so never end a sentence.
constexpr std::array<std::string_view, 30> kTitleAbbreviations{
    "adm", "capt", "cmdr", "col", "dr", "dra", "fr", "gen", "gov", "hon", "hr", "lt", "maj", "messrs",
    "mlle", "mme", "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt", "sr", "sra",
    "srta", "st"};

// Abbreviations that may also end a sentence: they end one only when the
// next word is a typical sentence opener ("Apple Inc. The company …").
constexpr std::array<std::string_view, 48> kOtherAbbreviations{
    "al", "approx", "apr", "art", "aug", "bros", "bzw", "ca", "cf", "ch", "co", "corp", "dec",
    "dept", "ed", "etc", "feb", "fig", "ggf", "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "no",
    "nos", "nov", "nr", "oct", "op", "p", "pp", "sec", "sep", "sept", "str", "tel", "usw", "vgl",
    "vol", "vs", "z", "г", "гг", "др", "ул"};

bool listed(std::string_view word, const std::string_view* first, const std::string_view* last) {
  return std::find(first, last, word) != last;
}

bool is_cjk_terminal(char32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0xFF61;
}

bool is_terminal(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203C || cp == 0x2047 ||
         cp == 0x2048 || cp == 0x2049 || cp == 0x0964 || cp == 0x0965 || cp == 0x06D4 ||
         cp == 0x061F || is_cjk_terminal(cp);
}

bool is_closing(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0xBB: case 0x2019: case 0x201D: case 0x203A:
    case 0x300D: case 0x300F: case 0x3011: case 0x3009: case 0x300B: case 0x3015:
    case 0xFF09: case 0xFF3D: case 0xFF63:
      return true;
    default:
      return false;
  }
}

class Splitter {
 public:
  Splitter(std::string_view text, std::string_view language)
      : text_(text), stops_(stop_words(language)) {}

  std::vector<std::string_view> run() {
    std::vector<std::string_view> out;
    std::size_t block_start = 0;
    while (block_start <= text_.size()) {
      std::size_t block_end = text_.find('\n', block_start);
      if (block_end == std::string_view::npos) block_end = text_.size();
      split_block(block_start, block_end, out);
      block_start = block_end + 1;
    }
    return out;
  }

 private:
  char32_t at(std::size_t pos, std::size_t end) const { return pos < end ? decode_utf8(text_, pos).cp : 0; }
  std::size_t next(std::size_t pos) const { return pos + decode_utf8(text_, pos).length; }

  void split_block(std::size_t begin, std::size_t end, std::vector<std::string_view>& out) const {
    std::size_t start = begin;
    std::size_t pos = begin;
    const std::string_view block = text_.substr(0, end);
    while (pos < end) {
      // '.', '!' and '?' are the only ASCII terminals; other text is skipped
      // eight bytes at a time.
      pos = text::bytes::find_first(
          block, pos,
          [](text::bytes::Word w) {
            return text::bytes::equal_to(w, '.') | text::bytes::equal_to(w, '!') | text::bytes::equal_to(w, '?') | text::bytes::non_ascii(w);
          },
          [](unsigned char b) { return b == '.' || b == '!' || b == '?' || b >= 0x80; });
      if (pos == end) break;
      const char32_t cp = at(pos, end);
      if (!is_terminal(cp)) {
        pos = next(pos);
        continue;
      }
      std::size_t after = next(pos);
      while (after < end && is_terminal(at(after, end))) after = next(after);
      while (after < end && is_closing(at(after, end))) after = next(after);
      if (ends_sentence(pos, after, end)) {
        emit(start, after, out);
        start = after;
      }
      pos = after;
    }
    emit(start, end, out);
  }

  void emit(std::size_t begin, std::size_t end, std::vector<std::string_view>& out) const {
    while (begin < end && is_space(at(begin, end))) begin = next(begin);
    while (end > begin && is_space(decode_utf8_before(text_, end).cp)) end -= decode_utf8_before(text_, end).length;
    bool has_word = false;
    for (std::size_t i = begin; i < end && !has_word; i = next(i)) has_word = is_word_char(at(i, end));
    if (has_word) out.push_back(text_.substr(begin, end - begin));
  }

  // `terminal` is where the run of enders starts, `after` just past the run
  // and any closing quotes or brackets, `end` the end of the block.
  bool ends_sentence(std::size_t terminal, std::size_t after, std::size_t end) const {
    const std::string_view run = text_.substr(terminal, after - terminal);
    const char32_t first = at(terminal, end);
    if (is_cjk_terminal(first)) {
      // "３．１４" is a number, not two sentences.
      const bool fullwidth_decimal = first == 0xFF0E && terminal > 0 &&
                                     is_digit(decode_utf8_before(text_, terminal).cp) &&
                                     is_digit(at(after, end));
      return !fullwidth_decimal;
    }
    if (after >= end) return true;
    if (!is_space(at(after, end))) return false;  // 3.14, U.S.A, example.com, "?!"-inside-a-word

    const NextWord next_word = peek_next_word(after, end);
    const bool closed_by_quote = is_closing(decode_utf8_before(text_, after).cp);
    if (next_word.lowercase) return false;  // "Why?" he asked. / e.g. something / etc. and
    if (run.find('.') == std::string_view::npos && run.find("\xE2\x80\xA6") == std::string_view::npos) {
      return true;  // ! ? and their non-Latin counterparts
    }
    const bool ellipsis = run.find("..") != std::string_view::npos || run.find("\xE2\x80\xA6") != std::string_view::npos;
    if (ellipsis) return next_word.uppercase || !next_word.cased;
    if (closed_by_quote) return true;

    const std::string before = normalize_word(word_before(terminal));
    if (before.empty()) return true;
    if (listed(before, kTitleAbbreviations.begin(), kTitleAbbreviations.end())) return false;
    const bool initial = code_point_count(before) == 1 && is_letter(decode_utf8(before, 0).cp);
    const bool dotted = before.find('.') != std::string::npos;
    if (initial || dotted || listed(before, kOtherAbbreviations.begin(), kOtherAbbreviations.end())) {
      return opens_sentence(next_word, end);
    }
    return true;
  }

  struct NextWord {
    bool lowercase = false;       // starts with a lowercase letter
    bool uppercase = false;       // starts with an uppercase letter
    bool cased = false;           // starts with a letter of a cased script
    std::size_t start = 0;        // where it starts
  };

  NextWord peek_next_word(std::size_t pos, std::size_t end) const {
    NextWord w;
    while (pos < end && !is_word_char(at(pos, end))) pos = next(pos);
    if (pos >= end) return w;
    const char32_t cp = at(pos, end);
    w.lowercase = is_lower(cp);
    w.uppercase = is_upper(cp);
    w.cased = w.lowercase || w.uppercase;
    w.start = pos;
    return w;
  }

  // Whether the next word is a capitalised function word: The, He, But, In …
  // Only asked after an abbreviation, so the word is read to its end and
  // looked up in the stop words there alone, not at every sentence end.
  bool opens_sentence(const NextWord& w, std::size_t end) const {
    if (!w.uppercase) return false;
    std::size_t word_end = w.start;
    while (word_end < end && (is_word_char(at(word_end, end)) || at(word_end, end) == '\'' ||
                              at(word_end, end) == 0x2019)) {
      word_end = next(word_end);
    }
    return stops_.contains(normalize_word(text_.substr(w.start, word_end - w.start)));
  }

  // The word that ends at `end`, inner dots included ("U.S", "e.g", "Mr").
  std::string_view word_before(std::size_t end) const {
    std::size_t begin = end;
    while (begin > 0) {
      const DecodedChar d = decode_utf8_before(text_, begin);
      if (!is_word_char(d.cp) && d.cp != '.') break;
      begin -= d.length;
    }
    while (begin < end && text_[begin] == '.') ++begin;
    return text_.substr(begin, end - begin);
  }

  std::string_view text_;
  StopWordList stops_;
};

}  // namespace

std::vector<std::string_view> sentence_views(std::string_view text, std::string_view language) {
  return Splitter(text, language).run();
}

std::vector<std::string> split_sentences(std::string_view text, std::string_view lang) {
  const std::vector<std::string_view> views = sentence_views(text, resolve_language(text, lang));
  return {views.begin(), views.end()};
}

}  // namespace galley::analysis
