#pragma once
// Reads a stream line by line in fixed-size chunks. A line longer than the
// limit is not kept in memory: only its length is counted.

#include <cstdio>
#include <string>
#include <vector>

namespace galley::cli {

struct Line {
  std::string text;        // without its '\n'; empty when the line was too long
  std::size_t length = 0;  // bytes of the line, '\n' excluded
  bool too_long = false;
};

class LineReader {
 public:
  // `file` stays owned by the caller; `name` is used in error messages.
  LineReader(std::FILE* file, std::string name, std::size_t max_line_bytes);

  // The next line; false at the end of the input (a last line without '\n'
  // still counts). Throws IoError when reading fails.
  bool next(Line& line);

 private:
  bool fill();

  std::FILE* file_;
  std::string name_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t position_ = 0;
  std::size_t end_ = 0;
};

}  // namespace galley::cli
