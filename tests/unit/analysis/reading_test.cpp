#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/code_points.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

using namespace galley::analysis;

TEST_CASE("words and characters of spaced text", "[analysis][reading]") {
  const ReadingStats s = reading_stats("The U.S. envoy's plan\n\ncost $1.5 billion.", "en", 200, 500);
  CHECK(s.words == 7);  // The, U.S., envoy's, plan, cost, 1.5, billion
  CHECK(s.cjk_characters == 0);
  CHECK(s.characters == 34);
  CHECK(s.seconds == 2);  // 7 / 200 min = 2.1 s
}

TEST_CASE("CJK characters are counted one by one, by code point", "[analysis][reading]") {
  // 日本語 (3 Han) + を (Hiragana) + ﾃｽﾄ (3 halfwidth Katakana) + します (3 Hiragana) + 。
  const ReadingStats ja = reading_stats("日本語をﾃｽﾄします。", "ja", 200, 300);
  CHECK(ja.cjk_characters == 10);
  CHECK(ja.words == 0);
  CHECK(ja.characters == 11);
  CHECK(ja.seconds == 2);  // 10 / 300 min = 2 s

  // Extension B (U+20BB7 𠮷) and Hangul; Latin words around them still count as words.
  const ReadingStats mixed = reading_stats("\xF0\xA0\xAE\xB7 Galley 한국어 test", "", 60, 60);
  CHECK(mixed.cjk_characters == 4);
  CHECK(mixed.words == 2);
  CHECK(mixed.seconds == 6);
}

TEST_CASE("reading time adds word and character time and rounds", "[analysis][reading]") {
  std::string text;
  for (int i = 0; i < 230; ++i) text += "word ";
  CHECK(reading_stats(text, "en", 230, 500).seconds == 60);
  for (int i = 0; i < 250; ++i) text += "字";
  CHECK(reading_stats(text, "en", 230, 500).seconds == 90);
  CHECK(reading_stats("", "en", 230, 500).seconds == 0);
  CHECK(reading_stats("one two three", "en", 360, 500).seconds == 1);  // 0.5 s rounds up
}

TEST_CASE("default rates follow the measured table", "[analysis][reading]") {
  CHECK(default_rates("en").words_per_minute == 228);
  CHECK(default_rates("en-GB").words_per_minute == 228);
  CHECK(default_rates("es").words_per_minute == 218);
  CHECK(default_rates("ar").words_per_minute == 138);
  CHECK(default_rates("zh-Hans").cjk_characters_per_minute == 255);
  CHECK(default_rates("ja").cjk_characters_per_minute == 357);
  CHECK(default_rates("ko").cjk_characters_per_minute == 370);
  CHECK(default_rates("xx").words_per_minute == 184);
  CHECK(default_rates("").words_per_minute == 184);
}

TEST_CASE("a rate of zero takes the language default", "[analysis][reading]") {
  std::string text;
  for (int i = 0; i < 228; ++i) text += "word ";
  CHECK(reading_stats(text, "en", 0, 0).seconds == 60);
  // "word" is no function word of any listed language: the mean rate, 184 a minute.
  CHECK(reading_stats(text, "", 0, 0).seconds == 74);
  std::string zh;
  for (int i = 0; i < 255; ++i) zh += "的";
  CHECK(reading_stats(zh, "", 0, 0).seconds == 60);        // detected Chinese: 255 characters a minute
  CHECK(reading_stats(zh, "zh", 0, 510).seconds == 30);    // an explicit rate wins
  // The rates actually used are reported.
  const ReadingStats used = reading_stats(zh, "zh", 0, 510);
  CHECK(used.rates.words_per_minute == 158);
  CHECK(used.rates.cjk_characters_per_minute == 510);
}

TEST_CASE("count_text counts what tokenize finds and the characters other than white space", "[analysis][reading]") {
  // Pieces that end words, join them or look like they might: joiners with
  // and without a word after them, dots of abbreviations and numbers, and
  // non-ASCII letters, marks, CJK and Hangul right against ASCII words;
  // runs longer than the eight bytes counted at once, so that every piece
  // meets the edges of those words.
  const std::vector<std::string_view> pieces = {
      "word", "a", "US", "3", "14", " ", "  ", "\n", ".", ",", ":", "'", "-", "--", "e.g.", "U.S.", "3.14.",
      "don't", "caf\xC3\xA9", "\xC3\xA9t\xC3\xA9", "\xE2\x80\x99", "\xE2\x80\x94", "\xCC\x81", "\xE6\x97\xA5\xE6\x9C\xAC",
      "\xED\x95\x9C", "\xE3\x82\xAB\xE3\x83\xBC", "(", ")", "!", "l'", "12,000", "x:y",
      "Secretary-General", "0123456789", "a-b-c-d-e-f-g", "x.y.z.w", "1.2.3.4.5", "1:2,3", "a/b", "\t", "7'8", "A.1",
      "\r\n", "\x1F", "\xC2\xA0", "\xE3\x80\x80"};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t count = rng() % 40;
    for (std::size_t i = 0; i < count; ++i) text += pieces[rng() % pieces.size()];
    TextCounts expected;
    for (const Token& token : tokenize(text, "")) {
      bool other = false;
      for (std::size_t i = 0; i < token.size;) {
        const DecodedChar d = decode_utf8(token.text(), i);
        if (is_cjk(d.cp)) ++expected.cjk_characters;
        else if (!is_combining_mark(d.cp)) other = true;
        i += d.length;
      }
      if (other) ++expected.words;
    }
    INFO("\"" << text << "\"");
    for (std::size_t i = 0; i < text.size();) {
      const DecodedChar d = decode_utf8(text, i);
      if (!is_space(d.cp)) ++expected.characters;
      i += d.length;
    }
    const TextCounts counted = count_text(text);
    CHECK(counted.words == expected.words);
    CHECK(counted.cjk_characters == expected.cjk_characters);
    CHECK(counted.characters == expected.characters);
  }
}
