#pragma once
// Decoding of the pieces md4c hands over verbatim: character references,
// NUL characters and MD_ATTRIBUTE strings (href, src, title, info string).
// Both Markdown renderers share it so that they decode identically.

#include <string>
#include <string_view>

#include <md4c.h>

namespace galley::markdown {

// U+FFFD, which CommonMark substitutes for NUL and invalid references.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// `reference` is the text of an MD_TEXT_ENTITY: "&name;", "&#123;" or "&#x7B;".
// md4c matches names by syntax only, so an unknown name is kept as literal text.
void append_decoded_entity(std::string& out, std::string_view reference);

// The attribute's text with references decoded and NUL replaced by U+FFFD.
void append_decoded_attribute(std::string& out, const MD_ATTRIBUTE& attribute);
std::string decoded_attribute(const MD_ATTRIBUTE& attribute);

}  // namespace galley::markdown
