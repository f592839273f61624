#include "analysis/word_table.hpp"

namespace galley::analysis {

std::uint32_t WordTable::hash(std::string_view word) {
  std::uint32_t h = 2166136261u;  // FNV-1a: words are short, so bytewise is cheap enough
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
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
