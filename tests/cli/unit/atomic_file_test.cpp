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

TEST_CASE("batch outputs longer than one read are compared whole, up to the last byte of the ending") {
  const TemporaryFolder folder;
  const fs::path file = folder.path / "long.html";
  const std::string content(200 * 1024, 'a');
  galley::cli::write_file_atomically(file.string(), content, "\n");
  age(file);
  const auto before = status_of(file);
  galley::cli::write_file_atomically(file.string(), content.substr(0, 70 * 1024), content.substr(70 * 1024) + "\n");
  CHECK(status_of(file).st_ino == before.st_ino);
  CHECK(status_of(file).st_mtime > before.st_mtime);

  std::string changed = content;
  changed[150 * 1024] = 'b';
  galley::cli::write_file_atomically(file.string(), changed, "\n");
  CHECK(text_of(file) == changed + "\n");
  galley::cli::write_file_atomically(file.string(), changed, "\r");
  CHECK(text_of(file) == changed + "\r");
}
