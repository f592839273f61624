// SHA-256 blocks through the SHA extensions of x86 processors (SHA256RNDS2,
// SHA256MSG1, SHA256MSG2), compiled for those instructions in this function
// only and used only after the processor has reported them.
#include "sha256_blocks.hpp"

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

namespace galley::cli {
namespace {

// These functions alone may use the SHA and SSE4.1/SSSE3 instructions: the
// rest of the program runs on any x86 processor.
#define GALLEY_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// Rounds i and i + 1, given W[i] + K[i] and W[i + 1] + K[i + 1] in the low lanes of
// `schedule_plus_constants`. After two rounds the old A B E F are the new C D G H.
GALLEY_SHA_TARGET inline void two_rounds(__m128i& abef, __m128i& cdgh, __m128i schedule_plus_constants) {
  const __m128i next_abef = _mm_sha256rnds2_epu32(cdgh, abef, schedule_plus_constants);
  cdgh = abef;
  abef = next_abef;
}

// Rounds 4q … 4q + 3, with `words` holding W[4q] … W[4q + 3] (W[4q] lowest).
GALLEY_SHA_TARGET inline void four_rounds(__m128i& abef, __m128i& cdgh, __m128i words, std::size_t q) {
  const __m128i sums = _mm_add_epi32(words, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kSha256RoundConstants[4 * q])));
  two_rounds(abef, cdgh, sums);
  two_rounds(abef, cdgh, _mm_shuffle_epi32(sums, 0x0e));  // the high two lanes moved down
}

// W[t] … W[t + 3] from the 16 words before them, four to a vector:
// W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]. SHA256MSG1 adds the
// σ0 terms, the W[t-7] terms are the middle of the third and fourth vectors,
// and SHA256MSG2 adds the σ1 terms, two of which need words it computes.
GALLEY_SHA_TARGET inline __m128i next_words(__m128i w_16, __m128i w_12, __m128i w_8, __m128i w_4) {
  const __m128i w_7 = _mm_alignr_epi8(w_4, w_8, 4);
  return _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w_16, w_12), w_7), w_4);
}

GALLEY_SHA_TARGET __m128i load_big_endian_words(const unsigned char* bytes) {
  const __m128i swap_bytes_of_each_word = _mm_set_epi64x(0x0c0d0e0f08090a0b, 0x0405060700010203);
  return _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes)), swap_bytes_of_each_word);
}

GALLEY_SHA_TARGET void sha256_blocks_sha_extensions(Sha256State& state, const unsigned char* blocks, std::size_t count) {
  // SHA256RNDS2 takes the working variables as two vectors, A B E F and
  // C D G H with A and C in the highest lanes, where the state lists them
  // a … h: a b c d and e f g h, a and e lowest, become F E B A and H G D C.
  const __m128i badc = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0])), 0xb1);
  const __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4])), 0x1b);
  __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);
  __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xf0);
  for (std::size_t block = 0; block < count; ++block) {
    const unsigned char* bytes = blocks + block * kSha256BlockSize;
    const __m128i abef_before = abef;
    const __m128i cdgh_before = cdgh;
    __m128i w0 = load_big_endian_words(bytes);
    __m128i w1 = load_big_endian_words(bytes + 16);
    __m128i w2 = load_big_endian_words(bytes + 32);
    __m128i w3 = load_big_endian_words(bytes + 48);
    // Four vectors hold the last 16 words of the schedule; each new four replace the oldest.
    for (std::size_t q = 0; q < 16; q += 4) {
      if (q > 0) w0 = next_words(w0, w1, w2, w3);
      four_rounds(abef, cdgh, w0, q);
      if (q > 0) w1 = next_words(w1, w2, w3, w0);
      four_rounds(abef, cdgh, w1, q + 1);
      if (q > 0) w2 = next_words(w2, w3, w0, w1);
      four_rounds(abef, cdgh, w2, q + 2);
      if (q > 0) w3 = next_words(w3, w0, w1, w2);
      four_rounds(abef, cdgh, w3, q + 3);
    }
    abef = _mm_add_epi32(abef, abef_before);
    cdgh = _mm_add_epi32(cdgh, cdgh_before);
  }
  // Back: A B E F and G H C D, lowest first, into a b c d and e f g h.
  const __m128i abef_ascending = _mm_shuffle_epi32(abef, 0x1b);
  const __m128i ghcd = _mm_shuffle_epi32(cdgh, 0xb1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), _mm_blend_epi16(abef_ascending, ghcd, 0xf0));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), _mm_alignr_epi8(ghcd, abef_ascending, 8));
}

#undef GALLEY_SHA_TARGET

bool processor_has_sha_extensions() {
  unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) return false;
  const bool has_shuffles = (ecx & bit_SSSE3) != 0 && (ecx & bit_SSE4_1) != 0;
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
  return has_shuffles && (ebx & bit_SHA) != 0;
}

}  // namespace

Sha256BlockFunction sha256_blocks_hardware() {
  static const bool available = processor_has_sha_extensions();
  return available ? sha256_blocks_sha_extensions : nullptr;
}

}  // namespace galley::cli

#else

namespace galley::cli {

Sha256BlockFunction sha256_blocks_hardware() { return nullptr; }

}  // namespace galley::cli

#endif
