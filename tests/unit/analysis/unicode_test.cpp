#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/language.hpp"
#include "analysis/stemmer.hpp"
#include "text/unicode.hpp"
#include "analysis/word_tokenizer.hpp"

using namespace galley::analysis;

TEST_CASE("UTF-8 decoding rejects malformed input byte by byte", "[analysis][unicode]") {
  CHECK(decode_utf8("\xC3\xA9", 0).cp == 0xE9);
  CHECK(decode_utf8("\xF0\x9F\x98\x80", 0).cp == 0x1F600);
  CHECK(decode_utf8("\xF0\x9F\x98\x80", 0).length == 4);
  CHECK(decode_utf8("\xC0\xAF", 0).cp == kReplacementChar);        // overlong
  CHECK(decode_utf8("\xED\xA0\x80", 0).cp == kReplacementChar);    // surrogate
  CHECK(decode_utf8("\xE2\x82", 0).length == 1);                    // truncated
  CHECK(decode_utf8_before("a\xC3\xA9", 3).cp == 0xE9);
  CHECK(code_point_count("h\xC3\xA9llo\xFF") == 6);
}

TEST_CASE("CJK ranges include extensions and halfwidth Katakana", "[analysis][unicode]") {
  CHECK(is_cjk(U'漢'));
  CHECK(is_cjk(0x3400));    // Extension A
  CHECK(is_cjk(0x20000));   // Extension B
  CHECK(is_cjk(0x2B740));   // Extension D
  CHECK(is_cjk(0x30000));   // Extension G
  CHECK(is_cjk(0x31350));   // Extension H
  CHECK(is_cjk(0xF900));    // compatibility ideograph
  CHECK(is_cjk(U'ひ'));
  CHECK(is_cjk(U'カ'));
  CHECK(is_cjk(0xFF76));    // halfwidth ｶ
  CHECK(is_cjk(U'ー'));
  CHECK(is_cjk(U'한'));
  CHECK(is_cjk(0x1100));    // Hangul Jamo
  CHECK_FALSE(is_cjk(U'。'));
  CHECK_FALSE(is_cjk(U'、'));
  CHECK_FALSE(is_cjk(U'a'));
  CHECK_FALSE(is_cjk(0xFF10));  // fullwidth digit
  CHECK(script_of(U'ж') == Script::cyrillic);
  CHECK(script_of(U'ب') == Script::arabic);
  CHECK(script_of(U'-') == Script::none);
}

TEST_CASE("case mapping covers Latin, Greek and Cyrillic", "[analysis][unicode]") {
  CHECK(to_lower(U'É') == U'é');
  CHECK(to_lower(U'Ł') == U'ł');
  CHECK(to_lower(U'Ω') == U'ω');
  CHECK(to_lower(U'Ж') == U'ж');
  CHECK(to_lower(U'Ё') == U'ё');
  CHECK(to_upper(U'ş') == U'Ş');
  CHECK(is_upper(U'Ä'));
  CHECK(is_lower(U'ß'));
  CHECK_FALSE(is_upper(U'漢'));
  CHECK(to_lower(std::string("ÉCOLE Москва")) == "école москва");
}

TEST_CASE("tokens keep inner punctuation and mark possessives", "[analysis][tokenizer]") {
  const auto tokens = tokenize("Azerbaijan's U.S. envoy paid $1,500.50 for don't-miss COVID-19 kits.", "en");
  std::vector<std::string> texts;
  for (const Token& t : tokens) texts.emplace_back(t.text());
  CHECK(texts == std::vector<std::string>{"Azerbaijan's", "U.S.", "envoy", "paid", "1,500.50", "for",
                                          "don't-miss", "COVID-19", "kits"});
  CHECK(tokens[0].possessive);
  CHECK(without_possessive(tokens[0]) == "Azerbaijan");
  CHECK(tokens[1].all_caps);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[2].capitalized);
  CHECK(tokens[4].is_number);
  CHECK_FALSE(tokens[7].is_number);
  CHECK(tokens[4].separated);        // "$" stands between "paid" and the number
  CHECK_FALSE(tokens[3].separated);
}

TEST_CASE("French elisions are split off, unspaced scripts go by runs", "[analysis][tokenizer]") {
  const auto fr = tokenize("l'Organisation d'aujourd'hui", "fr");
  REQUIRE(fr.size() == 4);
  CHECK(fr[0].text() == "l");
  CHECK(fr[1].text() == "Organisation");
  CHECK(fr[3].text() == "aujourd'hui");
  const auto ja = tokenize("東京タワーに行きました", "ja");
  std::vector<std::string> texts;
  for (const Token& t : ja) texts.emplace_back(t.text());
  CHECK(texts == std::vector<std::string>{"東京", "タワー", "に", "行", "きました"});
  CHECK(normalize_word("Don\xE2\x80\x99t") == "don't");
}

TEST_CASE("language comes from the tag, else from the text", "[analysis][language]") {
  CHECK(primary_subtag("pt-BR") == "pt");
  CHECK(primary_subtag("EN_us") == "en");
  CHECK(resolve_language("anything", "fr-CA") == "fr");
  CHECK(resolve_language("The cat sat on the mat and it was happy.", "") == "en");
  CHECK(resolve_language("Le chat est sur la table et il dort dans la maison.", "") == "fr");
  CHECK(resolve_language("Der Hund ist nicht in dem Haus, aber er ist hier.", "") == "de");
  CHECK(resolve_language("El perro está en la casa y no quiere salir para nada.", "") == "es");
  CHECK(resolve_language("Собака спит в доме.", "") == "ru");
  CHECK(resolve_language("東京に行きました。", "") == "ja");
  CHECK(resolve_language("我们今天去北京。", "") == "zh");
  CHECK(resolve_language("안녕하세요 반갑습니다", "") == "ko");
  CHECK(resolve_language("مرحبا بالعالم", "") == "ar");
  CHECK(resolve_language("12345 !!!", "").empty());
}

TEST_CASE("light stemming folds plurals consistently", "[analysis][stemmer]") {
  CHECK(light_stem("sanctions", "en") == light_stem("sanction", "en"));
  CHECK(light_stem("countries", "en") == "country");
  CHECK(light_stem("talks", "en") == light_stem("talking", "en"));
  CHECK(light_stem("news", "") != "new");
  CHECK(light_stem("gas", "en") == "gas");
  CHECK(light_stem("accords", "fr") == "accord");
  CHECK(light_stem("санкциями", "ru") == light_stem("санкции", "ru"));
}
