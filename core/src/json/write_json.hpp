#pragma once
// Writes JSON text. Compact output has no spaces; indented output puts each
// member and element on its own line, ": " after keys, and leaves empty
// containers as {} and []. Strings are escaped minimally (", \, and control
// characters; everything else is written as UTF-8), and any invalid UTF-8
// that reaches the writer is replaced by U+FFFD rather than emitted.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "json/string_bytes.hpp"
#include "json/value.hpp"

namespace galley::json {

// Appends `text` as a quoted, escaped JSON string.
void append_string(std::string& out, std::string_view text);

// Appends a fraction with at most four decimal places and at least one
// ("0.25", "1.0"): the precision the text analysis rounds its scores to.
void append_decimal(std::string& out, double value);

// Appends `text` escaped as the content of a JSON string, without the quotes.
void append_string_content(std::string& out, std::string_view text);

// Where a piece of `text` that starts at `from` and takes about `size` bytes
// ends, so that a long string can be escaped piece by piece into the same
// text as whole: before an ASCII byte, which ends every UTF-8 sequence, valid
// or not (the end of `text` when none is left).
std::size_t string_piece_end(std::string_view text, std::size_t from, std::size_t size);

// Appends the compact form of `value`.
void append_compact(std::string& out, const Value& value);

// The text of `value`: compact when `indent` < 0, else indented by `indent`
// spaces per level.
std::string to_text(const Value& value, int indent = -1);

// Lays out compact JSON text (as append_compact writes it) with `indent`
// spaces per level, so text serialized earlier can be spliced into a larger
// document and still be indented.
std::string indent_compact(std::string_view compact, int indent);

// Writes compact JSON straight into `out`, value by value, exactly as
// append_compact writes the same tree, so that a document assembled once
// (the summary) needs no Value tree. Separators are placed by the writer:
//   w.begin_object(); w.key("a").number(1); w.key("b").begin_array(); ... w.end_array(); w.end_object();
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }
  // The member name of the next value, in an object.
  Writer& key(std::string_view name);
  // The same for a name written in the code: quoted and followed by ':' in
  // one append when, as for every name of the formats, it needs no escaping.
  template <std::size_t N>
  Writer& key(const char (&name)[N]) {
    constexpr std::size_t size = N - 1;
    char quoted[size + 3];
    quoted[0] = '"';
    for (std::size_t i = 0; i < size; ++i) {
      if (is_special_string_byte(static_cast<unsigned char>(name[i]))) return key(std::string_view(name, size));
      quoted[i + 1] = name[i];
    }
    quoted[size + 1] = '"';
    quoted[size + 2] = ':';
    separate();
    out_.append(quoted, size + 3);
    first_ = true;
    return *this;
  }

  Writer& string(std::string_view text);
  Writer& string_or_null(std::string_view text);  // null when empty
  Writer& null();
  Writer& boolean(bool value);
  Writer& number(std::uint64_t value);
  Writer& decimal(double value);  // as append_decimal
  Writer& value(const Value& value);
  // A value already written as compact JSON text.
  Writer& raw(std::string_view json);

 private:
  void separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  Writer& open(char bracket) {
    separate();
    out_ += bracket;
    first_ = true;
    return *this;
  }
  Writer& close(char bracket) {
    out_ += bracket;
    first_ = false;
    return *this;
  }

  std::string& out_;
  bool first_ = true;  // nothing written yet in the innermost container, or a key was just written
};

}  // namespace galley::json
