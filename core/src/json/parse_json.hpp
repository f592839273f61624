#pragma once
// Parses JSON text into a value. Malformed JSON throws RenderFailure with
// `error_code` and the line, column and byte offset of the problem; nesting
// deeper than `max_depth` throws limit_exceeded before any value is built.

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace galley::json {

nlohmann::json parse_text(std::string_view text, std::size_t max_depth, const std::string& error_code);

}  // namespace galley::json
