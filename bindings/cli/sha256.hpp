#pragma once
// SHA-256 (FIPS 180-4), for the keys of the incremental batch cache.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace galley::cli {

class Sha256 {
 public:
  Sha256();
  // Any split of the same bytes into calls gives the same digest.
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits; the object is spent afterwards.
  std::string hex_digest();

 private:
  static constexpr std::size_t kBlockSize = 64;

  // Compresses `count` whole blocks into the state, straight from `blocks`.
  void compress(const unsigned char* blocks, std::size_t count);

  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, kBlockSize> pending_{};  // the start of a block not yet complete
  std::size_t pending_size_ = 0;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace galley::cli
