#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/text_analysis.hpp"

using namespace galley::analysis;

namespace {

const char* const kStory =
    "Solar farms now supply a fifth of the region's power.\n\n"
    "The new solar farms feed the regional power grid during the day. "
    "My neighbour bought a red bicycle last week. "
    "Engineers say the power grid needs batteries to store solar power for the night. "
    "Batteries for the grid are still expensive.";

}  // namespace

TEST_CASE("key sentences are sentences of the text, in document order", "[analysis][key_sentences]") {
  const std::vector<std::string> all = split_sentences(kStory, "en");
  const auto picked = key_sentences(kStory, "en", 3);
  REQUIRE(picked.size() == 3);
  for (std::size_t i = 0; i < picked.size(); ++i) {
    REQUIRE(picked[i].index < all.size());
    CHECK(picked[i].text == all[picked[i].index]);
    if (i > 0) CHECK(picked[i - 1].index < picked[i].index);
    CHECK(picked[i].score > 0.0);
    CHECK(picked[i].score <= 1.0);
  }
  // The sentence that shares nothing with the rest is never chosen.
  for (const Sentence& s : picked) CHECK(s.text.find("bicycle") == std::string::npos);
}

TEST_CASE("the best sentence scores 1 and scores are rounded to 4 decimals", "[analysis][key_sentences]") {
  const auto picked = key_sentences(kStory, "en", 5);
  REQUIRE(picked.size() == 5);
  double best = 0.0;
  for (const Sentence& s : picked) {
    best = std::max(best, s.score);
    CHECK(s.score * 10000.0 == Approx(static_cast<double>(static_cast<long long>(s.score * 10000.0 + 0.5))));
  }
  CHECK(best == 1.0);
  const auto one = key_sentences(kStory, "en", 1);
  REQUIRE(one.size() == 1);
  CHECK(one[0].text.find("power grid") != std::string::npos);
}

TEST_CASE("edge cases: nothing asked, nothing there, more asked than present", "[analysis][key_sentences]") {
  CHECK(key_sentences(kStory, "en", 0).empty());
  CHECK(key_sentences("", "en", 3).empty());
  CHECK(key_sentences("Only one sentence here.", "en", 3).size() == 1);
}

TEST_CASE("equal scores are broken by position", "[analysis][key_sentences]") {
  const auto picked = key_sentences("Red apples grow fast. Red apples grow fast. Red apples grow fast.", "en", 2);
  REQUIRE(picked.size() == 2);
  CHECK(picked[0].index == 0);
  CHECK(picked[1].index == 1);
}

TEST_CASE("only the first 300 sentences are ranked", "[analysis][key_sentences]") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Sentence number " + std::to_string(i) + " talks about the harbour crane. ";
  const auto picked = key_sentences(text, "en", 5);
  REQUIRE(picked.size() == 5);
  for (const Sentence& s : picked) CHECK(s.index < 300);
}

TEST_CASE("key sentences in Japanese", "[analysis][key_sentences]") {
  const char* ja = "東京都は防災計画を発表した。計画では避難所を増やす。猫が好きです。東京都の防災予算は過去最大だ。";
  const auto picked = key_sentences(ja, "ja", 2);
  REQUIRE(picked.size() == 2);
  for (const Sentence& s : picked) CHECK(s.text != "猫が好きです。");
}
