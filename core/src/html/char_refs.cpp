#include "html/char_refs.hpp"

#include <array>
#include <cstdint>

#include "html/entity_table.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace galley::html {

namespace {

// Names that HTML also recognises without a trailing ';' (for compatibility
// with old pages). Their text is that of the same name with ';'.
constexpr std::array<std::string_view, 106> kLegacyNames = {
    "AElig", "AMP",    "Aacute", "Acirc",  "Agrave", "Aring",  "Atilde", "Auml",   "COPY",
    "Ccedil", "ETH",   "Eacute", "Ecirc",  "Egrave", "Euml",   "GT",     "Iacute", "Icirc",
    "Igrave", "Iuml",  "LT",     "Ntilde", "Oacute", "Ocirc",  "Ograve", "Oslash", "Otilde",
    "Ouml",   "QUOT",  "REG",    "THORN",  "Uacute", "Ucirc",  "Ugrave", "Uuml",   "Yacute",
    "aacute", "acirc", "acute",  "aelig",  "agrave", "amp",    "aring",  "atilde", "auml",
    "brvbar", "ccedil", "cedil", "cent",   "copy",   "curren", "deg",    "divide", "eacute",
    "ecirc",  "egrave", "eth",   "euml",   "frac12", "frac14", "frac34", "gt",     "iacute",
    "icirc",  "iexcl", "igrave", "iquest", "iuml",   "laquo",  "lt",     "macr",   "micro",
    "middot", "nbsp",  "not",    "ntilde", "oacute", "ocirc",  "ograve", "ordf",   "ordm",
    "oslash", "otilde", "ouml",  "para",   "plusmn", "pound",  "quot",   "raquo",  "reg",
    "sect",   "shy",   "sup1",   "sup2",   "sup3",   "szlig",  "thorn",  "times",  "uacute",
    "ucirc",  "ugrave", "uml",   "uuml",   "yacute", "yen",    "yuml",
};

// Windows-1252 meanings of numeric references to C1 controls; 0 = unchanged.
constexpr std::array<char32_t, 32> kC1Replacements = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Value of a decimal or hexadecimal digit.
unsigned digit_value(char c) {
  if (is_digit(c)) return static_cast<unsigned>(c - '0');
  if (c >= 'a') return static_cast<unsigned>(c - 'a' + 10);
  return static_cast<unsigned>(c - 'A' + 10);
}

void report(std::vector<ParseError>* errors, const char* code, std::size_t offset) {
  if (errors) errors->push_back(ParseError{code, offset});
}

char at(std::string_view s, std::size_t pos) { return pos < s.size() ? s[pos] : '\0'; }

std::size_t longest_legacy_prefix(std::string_view name) {
  std::size_t longest = 0;
  for (std::string_view legacy : kLegacyNames) {
    if (legacy.size() > longest && name.substr(0, legacy.size()) == legacy) longest = legacy.size();
  }
  return longest;
}

// "numeric character reference end state": the checks on the final number.
char32_t checked_code_point(std::uint32_t code, std::size_t offset, std::vector<ParseError>* errors) {
  if (code == 0) {
    report(errors, "null-character-reference", offset);
    return 0xFFFD;
  }
  if (code > 0x10FFFF) {
    report(errors, "character-reference-outside-unicode-range", offset);
    return 0xFFFD;
  }
  if (code >= 0xD800 && code <= 0xDFFF) {
    report(errors, "surrogate-character-reference", offset);
    return 0xFFFD;
  }
  if (is_noncharacter(code)) report(errors, "noncharacter-character-reference", offset);
  if (code == 0x0D || (is_control(code) && !is_ascii_whitespace(code))) {
    report(errors, "control-character-reference", offset);
    if (code >= 0x80 && code <= 0x9F && kC1Replacements[code - 0x80] != 0) {
      return kC1Replacements[code - 0x80];
    }
  }
  return code;
}

// input[ampersand + 1] is '#'.
std::size_t consume_numeric(std::string_view input, std::size_t ampersand, std::string& out,
                            std::vector<ParseError>* errors) {
  std::size_t pos = ampersand + 2;
  const bool hex = at(input, pos) == 'x' || at(input, pos) == 'X';
  if (hex) ++pos;
  const std::size_t digits_start = pos;
  std::uint32_t code = 0;
  constexpr std::uint32_t kBeyondUnicode = 0x110000;  // clamp: only "too big" matters
  while (pos < input.size() && (hex ? is_hex_digit(input[pos]) : is_digit(input[pos]))) {
    code = code * (hex ? 16u : 10u) + digit_value(input[pos]);
    if (code > kBeyondUnicode) code = kBeyondUnicode;
    ++pos;
  }
  if (pos == digits_start) {
    report(errors, "absence-of-digits-in-numeric-character-reference", pos);
    out.append(input.substr(ampersand, pos - ampersand));
    return pos;
  }
  if (at(input, pos) == ';') {
    ++pos;
  } else {
    report(errors, "missing-semicolon-after-character-reference", pos);
  }
  text::utf8::append(out, checked_code_point(code, pos, errors));
  return pos;
}

}  // namespace

std::size_t consume_character_reference(std::string_view input, std::size_t ampersand,
                                        bool in_attribute, std::string& out,
                                        std::vector<ParseError>* errors) {
  const std::size_t name_start = ampersand + 1;
  if (at(input, name_start) == '#') return consume_numeric(input, ampersand, out, errors);

  std::size_t name_end = name_start;
  while (name_end < input.size() && text::ascii::is_alphanumeric(input[name_end])) ++name_end;
  if (name_end == name_start) {
    out.push_back('&');
    return name_start;
  }

  // Every name in the table is alphanumeric, so a match ending in ';' can
  // only be the whole alphanumeric run followed by ';'.
  const std::string_view name = input.substr(name_start, name_end - name_start);
  if (at(input, name_end) == ';') {
    const std::string_view text = named_reference_text(name);
    if (!text.empty()) {
      out.append(text);
      return name_end + 1;
    }
  }

  const std::size_t legacy = longest_legacy_prefix(name);
  if (legacy == 0) {
    // Ambiguous ampersand: the text stays as it is.
    out.append(input.substr(ampersand, name_end - ampersand));
    if (at(input, name_end) == ';') report(errors, "unknown-named-character-reference", name_end);
    return name_end;
  }

  const std::size_t after = name_start + legacy;
  if (in_attribute && (at(input, after) == '=' || text::ascii::is_alphanumeric(at(input, after)))) {
    out.append(input.substr(ampersand, after - ampersand));
    return after;
  }
  report(errors, "missing-semicolon-after-character-reference", after);
  out.append(named_reference_text(name.substr(0, legacy)));
  return after;
}

std::string decode_character_references(std::string_view text, bool in_attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, amp - pos));
    pos = consume_character_reference(text, amp, in_attribute, out, nullptr);
  }
  return out;
}

}  // namespace galley::html
