#include "common/diagnostics.hpp"

namespace galley::common {

void Diagnostics::warn(std::string_view code, std::string message, std::string_view path,
                       std::int64_t offset, std::string removed) {
  items_.push_back(Diagnostic{std::string(code), std::move(message), std::string(path), offset,
                              std::move(removed)});
}

}  // namespace galley::common
