#include "sanitize/slug.hpp"

#include "text/unicode.hpp"
#include "text/ascii.hpp"

namespace galley::sanitize {

std::string slugify(std::string_view text) {
  std::string slug;
  slug.reserve(text.size());
  bool pending_dash = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char byte = text[pos];
    if (static_cast<unsigned char>(byte) < 0x80) {  // ASCII: no decoding, no Unicode tables
      ++pos;
      if (!text::ascii::is_alphanumeric(byte)) {
        pending_dash = !slug.empty();
        continue;
      }
      if (pending_dash) slug += '-';
      pending_dash = false;
      slug += text::ascii::to_lower(byte);
      continue;
    }
    const text::DecodedChar decoded = text::decode_utf8(text, pos);
    pos += decoded.length;
    const char32_t cp = decoded.cp;
    const bool keep = cp != text::kReplacementChar &&
                      (text::is_letter(cp) || text::is_digit(cp) || text::is_combining_mark(cp));
    if (!keep) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-';
    pending_dash = false;
    text::append_utf8(slug, text::to_lower(cp));
  }
  if (slug.empty()) return "section";
  return slug;
}

std::string SlugRegistry::unique(std::string id) {
  if (used_.insert(id).second) return id;
  std::size_t& n = next_suffix_.try_emplace(id, std::size_t{2}).first->second;
  while (true) {
    std::string candidate = id + "-" + std::to_string(n++);
    if (used_.insert(candidate).second) return candidate;
  }
}

}  // namespace galley::sanitize
