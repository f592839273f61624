#pragma once
// Sentence boundaries. Newlines are hard boundaries (they separate blocks);
// inside a block a sentence ends at . ! ? … 。 ！ ？ ． । ۔ ؟ (and closing
// quotes or brackets that follow them) unless the rules below say the dot
// belongs to an abbreviation, an initial, a number or an ellipsis inside a
// sentence. See docs/text-analysis.md for the rules.

#include <string_view>
#include <vector>

namespace galley::analysis {

// Sentences of `text` as views into it, trimmed of surrounding whitespace;
// fragments without any letter or digit are dropped. `language` is a
// resolved primary subtag (resolve_language).
std::vector<std::string_view> sentence_views(std::string_view text, std::string_view language);

}  // namespace galley::analysis
