#include "text/input_text.hpp"

#include <vector>

#include "text/utf8.hpp"

namespace galley::text {

std::string_view checked_input(std::string_view text, const Limits& limits, std::string& storage,
                               common::Diagnostics& diagnostics, common::FirstFailure& failure) {
  if (text.size() > limits.max_input_bytes) {
    failure.record_limit("input of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                             std::to_string(limits.max_input_bytes) + " bytes",
                         "");
    return {};
  }
  if (utf8::find_invalid(text) == text.size()) return text;
  std::vector<std::size_t> offsets;
  utf8::repair(text, storage, offsets);
  for (std::size_t offset : offsets) {
    diagnostics.warn(common::codes::invalid_utf8, "invalid UTF-8 replaced with U+FFFD", "", static_cast<std::int64_t>(offset));
  }
  return storage;
}

}  // namespace galley::text
