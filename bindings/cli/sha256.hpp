#pragma once
// SHA-256 (FIPS 180-4), for the keys of the incremental batch cache.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "sha256_blocks.hpp"

namespace galley::cli {

class Sha256 {
 public:
  // With the fastest block function this processor runs.
  Sha256();
  // With the given one (the tests run every one).
  explicit Sha256(Sha256BlockFunction compress_blocks);
  // Any split of the same bytes into calls gives the same digest.
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits; the object is spent afterwards.
  std::string hex_digest();

 private:
  Sha256BlockFunction compress_blocks_;
  Sha256State state_;
  std::array<unsigned char, kSha256BlockSize> pending_{};  // the start of a block not yet complete
  std::size_t pending_size_ = 0;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace galley::cli
