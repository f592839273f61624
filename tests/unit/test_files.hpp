#pragma once
// Reading test data from the source tree.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace galley::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace galley::test
