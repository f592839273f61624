#pragma once
// The one hash of a word, shared by the word table (analysed words) and the
// built-in word lists' indexes: eight bytes at a time, the first in the
// lowest byte, each block mixed in by a multiplication; the high half of
// the result depends on every input bit. The compiler computes it byte by
// byte to build the lists' indexes; at run time the blocks are loaded whole
// (a byte loop cost a dependent multiplication per byte and a loop exit
// that words of varying length mispredict).

#include <cstdint>
#include <string_view>

#include "text/byte_scan.hpp"

namespace galley::analysis {

namespace word_hash_detail {

constexpr std::uint64_t kStart = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kMix = 0xBF58476D1CE4E5B9ull;

constexpr std::uint32_t byte_by_byte(std::string_view word) {
  std::uint64_t h = word.size() * kStart;
  for (std::size_t at = 0; at < word.size(); at += 8) {
    std::uint64_t block = 0;
    for (std::size_t i = 0; i < 8 && at + i < word.size(); ++i) {
      block |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[at + i])) << (8 * i);
    }
    h = (h ^ block) * kMix;
  }
  return static_cast<std::uint32_t>(h >> 32);
}

inline std::uint32_t loaded(std::string_view word) {
  namespace bytes = text::bytes;
  std::uint64_t h = word.size() * kStart;
  const char* p = word.data();
  std::size_t n = word.size();
  for (; n >= sizeof(bytes::Word); n -= sizeof(bytes::Word), p += sizeof(bytes::Word)) {
    h = (h ^ bytes::load_in_order(p)) * kMix;
  }
  if (n > 0) h = (h ^ bytes::load_partial(p, n)) * kMix;
  return static_cast<std::uint32_t>(h >> 32);
}

}  // namespace word_hash_detail

constexpr std::uint32_t word_hash(std::string_view word) {
  if (__builtin_is_constant_evaluated()) return word_hash_detail::byte_by_byte(word);
  return word_hash_detail::loaded(word);
}

}  // namespace galley::analysis
