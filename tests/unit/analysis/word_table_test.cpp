#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>
#include <utility>

#include "analysis/analyzed_text.hpp"
#include "analysis/word_table.hpp"

using namespace galley::analysis;

TEST_CASE("WordTable numbers distinct strings in order of first occurrence", "[analysis][word_table]") {
  WordTable table;
  CHECK(table.size() == 0);
  CHECK(table.find("bank") == kNoWord);
  CHECK(table.intern("bank") == 0);
  CHECK(table.intern("central") == 1);
  CHECK(table.intern("bank") == 0);
  CHECK(table.intern("") == 2);
  CHECK(table.intern("banks") == 3);
  CHECK(table.size() == 4);
  CHECK(table.find("central") == 1);
  CHECK(table.find("ban") == kNoWord);
  CHECK(table.text(0) == "bank");
  CHECK(table.text(2).empty());
  CHECK(table.text(3) == "banks");
}

TEST_CASE("WordTable keeps every string and id through growth", "[analysis][word_table]") {
  WordTable table;
  std::vector<std::string> words;
  // Enough strings to rehash several times, with shared prefixes and
  // lengths around the eight-byte hashing blocks.
  for (int i = 0; i < 5000; ++i) words.push_back(std::string(static_cast<std::size_t>(i % 17), 'x') + std::to_string(i));
  for (std::size_t i = 0; i < words.size(); ++i) REQUIRE(table.intern(words[i]) == i);
  for (std::size_t i = 0; i < words.size(); ++i) {
    REQUIRE(table.find(words[i]) == i);
    REQUIRE(table.text(static_cast<WordId>(i)) == words[i]);
  }
  CHECK(table.size() == words.size());
}

TEST_CASE("WordTable reserved before or after words were added keeps their ids", "[analysis][word_table]") {
  WordTable table;
  table.reserve(100, 800);
  CHECK(table.size() == 0);
  CHECK(table.find("bank") == kNoWord);
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("w" + std::to_string(i));
  // Within the room reserved, then past it, then a larger room reserved
  // with words already in the table (they are placed again).
  for (std::size_t i = 0; i < 150; ++i) REQUIRE(table.intern(words[i]) == i);
  table.reserve(1000, 8000);
  table.reserve(10, 10);  // less than there is: nothing is lost
  for (std::size_t i = 150; i < words.size(); ++i) REQUIRE(table.intern(words[i]) == i);
  for (std::size_t i = 0; i < words.size(); ++i) {
    REQUIRE(table.find(words[i]) == i);
    REQUIRE(table.intern(words[i]) == i);
    REQUIRE(table.text(static_cast<WordId>(i)) == words[i]);
  }
  CHECK(table.size() == words.size());
}

TEST_CASE("WordTable tells apart words that differ only in their last byte", "[analysis][word_table]") {
  WordTable table;
  for (std::size_t size = 1; size <= 17; ++size) {
    const std::string a(size, 'a');
    const std::string b = a.substr(0, size - 1) + 'b';
    const WordId id_a = table.intern(a);
    const WordId id_b = table.intern(b);
    CHECK(id_a != id_b);
    CHECK(table.find(a) == id_a);
    CHECK(table.find(b) == id_b);
    CHECK(table.find(a + 'a') == kNoWord);
  }
}

TEST_CASE("analyze_text gives every token its word and stem ids once per distinct word", "[analysis][word_table]") {
  const std::string text = "The banks lend. Banks lend again, and the bank's banks lend.";
  const AnalyzedText analyzed = analyze_text(text, "en");
  REQUIRE(analyzed.sentence_count() == 2);
  const AnalyzedSentence first = analyzed.sentence(0);
  const AnalyzedSentence second = analyzed.sentence(1);
  REQUIRE(second.tokens.size() == 8);
  CHECK(second.tokens[0].text() == "Banks");
  CHECK(second.tokens[0].offset_in(second.text) == 0);
  CHECK(second.words[0] == "banks");
  // "Banks", "banks" and the first sentence's "banks" share one word id; the
  // possessive "bank's" is the word "bank", a different id with the same stem.
  CHECK(second.word_ids[0] == first.word_ids[1]);
  CHECK(second.word_ids[0] == second.word_ids[6]);
  CHECK(second.words[5] == "bank");
  CHECK(second.word_ids[5] != second.word_ids[6]);
  CHECK(second.stems[5] == second.stems[6]);
  CHECK(analyzed.strings.text(second.stems[0]) == "bank");
  // Stop words ("and", "the") have no stem.
  CHECK_FALSE(second.content(3));
  CHECK_FALSE(second.content(4));
  CHECK(second.content(1));
  // The sentences' tokens follow one another in the text's arrays.
  CHECK(second.first_token == first.first_token + first.tokens.size());
  // Tokens written alike share one form; the separation is the token's own.
  CHECK(&second.tokens.form(1) == &first.tokens.form(2));
  CHECK(second.tokens[5].possessive);
  CHECK(second.tokens[3].separated);  // after "again,"
  CHECK_FALSE(second.tokens[2].separated);
}

TEST_CASE("a moved AnalyzedText still answers with its words", "[analysis][word_table]") {
  const std::string text = "Central banks lend. The central bank said so.";
  AnalyzedText first = analyze_text(text, "en");
  const AnalyzedText moved(std::move(first));
  REQUIRE(moved.sentence_count() == 2);
  CHECK(moved.sentence(1).words[1] == "central");
  CHECK(moved.sentence(1).words[2] == "bank");
  CHECK(moved.sentence(1).tokens[2].text() == "bank");
}
