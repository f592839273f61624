#pragma once
// Output files that appear whole or not at all: the content goes to a
// temporary file next to the target, which is renamed over it only once
// everything was written. A reader never sees a half-written file, and a
// batch that stops part-way leaves the previous version in place.

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace galley::cli {

class AtomicFile {
 public:
  // Creates the temporary file, in `staging_folder` when one is given (see
  // StagingFolder); throws IoError when it cannot.
  explicit AtomicFile(std::string path, const std::string& staging_folder = {});
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  // Throws IoError when the write fails.
  void write(std::string_view text);
  // Flushes, closes and renames the temporary file to the target.
  void commit();

 private:
  static constexpr std::size_t kBufferBytes = 64 * 1024;
  std::string path_;
  std::string temporary_path_;
  std::unique_ptr<char[]> buffer_{new char[kBufferBytes]};  // left uninitialized: stdio fills it
  std::FILE* file_ = nullptr;
};

// Writes a whole file atomically (see AtomicFile): `content` then `ending`
// (e.g. a final newline), without joining them first. A regular file that
// already holds exactly these bytes is kept and only given the current time,
// as if written again: replacing it would give the same content and time, at
// the cost of a new file (on ext4 without a journal, creating a file scans
// past every inode freed in the last minutes, which made up half the CPU time
// of a batch run again into the same folder).
void write_file_atomically(const std::string& path, std::string_view content, std::string_view ending = {},
                           const std::string& staging_folder = {});

// A folder of one thread's own for its temporary files, inside the folder
// they are committed to (so on the same file system). Creating a file holds
// its folder's lock while the file system allocates it, which on ext4 takes
// a third of a batch's CPU time: threads that create their files in folders
// of their own do not queue for that lock, and the renames are quick.
// Removed with what is left in it when it goes; when it cannot be made,
// path() is empty and files are staged next to their targets.
class StagingFolder {
 public:
  explicit StagingFolder(const std::string& parent);
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;
  ~StagingFolder();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace galley::cli
