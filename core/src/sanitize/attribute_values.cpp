#include "sanitize/attribute_values.hpp"

#include <algorithm>

#include "text/ascii.hpp"

namespace galley::sanitize {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Optional '-' (when allowed) and 1–9 ASCII digits: fits every integer
// attribute browsers read without overflowing.
bool valid_integer(std::string_view value, bool allow_sign) {
  if (allow_sign && !value.empty() && value.front() == '-') value.remove_prefix(1);
  return !value.empty() && value.size() <= 9 && std::all_of(value.begin(), value.end(), is_digit);
}

}  // namespace

// "language-xyz": the class Markdown gives fenced code.
bool valid_language_class(std::string_view value) {
  constexpr std::string_view kPrefix = "language-";
  if (value.size() <= kPrefix.size() || value.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::string_view language = value.substr(kPrefix.size());
  return std::all_of(language.begin(), language.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '+' || c == '#' ||
           c == '.' || c == '-';
  });
}

namespace {

// The listed spelling of `value` among '|'-separated `choices`: an exact
// match first, else one ignoring ASCII case; empty when none.
std::string_view match_choice(std::string_view value, std::string_view choices) {
  std::string_view folded;
  while (!choices.empty()) {
    const std::size_t bar = std::min(choices.find('|'), choices.size());
    const std::string_view choice = choices.substr(0, bar);
    if (choice == value) return choice;
    if (folded.empty() && text::ascii::equals_ignoring_case(choice, value)) folded = choice;
    choices.remove_prefix(std::min(bar + 1, choices.size()));
  }
  return folded;
}

// "-1.5em", "0.2", "50%": no calc(), no variables, nothing CSS could read further.
bool valid_length(std::string_view value) {
  if (!value.empty() && value.front() == '-') value.remove_prefix(1);
  const std::size_t unit = std::min(value.find_first_not_of("0123456789."), value.size());
  if (unit == 0 || unit > 12) return false;
  const std::string_view suffix = value.substr(unit);
  return suffix == "%" || (suffix.size() <= 2 && std::all_of(suffix.begin(), suffix.end(), [](char c) {
                             return c >= 'a' && c <= 'z';
                           }));
}

bool media_character(char c) {
  return (c >= 'a' && c <= 'z') || is_digit(c) || c == ' ' || c == '(' || c == ')' || c == ',' || c == '.' ||
         c == ':' || c == '%' || c == '+' || c == '-' || c == '*' || c == '/' || c == '<' || c == '>' || c == '=';
}

}  // namespace

std::optional<std::string> canonical_media(std::string_view value) {
  std::string out;
  int depth = 0;
  for (char c : value) {
    if (text::ascii::is_whitespace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    c = text::ascii::to_lower(c);
    if (!media_character(c)) return std::nullopt;
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) return std::nullopt;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty() || depth != 0) return std::nullopt;
  return out;
}

std::optional<std::string_view> checked_value(const AttributeRule& rule, std::string_view value) {
  switch (rule.kind) {
    case ValueKind::text:
      return value;
    case ValueKind::boolean:
      return std::string_view();
    case ValueKind::integer:
    case ValueKind::non_negative:
      if (valid_integer(value, rule.kind == ValueKind::integer)) return value;
      return std::nullopt;
    case ValueKind::choice: {
      const std::string_view choice = match_choice(value, rule.choices);
      if (choice.empty()) return std::nullopt;
      return choice;
    }
    case ValueKind::length:
      if (valid_length(value)) return value;
      return std::nullopt;
    case ValueKind::url:
    case ValueKind::srcset:
    case ValueKind::media:
    case ValueKind::class_list:
    case ValueKind::id:
      break;
  }
  return std::nullopt;
}

}  // namespace galley::sanitize
