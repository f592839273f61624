#pragma once
// Collects warnings while rendering. Every stage reports through one instance
// so that a CMS can show editors exactly what was repaired or removed.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <galley/result.hpp>

#include "common/codes.hpp"

namespace galley::common {

class Diagnostics {
 public:
  void warn(const Code& code, std::string_view message, std::string_view path,
            std::int64_t offset = -1, std::string removed = {});
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> take() { return std::move(items_); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace galley::common
