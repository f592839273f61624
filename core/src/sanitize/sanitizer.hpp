#pragma once
// Policy stage. Everything that reaches the body HTML goes through here: the
// Markdown renderer and the block renderer call open()/close()/text(), and
// untrusted HTML fragments are tokenized and fed through raw_html(). The
// sanitizer keeps the stack of open elements, enforces the Policy and the
// HTML content model (so that a browser re-parsing the output builds exactly
// the tree we built), generates heading ids, and records BodyContent.
// Nesting beyond limits.max_nesting is a failure, recorded in the render's
// FirstFailure; after any failure of the render every call is ignored.

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <galley/options.hpp>

#include "common/diagnostics.hpp"
#include "common/first_failure.hpp"
#include "serialize/html_writer.hpp"
#include "sanitize/body_content.hpp"

namespace galley::sanitize {

struct AttributeView {
  std::string_view name;
  std::string_view value;
};

class Sanitizer {
 public:
  Sanitizer(const Options& options, serialize::HtmlWriter& writer, common::Diagnostics& diagnostics, BodyContent& body,
            common::FirstFailure& failure);
  ~Sanitizer();
  Sanitizer(const Sanitizer&) = delete;
  Sanitizer& operator=(const Sanitizer&) = delete;

  // JSON pointer of the input string the following calls come from (for diagnostics).
  void set_source(std::string path);

  // Structural calls from trusted renderers. Still checked against the policy:
  // a disallowed element or attribute is dropped with a diagnostic.
  void open(std::string_view tag, std::initializer_list<AttributeView> attributes = {});
  void open(std::string_view tag, const std::vector<AttributeView>& attributes);
  void close(std::string_view tag);        // closes the innermost open `tag` and everything above it
  void void_element(std::string_view tag, std::initializer_list<AttributeView> attributes = {});
  void void_element(std::string_view tag, const std::vector<AttributeView>& attributes);
  void text(std::string_view text);

  // Untrusted HTML. `offset` is the byte offset of `html` inside the source
  // string (for diagnostics). Elements it leaves open stay open until the
  // enclosing structural element is closed or finish() is called; its end
  // tags can never close elements opened by open().
  void raw_html(std::string_view html, std::size_t offset);

  // Closes every open element. Call once at the end of the body.
  void finish();

  std::size_t depth() const;
  // The render's failure, shared with the stages that drive this one.
  common::FirstFailure& failure() const;
  bool failed() const { return failure().failed(); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace galley::sanitize
