#include "json/write_json.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "json/string_bytes.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace galley::json {
namespace {

// Appends `text` escaped, up to its first invalid UTF-8 byte, and returns
// that byte's position (text.size() when the text is valid).
std::size_t append_escaped(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t run = i;
    i = find_special_string_byte(text, i);
    out.append(text, run, i - run);
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = text::utf8::valid_sequence_length(text, i);
      if (length == 0) return i;
      out.append(text, i, length);
      i += length;
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u";
        text::ascii::append_hex(out, c, 4, true);
    }
  }
  return text.size();
}

}  // namespace

void append_string(std::string& out, std::string_view text) {
  out += '"';
  append_string_content(out, text);
  out += '"';
}

void append_string_content(std::string& out, std::string_view text) {
  const std::size_t invalid = append_escaped(out, text);
  if (invalid < text.size()) {
    // Rare (the core's strings are valid), so the rest is repaired in a copy.
    std::string repaired;
    std::vector<std::size_t> replaced_at;
    text::utf8::repair(text.substr(invalid), repaired, replaced_at);
    append_escaped(out, repaired);
  }
}

std::size_t string_piece_end(std::string_view text, std::size_t from, std::size_t size) {
  if (text.size() - from <= size) return text.size();
  for (std::size_t end = from + size; end > from; --end) {
    if (static_cast<unsigned char>(text[end]) < 0x80) return end;
  }
  for (std::size_t end = from + size; end < text.size(); ++end) {
    if (static_cast<unsigned char>(text[end]) < 0x80) return end;
  }
  return text.size();
}

void append_decimal(std::string& out, double value) {
  const double scaled = std::round(std::fabs(value) * 10000.0);
  // Scores are small; anything that would not fit is written as its bound.
  const auto units = static_cast<std::uint64_t>(std::fmin(scaled, 1e18));
  if (value < 0 && units != 0) out += '-';
  out += std::to_string(units / 10000);
  out += '.';
  std::string fraction = std::to_string(units % 10000);
  fraction.insert(0, 4 - fraction.size(), '0');
  while (fraction.size() > 1 && fraction.back() == '0') fraction.pop_back();
  out += fraction;
}

void append_compact(std::string& out, const Value& value) {
  switch (value.type()) {
    case Value::Type::null: out += "null"; break;
    case Value::Type::boolean: out += value.boolean() ? "true" : "false"; break;
    case Value::Type::number: out += value.text(); break;
    case Value::Type::string: append_string(out, value.text()); break;
    case Value::Type::array: {
      out += '[';
      bool first = true;
      for (const Value& item : value.items()) {
        if (!first) out += ',';
        first = false;
        append_compact(out, item);
      }
      out += ']';
      break;
    }
    case Value::Type::object: {
      out += '{';
      bool first = true;
      for (const Member& m : value.members()) {
        if (!first) out += ',';
        first = false;
        append_string(out, m.key);
        out += ':';
        append_compact(out, m.value);
      }
      out += '}';
      break;
    }
  }
}

Writer& Writer::key(std::string_view name) {
  separate();
  append_string(out_, name);
  out_ += ':';
  first_ = true;
  return *this;
}

Writer& Writer::string(std::string_view text) {
  separate();
  append_string(out_, text);
  return *this;
}

Writer& Writer::string_or_null(std::string_view text) { return text.empty() ? null() : string(text); }

Writer& Writer::null() { return raw("null"); }

Writer& Writer::boolean(bool value) { return raw(value ? "true" : "false"); }

Writer& Writer::number(std::uint64_t value) {
  char digits[20];
  const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
  return raw(std::string_view(digits, static_cast<std::size_t>(end.ptr - digits)));
}

Writer& Writer::decimal(double value) {
  separate();
  append_decimal(out_, value);
  return *this;
}

Writer& Writer::value(const Value& value) {
  separate();
  append_compact(out_, value);
  return *this;
}

Writer& Writer::raw(std::string_view json) {
  separate();
  out_ += json;
  return *this;
}

std::string to_text(const Value& value, int indent) {
  std::string out;
  append_compact(out, value);
  return indent < 0 ? out : indent_compact(out, indent);
}

std::string indent_compact(std::string_view compact, int indent) {
  const auto step = static_cast<std::size_t>(indent < 0 ? 0 : indent);
  std::string out;
  out.reserve(compact.size() + compact.size() / 2);
  std::size_t depth = 0;
  const auto new_line = [&] { out.append(1, '\n').append(depth * step, ' '); };
  bool in_string = false;
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (in_string) {
      out += c;
      if (c == '\\') out += compact[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        out += c;
        break;
      case '{':
      case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out += compact[++i];  // an empty container stays on one line
        } else {
          ++depth;
          new_line();
        }
        break;
      case '}':
      case ']':
        --depth;
        new_line();
        out += c;
        break;
      case ',':
        out += c;
        new_line();
        break;
      case ':':
        out += ": ";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace galley::json
