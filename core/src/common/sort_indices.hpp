#pragma once
// The one sort of the core. Each std::sort instantiation with its own element
// type and comparator costs ~1.5 KB of WebAssembly, so every ordering sorts
// 32-bit indices (or plain 32-bit numbers) through this single instance; the
// comparator is called through a function pointer.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace galley::common {

using IndexLess = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);

// Sorts [first, last) by `less` (a strict weak order on the values), called
// with `context`. Not stable: the comparators of the core are total orders
// on everything the output shows.
void sort_indices(std::uint32_t* first, std::uint32_t* last, IndexLess less, const void* context);

// Ascending numeric order.
void sort_indices(std::uint32_t* first, std::uint32_t* last);

// Puts the `k` first values by `less` at the front, in order, and the others
// after them in no particular order: for a ranking of which only the head is
// read. Worst case as a full sort.
void sort_first(std::uint32_t* first, std::uint32_t* last, std::size_t k, IndexLess less, const void* context);

// `less` called through a pointer with its address as the context.
template <class Less>
IndexLess erased_less() {
  return [](const void* context, std::uint32_t a, std::uint32_t b) { return (*static_cast<const Less*>(context))(a, b); };
}

template <class Less>
void sort_indices(std::uint32_t* first, std::uint32_t* last, const Less& less) {
  sort_indices(first, last, erased_less<Less>(), &less);
}

template <class Less>
void sort_indices(std::vector<std::uint32_t>& values, const Less& less) {
  sort_indices(values.data(), values.data() + values.size(), less);
}

template <class Less>
void sort_first(std::vector<std::uint32_t>& values, std::size_t k, const Less& less) {
  sort_first(values.data(), values.data() + values.size(), k, erased_less<Less>(), &less);
}

// 0, 1, ..., count - 1: the indices to sort.
std::vector<std::uint32_t> identity_indices(std::size_t count);

}  // namespace galley::common
