#pragma once
// Value rules of the allowed attributes that are not URLs (integers, fixed
// choices, Markdown language classes).

#include <optional>
#include <string_view>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {

// The value to write for an attribute governed by `rule`, or std::nullopt when
// `value` does not fit it. Boolean attributes yield an empty value; URL kinds
// are not handled here (see UrlPolicy).
std::optional<std::string_view> checked_value(const AttributeRule& rule, std::string_view value);

}  // namespace galley::sanitize
