#include <catch2/catch.hpp>

#include <string_view>

#include "analysis/text_lines.hpp"

using namespace galley::analysis;

TEST_CASE("line shapes: capitals only and results-table rows", "[analysis][text_lines]") {
  constexpr std::string_view kText =
      "SOCCER - CELTIC WIN.\n"         // 0: capitals only
      "Celtic 2 Aberdeen 0\n"          // 20: a row
      "HARTFORD 12 7 3 70 68 27\n"     // 40: capitals and a row
      "66 Greg Norman, Craig Parry\n"  // 65: a row that starts with the number
      "JOHNSON RUNS 200 IN ZURICH.\n"  // 93: a number inside a headline is no row
      "Results of 3 games:\n"          // 121: prose
      "W L T GF GA PTS";               // 141: capitals only, no numbers
  const TextLines lines(kText);
  const auto shape = [&](std::string_view line) { return lines.at(kText.find(line)); };
  CHECK(shape("SOCCER").capitals_only);
  CHECK_FALSE(shape("SOCCER").table_row);
  CHECK(shape("Celtic").table_row);
  CHECK_FALSE(shape("Celtic").capitals_only);
  CHECK(shape("HARTFORD").capitals_only);
  CHECK(shape("HARTFORD").table_row);
  CHECK(shape("66 Greg").table_row);
  CHECK_FALSE(shape("JOHNSON").table_row);
  CHECK_FALSE(shape("Results").table_row);
  CHECK_FALSE(shape("Results").capitals_only);
  CHECK(shape("W L T").capitals_only);
  CHECK_FALSE(shape("W L T").table_row);
  CHECK(lines.at(kText.size()).capitals_only);  // the end of the text is on its last line
  // Asked in ascending order, the walking lookup answers as the bisecting one.
  std::size_t line = 0;
  for (std::size_t offset = 0; offset <= kText.size(); ++offset) {
    const LineShape walked = lines.at(offset, line);
    const LineShape bisected = lines.at(offset);
    CHECK(walked.capitals_only == bisected.capitals_only);
    CHECK(walked.table_row == bisected.table_row);
  }
}

TEST_CASE("scores are two short numbers around a hyphen or colon", "[analysis][text_lines]") {
  CHECK(is_score("2-1"));
  CHECK(is_score("33-26"));
  CHECK(is_score("6:4"));
  CHECK(is_score("112-97"));
  CHECK_FALSE(is_score("1996-12-07"));
  CHECK_FALSE(is_score("1996"));
  CHECK_FALSE(is_score("2-"));
  CHECK_FALSE(is_score("-2"));
  CHECK_FALSE(is_score("2-a"));
  CHECK_FALSE(is_score("1:30:45"));
}
