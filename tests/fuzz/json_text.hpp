#pragma once
// Building article JSON around arbitrary bytes, for the fuzz targets and the
// limits tests.

#include <string>
#include <string_view>

namespace galley::fuzz {

// `bytes` as a JSON string literal. Only '"', '\\' and control characters are
// escaped; other bytes, even invalid UTF-8, are passed on as they are, so that
// the core's own UTF-8 repair is exercised.
std::string json_string(std::string_view bytes);

}  // namespace galley::fuzz
