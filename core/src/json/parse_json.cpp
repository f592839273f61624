#include "json/parse_json.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "json/number.hpp"
#include "json/pointer.hpp"
#include "json/string_bytes.hpp"
#include "json/write_json.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace galley::json {
namespace {

constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Bytes a string copies as they are: printable ASCII other than '"' and '\'.

// Objects this small are checked for repeated keys pairwise, without hashing.
constexpr std::size_t kPairwiseKeyCheck = 16;

// Duplicate keys: the first position keeps the last value (JSON.parse).
// `on_drop` sees each value that a later one replaces, in no particular order.
template <typename OnDrop>
void merge_duplicate_keys(std::vector<Member>& members, OnDrop on_drop) {
  const std::size_t n = members.size();
  if (n < 2) return;
  std::vector<char> dropped;  // allocated at the first duplicate: most objects have none
  const auto is_dropped = [&](std::size_t i) { return !dropped.empty() && dropped[i]; };
  const auto merge = [&](std::size_t first, std::size_t later) {
    if (dropped.empty()) dropped.assign(n, 0);
    on_drop(members[first]);
    members[first].value = std::move(members[later].value);
    dropped[later] = 1;
  };
  if (n <= kPairwiseKeyCheck) {
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n && !is_dropped(i); ++j) {
        if (!is_dropped(j) && members[i].key == members[j].key) merge(i, j);
      }
    }
  } else {
    // The first index of each key; later ones merge into it in order.
    std::unordered_map<std::string_view, std::size_t> first_index;
    first_index.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto [it, inserted] = first_index.emplace(members[i].key, i);
      if (!inserted) merge(it->second, i);
    }
  }
  if (dropped.empty()) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!dropped[i]) {
      if (kept != i) members[kept] = std::move(members[i]);
      ++kept;
    }
  }
  members.erase(members.begin() + static_cast<std::ptrdiff_t>(kept), members.end());
}

class Parser {
 public:
  Parser(std::string_view text, std::size_t max_depth, const common::Code& error_code, common::FirstFailure& failure,
         ParseNotes* notes)
      : text_(text), max_depth_(std::min(max_depth, kDeepestNesting)), error_code_(error_code), failure_(failure), notes_(notes) {}

  // After a failure every step returns at once with a null Value, and each
  // loop stops: the caller gets a null root and the failure.
  Value document() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    skip_space();
    Value root = value(0);
    if (failure_.failed()) return Value();
    skip_space();
    if (pos_ < text_.size()) return fail("unexpected " + describe() + " after the JSON value");
    return root;
  }

 private:
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  Value value(std::size_t depth) {
    switch (peek()) {
      case '{': return object(depth + 1);
      case '[': return array(depth + 1);
      case '"': return Value(string());
      case 't': return literal("true", Value(true));
      case 'f': return literal("false", Value(false));
      case 'n': return literal("null", Value());
      default: break;
    }
    if (peek() == '-' || is_digit(peek())) return number();
    return fail("unexpected " + describe() + "; expected a value");
  }

  bool enter(std::size_t depth) {
    if (depth <= max_depth_) return true;
    record(common::codes::limit_exceeded, "JSON nesting deeper than the limit of " + std::to_string(max_depth_), false);
    return false;
  }

  // The elements or members of an array or object, between its brackets and
  // separated by commas; `element` reads one of them.
  template <typename Element>
  void sequence(std::size_t depth, char close, const char* after_what, Element element) {
    if (!enter(depth)) return;
    ++pos_;
    skip_space();
    if (peek() != close) {
      for (;;) {
        element();
        if (failure_.failed()) return;
        skip_space();
        if (peek() == close) break;
        if (peek() != ',') {
          fail(std::string("expected ',' or '") + close + "' after " + after_what + ", got " + describe());
          return;
        }
        ++pos_;
        skip_space();
      }
    }
    ++pos_;
  }

  Value object(std::size_t depth) {
    std::vector<Member> members;
    sequence(depth, '}', "an object member", [&] {
      if (peek() != '"') {
        fail("expected a string key in an object, got " + describe());
        return;
      }
      std::string key = string();
      if (failure_.failed()) return;
      skip_space();
      if (peek() != ':') {
        fail("expected ':' after an object key, got " + describe());
        return;
      }
      ++pos_;
      skip_space();
      path_.push_back(Step{&key, 0});
      Value member_value = value(depth);
      path_.pop_back();
      members.push_back(Member{std::move(key), std::move(member_value)});
    });
    if (failure_.failed()) return Value();
    merge_duplicate_keys(members, [&](const Member& replaced) {
      if (notes_) notes_->duplicate_keys.push_back({pointer_append(pointer(), replaced.key), to_text(replaced.value)});
    });
    return Value::object(std::move(members));
  }

  Value array(std::size_t depth) {
    std::vector<Value> items;
    sequence(depth, ']', "an array element", [&] {
      path_.push_back(Step{nullptr, items.size()});
      Value item = value(depth);
      path_.pop_back();
      items.push_back(std::move(item));
    });
    if (failure_.failed()) return Value();
    return Value::array(std::move(items));
  }

  // An upper bound of the decoded length of the string that starts at
  // `pos_` (an escape never decodes to more bytes than it is written with):
  // reserving it lets a large string (an article body) be built in one
  // allocation instead of growing through copies into up to twice its size.
  std::size_t encoded_length() const {
    for (std::size_t quote = pos_;; ++quote) {
      quote = text_.find('"', quote);
      if (quote == std::string_view::npos) return text_.size() - pos_;
      // A quote after an odd number of backslashes is escaped.
      std::size_t backslashes = 0;
      while (quote - backslashes > pos_ && text_[quote - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return quote - pos_;
    }
  }

  std::string string() {
    ++pos_;
    std::string out;
    out.reserve(encoded_length());
    for (;;) {
      const std::size_t run = pos_;
      pos_ = find_special_string_byte(text_, pos_);
      out.append(text_, run, pos_ - run);
      if (pos_ >= text_.size()) return fail_in_string("unexpected end of input in a string");
      const auto c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c == '\\') {
        if (!escape(out)) return {};
      } else if (c < 0x20) {
        return fail_in_string("control character " + describe() + " in a string must be escaped");
      } else {
        const std::size_t length = text::utf8::valid_sequence_length(text_, pos_);
        if (length == 0) return fail_in_string("invalid UTF-8 " + describe() + " in a string");
        out.append(text_, pos_, length);
        pos_ += length;
      }
    }
  }

  // False after a failure.
  bool escape(std::string& out) {
    const std::size_t backslash = pos_;
    switch (pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0') {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': return unicode_escape(out);
      default:
        pos_ = backslash + 1;
        fail("invalid escape: expected one of \" \\ / b f n r t u after '\\', got " + describe());
        return false;
    }
    pos_ = backslash + 2;
    return true;
  }

  // The code unit of a \uXXXX escape at `at`, or -1 when there is none.
  long code_unit_at(std::size_t at) const {
    if (at + 6 > text_.size() || text_[at] != '\\' || text_[at + 1] != 'u') return -1;
    long unit = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
      const int digit = text::ascii::hex_value(text_[i]);
      if (digit < 0) return -1;
      unit = unit * 16 + digit;
    }
    return unit;
  }

  bool unicode_escape(std::string& out) {
    const std::size_t at = pos_;
    const long unit = code_unit_at(at);
    if (unit < 0) {
      pos_ = at + 2;
      fail("invalid \\u escape: expected four hexadecimal digits");
      return false;
    }
    pos_ = at + 6;
    char32_t code_point = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      const long low = unit <= 0xDBFF ? code_unit_at(pos_) : -1;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        pos_ += 6;
      } else {
        code_point = 0xFFFD;
        if (notes_) notes_->repaired_surrogates.push_back(at);
      }
    }
    text::utf8::append(out, code_point);
    return true;
  }

  void digits() {
    while (is_digit(peek())) ++pos_;
  }

  bool require_digit(const char* where) {
    if (is_digit(peek())) return true;
    fail(std::string("invalid number: expected a digit") + where + ", got " + describe());
    return false;
  }

  Value number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (!require_digit("")) return Value();
    if (peek() == '0') ++pos_;
    else digits();
    if (peek() == '.') {
      ++pos_;
      if (!require_digit(" after '.'")) return Value();
      digits();
    }
    bool has_exponent = false;
    if (peek() == 'e' || peek() == 'E') {
      has_exponent = true;
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!require_digit(" in the exponent")) return Value();
      digits();
    }
    const std::string_view token = text_.substr(start, pos_ - start);
    // Without an exponent only a token of over 300 digits can be that large.
    if ((has_exponent || token.size() > 300) && exceeds_double(token)) {
      pos_ = start;
      return fail("number " + std::string(token.substr(0, 40)) + (token.size() > 40 ? "…" : "") +
                  " is beyond the range of a double");
    }
    return Value::number_token(std::string(token));
  }

  Value literal(std::string_view word, Value result) {
    for (std::size_t i = 0; i < word.size(); ++i, ++pos_) {
      if (peek() != word[i]) return fail("invalid literal: expected true, false or null");
    }
    return result;
  }

  // The character at the current position, for messages: printable ASCII
  // as itself, other characters as U+XXXX, bytes that are not UTF-8 as 0xNN.
  std::string describe() const {
    if (pos_ >= text_.size()) return "end of input";
    const auto c = static_cast<unsigned char>(text_[pos_]);
    if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    std::string out;
    if (c < 0x80 || text::utf8::valid_sequence_length(text_, pos_) > 0) {
      out = "U+";
      text::ascii::append_hex(out, static_cast<std::uint32_t>(text::utf8::decode_at(text_, pos_).cp), 4);
    } else {
      out = "byte 0x";
      text::ascii::append_hex(out, c, 2);
    }
    return out;
  }

  // Records malformed JSON at the current position; returns the null Value a
  // failed step gives back.
  Value fail(const std::string& message) {
    record(error_code_, "malformed JSON: " + message, true);
    return Value();
  }

  std::string fail_in_string(const std::string& message) {
    fail(message);
    return {};
  }

  // The first failure, at the current byte offset (with its line and column
  // when `locate_line`).
  void record(const common::Code& code, std::string message, bool locate_line) {
    if (failure_.failed()) return;
    failure_.record(code, std::move(message), "");
    common::Failure& failure = *failure_.failure();
    failure.offset = static_cast<std::int64_t>(pos_);
    if (locate_line) locate(text_, pos_, failure.line, failure.column);
  }

  // The JSON pointer of the value being parsed.
  std::string pointer() const {
    std::string out;
    for (const Step& step : path_) out = step.key ? pointer_append(out, *step.key) : pointer_append(out, step.index);
    return out;
  }

  // One level of the path to the value being parsed: an object key or an array index.
  struct Step {
    const std::string* key;
    std::size_t index;
  };

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t max_depth_;
  const common::Code& error_code_;
  common::FirstFailure& failure_;
  ParseNotes* notes_;
  std::vector<Step> path_;
};

}  // namespace

void locate(std::string_view text, std::size_t offset, std::int64_t& line, std::int64_t& column) {
  offset = std::min(offset, text.size());
  line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  column = static_cast<std::int64_t>(offset - line_start) + 1;
}

Value parse_text(std::string_view text, std::size_t max_depth, const common::Code& error_code, common::FirstFailure& failure,
                 ParseNotes* notes) {
  return Parser(text, max_depth, error_code, failure, notes).document();
}

}  // namespace galley::json
