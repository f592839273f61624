#include "analysis/word_table.hpp"

#include "analysis/word_hash.hpp"
#include "text/byte_scan.hpp"

namespace galley::analysis {

namespace {

// The words are short, so a call to memcmp per lookup cost more than
// comparing them here eight bytes at a time.
bool same_bytes(const char* a, const char* b, std::size_t n) {
  namespace bytes = text::bytes;
  for (; n >= sizeof(bytes::Word); n -= sizeof(bytes::Word), a += sizeof(bytes::Word), b += sizeof(bytes::Word)) {
    if (bytes::load(a) != bytes::load(b)) return false;
  }
  return bytes::load_partial(a, n) == bytes::load_partial(b, n);
}

}  // namespace

std::size_t WordTable::slot_of(std::string_view word, std::uint32_t h) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
    const WordId id = slots_[slot];
    if (id == kNoWord) return slot;
    if (hashes_[id] == h && offsets_[id + 1] - offsets_[id] == word.size() &&
        same_bytes(bytes_.data() + offsets_[id], word.data(), word.size())) {
      return slot;
    }
  }
}

void WordTable::rehash(std::size_t slot_count) {
  std::vector<WordId> slots(slot_count, kNoWord);
  const std::size_t mask = slots.size() - 1;
  for (WordId id = 0; id < size(); ++id) {
    std::size_t slot = hashes_[id] & mask;
    while (slots[slot] != kNoWord) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
  slots_.swap(slots);
}

void WordTable::reserve(std::size_t words, std::size_t bytes) {
  bytes_.reserve(bytes);
  offsets_.reserve(words + 1);
  hashes_.reserve(words);
  std::size_t slots = kMinSlots;
  while (slots < 2 * words) slots *= 2;
  if (slots > slots_.size()) rehash(slots);
}

WordId WordTable::find(std::string_view word) const {
  if (slots_.empty()) return kNoWord;
  return slots_[slot_of(word, word_hash(word))];
}

WordId WordTable::intern(std::string_view word) {
  // At most half full, so probes stay short and always end at an empty slot.
  if (2 * (size() + 1) > slots_.size()) rehash(slots_.empty() ? kMinSlots : 2 * slots_.size());
  const std::uint32_t h = word_hash(word);
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
