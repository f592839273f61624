#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/text_analysis.hpp"

using galley::analysis::split_sentences;
using Sentences = std::vector<std::string>;

TEST_CASE("titles, times and abbreviations do not end sentences", "[analysis][sentences]") {
  CHECK(split_sentences("Mr. Smith went to Washington. He arrived at 3.30 p.m.", "en") ==
        Sentences{"Mr. Smith went to Washington.", "He arrived at 3.30 p.m."});
  CHECK(split_sentences("Dr. Jones and Prof. Lee met Mrs. Diaz at St. Mary's.", "en").size() == 1);
  CHECK(split_sentences("Gen. Ortiz briefed Sen. Walsh. Both declined to comment.", "en") ==
        Sentences{"Gen. Ortiz briefed Sen. Walsh.", "Both declined to comment."});
}

TEST_CASE("abbreviations that may end a sentence look at the next word", "[analysis][sentences]") {
  CHECK(split_sentences("The U.S. Senate voted. It passed.", "en") ==
        Sentences{"The U.S. Senate voted.", "It passed."});
  CHECK(split_sentences("She moved to the U.S. Then she studied law.", "en") ==
        Sentences{"She moved to the U.S.", "Then she studied law."});
  CHECK(split_sentences("Shares of Acme Inc. rose. The company said so.", "en") ==
        Sentences{"Shares of Acme Inc. rose.", "The company said so."});
  CHECK(split_sentences("He sold Acme Inc. The buyer paid cash.", "en") ==
        Sentences{"He sold Acme Inc.", "The buyer paid cash."});
  CHECK(split_sentences("Bring fruit, e.g. apples, i.e. anything fresh, etc. and water.", "en").size() == 1);
  CHECK(split_sentences("See Room No. 5 on Jan. 12 at the U.K. embassy.", "en").size() == 1);
}

TEST_CASE("initials stay inside the sentence", "[analysis][sentences]") {
  CHECK(split_sentences("J. R. R. Tolkien wrote it. John F. Kennedy read it.", "en") ==
        Sentences{"J. R. R. Tolkien wrote it.", "John F. Kennedy read it."});
}

TEST_CASE("numbers with dots are not sentence ends", "[analysis][sentences]") {
  CHECK(split_sentences("Pi is 3.14 exactly. The deal was worth $1.5 billion. Done.", "en") ==
        Sentences{"Pi is 3.14 exactly.", "The deal was worth $1.5 billion.", "Done."});
  CHECK(split_sentences("Growth reached 2.5% in 2020. Then it fell.", "en").size() == 2);
}

TEST_CASE("ellipses end a sentence only before a capital", "[analysis][sentences]") {
  CHECK(split_sentences("I was... well, tired. He waited\xE2\x80\xA6 Then he left.", "en") ==
        Sentences{"I was... well, tired.", "He waited\xE2\x80\xA6", "Then he left."});
}

TEST_CASE("quotes and brackets after the ender belong to the sentence", "[analysis][sentences]") {
  CHECK(split_sentences("\"He left.\" She stayed.", "en") == Sentences{"\"He left.\"", "She stayed."});
  CHECK(split_sentences("\xE2\x80\x9CWhy?\xE2\x80\x9D he asked. (It was late.) Nobody answered!", "en") ==
        Sentences{"\xE2\x80\x9CWhy?\xE2\x80\x9D he asked.", "(It was late.)", "Nobody answered!"});
  CHECK(split_sentences("Really?! Yes.", "en") == Sentences{"Really?!", "Yes."});
}

TEST_CASE("newlines are hard boundaries between blocks", "[analysis][sentences]") {
  CHECK(split_sentences("A heading\n\nFirst paragraph is here. Second one\nList item", "en") ==
        Sentences{"A heading", "First paragraph is here.", "Second one", "List item"});
  CHECK(split_sentences("\n\n  \n", "en").empty());
  CHECK(split_sentences("", "").empty());
  CHECK(split_sentences("No ender at all", "en") == Sentences{"No ender at all"});
}

TEST_CASE("non-Latin sentence enders", "[analysis][sentences]") {
  // Japanese: 。 ends a sentence without a following space; 「」 closes after it.
  CHECK(split_sentences("今日は晴れです。明日は雨でしょう。「本当？」と聞いた。", "ja") ==
        Sentences{"今日は晴れです。", "明日は雨でしょう。", "「本当？」", "と聞いた。"});
  CHECK(split_sentences("你好！我很好。你呢？", "") == Sentences{"你好！", "我很好。", "你呢？"});
  CHECK(split_sentences("数値は３．１４です。次へ．", "ja") == Sentences{"数値は３．１４です。", "次へ．"});
  CHECK(split_sentences("यह एक वाक्य है। यह दूसरा है।", "hi") ==
        Sentences{"यह एक वाक्य है।", "यह दूसरा है।"});
  CHECK(split_sentences("هل أنت بخير؟ نعم، شكرا.", "ar") == Sentences{"هل أنت بخير؟", "نعم، شكرا."});
  CHECK(split_sentences("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", "ur") ==
        Sentences{"یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔"});
}

TEST_CASE("other languages", "[analysis][sentences]") {
  CHECK(split_sentences("Он приехал в Москву. Это было в 2020 г. весной.", "ru") ==
        Sentences{"Он приехал в Москву.", "Это было в 2020 г. весной."});
  CHECK(split_sentences("M. Dupont est arrivé. Il a parlé.", "fr") ==
        Sentences{"M. Dupont est arrivé.", "Il a parlé."});
  CHECK(split_sentences("Das ist z.B. gut. Dr. Weber kommt.", "de") ==
        Sentences{"Das ist z.B. gut.", "Dr. Weber kommt."});
}
