#include "markdown/md4c_text.hpp"

#include <cstddef>

#include "html/entity_table.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace galley::markdown {
namespace {

// "&#…;" with md4c's guarantees: 1–7 decimal or 1–6 hexadecimal digits, so
// the value always fits in char32_t.
char32_t numeric_reference_value(std::string_view reference) {
  std::string_view digits = reference.substr(2, reference.size() - 3);
  const bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
  if (hex) digits.remove_prefix(1);
  const char32_t radix = hex ? 16 : 10;
  char32_t value = 0;
  for (char c : digits) {
    const int digit = text::ascii::hex_value(c);
    if (digit < 0 || (!hex && digit > 9)) return 0;
    value = value * radix + static_cast<char32_t>(digit);
  }
  return value;
}

}  // namespace

void append_decoded_entity(std::string& out, std::string_view reference) {
  if (reference.size() >= 4 && reference[1] == '#') {
    const char32_t value = numeric_reference_value(reference);
    // CommonMark: U+0000 becomes U+FFFD like every other invalid code point.
    text::utf8::append(out, value == 0 ? char32_t{0xFFFD} : value);
    return;
  }
  // "&name;": md4c only hands over references of that shape.
  const std::string_view text =
      reference.size() > 2 ? html::named_reference_text(reference.substr(1, reference.size() - 2))
                           : std::string_view();
  out.append(text.empty() ? reference : text);
}

void append_decoded_attribute(std::string& out, const MD_ATTRIBUTE& attribute) {
  if (attribute.size == 0) return;
  out.reserve(out.size() + attribute.size);
  for (std::size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const MD_OFFSET begin = attribute.substr_offsets[i];
    const MD_OFFSET end = attribute.substr_offsets[i + 1];
    const std::string_view piece(attribute.text + begin, end - begin);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY:
        append_decoded_entity(out, piece);
        break;
      case MD_TEXT_NULLCHAR:
        out.append(replacement_character);
        break;
      default:
        out.append(piece);
        break;
    }
  }
}

std::string decoded_attribute(const MD_ATTRIBUTE& attribute) {
  std::string out;
  append_decoded_attribute(out, attribute);
  return out;
}

}  // namespace galley::markdown
