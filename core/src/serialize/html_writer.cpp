#include "serialize/html_writer.hpp"

#include <array>
#include <string>

#include "text/byte_scan.hpp"

namespace galley::serialize {
namespace {

// The bytes the escaper stops at, as a mask of the contexts they stop it in.
// Everything else is copied in runs.
constexpr unsigned char in_text = 1;
constexpr unsigned char in_attribute_value = 2;
constexpr auto kStops = [] {
  std::array<unsigned char, 256> stops{};
  for (char c : {'&', '<', '>', '\0', '\r'}) stops[static_cast<unsigned char>(c)] = in_text | in_attribute_value;
  stops['"'] = in_attribute_value;
  return stops;
}();

// Appends `text`, replacing the characters that need it. Runs of ordinary
// characters are copied in one go. Line breaks are normalised the way a
// browser's input stream does (CR LF and CR become LF), so that re-parsing the
// output yields exactly the characters we wrote.
template <bool in_attribute>
void append_escaped(std::string& out, std::string_view text) {
  constexpr unsigned char context = in_attribute ? in_attribute_value : in_text;
  // Every stop is '&', '<', '>', '"' or below 0x0E ('\0', '\r'); '<' and '>'
  // differ only in bit 1.
  const auto word_may_stop = [](text::bytes::Word w) {
    const text::bytes::Word common =
        text::bytes::below(w, 0x0E) | text::bytes::equal_to(w, '&') | text::bytes::equal_to(w | text::bytes::broadcast(2), '>');
    return in_attribute ? common | text::bytes::equal_to(w, '"') : common;
  };
  const auto stop = [](unsigned char c) { return (kStops[c] & context) != 0; };
  const char* const data = text.data();
  const std::size_t size = text.size();
  std::size_t run = 0;
  std::size_t i = 0;
  for (;;) {
    i = text::bytes::find_first(text, i, word_may_stop, stop);
    if (i == size) break;
    std::string_view replacement;
    switch (data[i]) {
      case '&': replacement = "&amp;"; break;
      case '<': replacement = "&lt;"; break;
      case '>': replacement = "&gt;"; break;
      case '"': replacement = "&quot;"; break;
      case '\0': replacement = "\xEF\xBF\xBD"; break;
      default:  // '\r'
        if (i + 1 < size && data[i + 1] == '\n') replacement = {};
        else replacement = "\n";
        break;
    }
    out.append(data + run, i - run);
    out.append(replacement);
    run = ++i;
  }
  out.append(data + run, size - run);
}

}  // namespace

void append_escaped_text(std::string& out, std::string_view text) { append_escaped<false>(out, text); }

void append_escaped_attribute(std::string& out, std::string_view value) { append_escaped<true>(out, value); }

void HtmlWriter::fail_size() {
  if (stopped_) return;
  stopped_ = true;
  if (failure_) failure_->record_limit("rendered HTML exceeds limits.max_output_bytes (" + std::to_string(max_bytes_) + " bytes)", "");
}

void HtmlWriter::start_tag_open(std::string_view tag) {
  if (!fits(tag.size() + 1)) return;
  out_ += '<';
  out_.append(tag);
}

// Escaped content can grow while being written: check its raw size first and
// the result afterwards (fits(0) fails once the buffer is over the limit).
void HtmlWriter::attribute(std::string_view name, std::string_view value) {
  if (!fits(name.size() + value.size() + 4)) return;
  out_ += ' ';
  out_.append(name);
  out_.append("=\"");
  append_escaped_attribute(out_, value);
  out_ += '"';
  fits(0);
}

void HtmlWriter::boolean_attribute(std::string_view name) {
  if (!fits(name.size() + 1)) return;
  out_ += ' ';
  out_.append(name);
}

void HtmlWriter::start_tag_close() {
  if (fits(1)) out_ += '>';
}

void HtmlWriter::end_tag(std::string_view tag) {
  if (!fits(tag.size() + 3)) return;
  out_.append("</");
  out_.append(tag);
  out_ += '>';
}

void HtmlWriter::text(std::string_view text) {
  if (!fits(text.size())) return;
  append_escaped_text(out_, text);
  fits(0);
}

void HtmlWriter::raw(std::string_view markup) {
  if (fits(markup.size())) out_.append(markup);
}

void HtmlWriter::insert(std::size_t position, std::string_view markup) {
  if (fits(markup.size())) out_.insert(position, markup);
}

}  // namespace galley::serialize
