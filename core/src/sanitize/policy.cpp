#include <galley/policy.hpp>

#include <algorithm>
#include <utility>

#include "json/pointer.hpp"
#include "sanitize/element_tables.hpp"
#include "sanitize/policy_rules.hpp"
#include "sanitize/video_embed.hpp"
#include "text/ascii.hpp"

namespace galley {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

template <typename T>
void add_once(std::vector<T>& list, T entry) {
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(std::move(entry));
}

// Attributes that load or navigate to a URL, or name a document.
constexpr std::string_view kUrlAttributes[] = {"action",   "background", "codebase", "data",    "dynsrc",
                                               "formaction", "href",     "imagesrcset", "longdesc", "lowsrc",
                                               "manifest", "ping",       "poster",   "src",     "srcdoc",
                                               "srcset",   "usemap"};

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

}  // namespace

Policy Policy::defaults() {
  Policy policy;
  policy.schemes_ = {"http", "https", "mailto", "tel"};
  policy.embed_providers_ = {"youtube", "vimeo"};
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

void Policy::refuse(std::string path, std::string message) {
  if (!error_) error_ = PolicyError{std::move(path), std::move(message)};
}

Policy& Policy::embed_providers(std::vector<std::string> providers) {
  embed_providers_.clear();
  for (std::string& provider : providers) {
    std::string name = text::ascii::lowercase(std::move(provider));
    const std::string why = refusal_for_embed_provider(name);
    if (!why.empty()) refuse("/policy/embed_providers", why);
    else add_once(embed_providers_, std::move(name));
  }
  return *this;
}

Policy& Policy::add_element(std::string tag) {
  std::string name = text::ascii::lowercase(std::move(tag));
  const std::string why = refusal_for_element(name);
  if (!why.empty()) refuse("/policy/add_elements", why);
  else add_once(added_elements_, std::move(name));
  return *this;
}

Policy& Policy::add_attribute(std::string tag, std::string attribute) {
  std::pair<std::string, std::string> entry{text::ascii::lowercase(std::move(tag)), text::ascii::lowercase(std::move(attribute))};
  const std::string why = refusal_for_attribute(entry.first, entry.second);
  if (!why.empty()) refuse(json::pointer_append("/policy/add_attributes", entry.first), why);
  else add_once(added_attributes_, std::move(entry));
  return *this;
}

Policy& Policy::allow_classes(std::string tag, std::vector<std::string> classes) {
  const std::string element = text::ascii::lowercase(std::move(tag));
  for (std::string& name : classes) {
    const std::string why = refusal_for_class(element, name);
    if (!why.empty()) refuse(json::pointer_append("/policy/allowed_classes", element), why);
    else add_once(allowed_classes_, {element, std::move(name)});
  }
  return *this;
}

Policy& Policy::id_prefix(std::string prefix) {
  const std::string why = refusal_for_id_prefix(prefix);
  if (!why.empty()) refuse("/policy/id_prefix", why);
  else id_prefix_ = std::move(prefix);
  return *this;
}

std::string Policy::refusal_for_element(std::string_view name) {
  const std::string tag = text::ascii::lowercase(std::string(name));
  const sanitize::ElementInfo* info = sanitize::find_element(tag);
  if (info != nullptr && (info->flags & (sanitize::flag::kept | sanitize::flag::addable)) != 0) return {};
  if (info != nullptr && (info->flags & sanitize::flag::drop_content) != 0) {
    return quoted(tag) + " can never be allowed: it can run script, load a document or style the page";
  }
  return quoted(tag) + " is not among the elements a policy can add (docs/sanitizer.md, Widening)";
}

std::string Policy::refusal_for_attribute(std::string_view element, std::string_view name) {
  const std::string tag = text::ascii::lowercase(std::string(element));
  const std::string attribute = text::ascii::lowercase(std::string(name));
  if (tag != "*") {
    const std::string why = refusal_for_element(tag);
    if (!why.empty()) return why;
    const sanitize::ElementInfo* info = sanitize::find_element(tag);
    if (info != nullptr && sanitize::is_mathml(info->tag)) {
      return "attributes of MathML elements cannot be added (no MathML links or styles)";
    }
  }
  if (attribute.size() >= 2 && attribute.substr(0, 2) == "on") {
    return quoted(attribute) + " can never be allowed: event handler attributes run script";
  }
  if (attribute == "style") return "'style' can never be allowed: it styles the page";
  if (attribute.find(':') != std::string_view::npos ||
      std::find(std::begin(kUrlAttributes), std::end(kUrlAttributes), attribute) != std::end(kUrlAttributes)) {
    return quoted(attribute) + " can never be added: it loads a URL or a document";
  }
  if (attribute == "name") return "'name' can never be allowed: it clobbers DOM globals (add 'id', written with id_prefix)";
  if (attribute == "class") return "'class' is allowed through allowed_classes";
  for (const sanitize::AttributeRule* rule :
       {sanitize::find_attribute_rule(tag, attribute), sanitize::find_addable_attribute_rule(tag, attribute)}) {
    if (rule != nullptr && (tag != "*" || rule->element == "*")) return {};
  }
  return quoted(attribute) + " is not among the attributes a policy can add on " +
         (tag == "*" ? std::string("every element") : "<" + std::string(tag) + ">") + " (docs/sanitizer.md, Widening)";
}

std::string Policy::refusal_for_class(std::string_view tag, std::string_view class_name) {
  if (tag != "*") {
    const std::string why = refusal_for_element(tag);
    if (!why.empty()) return why;
  }
  const bool prefix = !class_name.empty() && class_name.back() == '*';
  if (!sanitize::is_name(prefix ? class_name.substr(0, class_name.size() - 1) : class_name)) {
    return "class " + quoted(class_name) + " must be letters, digits, '_' and '-' (a trailing '*' makes it a prefix)";
  }
  if (class_name.substr(0, 7) == "galley-") return "class " + quoted(class_name) + ": galley-* classes are Galley's own";
  return {};
}

std::string Policy::refusal_for_id_prefix(std::string_view prefix) {
  const bool letter = !prefix.empty() && ((prefix[0] >= 'a' && prefix[0] <= 'z') || (prefix[0] >= 'A' && prefix[0] <= 'Z'));
  if (letter && sanitize::is_name(prefix) && prefix.back() == '-') return {};
  return "an id prefix must start with a letter, end with '-' and hold only letters, digits, '_' and '-', so that no "
         "id can name a JavaScript global";
}

std::string Policy::refusal_for_embed_provider(std::string_view provider) {
  if (sanitize::video_provider(text::ascii::lowercase(std::string(provider)))) return {};
  return quoted(provider) + " is not a known video provider (youtube, vimeo)";
}

}  // namespace galley
