#include "common/render_failure.hpp"

#include <utility>

namespace galley::common {

[[gnu::noinline]] void throw_failure(const Code& code, std::string message, std::string path) {
  throw RenderFailure(code, std::move(message), std::move(path));
}

[[gnu::noinline]] void throw_limit_exceeded(std::string message, std::string path) {
  throw_failure(codes::limit_exceeded, std::move(message), std::move(path));
}

}  // namespace galley::common
