#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/text_analysis.hpp"

using namespace galley::analysis;

namespace {

const Entity* find(const std::vector<Entity>& list, const std::string& text) {
  const auto it = std::find_if(list.begin(), list.end(), [&](const Entity& e) { return e.text == text; });
  return it == list.end() ? nullptr : &*it;
}

bool has_alias(const Entity& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace

TEST_CASE("a defined acronym is an alias of its long form", "[analysis][entities]") {
  const auto list = entities(
      "Ministers met at the Organization of Islamic Cooperation (OIC) in Jeddah. "
      "The OIC said the talks would continue.",
      "en");
  const Entity* oic = find(list, "Organization of Islamic Cooperation");
  REQUIRE(oic != nullptr);
  CHECK(oic->kind == "organization");
  CHECK(oic->count == 2);
  CHECK(has_alias(*oic, "OIC"));
  CHECK(find(list, "OIC") == nullptr);
  const Entity* jeddah = find(list, "Jeddah");
  REQUIRE(jeddah != nullptr);
  CHECK(jeddah->kind == "place");
}

TEST_CASE("an acronym matching the initials of a name is linked without a definition", "[analysis][entities]") {
  const auto list = entities(
      "Farmers asked the Food and Agriculture Organization for seeds. Later the FAO sent experts.", "en");
  const Entity* fao = find(list, "Food and Agriculture Organization");
  REQUIRE(fao != nullptr);
  CHECK(fao->count == 2);
  CHECK(has_alias(*fao, "FAO"));
}

TEST_CASE("titles mark people and are not part of the name", "[analysis][entities]") {
  const auto list = entities(
      "Azerbaijan's foreign minister met President Elnur Mammadli on Monday. "
      "Secretary General Hamid Al-Rashidi joined them. Mammadli's office confirmed it.",
      "en");
  const Entity* president = find(list, "Elnur Mammadli");
  REQUIRE(president != nullptr);
  CHECK(president->kind == "person");
  CHECK(president->count == 2);  // the possessive "Mammadli's" is a short form
  CHECK(has_alias(*president, "Mammadli"));
  const Entity* sg = find(list, "Hamid Al-Rashidi");
  REQUIRE(sg != nullptr);
  CHECK(sg->kind == "person");
  const Entity* azerbaijan = find(list, "Azerbaijan");  // possessive folded
  REQUIRE(azerbaijan != nullptr);
  CHECK(azerbaijan->kind == "place");
  CHECK(find(list, "Azerbaijan's") == nullptr);
  CHECK(find(list, "President Elnur Mammadli") == nullptr);
}

TEST_CASE("organisation and place head words decide the kind", "[analysis][entities]") {
  const auto list = entities(
      "Officials from the Bank of Portugal and the Mekong River Commission toured the Mekong River "
      "and visited Fountain Square. Later they flew over the Mekong again.",
      "en");
  const Entity* bank = find(list, "Bank of Portugal");
  REQUIRE(bank != nullptr);
  CHECK(bank->kind == "organization");
  const Entity* mrc = find(list, "Mekong River Commission");
  REQUIRE(mrc != nullptr);
  CHECK(mrc->kind == "organization");
  const Entity* river = find(list, "Mekong River");
  REQUIRE(river != nullptr);
  CHECK(river->kind == "place");
  CHECK(river->count == 2);  // "the Mekong" is a short form of the river, not the commission
  const Entity* square = find(list, "Fountain Square");
  REQUIRE(square != nullptr);
  CHECK(square->kind == "place");
}

TEST_CASE("capitals that only open a sentence are not names", "[analysis][entities]") {
  const auto list = entities(
      "Analysts said the bank would wait. The bank met in Frankfurt. Frankfurt was calm. "
      "Several analysts agreed with Holm.",
      "en");
  CHECK(find(list, "Analysts") == nullptr);
  CHECK(find(list, "The") == nullptr);
  CHECK(find(list, "Several") == nullptr);
  const Entity* frankfurt = find(list, "Frankfurt");
  REQUIRE(frankfurt != nullptr);
  CHECK(frankfurt->count == 2);
}

TEST_CASE("datelines, corporate suffixes and lowercase tails", "[analysis][entities]") {
  const auto list = entities(
      "SAN FRANCISCO — Northwind Robotics Inc. bought a Seattle-based start-up. Northwind said the "
      "deal closed in San Francisco.",
      "en");
  const Entity* sf = find(list, "San Francisco");
  REQUIRE(sf != nullptr);
  CHECK(sf->kind == "place");
  CHECK(sf->count == 2);
  const Entity* northwind = find(list, "Northwind Robotics Inc.");
  REQUIRE(northwind != nullptr);
  CHECK(northwind->kind == "organization");
  CHECK(northwind->count == 2);
  const Entity* seattle = find(list, "Seattle");
  REQUIRE(seattle != nullptr);
  CHECK(seattle->kind == "place");
}

TEST_CASE("plural forms fold into the singular", "[analysis][entities]") {
  const auto list = entities("Senator Ruth Kennedy spoke. Later both Kennedy and her staff left. "
                             "The Kennedys were tired.", "en");
  const Entity* kennedy = find(list, "Ruth Kennedy");
  REQUIRE(kennedy != nullptr);
  CHECK(kennedy->count == 3);
  CHECK(find(list, "Kennedys") == nullptr);
}

TEST_CASE("entities are ordered by count, then first appearance", "[analysis][entities]") {
  const auto list = entities("Kenya beat Uganda. Uganda lost to Kenya and then to Ghana. Uganda left.", "en");
  REQUIRE(list.size() == 3);
  CHECK(list[0].text == "Uganda");
  CHECK(list[0].count == 3);
  CHECK(list[1].text == "Kenya");
  CHECK(list[2].text == "Ghana");
  CHECK(entities("", "en").empty());
  CHECK(entities("東京で会議が開かれた。", "ja").empty());
}
