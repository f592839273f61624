#include "json/number.hpp"

#include <limits>
#include <string>

namespace galley::json {
namespace {

// A token as ±0.d₁d₂…dₙ × 10^point: `digits` has no leading or trailing
// zeros (empty for zero), so `point` is the number of digits before the
// decimal point (negative or beyond n when zeros were implied).
struct Decimal {
  bool negative = false;
  std::string digits;
  std::int64_t point = 0;
};

constexpr std::int64_t kExponentCap = 1'000'000'000;  // far beyond any double, no overflow below

Decimal decompose(std::string_view token) {
  Decimal d;
  std::size_t i = 0;
  if (token[i] == '-') {
    d.negative = true;
    ++i;
  }
  bool in_fraction = false;
  for (; i < token.size() && token[i] != 'e' && token[i] != 'E'; ++i) {
    if (token[i] == '.') {
      in_fraction = true;
    } else if (token[i] == '0' && d.digits.empty()) {
      if (in_fraction) --d.point;  // 0.05 = 0.5 × 10^-1
    } else {
      d.digits += token[i];
      if (!in_fraction) ++d.point;
    }
  }
  std::int64_t exponent = 0;
  if (i < token.size()) {
    ++i;
    bool negative_exponent = false;
    if (token[i] == '+' || token[i] == '-') negative_exponent = token[i++] == '-';
    for (; i < token.size(); ++i) {
      if (exponent < kExponentCap) exponent = exponent * 10 + (token[i] - '0');
    }
    if (negative_exponent) exponent = -exponent;
  }
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) return Decimal{d.negative, {}, 0};
  d.point += exponent;
  return d;
}

// 2^1024 − 2^970: the halfway point between the largest double and the next
// power of two. Anything at or above it rounds to infinity.
constexpr std::string_view kDoubleOverflow =
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330"
    "286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069"
    "855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

}  // namespace

WholeNumber to_int64(std::string_view token, std::int64_t& out) {
  const Decimal d = decompose(token);
  if (d.digits.empty()) {
    out = 0;
    return WholeNumber::ok;
  }
  if (d.point < static_cast<std::int64_t>(d.digits.size())) return WholeNumber::fraction;
  if (d.point > 19) return WholeNumber::out_of_range;
  std::uint64_t magnitude = 0;
  for (std::int64_t i = 0; i < d.point; ++i) {
    const auto index = static_cast<std::size_t>(i);
    magnitude = magnitude * 10 + static_cast<std::uint64_t>(index < d.digits.size() ? d.digits[index] - '0' : 0);
  }
  const auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (magnitude > max + (d.negative ? 1 : 0)) return WholeNumber::out_of_range;
  out = d.negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return WholeNumber::ok;
}

bool exceeds_double(std::string_view token) {
  const Decimal d = decompose(token);
  const auto limit_digits = static_cast<std::int64_t>(kDoubleOverflow.size());
  if (d.digits.empty() || d.point < limit_digits) return false;
  if (d.point > limit_digits) return true;
  return std::string_view(d.digits).compare(kDoubleOverflow) >= 0;
}

}  // namespace galley::json
