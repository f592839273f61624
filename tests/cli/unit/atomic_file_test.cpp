// write_file_atomically: a file with other bytes is replaced by a new one; a
// regular file already holding the bytes is kept and given the current time.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.hpp"

namespace {

namespace fs = std::filesystem;

struct TemporaryFolder {
  fs::path path = fs::temp_directory_path() / ("galley-atomic-file-test-" + std::to_string(::getpid()));
  TemporaryFolder() { fs::create_directories(path); }
  ~TemporaryFolder() { fs::remove_all(path); }
};

std::string text_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct stat status_of(const fs::path& path) {
  struct stat status {};
  REQUIRE(::lstat(path.c_str(), &status) == 0);
  return status;
}

// Sets the file's times an hour back, so that a touch is seen at any clock resolution.
void age(const fs::path& path) { fs::last_write_time(path, fs::last_write_time(path) - std::chrono::hours(1)); }

}  // namespace

TEST_CASE("batch outputs holding the same bytes are kept and touched, others replaced") {
  const TemporaryFolder folder;
  const fs::path file = folder.path / "a.html";
  galley::cli::write_file_atomically(file.string(), "<p>one</p>", "\n");
  CHECK(text_of(file) == "<p>one</p>\n");

  age(file);
  const auto before = status_of(file);
  galley::cli::write_file_atomically(file.string(), "<p>one</p>\n");  // the same bytes, split otherwise
  const auto same = status_of(file);
  CHECK(same.st_ino == before.st_ino);
  CHECK(same.st_mtime > before.st_mtime);

  for (const std::string& other : {std::string("<p>one</p>"), std::string("<p>one</p>\n\n"), std::string("<p>two</p>\n")}) {
    INFO(other);
    galley::cli::write_file_atomically(file.string(), other);
    CHECK(text_of(file) == other);
  }
  CHECK(status_of(file).st_ino != before.st_ino);
}

TEST_CASE("batch outputs replace a symbolic link even to the same bytes") {
  const TemporaryFolder folder;
  const fs::path target = folder.path / "elsewhere.html";
  const fs::path link = folder.path / "a.html";
  galley::cli::write_file_atomically(target.string(), "same");
  fs::create_symlink(target, link);
  galley::cli::write_file_atomically(link.string(), "same");
  CHECK(fs::is_regular_file(fs::symlink_status(link)));
  CHECK(text_of(link) == "same");
}
