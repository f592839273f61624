#include "sanitize/dropped_content.hpp"

#include <array>

#include "text/ascii.hpp"
#include "sanitize/element_tables.hpp"

namespace galley::sanitize {
namespace {

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view candidate : names) {
    if (candidate == name) return true;
  }
  return false;
}

// HTML void elements: a start tag opens nothing.
constexpr std::array<std::string_view, 16> kVoid{"area", "base", "br",   "col",  "embed", "hr",     "image", "img",
                                                 "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};

// Start tags that end foreign content (WHATWG "in foreign content").
constexpr std::array<std::string_view, 44> kBreakout{
    "b",  "big",  "blockquote", "body", "br",     "center", "code", "dd",   "div",   "dl",    "dt",
    "em", "embed", "h1",        "h2",   "h3",     "h4",     "h5",   "h6",   "head",  "hr",    "i",
    "img", "li",  "listing",    "menu", "meta",   "nobr",   "ol",   "p",    "pre",   "ruby",  "s",
    "small", "span", "strike",  "strong", "sub",  "sup",    "table", "tt",  "u",     "ul",    "var"};

constexpr std::array<std::string_view, 5> kMathTextIntegration{"mi", "mo", "mn", "ms", "mtext"};

const html::Attribute* find_attribute(const std::vector<html::Attribute>* attributes, std::string_view name) {
  if (attributes == nullptr) return nullptr;
  for (const html::Attribute& attribute : *attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

RawText raw_text_of(std::string_view name) {
  const ElementInfo* info = find_element(name);
  return info == nullptr ? RawText::none : info->raw_text;
}

}  // namespace

bool breaks_out_of_foreign_content(std::string_view name, const std::vector<html::Attribute>* attributes) {
  if (one_of(name, kBreakout)) return true;
  return name == "font" && (find_attribute(attributes, "color") != nullptr ||
                            find_attribute(attributes, "face") != nullptr ||
                            find_attribute(attributes, "size") != nullptr);
}

bool DroppedContent::begin_in_mathml(std::string_view name, const std::vector<html::Attribute>* attributes,
                                     bool self_closing, bool structural) {
  stack_.clear();
  if (self_closing) return false;
  push_foreign(name, name == "svg" ? Ns::svg : Ns::math, attributes, structural);
  return true;
}

bool DroppedContent::begin(std::string_view name, const std::vector<html::Attribute>* attributes, bool self_closing,
                           bool structural) {
  stack_.clear();
  if (name == "svg" || name == "math") {
    if (self_closing) return false;
    push_foreign(name, name == "svg" ? Ns::svg : Ns::math, attributes, structural);
    return true;
  }
  if (one_of(name, kVoid)) return false;
  stack_.push_back(Entry{std::string(name), Ns::html, false, false, structural});
  return true;
}

void DroppedContent::push_foreign(std::string_view name, Ns ns, const std::vector<html::Attribute>* attributes,
                                  bool structural) {
  Entry entry{std::string(name), ns, false, false, structural};
  if (ns == Ns::svg) {
    entry.html_integration_point = name == "foreignobject" || name == "desc" || name == "title";
  } else {
    entry.text_integration_point = one_of(name, kMathTextIntegration);
    if (name == "annotation-xml") {
      const html::Attribute* encoding = find_attribute(attributes, "encoding");
      entry.html_integration_point = encoding != nullptr && (text::ascii::equals_ignoring_case(encoding->value, "text/html") ||
                                                             text::ascii::equals_ignoring_case(encoding->value, "application/xhtml+xml"));
    }
  }
  stack_.push_back(std::move(entry));
}

bool DroppedContent::pop_to_html_context() {
  while (!stack_.empty()) {
    const Entry& top = stack_.back();
    if (top.ns == Ns::html || top.html_integration_point || top.text_integration_point) return true;
    stack_.pop_back();
  }
  return false;
}

DroppedContent::Outcome DroppedContent::pop_through(std::size_t index) {
  stack_.resize(index);
  return stack_.empty() ? Outcome::ended : Outcome::inside;
}

DroppedContent::Outcome DroppedContent::start_tag(std::string_view name,
                                                  const std::vector<html::Attribute>* attributes, bool self_closing,
                                                  bool structural) {
  const Entry& top = stack_.back();
  if (top.ns == Ns::html) {
    if (raw_text_of(top.name) != RawText::none) return Outcome::inside;  // only reachable through the structural API
    return html_start_tag(name, attributes, self_closing, structural);
  }
  const bool html_rules = top.html_integration_point ||
                          (top.text_integration_point && name != "mglyph" && name != "malignmark");
  if (html_rules) return html_start_tag(name, attributes, self_closing, structural);
  if (top.name == "annotation-xml" && name == "svg") {
    if (!self_closing) push_foreign(name, Ns::svg, attributes, structural);
    return Outcome::inside;
  }
  if (breaks_out_of_foreign_content(name, attributes)) {
    if (!pop_to_html_context()) return Outcome::ended_before;
    return start_tag(name, attributes, self_closing, structural);
  }
  if (!self_closing) {
    const Ns ns = name == "svg" ? Ns::svg : name == "math" ? Ns::math : top.ns;
    push_foreign(name, ns, attributes, structural);
  }
  return Outcome::inside;
}

DroppedContent::Outcome DroppedContent::html_start_tag(std::string_view name,
                                                       const std::vector<html::Attribute>* attributes,
                                                       bool self_closing, bool structural) {
  if (stack_.front().name == "select") {
    // A browser ends a select at these (a nested select counts as its end tag).
    if (name == "select") return pop_through(0);
    if (name == "input" || name == "keygen" || name == "textarea") {
      stack_.clear();
      return Outcome::ended_before;
    }
  }
  if (name == "svg" || name == "math") {
    if (!self_closing) push_foreign(name, name == "svg" ? Ns::svg : Ns::math, attributes, structural);
    return Outcome::inside;
  }
  if (one_of(name, kVoid)) return Outcome::inside;
  // A self-closing flag on an HTML element that is not void is ignored.
  stack_.push_back(Entry{std::string(name), Ns::html, false, false, structural});
  return Outcome::inside;
}

DroppedContent::Outcome DroppedContent::end_tag(std::string_view name) {
  const Entry& top = stack_.back();
  if (top.ns != Ns::html) {
    if (name == "br" || name == "p") {
      if (!pop_to_html_context()) return Outcome::ended_before;
      return html_end_tag(name);
    }
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].name == name) return pop_through(i);
      if (stack_[i].ns == Ns::html) break;
    }
    return Outcome::inside;
  }
  if (raw_text_of(top.name) != RawText::none) {
    return top.name == name ? pop_through(stack_.size() - 1) : Outcome::inside;
  }
  return html_end_tag(name);
}

// HTML content: the innermost open element of that name, not looking past
// foreign elements (their integration points keep HTML end tags inside).
DroppedContent::Outcome DroppedContent::html_end_tag(std::string_view name) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    if (stack_[i].ns != Ns::html) break;
    if (stack_[i].name == name) return pop_through(i);
  }
  return Outcome::inside;
}

bool DroppedContent::has_structural(std::string_view name) const {
  for (const Entry& entry : stack_) {
    if (entry.structural && entry.name == name) return true;
  }
  return false;
}

DroppedContent::Outcome DroppedContent::close_structural(std::string_view name) {
  for (std::size_t i = stack_.size(); i-- > 0;) {
    if (stack_[i].structural && stack_[i].name == name) return pop_through(i);
  }
  return Outcome::inside;
}

html::TokenizerState DroppedContent::tokenizer_state() const {
  if (stack_.empty() || stack_.back().ns != Ns::html) return html::TokenizerState::data;
  switch (raw_text_of(stack_.back().name)) {
    case RawText::rcdata: return html::TokenizerState::rcdata;
    case RawText::rawtext: return html::TokenizerState::rawtext;
    case RawText::script_data: return html::TokenizerState::script_data;
    case RawText::plaintext: return html::TokenizerState::plaintext;
    case RawText::none: break;
  }
  return html::TokenizerState::data;
}

std::string_view DroppedContent::raw_text_element() const {
  return stack_.empty() ? std::string_view() : std::string_view(stack_.back().name);
}

bool DroppedContent::cdata_allowed() const { return !stack_.empty() && stack_.back().ns != Ns::html; }

}  // namespace galley::sanitize
