#include "common/first_failure.hpp"

#include <utility>

namespace galley::common {

[[gnu::noinline]] void FirstFailure::record(const Code& code, std::string message, std::string path) {
  if (!failure_) failure_ = Failure{code.name, std::move(message), std::move(path)};
}

[[gnu::noinline]] void FirstFailure::record_limit(std::string message, std::string path) {
  record(codes::limit_exceeded, std::move(message), std::move(path));
}

}  // namespace galley::common
