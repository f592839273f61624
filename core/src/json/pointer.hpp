#pragma once
// JSON pointers (RFC 6901): every error and diagnostic names the input value
// it is about by one.

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::json {

// Appends one reference token to a JSON pointer ("~" → "~0", "/" → "~1").
std::string pointer_append(std::string_view pointer, std::string_view token);
std::string pointer_append(std::string_view pointer, std::size_t index);

}  // namespace galley::json
