#pragma once
// Serialize stage: writes tags, attributes and text into one reserved buffer,
// escaping everything. It does not decide what is allowed (that is the
// sanitizer's job); it only guarantees correct escaping and syntax.
//
// With a size limit, output beyond it is a limit_exceeded failure: the write
// that would pass it is left out, and so is every later one.

#include <cstddef>
#include <string>
#include <string_view>

#include "common/first_failure.hpp"

namespace galley::serialize {

class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out) : out_(out) {}
  HtmlWriter(std::string& out, std::size_t max_bytes, common::FirstFailure& failure)
      : out_(out), max_bytes_(max_bytes), failure_(&failure) {}

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

  // Inserts trusted markup at `position` (at most size()).
  void insert(std::size_t position, std::string_view markup);

  std::size_t size() const { return out_.size(); }
  std::string& buffer() { return out_; }

 private:
  // True when `adding` more bytes stay within the limit. Inline: called for
  // every tag and text; only the failure is out of line.
  bool fits(std::size_t adding) {
    if (!stopped_ && out_.size() <= max_bytes_ && adding <= max_bytes_ - out_.size()) return true;
    fail_size();
    return false;
  }
  void fail_size();
  std::string& out_;
  std::size_t max_bytes_ = static_cast<std::size_t>(-1);
  bool stopped_ = false;  // the limit was hit: nothing more is written
  common::FirstFailure* failure_ = nullptr;  // set with the limit
};

void append_escaped_text(std::string& out, std::string_view text);
void append_escaped_attribute(std::string& out, std::string_view value);

}  // namespace galley::serialize
