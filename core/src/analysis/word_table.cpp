#include "analysis/word_table.hpp"

namespace galley::analysis {

std::uint32_t WordTable::hash(std::string_view word) {
  // Eight bytes at a time, each block mixed in by a multiplication; the high
  // half of the result depends on every input bit.
  std::uint64_t h = word.size() * 0x9E3779B97F4A7C15ull;
  std::size_t i = 0;
  while (i < word.size()) {
    std::uint64_t block = 0;
    for (std::size_t k = 0; k < 8 && i < word.size(); ++k, ++i) {
      block |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[i])) << (8 * k);
    }
    h = (h ^ block) * 0xBF58476D1CE4E5B9ull;
  }
  return static_cast<std::uint32_t>(h >> 32);
}

std::size_t WordTable::slot_of(std::string_view word, std::uint32_t h) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
    const WordId id = slots_[slot];
    if (id == kNoWord || (hashes_[id] == h && text(id) == word)) return slot;
  }
}

void WordTable::grow() {
  std::vector<WordId> slots(slots_.empty() ? 256 : slots_.size() * 2, kNoWord);
  const std::size_t mask = slots.size() - 1;
  for (WordId id = 0; id < size(); ++id) {
    std::size_t slot = hashes_[id] & mask;
    while (slots[slot] != kNoWord) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
  slots_.swap(slots);
}

WordId WordTable::find(std::string_view word) const {
  if (slots_.empty()) return kNoWord;
  return slots_[slot_of(word, hash(word))];
}

WordId WordTable::intern(std::string_view word) {
  // At most half full, so probes stay short and always end at an empty slot.
  if (2 * (size() + 1) > slots_.size()) grow();
  const std::uint32_t h = hash(word);
  const std::size_t slot = slot_of(word, h);
  if (slots_[slot] != kNoWord) return slots_[slot];
  const auto id = static_cast<WordId>(size());
  bytes_.insert(bytes_.end(), word.begin(), word.end());
  offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  hashes_.push_back(h);
  slots_[slot] = id;
  return id;
}

}  // namespace galley::analysis
