// The core's one sort must order values exactly as std::sort does, for the
// short ranges it sorts inline and the long ones it hands to the shared sort.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "common/sort_indices.hpp"

TEST_CASE("sort_indices sorts values ascending at every length", "[sort_indices]") {
  std::mt19937 rng(7);
  for (std::size_t size = 0; size <= 80; ++size) {
    for (const std::uint32_t range : {3u, 1000u}) {  // many repeats, few repeats
      std::vector<std::uint32_t> values(size);
      for (std::uint32_t& v : values) v = static_cast<std::uint32_t>(rng() % range);
      std::vector<std::uint32_t> expected = values;
      std::sort(expected.begin(), expected.end());
      galley::common::sort_indices(values.data(), values.data() + values.size());
      REQUIRE(values == expected);
    }
  }
}

TEST_CASE("sort_indices orders indices by a comparator", "[sort_indices]") {
  const std::vector<int> keys{5, -1, 3, 3, 9, 0};
  std::vector<std::uint32_t> order = galley::common::identity_indices(keys.size());
  galley::common::sort_indices(order, [&](std::uint32_t a, std::uint32_t b) {
    return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
  });
  CHECK(order == std::vector<std::uint32_t>{1, 5, 2, 3, 0, 4});
}

TEST_CASE("sort_first puts the k first values in order before all the others", "[sort_indices]") {
  std::mt19937 rng(11);
  const auto patterns = [&](std::size_t size) {
    std::vector<std::vector<std::uint32_t>> out(4, std::vector<std::uint32_t>(size));
    for (std::size_t i = 0; i < size; ++i) {
      out[0][i] = static_cast<std::uint32_t>(rng());                       // random
      out[1][i] = static_cast<std::uint32_t>(i);                           // ascending
      out[2][i] = static_cast<std::uint32_t>(size - i);                    // descending
      out[3][i] = static_cast<std::uint32_t>(std::min(i, size - 1 - i));  // organ pipe, with repeats
    }
    return out;
  };
  const auto less = [](std::uint32_t a, std::uint32_t b) { return a < b; };
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{100}, std::size_t{1000}}) {
    for (const std::vector<std::uint32_t>& values : patterns(size)) {
      std::vector<std::uint32_t> expected = values;
      std::sort(expected.begin(), expected.end());
      for (const std::size_t k : {std::size_t{0}, std::size_t{1}, size / 3, size / 2, size == 0 ? 0 : size - 1, size, size + 5}) {
        std::vector<std::uint32_t> got = values;
        galley::common::sort_first(got, k, less);
        const std::size_t head = std::min(k, size);
        INFO("size " << size << ", k " << k);
        REQUIRE(std::equal(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(head), expected.begin()));
        std::sort(got.begin() + static_cast<std::ptrdiff_t>(head), got.end());
        REQUIRE(got == expected);
      }
    }
  }
}
