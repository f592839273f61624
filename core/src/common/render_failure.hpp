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

// Throw a RenderFailure. Out of line and never inlined, so that a throwing
// call site carries one call, not the exception's construction and the
// cleanups around it (which weigh in the WebAssembly build's size).
[[noreturn]] void throw_failure(const Code& code, std::string message, std::string path);

// For a configured limit (Limits) that is exceeded.
[[noreturn]] void throw_limit_exceeded(std::string message, std::string path);

}  // namespace galley::common
