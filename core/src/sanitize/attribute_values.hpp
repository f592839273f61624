#pragma once
// Value rules of the allowed attributes that are not URLs (integers, fixed
// choices, Markdown language classes, media conditions).

#include <optional>
#include <string>
#include <string_view>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {

// The value to write for an attribute governed by `rule`, or std::nullopt when
// `value` does not fit it. Boolean attributes yield an empty value; URL and
// media kinds are not handled here (see UrlPolicy and canonical_media).
std::optional<std::string_view> checked_value(const AttributeRule& rule, std::string_view value);

}  // namespace galley::sanitize

namespace galley::sanitize {

// A media query list or `sizes` value (`(min-width: 600px) 50vw, 100vw`)
// written canonically: lowercased, whitespace collapsed. std::nullopt when it
// holds anything but letters, digits, spaces, balanced parentheses and
// `, . : % + - * / < > =` (no quotes, escapes, braces or semicolons that
// could reach further into CSS).
std::optional<std::string> canonical_media(std::string_view value);

// "language-" followed by [A-Za-z0-9_+#.-]+: the class Markdown gives fenced code.
bool valid_language_class(std::string_view value);

}  // namespace galley::sanitize
