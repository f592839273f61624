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

TEST_CASE("capitals-only lines are read by evidence", "[analysis][entities]") {
  const auto list = entities(
      "ICE HOCKEY - HARTFORD WIN IN SOUTH KOREA.\n"
      "EASTERN CONFERENCE\n"
      "W L T GF GA PTS\n"
      "HARTFORD 12 7 3 70 68 27\n"
      "BUFFALO 13 12 1 78 75 27\n"
      "The Whalers played an exhibition game in Seoul, where fans cheered Hartford's goalkeeper.",
      "en");
  CHECK(find(list, "Eastern Conference") == nullptr);
  CHECK(find(list, "W L T GF GA PTS") == nullptr);
  CHECK(find(list, "Ice Hockey") == nullptr);
  CHECK(find(list, "Win") == nullptr);
  const Entity* korea = find(list, "South Korea");  // a known name backs the capitals
  REQUIRE(korea != nullptr);
  CHECK(korea->kind == "place");
  const Entity* hartford = find(list, "Hartford");  // a table row's numbers make it a team
  REQUIRE(hartford != nullptr);
  CHECK(hartford->kind == "organization");
  const Entity* buffalo = find(list, "Buffalo");
  REQUIRE(buffalo != nullptr);
  CHECK(buffalo->kind == "organization");
}

TEST_CASE("multiword countries and dated datelines are places", "[analysis][entities]") {
  const auto list = entities(
      "CHONJU, South Korea 1996-12-07\n"
      "Papua New Guinea and New Zealand signed the accord.\n"
      "GLASGOW 1996-11-30\n"
      "Celtic 2 Aberdeen 0",
      "en");
  for (const char* place : {"Chonju", "South Korea", "Papua New Guinea", "New Zealand", "Glasgow"}) {
    INFO(place);
    const Entity* e = find(list, place);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "place");
  }
  for (const char* team : {"Celtic", "Aberdeen"}) {  // results-table cells, even at a line's start
    INFO(team);
    const Entity* e = find(list, team);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "organization");
  }
}

TEST_CASE("St is a saint's name, not a title", "[analysis][entities]") {
  const auto list = entities("Voters in St. Louis chose a mayor.\nSt Mirren 1 Hearts 0", "en");
  const Entity* louis = find(list, "St. Louis");
  REQUIRE(louis != nullptr);
  CHECK(louis->kind == "place");
  CHECK(find(list, "Louis") == nullptr);
  const Entity* mirren = find(list, "St Mirren");
  REQUIRE(mirren != nullptr);
  CHECK(mirren->kind == "organization");
}

TEST_CASE("roles, demonyms and titles of bodies are split off names", "[analysis][entities]") {
  const auto list = entities(
      "BAKU — President of the Republic of Azerbaijan Ilham Aliyev received the Secretary General of the "
      "Organization of Islamic Cooperation (OIC), Hissein Brahim Taha. Defender Hassan Abbas watched with the "
      "Kenyan Daniel Komen. Aliyev said Azerbaijan would host the OIC again.",
      "en");
  const Entity* aliyev = find(list, "Ilham Aliyev");
  REQUIRE(aliyev != nullptr);
  CHECK(aliyev->kind == "person");
  CHECK(has_alias(*aliyev, "Aliyev"));
  const Entity* oic = find(list, "Organization of Islamic Cooperation");
  REQUIRE(oic != nullptr);
  CHECK(oic->kind == "organization");
  CHECK(has_alias(*oic, "OIC"));
  const Entity* azerbaijan = find(list, "Azerbaijan");
  REQUIRE(azerbaijan != nullptr);
  CHECK(has_alias(*azerbaijan, "Republic of Azerbaijan"));
  for (const char* person : {"Hassan Abbas", "Daniel Komen", "Hissein Brahim Taha"}) {
    INFO(person);
    const Entity* e = find(list, person);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "person");
  }
  for (const Entity& e : list) {
    INFO(e.text);
    CHECK(e.text.find("Secretary") == std::string::npos);
    CHECK(e.text.find("President") == std::string::npos);
    CHECK(e.text.find("Defender") == std::string::npos);
  }
}

TEST_CASE("teams and clubs are organisations from their context", "[analysis][entities]") {
  const auto list = entities(
      "New Zealand beat South Africa 33-26. Bayer Leverkusen beat Werder Bremen on Saturday, and "
      "Real Madrid coach Fabio Capello watched Aston Villa draw with Chicago Bulls fans in the stands.",
      "en");
  for (const char* place : {"New Zealand", "South Africa"}) {  // national sides stay their country
    INFO(place);
    const Entity* e = find(list, place);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "place");
  }
  for (const char* team : {"Bayer Leverkusen", "Werder Bremen", "Real Madrid", "Chicago Bulls"}) {
    INFO(team);
    const Entity* e = find(list, team);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "organization");
  }
}

TEST_CASE("French names capitalise their first word, German nouns are no names", "[analysis][entities]") {
  const auto fr = entities("La Banque centrale européenne a baissé ses taux, selon le Parti québécois.", "fr");
  for (const char* org : {"Banque centrale européenne", "Parti québécois"}) {
    INFO(org);
    const Entity* e = find(fr, org);
    REQUIRE(e != nullptr);
    CHECK(e->kind == "organization");
  }
  const auto de = entities("Die Regierung in Berlin lobte am Dienstag die Mannschaft von Trainer Xabi Alonso.", "de");
  CHECK(find(de, "Regierung") == nullptr);
  CHECK(find(de, "Mannschaft") == nullptr);
  CHECK(find(de, "Dienstag") == nullptr);
  const Entity* alonso = find(de, "Xabi Alonso");
  REQUIRE(alonso != nullptr);
  CHECK(alonso->kind == "person");
  REQUIRE(find(de, "Berlin") != nullptr);
}
