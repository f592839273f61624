#pragma once
// Floating-point helpers whose results are bit-identical on every platform.
// Basic IEEE operations (+ - * / sqrt) are correctly rounded everywhere, but
// std::log is not: native libm and the WebAssembly runtime may differ in the
// last bit, which can reorder ties. Scores therefore use this log, built from
// basic operations in a fixed order, and are rounded before they are shown.

#include <cmath>

namespace galley::analysis {

// Natural logarithm for x > 0 (returns 0 for x <= 0).
inline double portable_log(double x) {
  if (!(x > 0.0)) return 0.0;
  constexpr double kLn2 = 0.6931471805599453;
  constexpr double kSqrt2 = 1.4142135623730951;
  int exponent = 0;
  while (x >= 2.0) { x *= 0.5; ++exponent; }  // exact: scaling by powers of two
  while (x < 1.0) { x *= 2.0; --exponent; }
  if (x > kSqrt2) { x *= 0.5; ++exponent; }
  // ln(x) = 2·atanh(t), t = (x−1)/(x+1), |t| < 0.18: the series converges fast.
  const double t = (x - 1.0) / (x + 1.0);
  const double t2 = t * t;
  double power = t;
  double sum = 0.0;
  for (int k = 1; k <= 25; k += 2) {
    sum += power / k;
    power *= t2;
  }
  return exponent * kLn2 + 2.0 * sum;
}

// Rounds to 4 decimals, the precision scores are reported with.
inline double round_score(double x) { return std::floor(x * 10000.0 + 0.5) / 10000.0; }

}  // namespace galley::analysis
