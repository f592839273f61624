#include "sha256.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace galley::cli {
namespace {

using Word = std::uint32_t;

constexpr Word rotate_right(Word x, unsigned n) { return (x >> n) | (x << (32 - n)); }

// The sigma functions of FIPS 180-4 (e.g. Σ0(a) = ROTR 2 ^ ROTR 13 ^ ROTR 22),
// with the rotations nested so that a needs copying once rather than three
// times: ROTR 2 (ROTR 11 (ROTR 9 a ^ a) ^ a) is the same value.
constexpr Word big_sigma0(Word a) { return rotate_right(rotate_right(rotate_right(a, 9) ^ a, 11) ^ a, 2); }
constexpr Word big_sigma1(Word e) { return rotate_right(rotate_right(rotate_right(e, 14) ^ e, 5) ^ e, 6); }
constexpr Word small_sigma0(Word w) { return rotate_right(rotate_right(w, 11) ^ w, 7) ^ (w >> 3); }
constexpr Word small_sigma1(Word w) { return rotate_right(rotate_right(w, 2) ^ w, 17) ^ (w >> 10); }
// Ch and Maj of FIPS 180-4, each with one operation fewer than as written there.
constexpr Word choose(Word e, Word f, Word g) { return g ^ (e & (f ^ g)); }
constexpr Word majority(Word a, Word b, Word c) { return (a & b) | (c & (a | b)); }

Word load_big_endian(const unsigned char* bytes) {
  return Word{bytes[0]} << 24 | Word{bytes[1]} << 16 | Word{bytes[2]} << 8 | Word{bytes[3]};
}

// Round `I` of the 64, unrolled at compile time so that every index is a
// constant and the working variables and the schedule can stay in registers.
// Instead of shifting the eight working variables along after each round,
// their roles rotate: the variable that plays a in round I plays b in round
// I + 1, and so on, so that a round changes only the ones playing d and h.
template <std::size_t I>
inline void compress_round(Word (&v)[8], Word (&w)[16]) {
  const auto role = [](std::size_t letter) { return (letter + 8 - I % 8) % 8; };  // 0 for a … 7 for h
  if constexpr (I >= 16) {
    // The schedule is kept as its last 16 words: word I replaces word I - 16.
    w[I % 16] += small_sigma1(w[(I - 2) % 16]) + w[(I - 7) % 16] + small_sigma0(w[(I - 15) % 16]);
  }
  const Word a = v[role(0)], b = v[role(1)], c = v[role(2)], e = v[role(4)], f = v[role(5)], g = v[role(6)];
  const Word t1 = v[role(7)] + big_sigma1(e) + choose(e, f, g) + kSha256RoundConstants[I] + w[I % 16];
  v[role(3)] += t1;
  v[role(7)] = t1 + big_sigma0(a) + majority(a, b, c);
}

// One block into the state. The working variables are locals of this
// function, for the rounds inlined into it to keep them in registers.
template <std::size_t... I>
void compress_block(Sha256State& state, const unsigned char* block, std::index_sequence<I...>) {
  Word w[16];
  for (std::size_t i = 0; i < 16; ++i) w[i] = load_big_endian(block + 4 * i);
  Word v[8];
  for (std::size_t i = 0; i < 8; ++i) v[i] = state[i];
  (compress_round<I>(v, w), ...);
  for (std::size_t i = 0; i < 8; ++i) state[i] += v[i];
}

Sha256BlockFunction fastest_block_function() {
  const Sha256BlockFunction hardware = sha256_blocks_hardware();
  return hardware != nullptr ? hardware : sha256_blocks_portable;
}

}  // namespace

void sha256_blocks_portable(Sha256State& state, const unsigned char* blocks, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) compress_block(state, blocks + i * kSha256BlockSize, std::make_index_sequence<64>{});
}

Sha256::Sha256() : Sha256(fastest_block_function()) {}

Sha256::Sha256(Sha256BlockFunction compress_blocks)
    : compress_blocks_(compress_blocks),
      state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

void Sha256::update(std::string_view bytes) {
  if (bytes.empty()) return;
  total_bytes_ += bytes.size();
  const auto* next = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t left = bytes.size();
  if (pending_size_ > 0) {
    const std::size_t taken = std::min(left, kSha256BlockSize - pending_size_);
    std::memcpy(pending_.data() + pending_size_, next, taken);
    pending_size_ += taken;
    next += taken;
    left -= taken;
    if (pending_size_ < kSha256BlockSize) return;
    compress_blocks_(state_, pending_.data(), 1);
    pending_size_ = 0;
  }
  compress_blocks_(state_, next, left / kSha256BlockSize);
  pending_size_ = left % kSha256BlockSize;
  std::memcpy(pending_.data(), next + (left - pending_size_), pending_size_);
}

std::string Sha256::hex_digest() {
  // The message ends with a 1 bit, zeros up to 8 bytes short of a block's
  // end, and its length in bits as a big-endian 64-bit number.
  const std::uint64_t bit_length = total_bytes_ * 8;
  const std::size_t padding = (pending_size_ < 56 ? 56 : 120) - pending_size_;
  std::array<char, 2 * kSha256BlockSize> tail{};
  tail[0] = static_cast<char>(0x80);
  for (std::size_t i = 0; i < 8; ++i) tail[padding + i] = static_cast<char>(bit_length >> (56 - 8 * i));
  update(std::string_view(tail.data(), padding + 8));
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(2 * 4 * state_.size(), '0');
  std::size_t at = 0;
  for (const Word word : state_) {
    for (int shift = 28; shift >= 0; shift -= 4) hex[at++] = kDigits[(word >> shift) & 0xf];
  }
  return hex;
}

}  // namespace galley::cli
