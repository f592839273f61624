#pragma once
// Serialize stage: writes tags, attributes and text into one reserved buffer,
// escaping everything. It does not decide what is allowed (that is the
// sanitizer's job); it only guarantees correct escaping and syntax.

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::serialize {

class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out, std::size_t max_bytes = static_cast<std::size_t>(-1));

  // `<tag` ... attributes ... `>`; attribute values are escaped (& " < > and NUL).
  void start_tag_open(std::string_view tag);
  void attribute(std::string_view name, std::string_view value);
  void boolean_attribute(std::string_view name);
  void start_tag_close();
  void end_tag(std::string_view tag);
  // Text content: & < > escaped, NUL replaced with U+FFFD.
  void text(std::string_view text);
  // Trusted markup written verbatim (templates only, never user content).
  void raw(std::string_view markup);

  std::size_t size() const { return out_.size(); }
  std::string& buffer() { return out_; }

 private:
  // Inline: called for every tag and text; only the failure is out of line.
  void check_size(std::size_t adding) {
    if (out_.size() > max_bytes_ || adding > max_bytes_ - out_.size()) fail_size();
  }
  [[noreturn]] void fail_size() const;
  std::string& out_;
  std::size_t max_bytes_;
};

void append_escaped_text(std::string& out, std::string_view text);
void append_escaped_attribute(std::string& out, std::string_view value);

}  // namespace galley::serialize
