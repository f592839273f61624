#pragma once
// Word-at-a-time scanning for the loops that see every byte of the input
// (escaping, UTF-8 validation, JSON strings, visible text): eight bytes are
// tested at once for the few bytes that need attention, and only a word that
// holds one is looked at byte by byte. Plain 64-bit arithmetic, so it is as
// fast in WebAssembly as natively.
//
// Each test sets the high bit of the matching bytes; bytes above a match may
// be flagged too (borrows propagate), so a non-zero result only says "one of
// these eight bytes matches", which is all the scanners below need.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace galley::text::bytes {

using Word = std::uint64_t;

constexpr Word kOnes = 0x0101010101010101ULL;
constexpr Word kHighBits = 0x8080808080808080ULL;

constexpr Word broadcast(unsigned char c) { return kOnes * c; }

inline Word load(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The eight bytes at `p`, the first in the lowest byte (load() on the
// little-endian targets Galley builds for).
inline Word load_in_order(const char* p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return __builtin_bswap64(load(p));
#else
  return load(p);
#endif
}

// The four bytes at `p`, the first in the lowest byte.
inline Word load4_in_order(const char* p) {
  std::uint32_t four;
  std::memcpy(&four, p, sizeof four);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  four = __builtin_bswap32(four);
#endif
  return four;
}

// The `n` bytes at `p` (n below 8) in the low bytes of a word, the first
// lowest, the rest zero; nothing read past the end. From four bytes on, the
// first four and the last four, which overlap below eight; below four, the
// first, middle and last byte, which overlap below three. Overlapping loads
// put the same bytes in the same places, so they are simply or-ed, and only
// n ≥ 4 is branched on (a branch per bit of n mispredicted often on words
// of varying length).
inline Word load_partial(const char* p, std::size_t n) {
  if (n >= 4) return load4_in_order(p) | (load4_in_order(p + n - 4) << (8 * (n - 4)));
  if (n == 0) return 0;
  const auto byte = [p](std::size_t i) { return static_cast<Word>(static_cast<unsigned char>(p[i])); };
  return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
}

// The eight bytes at `pos`, or the fewer left before the end followed by
// zero bytes.
inline Word load_padded(std::string_view text, std::size_t pos) {
  if (pos + sizeof(Word) <= text.size()) return load(text.data() + pos);
  char tail[sizeof(Word)] = {};
  std::memcpy(tail, text.data() + pos, text.size() - pos);
  return load(tail);
}

// Bytes of `w` equal to `c`.
constexpr Word equal_to(Word w, unsigned char c) {
  const Word x = w ^ broadcast(c);
  return (x - kOnes) & ~x & kHighBits;
}

// Bytes of `w` below `n` (n at most 0x80).
constexpr Word below(Word w, unsigned char n) { return (w - broadcast(n)) & ~w & kHighBits; }

// Bytes of `w` at or above 0x80.
constexpr Word non_ascii(Word w) { return w & kHighBits; }

// Bytes of `w` from `lo` to `hi`, exactly, when every byte of `w` is ASCII
// (no sum then carries into the next byte).
constexpr Word ascii_in_range(Word w, unsigned char lo, unsigned char hi) {
  return (w + broadcast(static_cast<unsigned char>(0x80 - lo))) & ~(w + broadcast(static_cast<unsigned char>(0x7F - hi))) &
         kHighBits;
}

// For each byte of a word, the flag of the byte `n` places (1 to 7) before
// it in memory order: from `flags` itself, or for the first `n` bytes from
// `flags_of_word_before`, the flags of the eight bytes before.
constexpr Word flags_before(Word flags, Word flags_of_word_before, unsigned n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return (flags >> (8 * n)) | (flags_of_word_before << (64 - 8 * n));
#else
  return (flags << (8 * n)) | (flags_of_word_before >> (64 - 8 * n));
#endif
}

// The position, in memory order, of the first byte of `flags` (non-zero)
// with its high bit set; exact for the tests above, whose false matches
// only ever follow a true one.
inline std::size_t first_flagged(Word flags) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return static_cast<std::size_t>(__builtin_clzll(flags)) / 8;
#else
  return static_cast<std::size_t>(__builtin_ctzll(flags)) / 8;
#endif
}

// How many bytes of `flags` have their high bit set (`flags` has no other
// bits set). A multiplication sums the eight bits into the top byte: cheaper
// than a population count where the target has no instruction for it.
constexpr unsigned count_flagged(Word flags) { return static_cast<unsigned>(((flags >> 7) * kOnes) >> 56); }

// The position of the first byte at or after `pos` for which `stop(byte)`
// holds, or text.size(). `word_may_stop(word)` must be non-zero for every
// word that holds such a byte (it may be for others too); words for which it
// is zero are skipped whole.
template <class WordTest, class ByteTest>
std::size_t find_first(std::string_view text, std::size_t pos, WordTest word_may_stop, ByteTest stop) {
  const char* const data = text.data();
  const std::size_t size = text.size();
  for (;;) {
    while (pos + sizeof(Word) <= size && word_may_stop(load(data + pos)) == 0) pos += sizeof(Word);
    const std::size_t end = pos + sizeof(Word) < size ? pos + sizeof(Word) : size;
    while (pos < end && !stop(static_cast<unsigned char>(data[pos]))) ++pos;
    if (pos < end || pos == size) return pos;
  }
}

// The position of the first byte at or after `pos` that is not ASCII, or
// text.size().
inline std::size_t find_non_ascii(std::string_view text, std::size_t pos) {
  return find_first(text, pos, [](Word w) { return non_ascii(w); }, [](unsigned char b) { return b >= 0x80; });
}

// Skips the eight-byte words at `pos` whose only bytes below 0x21 (which
// include every whitespace character) are single spaces between two other
// bytes, looking past the word's edges for a space on one: text that
// collapsing whitespace leaves as it is. A space at `pos` itself counts only
// after a byte that is not below 0x21, which is never where collapsing
// stopped last.
inline std::size_t skip_single_spaced_words(std::string_view text, std::size_t pos) {
  constexpr Word kEdgeBytes = 0x8000000000000080ULL;  // the first and the last byte, in either byte order
  const auto single_space_at = [text](std::size_t at) {
    return text[at] != ' ' || (at > 0 && at + 1 < text.size() && static_cast<unsigned char>(text[at - 1]) > 0x20 &&
                               static_cast<unsigned char>(text[at + 1]) > 0x20);
  };
  while (pos + sizeof(Word) <= text.size()) {
    const Word w = load(text.data() + pos);
    const Word blank = below(w, 0x21);
    const bool plain = blank == 0 || ((blank & ~equal_to(w, ' ')) == 0 && (blank & (blank << 8)) == 0 &&
                                      ((blank & kEdgeBytes) == 0 ||
                                       (single_space_at(pos) && single_space_at(pos + sizeof(Word) - 1))));
    if (!plain) break;
    pos += sizeof(Word);
  }
  return pos;
}

}  // namespace galley::text::bytes
