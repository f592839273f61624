#pragma once
// What a Policy allows, as the sanitizer asks it: the element tables combined
// with the builder's adjustments. Internal: the public Policy is only built.

#include <string_view>

#include <galley/policy.hpp>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {

// A kept element of the tables, or an addable one the policy added, that the
// policy does not remove.
bool allows_element(const Policy& policy, std::string_view tag);
bool allows_element(const Policy& policy, const ElementInfo& element);
// An element removed together with its content (script, style, template, …).
bool drops_content(std::string_view tag);
bool allows_attribute(const Policy& policy, std::string_view tag, std::string_view attribute);
bool allows_attribute(const Policy& policy, const ElementInfo& element, std::string_view attribute);
bool allows_scheme(const Policy& policy, std::string_view scheme_lowercase);
bool allows_embed_provider(const Policy& policy, std::string_view provider);
// An exact allowed class name, or a prefix entry ("hljs-*") followed by at
// least one more name character.
bool allows_class(const Policy& policy, std::string_view tag, std::string_view class_name);
// Some element has an added id attribute (ids are then written with id_prefix).
bool allows_ids(const Policy& policy);

// Letters, digits, '_' and '-', at least one: an allowed class name or id prefix.
bool is_name(std::string_view name);

}  // namespace galley::sanitize
