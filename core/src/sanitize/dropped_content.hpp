#pragma once
// Content removed together with its element (script, style, svg, template, …).
// Nothing of it is written, but its structure is followed as a browser would
// follow it, so that the removal ends exactly where the browser would end the
// element, and the tokenizer reads raw text, CDATA and foreign content in the
// right states meanwhile.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html/token.hpp"
#include "html/tokenizer.hpp"

namespace galley::sanitize {

class DroppedContent {
 public:
  enum class Outcome {
    inside,       // the tag belongs to the removed content
    ended,        // the tag closed the removed content (and belongs to it)
    ended_before  // the removed content ended just before this tag, which is ordinary content again
  };

  bool active() const { return !stack_.empty(); }
  std::size_t depth() const { return stack_.size(); }
  void clear() { stack_.clear(); }

  // Starts removing at a start tag of a drop-content element.
  // Returns false when the element has no content at all (void or self-closed foreign).
  bool begin(std::string_view name, const std::vector<html::Attribute>* attributes, bool self_closing,
             bool structural);

  // Starts removing at a start tag inside MathML (not in a token element):
  // the element is a MathML one (an SVG one for svg), its content foreign.
  bool begin_in_mathml(std::string_view name, const std::vector<html::Attribute>* attributes, bool self_closing,
                       bool structural);

  Outcome start_tag(std::string_view name, const std::vector<html::Attribute>* attributes, bool self_closing,
                    bool structural);
  Outcome end_tag(std::string_view name);

  // Whether an element opened through the structural API with this name is open inside.
  bool has_structural(std::string_view name) const;
  // Closes everything up to and including the innermost structural `name`.
  Outcome close_structural(std::string_view name);

  // How the tokenizer must read what follows.
  html::TokenizerState tokenizer_state() const;
  std::string_view raw_text_element() const;
  bool cdata_allowed() const;

 private:
  enum class Ns : unsigned char { html, svg, math };
  struct Entry {
    std::string name;
    Ns ns = Ns::html;
    bool html_integration_point = false;  // svg foreignObject/desc/title, math annotation-xml (html encoding)
    bool text_integration_point = false;  // math mi mo mn ms mtext
    bool structural = false;
  };

  Outcome html_start_tag(std::string_view name, const std::vector<html::Attribute>* attributes, bool self_closing,
                         bool structural);
  Outcome html_end_tag(std::string_view name);
  void push_foreign(std::string_view name, Ns ns, const std::vector<html::Attribute>* attributes, bool structural);
  bool pop_to_html_context();  // false when that emptied the stack
  Outcome pop_through(std::size_t index);

  std::vector<Entry> stack_;
};

// Whether a start tag ends foreign content (WHATWG "in foreign content": b,
// div, p, table, img, … and font with color, face or size).
bool breaks_out_of_foreign_content(std::string_view name, const std::vector<html::Attribute>* attributes);

}  // namespace galley::sanitize
