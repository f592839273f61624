#pragma once
// A recorded failure as the public galley::Error that the entry points return.

#include <galley/result.hpp>

#include "common/first_failure.hpp"

namespace galley::api {

Error to_error(const common::Failure& failure);

}  // namespace galley::api
