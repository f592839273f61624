#pragma once
// Internal exceptions. They never leave the core: galley::render converts them
// into a structured galley::Error.

#include <cstdint>
#include <stdexcept>
#include <string>

#include "common/codes.hpp"

namespace galley::common {

struct RenderFailure : std::runtime_error {
  RenderFailure(const Code& code_, std::string message, std::string path_)
      : std::runtime_error(message), code(code_.name), path(std::move(path_)) {}
  std::string code;
  std::string path;
  // Position in the JSON text, for malformed JSON only (-1 otherwise).
  std::int64_t line = -1, column = -1, offset = -1;
};

// Thrown when a configured limit (Limits) is exceeded.
inline RenderFailure limit_exceeded(std::string message, std::string path) {
  return RenderFailure(codes::limit_exceeded, std::move(message), std::move(path));
}

}  // namespace galley::common
