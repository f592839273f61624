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
//
// A policy can also widen the defaults, within a fixed safe universe
// (docs/sanitizer.md, "Widening"): add_element, add_attribute,
// allow_classes, id_prefix. A request outside it (script, style, on*,
// srcdoc, a URL attribute, …) is recorded as error(), and rendering with
// such a policy fails with `invalid_options` naming the option.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

// A widening request outside the safe universe.
struct PolicyError {
  std::string path;     // JSON pointer of the option within the options ("/policy/add_elements")
  std::string message;  // names the element, attribute or class and why it cannot be allowed
};

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
  Policy& embed_providers(std::vector<std::string> providers);  // "youtube", "vimeo"; replaces the list
  Policy& add_element(std::string tag);
  Policy& add_attribute(std::string tag, std::string attribute);  // tag "*": every kept element
  Policy& allow_classes(std::string tag, std::vector<std::string> classes);  // exact names, or prefixes ending in '*'
  Policy& id_prefix(std::string prefix);

  // Why each widening request would be refused (names in any ASCII case);
  // empty when it is allowed.
  static std::string refusal_for_element(std::string_view tag);
  static std::string refusal_for_attribute(std::string_view tag, std::string_view attribute);
  static std::string refusal_for_class(std::string_view tag, std::string_view class_name);
  static std::string refusal_for_id_prefix(std::string_view prefix);
  static std::string refusal_for_embed_provider(std::string_view provider);

  // The settings as built.
  const std::string& id_prefix() const { return id_prefix_; }
  const std::optional<PolicyError>& error() const { return error_; }  // the first refused widening request
  bool data_images_allowed() const { return data_images_; }
  bool nofollow_ugc() const { return nofollow_ugc_; }
  bool external_new_tab() const { return external_new_tab_; }
  bool lazy_images_enabled() const { return lazy_images_; }
  const std::string& base() const { return base_url_; }
  const std::string& site() const { return site_url_; }
  const std::vector<std::string>& schemes() const { return schemes_; }
  const std::vector<std::string>& removed_elements() const { return removed_elements_; }
  const std::vector<std::pair<std::string, std::string>>& removed_attributes() const { return removed_attributes_; }
  const std::vector<std::string>& embed_provider_names() const { return embed_providers_; }
  const std::vector<std::string>& added_elements() const { return added_elements_; }
  const std::vector<std::pair<std::string, std::string>>& added_attributes() const { return added_attributes_; }
  const std::vector<std::pair<std::string, std::string>>& allowed_class_names() const { return allowed_classes_; }

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
  std::vector<std::string> embed_providers_;
  std::vector<std::string> added_elements_;
  std::vector<std::pair<std::string, std::string>> added_attributes_;
  std::vector<std::pair<std::string, std::string>> allowed_classes_;  // (element, name or prefix*)
  std::string id_prefix_ = "user-content-";
  std::optional<PolicyError> error_;
  void refuse(std::string path, std::string message);
};

}  // namespace galley
