#include "common/sort_indices.hpp"

#include <algorithm>
#include <cstddef>

namespace galley::common {
namespace {

struct ErasedLess {
  IndexLess less;
  const void* context;
  bool operator()(std::uint32_t a, std::uint32_t b) const { return less(context, a, b); }
};

bool ascending(const void*, std::uint32_t a, std::uint32_t b) { return a < b; }

}  // namespace

void sort_indices(std::uint32_t* first, std::uint32_t* last, IndexLess less, const void* context) {
  std::sort(first, last, ErasedLess{less, context});
}

void sort_indices(std::uint32_t* first, std::uint32_t* last) {
  // Most ranges sorted by value are short (a sentence's terms): an insertion
  // sort compares inline, where the shared sort calls the comparator through
  // a pointer.
  constexpr std::ptrdiff_t kShort = 24;
  if (last - first > kShort) {
    sort_indices(first, last, ascending, nullptr);
    return;
  }
  for (std::uint32_t* i = first; i != last; ++i) {
    const std::uint32_t value = *i;
    std::uint32_t* j = i;
    for (; j != first && *(j - 1) > value; --j) *j = *(j - 1);
    *j = value;
  }
}

std::vector<std::uint32_t> identity_indices(std::size_t count) {
  std::vector<std::uint32_t> indices(count);
  for (std::size_t i = 0; i < count; ++i) indices[i] = static_cast<std::uint32_t>(i);
  return indices;
}

}  // namespace galley::common
