#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/text_analysis.hpp"

using namespace galley::analysis;

namespace {

std::vector<std::string> terms(const std::vector<Keyword>& list) {
  std::vector<std::string> out;
  for (const Keyword& k : list) out.push_back(k.term);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& term) {
  return std::find(list.begin(), list.end(), term) != list.end();
}

const char* const kBankStory =
    "The central bank kept interest rates unchanged in Frankfurt. "
    "The ECB said inflation was falling. Economists expect the central bank to cut interest rates in June. "
    "Inflation in the euro area eased again, the ECB said. A central bank official in Frankfurt agreed.";

}  // namespace

TEST_CASE("multiword terms come from runs between function words", "[analysis][keywords]") {
  const auto list = terms(keywords(kBankStory, "en", 10));
  CHECK(has(list, "central bank"));
  CHECK(has(list, "interest rates"));
  CHECK_FALSE(has(list, "the"));
  CHECK_FALSE(has(list, "said"));
  CHECK_FALSE(has(list, "central"));  // never occurs outside "central bank"
}

TEST_CASE("names and acronyms keep their capitals, common nouns are lowercase", "[analysis][keywords]") {
  const auto list = terms(keywords(kBankStory, "en", 10));
  CHECK(has(list, "ECB"));
  CHECK(has(list, "Frankfurt"));
  CHECK(has(list, "inflation"));  // "Inflation" opening a sentence is still a common noun
  CHECK_FALSE(has(list, "Inflation"));
}

TEST_CASE("keywords are ordered by score, then first occurrence, and capped", "[analysis][keywords]") {
  const auto list = keywords(kBankStory, "en", 4);
  REQUIRE(list.size() == 4);
  for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i - 1].score >= list[i].score);
  CHECK(list[0].term == "central bank");
  // 3 occurrences × 2 words × (1 + ln(mean frequency of "central" (3) and "bank" (3))).
  CHECK(list[0].score == 12.5917);
  CHECK(keywords(kBankStory, "en", 0).empty());
  CHECK(keywords("", "en", 5).empty());
  // Identical input, identical output.
  const auto again = keywords(kBankStory, "en", 4);
  for (std::size_t i = 0; i < list.size(); ++i) {
    CHECK(again[i].term == list[i].term);
    CHECK(again[i].score == list[i].score);
  }
  // Ties go to the earlier term.
  const auto tie = terms(keywords("Apples grow. Pears grow.", "en", 2));
  CHECK(tie == std::vector<std::string>{"grow", "apples"});
}

TEST_CASE("stop words of other languages", "[analysis][keywords]") {
  const auto fr = terms(keywords(
      "Les pêcheurs de la côte demandent des quotas. Les quotas de pêche sont trop bas pour les pêcheurs.", "fr", 5));
  CHECK(has(fr, "quotas"));
  CHECK_FALSE(has(fr, "les"));
  CHECK_FALSE(has(fr, "des"));
  const auto ru = terms(keywords("Рыбаки просят квоты. Квоты для рыбаков и в этом году низкие.", "ru", 5));
  CHECK_FALSE(has(ru, "и"));
  CHECK_FALSE(has(ru, "в"));
  CHECK_FALSE(ru.empty());
  const auto de = terms(keywords("Die Fischer fordern neue Quoten. Die Quoten sind zu niedrig.", "", 5));
  CHECK_FALSE(has(de, "die"));
  CHECK(has(de, "Quoten"));  // German nouns are always capitalised, so they stay so
}

TEST_CASE("unspaced scripts give Kanji and Katakana terms", "[analysis][keywords]") {
  const auto ja = terms(keywords(
      "東京都は新しい防災計画を発表した。計画では避難所を増やす。東京都の防災予算はコンピューターで管理する。", "ja", 10));
  CHECK(has(ja, "東京都"));
  CHECK(has(ja, "防災"));
  CHECK(has(ja, "コンピューター"));
  for (const std::string& t : ja) CHECK(t.size() > 3);  // no single characters
  const auto zh = terms(keywords("北京的空气质量改善了。空气质量计划需要资金。", "zh", 5));
  CHECK(has(zh, "空气质量"));
}

TEST_CASE("no reporting verbs, name fragments or title-led names", "[analysis][keywords]") {
  const auto list = terms(keywords(
      "Ilham Aliyev met officials of the Organization of Islamic Cooperation. Aliyev noted the "
      "progress. The Organization of Islamic Cooperation noted the talks. Aliyev noted that President Ilham "
      "Aliyev would visit. Ministers said the talks were useful; the ministers said so again on Monday.",
      "en", 20));
  CHECK_FALSE(has(list, "noted"));
  CHECK_FALSE(has(list, "said"));
  CHECK_FALSE(has(list, "Monday"));
  CHECK_FALSE(has(list, "Organization of Islamic"));
  CHECK_FALSE(has(list, "Islamic Cooperation"));
  CHECK_FALSE(has(list, "President"));
  CHECK_FALSE(has(list, "President Ilham Aliyev"));
  CHECK(has(list, "Ilham Aliyev"));
  CHECK_FALSE(has(list, "Ilham"));  // a part of a higher-ranked name
  CHECK(has(list, "talks"));
}
