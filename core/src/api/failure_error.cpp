#include "api/failure_error.hpp"

namespace galley::api {

Error to_error(const common::Failure& failure) {
  return Error{std::string(failure.code), failure.message, failure.path, failure.line, failure.column, failure.offset};
}

}  // namespace galley::api
