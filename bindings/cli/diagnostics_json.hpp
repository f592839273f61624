#pragma once
// The diagnostics of a render as a JSON array (for batch's <name>.diagnostics.json).

#include <string>
#include <vector>

#include <galley/result.hpp>

namespace galley::cli {

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace galley::cli
