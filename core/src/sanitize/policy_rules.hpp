#pragma once
// What a Policy allows, as the sanitizer asks it: the element tables combined
// with the builder's adjustments. Internal: the public Policy is only built.

#include <string_view>

#include <galley/policy.hpp>

namespace galley::sanitize {

// A kept element of the tables that the policy does not remove.
bool allows_element(const Policy& policy, std::string_view tag);
// An element removed together with its content (script, style, template, …).
bool drops_content(std::string_view tag);
bool allows_attribute(const Policy& policy, std::string_view tag, std::string_view attribute);
bool allows_scheme(const Policy& policy, std::string_view scheme_lowercase);

}  // namespace galley::sanitize
