#pragma once
// Reading and writing whole files for the command-line tool. Failures throw
// IoError with a message naming the file and the system's reason.

#include <cstddef>
#include <cstdio>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace galley::cli {

struct IoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An input longer than the limit it was read with. Nothing past the limit
// was read: a file is refused by its size, a stream after `limit` + 1 bytes.
struct InputTooLarge : std::runtime_error {
  InputTooLarge(const std::string& message, std::size_t limit_) : std::runtime_error(message), limit(limit_) {}
  std::size_t limit;
};

// Reads a whole file; "-" means standard input. An input of more than
// `max_bytes` throws InputTooLarge without being held in memory.
std::string read_input(const std::string& path, std::size_t max_bytes);

// A `max_bytes` for the tool's own files (the batch cache, the summaries of an
// earlier run), which no input limit applies to.
constexpr std::size_t kNoInputLimit = std::numeric_limits<std::size_t>::max() - 1;

using InputFile = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// Opens a file for reading; "-" means standard input, which is left open.
InputFile open_input(const std::string& path);

// How error messages name the input at `path`.
std::string input_name(const std::string& path);

// The InputTooLarge description for an input of `size` bytes (0: unknown, a stream).
std::string too_large_message(std::size_t size, std::size_t limit);

// Writes `content` then `ending` (e.g. a final newline) without joining them first.
void write_file(const std::string& path, std::string_view content, std::string_view ending = {});

// Removes a file; a file that does not exist is not an error.
void remove_file(const std::string& path);

// Creates the folder (and its parents) unless it exists.
void ensure_directory(const std::string& path);

bool is_directory(const std::string& path);

// Regular files named *.json directly inside the folder, sorted by path.
std::vector<std::string> list_json_files(const std::string& directory);

}  // namespace galley::cli
