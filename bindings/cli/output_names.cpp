#include "output_names.hpp"

#include <algorithm>

namespace galley::cli {
namespace {

constexpr std::size_t kMaxNameBytes = 120;

bool is_safe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

std::string OutputNames::make_safe(std::string_view wanted, std::string_view fallback) {
  if (wanted.empty()) return std::string(fallback);
  std::string name;
  name.reserve(std::min(wanted.size(), kMaxNameBytes));
  for (char c : wanted.substr(0, kMaxNameBytes)) name += is_safe(c) ? c : '_';
  if (name[0] == '.') name[0] = '_';  // no hidden files, no "." or ".."
  return name;
}

std::string OutputNames::claim(const std::string& name) {
  std::string candidate = name;
  for (unsigned suffix = 2; !taken_.insert(lowercase(candidate)).second; ++suffix) {
    candidate = name + '-' + std::to_string(suffix);
  }
  return candidate;
}

}  // namespace galley::cli
