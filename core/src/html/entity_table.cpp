#include "html/entity_table.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

// Built from md4c's src/entity.c by cmake/GenerateEntityTable.cmake.
#include "html/entity_data.hpp"

namespace galley::html {

namespace {

constexpr std::string_view kEntries(entity_data::kEntries, sizeof(entity_data::kEntries) - 1);

// An entry's name ends at the byte giving its text's length (1-8): names are
// alphanumeric, so that byte is below every byte a name can contain.
constexpr unsigned char kLongestText = 8;

unsigned char entry_byte(std::size_t offset) {
  return static_cast<unsigned char>(kEntries[offset]);
}

struct NameOrder {
  int order;            // of the key against the name: negative, zero or positive
  std::size_t stop;     // offset of the first name byte that did not match
  std::size_t matched;  // how many leading bytes of the key the name matched
};

// Compares `key` with a name whose first `from` bytes equal the key's and
// whose other bytes are stored at `offset`, reading only as far as the first
// difference.
NameOrder compare_with_name(std::string_view key, std::size_t from, std::size_t offset) {
  for (std::size_t i = from;; ++i, ++offset) {
    const unsigned char name_byte = entry_byte(offset);
    const bool name_ended = name_byte <= kLongestText;
    if (i == key.size()) return {name_ended ? 0 : -1, offset, i};
    if (name_ended) return {1, offset, i};
    const auto key_byte = static_cast<unsigned char>(key[i]);
    if (key_byte != name_byte) return {key_byte < name_byte ? -1 : 1, offset, i};
  }
}

// `within_name` is an offset in an entry's name or at its length byte.
std::size_t next_entry(std::size_t within_name) {
  while (entry_byte(within_name) > kLongestText) ++within_name;
  return within_name + 1 + entry_byte(within_name);
}

}  // namespace

std::string_view named_reference_text(std::string_view name) {
  if (name.empty() || name.size() > entity_data::kLongestName) return {};

  // The last indexed entry not after `name` starts the only run that can
  // hold it. Names start with a letter, and the slots whose names share
  // name[0] bound that search.
  const auto initial = static_cast<unsigned char>(name.front());
  if (initial < 'A' || initial > 'z') return {};
  const std::size_t bucket = initial - std::size_t{'A'};
  const auto* const index_begin = std::begin(entity_data::kIndex);
  const auto* const index_end = std::end(entity_data::kIndex);
  const auto precedes = [](std::string_view key, std::uint16_t offset) {
    return compare_with_name(key, 0, offset).order < 0;
  };
  const auto* const following =
      std::upper_bound(index_begin + entity_data::kSlotsByInitial[bucket],
                       index_begin + entity_data::kSlotsByInitial[bucket + 1], name, precedes);
  if (following == index_begin) return {};

  // Every name of the run after the first shares `shared` leading bytes with
  // the name before it. Sharing more bytes than `name` matched there, it
  // still sorts before `name`; sharing fewer, it sorts after it.
  const std::size_t run_end = following == index_end ? kEntries.size() : *following;
  NameOrder found = compare_with_name(name, 0, *(following - 1));
  for (;;) {
    if (found.order == 0) return kEntries.substr(found.stop + 1, entry_byte(found.stop));
    if (found.order < 0) return {};
    std::size_t offset = next_entry(found.stop);
    for (;;) {
      if (offset >= run_end) return {};
      const std::size_t shared = entry_byte(offset);
      if (shared < found.matched) return {};
      if (shared == found.matched) break;
      offset = next_entry(offset + 1);
    }
    found = compare_with_name(name, found.matched, offset + 1);
  }
}

}  // namespace galley::html
