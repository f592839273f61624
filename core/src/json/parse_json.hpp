#pragma once
// Parses JSON text into a value. Malformed JSON throws RenderFailure with
// `error_code` and the line, column and byte offset of the problem; nesting
// deeper than `max_depth` throws limit_exceeded before any value is built.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace galley::json {

// `\uD800`-style escapes of unpaired UTF-16 surrogates (which JavaScript's
// JSON.stringify emits for broken strings) are replaced by `\uFFFD` before
// parsing; the byte offset of each is appended to `repaired` when given.
// 1-based line and column (in bytes) of a byte offset.
void locate(std::string_view text, std::size_t offset, std::int64_t& line, std::int64_t& column);

nlohmann::json parse_text(std::string_view text, std::size_t max_depth, const std::string& error_code,
                          std::vector<std::size_t>* repaired = nullptr);

}  // namespace galley::json
