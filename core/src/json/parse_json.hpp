#pragma once
// Parses JSON text (RFC 8259; a leading UTF-8 byte order mark is skipped)
// into a Value. Malformed JSON records a failure with `error_code` and the
// line, column and byte offset of the offending byte, and gives a null Value;
// arrays and objects nested deeper than `max_depth` (at most kDeepestNesting)
// are a limit_exceeded failure at the opening bracket.
//
// Duplicate object keys keep the position of the first and the value of the
// last, as JSON.parse does. `\uD800`-style escapes of unpaired UTF-16
// surrogates (which JSON.stringify emits for broken strings) decode to U+FFFD.
// Both are recorded in `notes` when given, so that nothing is dropped or
// changed without the caller being able to say so.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/codes.hpp"
#include "common/first_failure.hpp"
#include "json/value.hpp"

namespace galley::json {

// Values are parsed, copied, compared and written recursively; this bounds
// the stack they need (well under 1 MiB) whatever depth limit is asked for.
constexpr std::size_t kDeepestNesting = 1000;

struct ParseNotes {
  struct DroppedValue {
    std::string path;     // JSON pointer of the repeated key
    std::string removed;  // the value that a later one replaced, as JSON
  };
  std::vector<std::size_t> repaired_surrogates;  // byte offsets of the escapes
  std::vector<DroppedValue> duplicate_keys;
};

Value parse_text(std::string_view text, std::size_t max_depth, const common::Code& error_code,
                 common::FirstFailure& failure, ParseNotes* notes = nullptr);

// 1-based line and column (in bytes) of a byte offset.
void locate(std::string_view text, std::size_t offset, std::int64_t& line, std::int64_t& column);

}  // namespace galley::json
