#pragma once
// First step of every entry point: enforce the input size limit (input over
// it is a failure, and an empty view is returned) and repair invalid UTF-8
// (each replacement reported as an `invalid_utf8` warning).

#include <string>
#include <string_view>

#include <galley/options.hpp>

#include "common/diagnostics.hpp"
#include "common/first_failure.hpp"

namespace galley::text {

// Returns `text` itself when valid, else a view of `storage` holding the repaired copy.
std::string_view checked_input(std::string_view text, const Limits& limits, std::string& storage,
                               common::Diagnostics& diagnostics, common::FirstFailure& failure);

}  // namespace galley::text
