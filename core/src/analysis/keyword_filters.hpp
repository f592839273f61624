#pragma once
// What makes a keyword candidate unfit to show, whatever its score: a
// reporting verb ("noted", "said"), another verb form met on its own, a
// weekday or month, or a title before a name ("President Ilham Aliyev" is
// shown as the name).

#include <string_view>

namespace galley::analysis {

// said, says, told, added, noted, stressed, according … (lowercase).
bool is_reporting_word(std::string_view word);

// `display` is the term as it would be shown (words separated by single
// spaces); `lowercase` when the text writes it in lowercase somewhere,
// `capitalised` when it writes it with capitals other than a sentence's first.
bool unfit_keyword(std::string_view display, bool lowercase, bool capitalised);

}  // namespace galley::analysis
