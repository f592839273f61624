#include "analysis/language.hpp"

#include <array>
#include <cstddef>

#include "analysis/stop_words.hpp"
#include "analysis/code_points.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {
namespace {

// Enough text to be sure of a script or a language, little enough to stay cheap.
constexpr std::size_t kDetectionBytes = 8192;

std::string latin_language(std::string_view sample) {
  constexpr std::array<std::string_view, 4> kCandidates{"en", "fr", "de", "es"};
  std::array<std::size_t, kCandidates.size()> hits{};
  for (const Token& token : tokenize(sample, "")) {
    if (token.script != Script::latin) continue;
    const std::string word = normalize_word(token.text());
    for (std::size_t i = 0; i < kCandidates.size(); ++i) {
      if (stop_words(kCandidates[i]).contains(word)) ++hits[i];
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < hits.size(); ++i) {
    if (hits[i] > hits[best]) best = i;
  }
  return hits[best] > 0 ? std::string(kCandidates[best]) : std::string();
}

}  // namespace

std::string primary_subtag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string resolve_language(std::string_view text, std::string_view lang) {
  std::string tag = primary_subtag(lang);
  if (!tag.empty()) return tag;

  const std::string_view sample = text.substr(0, kDetectionBytes);
  std::array<std::size_t, static_cast<std::size_t>(Script::other) + 1> counts{};
  for (std::size_t i = 0; i < sample.size();) {
    const DecodedChar d = decode_utf8(sample, i);
    ++counts[static_cast<std::size_t>(script_of(d.cp))];
    i += d.length;
  }
  const auto count = [&](Script s) { return counts[static_cast<std::size_t>(s)]; };
  const std::size_t kana = count(Script::hiragana) + count(Script::katakana);
  const std::size_t han_kana = count(Script::han) + kana;

  struct Choice { std::size_t letters; std::string_view language; };
  const std::array<Choice, 9> choices{{
      {count(Script::latin), "latin"},
      {han_kana, kana > 0 ? "ja" : "zh"},
      {count(Script::hangul), "ko"},
      {count(Script::cyrillic), "ru"},
      {count(Script::arabic), "ar"},
      {count(Script::hebrew), "he"},
      {count(Script::greek), "el"},
      {count(Script::devanagari), "hi"},
      {count(Script::thai), "th"},
  }};
  const Choice* best = &choices[0];
  for (const Choice& c : choices) {
    if (c.letters > best->letters) best = &c;
  }
  if (best->letters == 0) return {};
  if (best->language == "latin") return latin_language(sample);
  return std::string(best->language);
}

}  // namespace galley::analysis
