#pragma once
// Which language the analysis assumes: the article's own `lang` when given,
// otherwise a guess from the text's script (and, for Latin script, from
// which language's function words it uses).

#include <string>
#include <string_view>

namespace galley::analysis {

// Lowercased primary subtag of a BCP 47 tag: "pt-BR" → "pt", "" → "".
std::string primary_subtag(std::string_view tag);

// Primary subtag to analyse `text` with. Detection looks at the first few
// kilobytes only: Han with Kana → "ja", Han alone → "zh", Hangul → "ko",
// Cyrillic → "ru", Arabic → "ar", Hebrew → "he", Greek → "el",
// Devanagari → "hi", Thai → "th"; Latin → "en", "fr", "de" or "es" by stop
// word counts, "" when none of them matches.
std::string resolve_language(std::string_view text, std::string_view lang);

}  // namespace galley::analysis
