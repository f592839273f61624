// Word-at-a-time scanning must find exactly what a byte-by-byte loop finds,
// wherever the bytes sit inside the eight-byte words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "json/string_bytes.hpp"
#include "summary/excerpt.hpp"
#include "text/byte_scan.hpp"

namespace {

namespace bytes = galley::text::bytes;

// Random strings over an alphabet rich in the bytes the scanners stop at.
std::string random_text(std::mt19937& rng, std::size_t max_size) {
  static constexpr char kAlphabet[] = " \n\t\r\f\v!&<>\"\\ab  xyz\x01\x7F\x80\xC3\xA9";
  std::string text(rng() % (max_size + 1), ' ');
  for (char& c : text) c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
  return text;
}

template <class Stop>
std::size_t naive_find(std::string_view text, std::size_t pos, Stop stop) {
  while (pos < text.size() && !stop(static_cast<unsigned char>(text[pos]))) ++pos;
  return pos;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The excerpt's whitespace collapsing, one byte at a time.
std::string naive_collapse(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("find_first stops where a byte loop stops, for exact and over-eager word tests", "[byte_scan]") {
  std::mt19937 rng(1);
  const auto is_amp = [](unsigned char c) { return c == '&'; };
  const auto is_blank = [](unsigned char c) { return c == ' ' || c == '\n' || c == '\t'; };
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(rng, 40);
    for (std::size_t pos = 0; pos <= text.size(); ++pos) {
      CHECK(bytes::find_first(text, pos, [](bytes::Word w) { return bytes::equal_to(w, '&'); }, is_amp) ==
            naive_find(text, pos, is_amp));
      // below(0x21) also flags bytes that are not blanks: the byte test decides.
      CHECK(bytes::find_first(text, pos, [](bytes::Word w) { return bytes::below(w, 0x21); }, is_blank) ==
            naive_find(text, pos, is_blank));
      CHECK(galley::json::find_special_string_byte(text, pos) ==
            naive_find(text, pos, galley::json::is_special_string_byte));
    }
  }
}

TEST_CASE("skip_single_spaced_words skips only words whose blanks are single spaces between other bytes", "[byte_scan]") {
  std::mt19937 rng(2);
  for (int round = 0; round < 50000; ++round) {
    const std::string text = random_text(rng, 40);
    const std::size_t start = round % 3 == 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(rng() % 9), text.size());
    const std::size_t end = bytes::skip_single_spaced_words(text, start);
    REQUIRE((end - start) % sizeof(bytes::Word) == 0);
    REQUIRE(end <= text.size());
    for (std::size_t i = start; i < end; ++i) {
      if (static_cast<unsigned char>(text[i]) > ' ') continue;
      INFO("byte " << i << " of \"" << text << "\" from " << start);
      CHECK(text[i] == ' ');
      CHECK(i > 0);
      CHECK(i + 1 < text.size());
      CHECK(static_cast<unsigned char>(text[i - 1]) > ' ');
      CHECK(static_cast<unsigned char>(text[i + 1]) > ' ');
    }
  }
  CHECK(bytes::skip_single_spaced_words("ab cd efgh ij klmn", 0) == 16);
  CHECK(bytes::skip_single_spaced_words("ab cd efgh ij kl mn", 0) == 16);
  CHECK(bytes::skip_single_spaced_words("ab  d efgh ij klmn", 0) == 0);
  CHECK(bytes::skip_single_spaced_words("abcdefg hijklmno", 0) == 16);   // a space in the last byte, a letter after it
  CHECK(bytes::skip_single_spaced_words("abcdefgh ijklmnop", 0) == 16);  // a space in the first byte, a letter before it
  CHECK(bytes::skip_single_spaced_words("abcdefg  jklmnop", 0) == 0);    // the space after the word's last is a second one
  CHECK(bytes::skip_single_spaced_words("abcdefg\nijklmnop", 0) == 0);
  CHECK(bytes::skip_single_spaced_words(" bcdefghijklmnop", 0) == 0);    // nothing before the first byte
  CHECK(bytes::skip_single_spaced_words("abcdefg ", 0) == 0);            // nothing after the last byte
}

TEST_CASE("collapse_whitespace matches collapsing one byte at a time", "[byte_scan][excerpt]") {
  std::mt19937 rng(3);
  for (int round = 0; round < 200000; ++round) {
    const std::string text = random_text(rng, 48);
    INFO("\"" << text << "\"");
    CHECK(galley::summary::collapse_whitespace(text) == naive_collapse(text));
  }
}

TEST_CASE("load_partial puts the first n bytes in the low bytes and zeroes the rest", "[byte_scan]") {
  const std::string text = "\x01\x82\x03\xF4\x05\x06\x87";
  for (std::size_t n = 0; n < 8; ++n) {
    bytes::Word expected = 0;
    for (std::size_t i = 0; i < n; ++i) {
      expected |= static_cast<bytes::Word>(static_cast<unsigned char>(text[i])) << (8 * i);
    }
    // The first byte lowest, whatever the byte order of the target.
    CHECK(bytes::load_partial(text.data(), n) == expected);
  }
}
