#include "sanitize/policy_rules.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {

bool allows_element(const Policy& policy, std::string_view tag) {
  const ElementInfo* info = find_element(tag);
  if (info == nullptr || (info->flags & flag::kept) == 0) return false;
  const std::vector<std::string>& removed = policy.removed_elements();
  return std::find(removed.begin(), removed.end(), tag) == removed.end();
}

bool drops_content(std::string_view tag) {
  const ElementInfo* info = find_element(tag);
  return info != nullptr && (info->flags & flag::drop_content) != 0;
}

bool allows_attribute(const Policy& policy, std::string_view tag, std::string_view attribute) {
  if (!allows_element(policy, tag) || find_attribute_rule(tag, attribute) == nullptr) return false;
  for (const auto& [element, name] : policy.removed_attributes()) {
    if (name == attribute && (element == tag || element == "*")) return false;
  }
  return true;
}

bool allows_scheme(const Policy& policy, std::string_view scheme_lowercase) {
  const std::vector<std::string>& schemes = policy.schemes();
  return std::find(schemes.begin(), schemes.end(), scheme_lowercase) != schemes.end();
}

}  // namespace galley::sanitize
