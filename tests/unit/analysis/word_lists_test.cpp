#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/entity_lexicon.hpp"
#include "analysis/sorted_words.hpp"
#include "analysis/stop_words.hpp"
#include "analysis/word_list.hpp"

using namespace galley::analysis;

namespace {

constexpr std::string_view kSample = "\nact\nactor\nactors\nbar\nbaz\nfoo\nfoobar\nzoo\n";
static_assert(is_word_list(kSample), "the sample must be a valid list");

// Every string over `alphabet` of length up to `max_length`, the empty one first.
std::vector<std::string> all_strings(std::string_view alphabet, std::size_t max_length) {
  std::vector<std::string> out{""};
  for (std::size_t begin = 0; begin < out.size(); ++begin) {
    if (out[begin].size() == max_length) continue;
    for (const char c : alphabet) out.push_back(out[begin] + c);
  }
  return out;
}

// The words over {a, b} up to length 4, leaving every third out so that some
// neighbours, prefixes and extensions are missing: sorted, and as a list.
struct GappedWords {
  std::vector<std::string> sorted;
  std::string list = "\n";
};

GappedWords gapped_words() {
  std::vector<std::string> words = all_strings("ab", 4);
  words.erase(words.begin());  // the empty string is no word
  GappedWords out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i % 3 != 0) out.sorted.push_back(words[i]);
  }
  std::sort(out.sorted.begin(), out.sorted.end());
  for (const std::string& w : out.sorted) out.list += w + "\n";
  return out;
}

}  // namespace

TEST_CASE("Word list lookup finds the first, last and middle words", "[analysis][sorted_words]") {
  CHECK(contains_word(kSample, "act"));
  CHECK(contains_word(kSample, "zoo"));
  CHECK(contains_word(kSample, "bar"));
  CHECK(contains_word(kSample, "baz"));
  CHECK(contains_word(kSample, "foo"));
}

TEST_CASE("Word list lookup rejects words between, before and after the entries", "[analysis][sorted_words]") {
  CHECK_FALSE(contains_word(kSample, "a"));       // before the first word
  CHECK_FALSE(contains_word(kSample, "aardvark"));
  CHECK_FALSE(contains_word(kSample, "bay"));     // between bar and baz
  CHECK_FALSE(contains_word(kSample, "cat"));
  CHECK_FALSE(contains_word(kSample, "zoom"));    // after the last word
  CHECK_FALSE(contains_word(kSample, "zz"));
  CHECK_FALSE(contains_word(kSample, "é"));  // non-ASCII bytes sort after every ASCII word
}

TEST_CASE("Word list lookup tells prefixes and extensions apart", "[analysis][sorted_words]") {
  CHECK(contains_word(kSample, "actor"));
  CHECK(contains_word(kSample, "actors"));
  CHECK(contains_word(kSample, "foobar"));
  CHECK_FALSE(contains_word(kSample, "ac"));
  CHECK_FALSE(contains_word(kSample, "acto"));
  CHECK_FALSE(contains_word(kSample, "actorsx"));
  CHECK_FALSE(contains_word(kSample, "fo"));
  CHECK_FALSE(contains_word(kSample, "fooba"));
  CHECK_FALSE(contains_word(kSample, "ba"));
  CHECK_FALSE(contains_word(kSample, "foobarbazqux"));  // longer than any entry
  CHECK_FALSE(contains_word(kSample, "zooactorsfoobar"));
}

TEST_CASE("Word list lookup never matches the empty string or separators", "[analysis][sorted_words]") {
  CHECK_FALSE(contains_word(kSample, ""));
  CHECK_FALSE(contains_word(kSample, "\n"));
  CHECK_FALSE(contains_word(kSample, "act\nactor"));
  CHECK_FALSE(contains_word(kSample, "bar\n"));
  CHECK_FALSE(contains_word("\n", ""));
  CHECK_FALSE(contains_word("\n", "a"));
  CHECK_FALSE(contains_word("", ""));
  CHECK_FALSE(contains_word("", "a"));
}

TEST_CASE("Word list lookup works on one-word lists", "[analysis][sorted_words]") {
  CHECK(contains_word("\nword\n", "word"));
  CHECK_FALSE(contains_word("\nword\n", "wor"));
  CHECK_FALSE(contains_word("\nword\n", "words"));
  CHECK_FALSE(contains_word("\nword\n", "a"));
  CHECK_FALSE(contains_word("\nword\n", "z"));
}

TEST_CASE("Word list lookup orders bytes as unsigned values", "[analysis][sorted_words]") {
  constexpr std::string_view list = "\nzebra\nétude\n";  // é is 0xC3 0xA9
  static_assert(is_word_list(list), "UTF-8 lead bytes sort after ASCII");
  CHECK(contains_word(list, "zebra"));
  CHECK(contains_word(list, "étude"));
  CHECK_FALSE(contains_word(list, "é"));
  CHECK_FALSE(is_word_list("\nétude\nzebra\n"));
}

TEST_CASE("Word list lookup agrees with a binary search over every short string", "[analysis][sorted_words]") {
  // Probes also use c.
  const auto [kept, list] = gapped_words();
  REQUIRE(is_word_list(list));

  std::size_t found = 0;
  for (const std::string& probe : all_strings("abc", 5)) {
    const bool expected = std::binary_search(kept.begin(), kept.end(), probe);
    INFO("probe '" << probe << "'");
    CHECK(contains_word(list, probe) == expected);
    if (expected) ++found;
  }
  CHECK(found == kept.size());
}

TEST_CASE("A word list's hash index answers as bisecting the list does", "[analysis][word_list]") {
  // The same list as above, probed with every string over {a, b, c, newline}
  // up to length 5.
  const auto [kept, list] = gapped_words();
  REQUIRE(is_word_list(list));
  constexpr std::size_t kSlots = 64;
  REQUIRE(index_slots(list) == kSlots);  // twice the 20 words, rounded up to a power of two
  const std::array<std::uint16_t, kSlots> index = make_word_index<kSlots>(list);
  CHECK(std::count_if(index.begin(), index.end(), [](std::uint16_t start) { return start != 0; }) ==
        static_cast<std::ptrdiff_t>(kept.size()));

  std::size_t found = 0;
  for (const std::string& probe : all_strings("abc\n", 5)) {
    const bool expected = std::binary_search(kept.begin(), kept.end(), probe);
    INFO("probe '" << probe << "'");
    CHECK(indexed_contains(list, index.data(), kSlots - 1, probe, word_hash(probe)) == expected);
    CHECK(contains_word(list, probe) == expected);
    if (expected) ++found;
  }
  CHECK(found == kept.size());
}

TEST_CASE("A built-in word list is looked up by its name", "[analysis][word_list]") {
  for (const std::string_view word : {"act", "actor", "actors", "bar", "baz", "foo", "foobar", "zoo"}) {
    CHECK(listed<kSample>(word));
  }
  for (const std::string_view probe : {"", "a", "acto", "actorsx", "bay", "act\nactor", "bar\n", "zoom"}) {
    CHECK_FALSE(listed<kSample>(probe));
  }
}

TEST_CASE("Word lists must be sorted, unique and well formed", "[analysis][sorted_words]") {
  CHECK(is_word_list("\n"));
  CHECK(is_word_list("\na\n"));
  CHECK(is_word_list(kSample));
  CHECK(is_word_list("\nabu dhabi\nabuja\n"));
  CHECK_FALSE(is_word_list(""));
  CHECK_FALSE(is_word_list("\nb\na\n"));       // out of order
  CHECK_FALSE(is_word_list("\nab\na\n"));      // a prefix must come first
  CHECK_FALSE(is_word_list("\na\na\n"));       // duplicate
  CHECK_FALSE(is_word_list("\na\n\nb\n"));     // empty word
  CHECK_FALSE(is_word_list("a\nb\n"));         // no leading newline
  CHECK_FALSE(is_word_list("\na\nb"));         // no trailing newline
  CHECK_FALSE(is_word_list("\na\nB\n"));       // lookups take lowercased words
  CHECK_FALSE(is_word_list("\na\nb\r\n"));     // a CRLF line ending
  CHECK_FALSE(is_word_list("\na\tb\n"));
}

TEST_CASE("A word of a list is read up to its newline", "[analysis][sorted_words]") {
  CHECK(word_at(kSample, 1) == "act");
  CHECK(word_at(kSample, 5) == "actor");
  CHECK(word_at("\nabu dhabi\nabuja\n", 1) == "abu dhabi");
}

TEST_CASE("Entity lexicon lists answer for their first and last words", "[analysis][word_lists]") {
  struct Case {
    bool (*lookup)(std::string_view);
    std::string_view first, last, absent;
  };
  const Case cases[] = {
      {is_head_title, "adm", "sultan", "president-elects"},
      {is_title_modifier, "acting", "vice", "vicar"},
      {is_organization_word, "academy", "wanderers", "universe"},
      {is_place_word, "airport", "village", "villa"},
      {is_event_word, "accord", "week", "weekend"},
      {is_name_connector, "for", "of", "on"},
      {is_name_particle, "al", "von", "vo"},
      {is_demonym, "afghan", "zimbabwean", "zimbabwe"},
      {is_organization_adjective, "african", "world", "worlds"},
      {is_calendar_word, "août", "yesterday", "ye"},
      {is_corporate_suffix, "ag", "spa", "sp"},
      {is_first_name, "aaron", "zhang", "zhan"},
      {is_role_word, "actor", "writer", "writers"},
      {is_club_prefix, "athletic", "sporting", "sport"},
  };
  for (const Case& c : cases) {
    INFO(c.first);
    CHECK(c.lookup(c.first));
    CHECK(c.lookup(c.last));
    CHECK_FALSE(c.lookup(c.absent));
    CHECK_FALSE(c.lookup(""));
    CHECK_FALSE(c.lookup("President"));  // lookups take lowercased words
  }
}

TEST_CASE("Known names keep their kind", "[analysis][word_lists]") {
  CHECK(known_name("abu dhabi") == EntityKind::place);
  CHECK(known_name("kuala lumpur") == EntityKind::place);
  CHECK(known_name("zürich") == EntityKind::place);
  CHECK(known_name("african union") == EntityKind::organization);
  CHECK(known_name("unicef") == EntityKind::organization);
  CHECK(known_name("wto") == EntityKind::organization);
  CHECK(known_name("earth") == EntityKind::other);
  CHECK(known_name("mars") == EntityKind::other);
  CHECK(known_name("venus") == EntityKind::other);
  CHECK_FALSE(known_name("").has_value());
  CHECK_FALSE(known_name("abu").has_value());
  CHECK_FALSE(known_name("kenyan").has_value());
  CHECK_FALSE(known_name("atlantis").has_value());
  CHECK_FALSE(known_name("Kenya").has_value());
}

TEST_CASE("Generated place names cover countries, subdivisions and zone cities", "[analysis][word_lists]") {
  // iso-codes: names and common names of ISO 3166-1
  for (const char* country : {"new zealand", "south korea", "papua new guinea", "el salvador", "saudi arabia",
                              "sri lanka", "bolivia", "united arab emirates"}) {
    INFO(country);
    CHECK(is_country(country));
    CHECK(known_name(country) == EntityKind::place);
  }
  CHECK_FALSE(is_country("korea, republic of"));  // only forms without a comma
  CHECK_FALSE(is_country("texas"));
  // ISO 3166-2 states, Länder, cantons, autonomous communities; both forms of
  // "Illes Balears [Islas Baleares]"
  for (const char* region : {"western australia", "bayern", "illes balears", "islas baleares",
                             "texas", "ontario"}) {
    INFO(region);
    CHECK(known_name(region) == EntityKind::place);
  }
  // tzdata cities
  for (const char* city : {"port moresby", "los angeles", "kolkata", "seoul"}) {
    INFO(city);
    CHECK(known_name(city) == EntityKind::place);
  }
  // left out: generic region names, Antarctic stations, three-part zone towns
  CHECK_FALSE(known_name("central").has_value());
  CHECK_FALSE(known_name("casey").has_value());
  CHECK_FALSE(known_name("vevay").has_value());
}

TEST_CASE("German compounds name roles and organisations", "[analysis][word_lists]") {
  CHECK(is_role_word("bundestrainer"));
  CHECK(is_role_word("finanzministerin"));
  CHECK(is_role_word("konzernchef"));
  CHECK(is_role_word("direktor"));
  CHECK_FALSE(is_role_word("chef-d"));
  CHECK(is_organization_word("wetterdienst"));
  CHECK(is_organization_word("bundesministerium"));
  CHECK_FALSE(is_organization_word("dienst"));  // a compound needs a first part
}

TEST_CASE("Stop word lists answer per language", "[analysis][word_lists]") {
  CHECK(stop_words("en").contains("a"));
  CHECK(stop_words("en").contains("yourselves"));
  CHECK(stop_words("en").contains("don't"));
  CHECK_FALSE(stop_words("en").contains("harbour"));
  CHECK_FALSE(stop_words("en").contains(""));
  CHECK(stop_words("it").contains("the"));  // other languages get the English list
  CHECK(stop_words("fr").contains("afin"));
  CHECK(stop_words("fr").contains("être"));
  CHECK_FALSE(stop_words("fr").contains("the"));
  CHECK(stop_words("de").contains("aber"));
  CHECK(stop_words("de").contains("über"));
  CHECK(stop_words("es").contains("a"));
  CHECK(stop_words("es").contains("él"));
  CHECK(stop_words("ru").contains("а"));
  CHECK(stop_words("ru").contains("я"));
  CHECK(stop_words("ar").contains("أن"));
  CHECK(stop_words("ar").contains("وهي"));
  for (const char* language : {"zh", "ja", "ko"}) {
    INFO(language);
    CHECK(stop_words(language).empty());
    CHECK_FALSE(stop_words(language).contains("the"));
    CHECK_FALSE(stop_words(language).contains(""));
  }
  CHECK_FALSE(stop_words("en").empty());
}

TEST_CASE("word_hash gives the same value computed by the compiler and at run time", "[analysis][word_list]") {
  // The lists' indexes are built by the compiler (a byte loop) and looked up
  // at run time (whole blocks loaded): a difference would lose words.
  constexpr std::uint32_t kByCompiler[] = {word_hash(""), word_hash("a"), word_hash("abc"), word_hash("abcd"),
                                           word_hash("abcdefg"), word_hash("abcdefgh"), word_hash("pr\xC3\xA4sidentin"),
                                           word_hash("vorsitzende-of-seventeen")};
  const std::string at_run_time[] = {"", "a", "abc", "abcd", "abcdefg", "abcdefgh", "pr\xC3\xA4sidentin",
                                     "vorsitzende-of-seventeen"};
  for (std::size_t i = 0; i < std::size(at_run_time); ++i) {
    INFO("word '" << at_run_time[i] << "'");
    CHECK(word_hash(at_run_time[i]) == kByCompiler[i]);
  }
  // Every length up to three blocks, with bytes of every range.
  std::string word;
  for (std::size_t length = 0; length <= 24; ++length) {
    INFO("length " << length);
    CHECK(word_hash(word) == word_hash_detail::byte_by_byte(word));
    word.push_back(static_cast<char>(length * 37 + 0x61));
  }
}
