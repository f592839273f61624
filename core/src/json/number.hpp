#pragma once
// Exact questions about JSON number tokens, answered from their decimal
// digits rather than through a floating-point conversion: whether a token is
// a whole number that fits in 64 bits, and whether it lies beyond the range
// of a double (which JSON parsers reject as an overflow). Both only accept
// tokens the parser has already checked against the JSON number grammar.

#include <cstdint>
#include <string_view>

namespace galley::json {

enum class WholeNumber { ok, fraction, out_of_range };

// Stores the value in `out` when the token is a whole number ("12", "-3",
// "1.5e3", "40.0") within the range of int64_t.
WholeNumber to_int64(std::string_view token, std::int64_t& out);

// True when the token's magnitude rounds to infinity as a double.
bool exceeds_double(std::string_view token);

}  // namespace galley::json
