#pragma once
// The sanitizer policy: which elements, attributes and URLs survive. Built with
// safe defaults (see docs/sanitizer.md for exactly what they allow) and adjusted
// through a small builder interface:
//
//   auto policy = galley::Policy::defaults()
//                     .allow_data_images(true)
//                     .add_nofollow_ugc(true)
//                     .external_links_in_new_tab(true)
//                     .base_url("https://example.com/news/");

#include <string>
#include <string_view>
#include <vector>

namespace galley {

class Policy {
 public:
  static Policy defaults();

  // Builder setters (chainable).
  Policy& allow_data_images(bool on);
  Policy& add_nofollow_ugc(bool on);
  Policy& external_links_in_new_tab(bool on);
  Policy& lazy_images(bool on);
  Policy& base_url(std::string url);
  Policy& site_url(std::string url);
  Policy& url_schemes(std::vector<std::string> schemes);
  Policy& remove_element(std::string tag);    // drop an element (content kept unless it is a dropped-with-content one)
  Policy& remove_attribute(std::string tag, std::string attribute);

  // The settings as built.
  bool data_images_allowed() const { return data_images_; }
  bool nofollow_ugc() const { return nofollow_ugc_; }
  bool external_new_tab() const { return external_new_tab_; }
  bool lazy_images_enabled() const { return lazy_images_; }
  const std::string& base() const { return base_url_; }
  const std::string& site() const { return site_url_; }
  const std::vector<std::string>& schemes() const { return schemes_; }
  const std::vector<std::string>& removed_elements() const { return removed_elements_; }
  const std::vector<std::pair<std::string, std::string>>& removed_attributes() const { return removed_attributes_; }

 private:
  Policy() = default;
  bool data_images_ = false;
  bool nofollow_ugc_ = false;
  bool external_new_tab_ = false;
  bool lazy_images_ = true;
  std::string base_url_;
  std::string site_url_;
  std::vector<std::string> schemes_;
  std::vector<std::string> removed_elements_;
  std::vector<std::pair<std::string, std::string>> removed_attributes_;
};

}  // namespace galley
