#include "common/sort_indices.hpp"

#include <algorithm>
#include <utility>
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

void sort_first(std::uint32_t* first, std::uint32_t* last, std::size_t k, IndexLess less, const void* context) {
  const auto size = static_cast<std::size_t>(last - first);
  if (k >= size) {
    sort_indices(first, last, less, context);
    return;
  }
  // Quickselect (Hoare's partition around the middle value) narrows
  // [low, high] to the part that holds the k-th value; after a few more
  // rounds than a balanced split needs, the whole range is sorted instead.
  std::size_t low = 0;
  std::size_t high = size - 1;
  std::size_t rounds = 0;
  for (std::size_t n = size; n > 1; n /= 2) rounds += 2;
  while (low < high) {
    if (rounds-- == 0) {
      sort_indices(first, last, less, context);
      return;
    }
    const std::uint32_t pivot = first[low + (high - low) / 2];
    std::size_t i = low;
    std::size_t j = high;
    while (true) {
      while (less(context, first[i], pivot)) ++i;
      while (less(context, pivot, first[j])) --j;
      if (i >= j) break;
      std::swap(first[i], first[j]);
      ++i;
      --j;
    }
    // [low, j] holds no value after the pivot and [j + 1, high] none before it.
    if (k <= j) {
      high = j;
    } else {
      low = j + 1;
    }
  }
  sort_indices(first, first + k, less, context);
}

std::vector<std::uint32_t> identity_indices(std::size_t count) {
  std::vector<std::uint32_t> indices(count);
  for (std::size_t i = 0; i < count; ++i) indices[i] = static_cast<std::uint32_t>(i);
  return indices;
}

}  // namespace galley::common
