#pragma once
// Output files that appear whole or not at all: the content goes to a
// temporary file next to the target, which is renamed over it only once
// everything was written. A reader never sees a half-written file, and a
// batch that stops part-way leaves the previous version in place.

#include <cstdio>
#include <string>
#include <string_view>

namespace galley::cli {

class AtomicFile {
 public:
  // Creates the temporary file; throws IoError when it cannot.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  // Throws IoError when the write fails.
  void write(std::string_view text);
  // Flushes, closes and renames the temporary file to the target.
  void commit();

 private:
  std::string path_;
  std::string temporary_path_;
  std::FILE* file_ = nullptr;
};

// Writes a whole file atomically (see AtomicFile): `content` then `ending`
// (e.g. a final newline), without joining them first.
void write_file_atomically(const std::string& path, std::string_view content, std::string_view ending = {});

}  // namespace galley::cli
