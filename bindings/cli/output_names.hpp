#pragma once
// Output base names for batch rendering: unique and safe as file names.

#include <set>
#include <string>
#include <string_view>

namespace galley::cli {

class OutputNames {
 public:
  // Keeps [A-Za-z0-9._-], replaces anything else with '_', never starts with
  // '.', and returns `fallback` for an empty name. Not unique yet.
  static std::string make_safe(std::string_view wanted, std::string_view fallback);

  // Returns `name`, or name-2, name-3, … if already taken; compares case-
  // insensitively so that outputs do not collide on case-insensitive file systems.
  std::string claim(const std::string& name);

 private:
  std::set<std::string> taken_;  // lowercased
};

}  // namespace galley::cli
