#include <galley/policy.hpp>

#include <algorithm>
#include <utility>

#include "text/ascii.hpp"

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

}  // namespace galley
