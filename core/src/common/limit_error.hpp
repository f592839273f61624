#pragma once
// Internal exceptions. They never leave the core: galley::render converts them
// into a structured galley::Error.

#include <stdexcept>
#include <string>

namespace galley {

struct RenderFailure : std::runtime_error {
  RenderFailure(std::string code_, std::string message, std::string path_)
      : std::runtime_error(message), code(std::move(code_)), path(std::move(path_)) {}
  std::string code;
  std::string path;
};

// Thrown when a configured limit (Limits) is exceeded.
inline RenderFailure limit_exceeded(std::string message, std::string path) {
  return RenderFailure("limit_exceeded", std::move(message), std::move(path));
}

}  // namespace galley
