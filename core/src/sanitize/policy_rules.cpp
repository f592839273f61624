#include "sanitize/policy_rules.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool class_matches(std::string_view allowed, std::string_view name) {
  if (allowed.back() != '*') return allowed == name;
  const std::string_view prefix = allowed.substr(0, allowed.size() - 1);
  return name.size() > prefix.size() && name.substr(0, prefix.size()) == prefix && is_name(name.substr(prefix.size()));
}

}  // namespace

bool allows_element(const Policy& policy, std::string_view tag) {
  const ElementInfo* info = find_element(tag);
  return info != nullptr && allows_element(policy, *info);
}

bool allows_element(const Policy& policy, const ElementInfo& element) {
  if (contains(policy.removed_elements(), element.name)) return false;
  return (element.flags & flag::kept) != 0 ||
         ((element.flags & flag::addable) != 0 && contains(policy.added_elements(), element.name));
}

bool drops_content(std::string_view tag) {
  const ElementInfo* info = find_element(tag);
  return info != nullptr && (info->flags & flag::drop_content) != 0;
}

bool allows_attribute(const Policy& policy, std::string_view tag, std::string_view attribute) {
  const ElementInfo* info = find_element(tag);
  return info != nullptr && allows_attribute(policy, *info, attribute);
}

bool allows_attribute(const Policy& policy, const ElementInfo& element, std::string_view attribute) {
  if (!allows_element(policy, element)) return false;
  const std::string_view tag = element.name;
  for (const auto& [removed_from, name] : policy.removed_attributes()) {
    if (name == attribute && (removed_from == tag || removed_from == "*")) return false;
  }
  if (find_attribute_rule(element.tag, attribute) != nullptr) return true;
  if (find_addable_attribute_rule(tag, attribute) == nullptr) return false;
  if (attribute == "class") {
    for (const auto& entry : policy.allowed_class_names()) {
      if (entry.first == tag || entry.first == "*") return true;
    }
    return false;
  }
  for (const auto& [added_to, pattern] : policy.added_attributes()) {
    if ((added_to == tag || added_to == "*") && attribute_matches(pattern, attribute)) return true;
  }
  return false;
}

bool allows_scheme(const Policy& policy, std::string_view scheme_lowercase) {
  return contains(policy.schemes(), scheme_lowercase);
}

bool allows_embed_provider(const Policy& policy, std::string_view provider) {
  return contains(policy.embed_provider_names(), provider);
}

bool allows_class(const Policy& policy, std::string_view tag, std::string_view class_name) {
  for (const auto& [element, allowed] : policy.allowed_class_names()) {
    if ((element == tag || element == "*") && class_matches(allowed, class_name)) return true;
  }
  return false;
}

bool allows_ids(const Policy& policy) {
  const auto& added = policy.added_attributes();
  return std::any_of(added.begin(), added.end(), [](const auto& entry) { return entry.second == "id"; });
}

bool is_name(std::string_view name) { return !name.empty() && std::all_of(name.begin(), name.end(), name_character); }

}  // namespace galley::sanitize
