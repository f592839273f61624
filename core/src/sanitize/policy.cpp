#include <galley/policy.hpp>

#include <algorithm>
#include <utility>

#include "text/ascii.hpp"
#include "sanitize/element_tables.hpp"

namespace galley {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

Policy Policy::defaults() {
  Policy policy;
  policy.schemes_ = {"http", "https", "mailto", "tel"};
  return policy;
}

Policy& Policy::allow_data_images(bool on) {
  data_images_ = on;
  return *this;
}

Policy& Policy::add_nofollow_ugc(bool on) {
  nofollow_ugc_ = on;
  return *this;
}

Policy& Policy::external_links_in_new_tab(bool on) {
  external_new_tab_ = on;
  return *this;
}

Policy& Policy::lazy_images(bool on) {
  lazy_images_ = on;
  return *this;
}

Policy& Policy::base_url(std::string url) {
  base_url_ = std::move(url);
  return *this;
}

Policy& Policy::site_url(std::string url) {
  site_url_ = std::move(url);
  return *this;
}

Policy& Policy::url_schemes(std::vector<std::string> schemes) {
  schemes_.clear();
  for (std::string& scheme : schemes) {
    std::string name = text::ascii::lowercase(std::move(scheme));
    if (!name.empty() && name.back() == ':') name.pop_back();
    if (!name.empty() && !contains(schemes_, name)) schemes_.push_back(std::move(name));
  }
  return *this;
}

Policy& Policy::remove_element(std::string tag) {
  std::string name = text::ascii::lowercase(std::move(tag));
  if (!contains(removed_elements_, name)) removed_elements_.push_back(std::move(name));
  return *this;
}

Policy& Policy::remove_attribute(std::string tag, std::string attribute) {
  std::pair<std::string, std::string> entry{text::ascii::lowercase(std::move(tag)), text::ascii::lowercase(std::move(attribute))};
  if (std::find(removed_attributes_.begin(), removed_attributes_.end(), entry) == removed_attributes_.end()) {
    removed_attributes_.push_back(std::move(entry));
  }
  return *this;
}

bool Policy::allows_element(std::string_view tag) const {
  const sanitize::ElementInfo* info = sanitize::find_element(tag);
  return info != nullptr && (info->flags & sanitize::flag::kept) != 0 && !contains(removed_elements_, tag);
}

bool Policy::drops_content(std::string_view tag) const {
  const sanitize::ElementInfo* info = sanitize::find_element(tag);
  return info != nullptr && (info->flags & sanitize::flag::drop_content) != 0;
}

bool Policy::allows_attribute(std::string_view tag, std::string_view attribute) const {
  if (!allows_element(tag) || sanitize::find_attribute_rule(tag, attribute) == nullptr) return false;
  for (const auto& [element, name] : removed_attributes_) {
    if (name == attribute && (element == tag || element == "*")) return false;
  }
  return true;
}

bool Policy::allows_scheme(std::string_view scheme_lowercase) const { return contains(schemes_, scheme_lowercase); }

}  // namespace galley
