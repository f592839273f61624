#include "text/utf8.hpp"

#include "text/byte_scan.hpp"

namespace galley::text::utf8 {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

unsigned char byte_at(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]);
}

bool is_continuation(unsigned char b) { return (b & 0xC0u) == 0x80u; }

// Length of the maximal invalid subpart at `pos` (at least 1): a lead byte
// followed by the continuation bytes that were still acceptable.
std::size_t invalid_subpart_length(std::string_view text, std::size_t pos) {
  const unsigned char lead = byte_at(text, pos);
  std::size_t expected = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) expected = 1;
  else if (lead == 0xE0) { expected = 2; lo = 0xA0; }
  else if (lead == 0xED) { expected = 2; hi = 0x9F; }
  else if (lead >= 0xE1 && lead <= 0xEF) expected = 2;
  else if (lead == 0xF0) { expected = 3; lo = 0x90; }
  else if (lead == 0xF4) { expected = 3; hi = 0x8F; }
  else if (lead >= 0xF1 && lead <= 0xF3) expected = 3;
  else return 1;
  std::size_t n = 1;
  while (n <= expected && pos + n < text.size()) {
    const unsigned char b = byte_at(text, pos + n);
    const unsigned char min = n == 1 ? lo : 0x80, max = n == 1 ? hi : 0xBF;
    if (b < min || b > max) break;
    ++n;
  }
  return n;
}

}  // namespace

std::size_t valid_sequence_length(std::string_view text, std::size_t pos) {
  const Decoded d = decode_at(text, pos);
  // Only an invalid multi-byte lead decodes to a single byte above ASCII.
  return d.length == 1 && byte_at(text, pos) >= 0x80 ? 0 : d.length;
}

Decoded decode_multibyte(std::string_view text, std::size_t pos) {
  const unsigned char lead = byte_at(text, pos);
  std::size_t need = 0;
  char32_t cp = 0, min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) { need = 1; cp = lead & 0x1Fu; min = 0x80; }
  else if (lead >= 0xE0 && lead <= 0xEF) { need = 2; cp = lead & 0x0Fu; min = 0x800; }
  else if (lead >= 0xF0 && lead <= 0xF4) { need = 3; cp = lead & 0x07u; min = 0x10000; }
  else return {0xFFFD, 1};
  if (pos + need >= text.size()) return {0xFFFD, 1};
  for (std::size_t i = 1; i <= need; ++i) {
    const unsigned char b = byte_at(text, pos + i);
    if (!is_continuation(b)) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, need + 1};
}

std::size_t find_invalid(std::string_view text) {
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
    // ASCII fast path: most article text is ASCII.
    pos = bytes::find_non_ascii(text, pos);
    if (pos == n) break;
    const std::size_t len = valid_sequence_length(text, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return n;
}

void repair(std::string_view text, std::string& out, std::vector<std::size_t>& replaced_at) {
  out.clear();
  out.reserve(text.size() + 16);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t bad = pos + find_invalid(text.substr(pos));
    out.append(text.substr(pos, bad - pos));
    if (bad >= text.size()) break;
    replaced_at.push_back(bad);
    out.append(kReplacement);
    pos = bad + invalid_subpart_length(text, bad);
  }
}

std::size_t original_offset(std::string_view original, std::size_t repaired_offset) {
  constexpr std::size_t kReplacementBytes = sizeof(kReplacement) - 1;
  std::size_t pos = 0, repaired = 0;
  while (pos < original.size()) {
    const std::size_t bad = pos + find_invalid(original.substr(pos));
    if (repaired_offset < repaired + (bad - pos)) return pos + (repaired_offset - repaired);
    repaired += bad - pos;
    if (bad >= original.size()) break;
    if (repaired_offset < repaired + kReplacementBytes) return bad;
    repaired += kReplacementBytes;
    pos = bad + invalid_subpart_length(original, bad);
  }
  return original.size();
}

char32_t decode(std::string_view text, std::size_t& pos) {
  const Decoded d = decode_at(text, pos);
  pos += d.length;
  return d.cp;
}

void append(std::string& out, char32_t cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp <= 0x10FFFF) {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.append(kReplacement);
  }
}

std::size_t length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

}  // namespace galley::text::utf8
