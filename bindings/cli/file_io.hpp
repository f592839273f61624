#pragma once
// Reading and writing whole files for the command-line tool. Failures throw
// IoError with a message naming the file and the system's reason.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace galley::cli {

struct IoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a whole file; "-" means standard input.
std::string read_input(const std::string& path);

void write_file(const std::string& path, std::string_view content);

// Removes a file; a file that does not exist is not an error.
void remove_file(const std::string& path);

// Creates the folder (and its parents) unless it exists.
void ensure_directory(const std::string& path);

bool is_directory(const std::string& path);

// Regular files named *.json directly inside the folder, sorted by path.
std::vector<std::string> list_json_files(const std::string& directory);

}  // namespace galley::cli
