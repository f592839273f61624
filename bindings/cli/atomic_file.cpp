#include "atomic_file.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_io.hpp"

namespace galley::cli {
namespace {

// Unique among the threads of this process; the process id keeps concurrent
// runs writing into the same folder apart.
std::string temporary_name_for(const std::string& path) {
  static const std::string process = std::to_string(::getpid());
  static std::atomic<unsigned long> counter{0};
  return path + ".partial-" + process + '-' + std::to_string(counter++);
}

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw IoError("cannot write '" + path + "': " + reason);
}

// Whether the open file holds exactly `content` then `ending`. Read in
// chunks that may straddle the two, so that an output of up to 64 KB takes
// a single read.
bool holds(int fd, std::string_view content, std::string_view ending) {
  struct stat status {};
  const std::size_t total = content.size() + ending.size();
  if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || static_cast<std::uintmax_t>(status.st_size) != total) {
    return false;
  }
  char buffer[64 * 1024];
  for (std::size_t at = 0; at < total;) {
    const ::ssize_t got = ::read(fd, buffer, std::min(sizeof buffer, total - at));
    if (got <= 0) return false;
    std::string_view chunk(buffer, static_cast<std::size_t>(got));
    if (at < content.size()) {
      const std::string_view expected = content.substr(at, chunk.size());
      if (chunk.substr(0, expected.size()) != expected) return false;
      at += expected.size();
      chunk.remove_prefix(expected.size());
    }
    if (chunk.empty()) continue;
    if (chunk != ending.substr(at - content.size(), chunk.size())) return false;
    at += chunk.size();
  }
  return true;
}

// Gives the file at `path` the current time when it holds exactly `content`
// then `ending`; false when it does not, or cannot be touched. A symbolic
// link is not followed: writing replaces the link itself.
bool touch_if_holding(const std::string& path, std::string_view content, std::string_view ending) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  const bool touched = holds(fd, content, ending) && ::futimens(fd, nullptr) == 0;
  ::close(fd);
  return touched;
}

}  // namespace

AtomicFile::AtomicFile(std::string path, const std::string& staging_folder)
    : path_(std::move(path)),
      temporary_path_(temporary_name_for(
          staging_folder.empty() ? path_ : (std::filesystem::path(staging_folder) / std::filesystem::path(path_).filename()).string())) {
  file_ = std::fopen(temporary_path_.c_str(), "wb");
  if (file_ == nullptr) fail(path_, std::strerror(errno));
  // A buffer of our own spares stdio its fstat for the buffer size, and one
  // this large writes a whole article's output with a single write.
  std::setvbuf(file_, buffer_.get(), _IOFBF, kBufferBytes);
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!temporary_path_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(temporary_path_, ignored);
  }
}

void AtomicFile::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail(path_, std::strerror(errno));
}

void AtomicFile::commit() {
  std::FILE* file = file_;
  file_ = nullptr;
  if (std::fclose(file) != 0) fail(path_, std::strerror(errno));
  std::error_code ec;
  std::filesystem::rename(temporary_path_, path_, ec);
  if (ec) fail(path_, ec.message());
  temporary_path_.clear();
}

void write_file_atomically(const std::string& path, std::string_view content, std::string_view ending,
                           const std::string& staging_folder) {
  if (touch_if_holding(path, content, ending)) return;
  AtomicFile file(path, staging_folder);
  file.write(content);
  file.write(ending);
  file.commit();
}

StagingFolder::StagingFolder(const std::string& parent) {
  const std::string path = temporary_name_for((std::filesystem::path(parent) / ".galley-staging").string());
  std::error_code ec;
  if (std::filesystem::create_directory(path, ec)) path_ = path;
}

StagingFolder::~StagingFolder() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace galley::cli
