#include "file_io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

namespace galley::cli {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, const std::string& reason) {
  throw IoError("cannot " + what + " '" + path + "': " + reason);
}

// Reads straight into the string, growing it geometrically; `expected_size`
// (the file's size, when known) makes a regular file a single read.
std::string read_all(std::FILE* file, const std::string& name, std::size_t expected_size) {
  constexpr std::size_t kInitialCapacity = 64 * 1024;
  std::string content(expected_size > 0 ? expected_size + 1 : kInitialCapacity, '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == content.size()) content.resize(content.size() * 2);
    const std::size_t got = std::fread(&content[used], 1, content.size() - used, file);
    if (got == 0) break;
    used += got;
  }
  if (std::ferror(file)) fail("read", name, std::strerror(errno));
  content.resize(used);
  return content;
}

}  // namespace

std::string read_input(const std::string& path) {
  if (path == "-") return read_all(stdin, "standard input", 0);
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail("read", path, "is a directory");
  const std::uintmax_t size = fs::file_size(path, ec);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) fail("read", path, std::strerror(errno));
  return read_all(file.get(), path, ec ? 0 : static_cast<std::size_t>(size));
}

void write_file(const std::string& path, std::string_view content) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) fail("write", path, std::strerror(errno));
  const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  const int saved_errno = errno;
  if (std::fclose(file) != 0 || !written) fail("write", path, std::strerror(written ? errno : saved_errno));
}

void remove_file(const std::string& path) {
  std::error_code ec;
  fs::remove(path, ec);
  if (ec) fail("remove", path, ec.message());
}

void ensure_directory(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) fail("create folder", path, ec.message());
  if (!fs::is_directory(path, ec)) fail("create folder", path, "not a folder");
}

bool is_directory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::vector<std::string> list_json_files(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->path().extension() == ".json" && it->is_regular_file(type_ec)) {
      files.push_back(it->path().string());
    }
  }
  if (ec) fail("list", directory, ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace galley::cli
