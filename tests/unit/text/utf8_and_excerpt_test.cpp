// UTF-8 repair and the excerpt.
#include <catch2/catch.hpp>

#include "summary/excerpt.hpp"
#include "text/utf8.hpp"

using namespace galley;

TEST_CASE("valid UTF-8 is recognised", "[utf8]") {
  CHECK(text::utf8::find_invalid("plain ASCII") == 11);
  CHECK(text::utf8::find_invalid("caf\xC3\xA9 \xE4\xBA\xAC \xF0\x9F\x98\x80") == 14);
}

TEST_CASE("invalid UTF-8 is replaced per maximal subpart", "[utf8]") {
  struct Case {
    std::string in, out;
    std::size_t replacements;
  };
  const Case cases[] = {
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b", 1},
      {"\xC3", "\xEF\xBF\xBD", 1},                       // truncated at end
      {"\xE4\xBA" "x", "\xEF\xBF\xBD" "x", 1},           // truncated 3-byte sequence: one replacement
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},       // overlong form
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},  // surrogate
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},  // above U+10FFFF
  };
  for (const Case& c : cases) {
    std::string out;
    std::vector<std::size_t> at;
    text::utf8::repair(c.in, out, at);
    CHECK(out == c.out);
    CHECK(at.size() == c.replacements);
    CHECK(text::utf8::find_invalid(out) == out.size());
  }
}

TEST_CASE("decode and append round-trip", "[utf8]") {
  const std::string text = "A\xC3\xA9\xE4\xBA\xAC\xF0\x9F\x98\x80";
  std::string again;
  for (std::size_t pos = 0; pos < text.size();) text::utf8::append(again, text::utf8::decode(text, pos));
  CHECK(again == text);
  CHECK(text::utf8::length(text) == 4);
}

TEST_CASE("short text is its own excerpt, whitespace collapsed", "[excerpt]") {
  CHECK(summary::make_excerpt("One.\n\nTwo  three.\n", 200) == "One. Two three.");
  CHECK(summary::make_excerpt("", 200).empty());
}

TEST_CASE("excerpt ends at a sentence in the second half of the window", "[excerpt]") {
  const std::string text = "The first sentence is here. The second one is a bit longer than that. Third.";
  const std::string e = summary::make_excerpt(text, 50);
  CHECK(e == "The first sentence is here.");
}

TEST_CASE("excerpt falls back to a word boundary with an ellipsis", "[excerpt]") {
  const std::string text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
  const std::string e = summary::make_excerpt(text, 20);
  CHECK(e == "alpha beta gamma\xE2\x80\xA6");
  CHECK(text::utf8::length(e) <= 21);
}

TEST_CASE("excerpt of text without spaces is cut at the limit", "[excerpt]") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "\xE4\xBA\xAC";  // 京
  const std::string e = summary::make_excerpt(text, 10);
  CHECK(text::utf8::length(e) == 11);  // ten characters and the ellipsis
}
