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
