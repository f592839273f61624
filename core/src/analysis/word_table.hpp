#pragma once
// Distinct strings numbered in the order they are first added, so that the
// analyses compare and count words as integers. Ids never depend on hashing;
// the bytes live in one buffer, addressed by offset, so the table can grow
// and move without leaving anything dangling except views taken from it.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace galley::analysis {

using WordId = std::uint32_t;
constexpr WordId kNoWord = static_cast<WordId>(-1);

class WordTable {
 public:
  // The id of `word`, added if it is new.
  WordId intern(std::string_view word);
  // Room for `words` words of `bytes` bytes in all, so that a table that
  // stays within it grows once.
  void reserve(std::size_t words, std::size_t bytes);
  // The id of `word`, or kNoWord if it was never added.
  WordId find(std::string_view word) const;
  // Valid until the next intern().
  std::string_view text(WordId id) const {
    return {bytes_.data() + offsets_[id], static_cast<std::size_t>(offsets_[id + 1] - offsets_[id])};
  }
  std::size_t size() const { return offsets_.size() - 1; }

 private:
  std::size_t slot_of(std::string_view word, std::uint32_t h) const;  // where `word` is or would go
  static constexpr std::size_t kMinSlots = 256;
  void rehash(std::size_t slot_count);  // a power of two, more than twice size()

  std::vector<char> bytes_;
  std::vector<std::uint32_t> offsets_{0};  // id → start in bytes_; one past the end last
  std::vector<std::uint32_t> hashes_;      // id → hash, kept for rehashing
  std::vector<WordId> slots_;              // open addressing, kNoWord = empty; size a power of two
};

}  // namespace galley::analysis
