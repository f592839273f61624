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

// Reads straight into the string, growing it geometrically but never past
// `max_bytes` + 1, the size that proves the input too large; `expected_size`
// (the file's size, when known) makes a regular file a single read.
std::string read_all(std::FILE* file, const std::string& name, std::size_t expected_size, std::size_t max_bytes) {
  constexpr std::size_t kInitialCapacity = 64 * 1024;
  const std::size_t cap = max_bytes + 1;
  std::string content(std::min(expected_size > 0 ? expected_size + 1 : kInitialCapacity, cap), '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == content.size()) {
      if (used == cap) throw InputTooLarge(too_large_message(0, max_bytes), max_bytes);
      content.resize(std::min(content.size() * 2, cap));
    }
    const std::size_t got = std::fread(&content[used], 1, content.size() - used, file);
    if (got == 0) break;
    used += got;
  }
  if (std::ferror(file)) fail("read", name, std::strerror(errno));
  content.resize(used);
  return content;
}

}  // namespace

std::string too_large_message(std::size_t size, std::size_t limit) {
  const std::string what = size > 0 ? std::to_string(size) : "more than " + std::to_string(limit);
  return "input of " + what + " bytes exceeds the limit of " + std::to_string(limit) + " bytes";
}

InputFile open_input(const std::string& path) {
  if (path == "-") return InputFile(stdin, [](std::FILE*) { return 0; });
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail("read", path, "is a directory");
  InputFile file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) fail("read", path, std::strerror(errno));
  return file;
}

std::string input_name(const std::string& path) { return path == "-" ? "standard input" : path; }

std::string read_input(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  const std::uintmax_t size = path == "-" ? 0 : fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    throw InputTooLarge(too_large_message(static_cast<std::size_t>(size), max_bytes), max_bytes);
  }
  const InputFile file = open_input(path);
  return read_all(file.get(), input_name(path), ec ? 0 : static_cast<std::size_t>(size), max_bytes);
}

void write_file(const std::string& path, std::string_view content, std::string_view ending) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) fail("write", path, std::strerror(errno));
  bool written = true;
  for (const std::string_view part : {content, ending}) {
    written = written && std::fwrite(part.data(), 1, part.size(), file) == part.size();
  }
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
