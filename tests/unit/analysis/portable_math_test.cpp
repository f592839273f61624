#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/portable_math.hpp"

using namespace galley::analysis;

TEST_CASE("portable_log agrees with the C library to the last bits", "[analysis][math]") {
  for (double x : {1e-300, 1e-9, 0.001, 0.5, 0.7071, 1.0, 1.5, 2.0, 2.718281828459045, 10.0, 299.0, 1e9, 1e300}) {
    CHECK(portable_log(x) == Approx(std::log(x)).epsilon(1e-15).margin(1e-15));
  }
  CHECK(portable_log(1.0) == 0.0);
  CHECK(portable_log(0.0) == 0.0);
  CHECK(portable_log(-1.0) == 0.0);
}

TEST_CASE("scores are rounded half up to 4 decimals", "[analysis][math]") {
  CHECK(round_score(0.123449) == 0.1234);
  CHECK(round_score(0.12345000001) == 0.1235);
  CHECK(round_score(12.59171) == 12.5917);
  CHECK(round_score(1.0) == 1.0);
}
