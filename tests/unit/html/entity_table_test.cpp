#include <catch2/catch.hpp>

#include <cstddef>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "html/entity_table.hpp"
#include "test_files.hpp"
#include "text/utf8.hpp"

using galley::html::named_reference_text;

namespace {

struct Md4cEntity {
  std::string name;  // without '&' and ';'
  std::string text;  // UTF-8 of its code points
};

// Every entry of md4c's own table, read independently of the build's generator.
std::vector<Md4cEntity> md4c_entities() {
  std::istringstream source(galley::test::read_file(GALLEY_MD4C_DIR "/src/entity.c"));
  const std::regex entry(R"(\{ "&([A-Za-z0-9]+);?", \{ ([0-9]+), ([0-9]+) \} \})");
  std::vector<Md4cEntity> entities;
  std::string line;
  std::smatch match;
  while (std::getline(source, line)) {
    if (!std::regex_search(line, match, entry)) continue;
    Md4cEntity entity{match[1].str(), {}};
    galley::text::utf8::append(entity.text, static_cast<char32_t>(std::stoul(match[2].str())));
    const auto second = static_cast<char32_t>(std::stoul(match[3].str()));
    if (second != 0) galley::text::utf8::append(entity.text, second);
    entities.push_back(std::move(entity));
  }
  return entities;
}

}  // namespace

TEST_CASE("every md4c entity decodes to md4c's code points", "[entity_table]") {
  const std::vector<Md4cEntity> entities = md4c_entities();
  REQUIRE(entities.size() == 2131);
  std::size_t mismatches = 0;
  for (const Md4cEntity& entity : entities) {
    if (named_reference_text(entity.name) != entity.text) {
      ++mismatches;
      FAIL_CHECK("&" << entity.name << "; decodes to '" << named_reference_text(entity.name)
                     << "', md4c says '" << entity.text << "'");
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("a few references decode to their known text", "[entity_table]") {
  CHECK(named_reference_text("amp") == "&");
  CHECK(named_reference_text("AElig") == "\xC3\x86");
  CHECK(named_reference_text("fjlig") == "fj");                          // two code points
  CHECK(named_reference_text("NotEqualTilde") == "\xE2\x89\x82\xCC\xB8");  // U+2242 U+0338
  CHECK(named_reference_text("Afr") == "\xF0\x9D\x94\x84");               // U+1D504
  CHECK(named_reference_text("NewLine") == "\n");
  CHECK(named_reference_text("CounterClockwiseContourIntegral") == "\xE2\x88\xB3");
  CHECK(named_reference_text("zwnj") == "\xE2\x80\x8C");                  // last entry
}

TEST_CASE("strings that are not entity names are not found", "[entity_table]") {
  const std::vector<Md4cEntity> entities = md4c_entities();
  std::set<std::string, std::less<>> names;
  for (const Md4cEntity& entity : entities) names.insert(entity.name);
  REQUIRE(names.size() == 2125);  // 6 of md4c's entries repeat a name without its ';'

  // Proper prefixes and one-letter extensions of every name, unless themselves names.
  std::size_t wrongly_found = 0;
  for (const std::string& name : names) {
    for (std::size_t length = 1; length < name.size(); ++length) {
      const std::string_view prefix = std::string_view(name).substr(0, length);
      if (names.count(prefix) == 0 && !named_reference_text(prefix).empty()) {
        ++wrongly_found;
        FAIL_CHECK("prefix '" << prefix << "' found");
      }
    }
    for (const char extra : {'0', 'a', 'z', 'A', 'Z', ';'}) {
      const std::string longer = name + extra;
      if (names.count(longer) == 0 && !named_reference_text(longer).empty()) {
        ++wrongly_found;
        FAIL_CHECK("'" << longer << "' found");
      }
    }
  }
  CHECK(wrongly_found == 0);

  CHECK(named_reference_text("").empty());
  CHECK(named_reference_text("&amp;").empty());   // the name only, without '&' and ';'
  CHECK(named_reference_text("AMp").empty());     // names are case-sensitive
  CHECK(named_reference_text("A").empty());       // sorts before the first name
  CHECK(named_reference_text("0").empty());
  CHECK(named_reference_text("zzz").empty());     // sorts after the last name
  CHECK(named_reference_text("~").empty());
  for (const char* beside_letters : {"@", "[", "_amp", "`", "{"}) {
    CHECK(named_reference_text(beside_letters).empty());
  }
  CHECK(named_reference_text(std::string_view("amp\0", 4)).empty());
  CHECK(named_reference_text("amp\x01&").empty());  // looks like the table's own layout
  CHECK(named_reference_text("CounterClockwiseContourIntegralX").empty());
  CHECK(named_reference_text(std::string(1000, 'a')).empty());
  CHECK(named_reference_text("\xC3\x86").empty());
}
