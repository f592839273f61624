#include "common/diagnostics.hpp"

namespace galley::common {

void Diagnostics::warn(const Code& code, std::string_view message, std::string_view path,
                       std::int64_t offset, std::string removed) {
  items_.push_back(Diagnostic{std::string(code.name), std::string(message), std::string(path), offset,
                              std::move(removed)});
}

}  // namespace galley::common
