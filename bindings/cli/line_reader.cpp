#include "line_reader.hpp"

#include <cerrno>
#include <cstring>

#include "file_io.hpp"

namespace galley::cli {
namespace {

constexpr std::size_t kChunkBytes = 256 * 1024;

}  // namespace

LineReader::LineReader(std::FILE* file, std::string name, std::size_t max_line_bytes)
    : file_(file), name_(std::move(name)), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

bool LineReader::fill() {
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  position_ = 0;
  if (end_ == 0 && std::ferror(file_)) throw IoError("cannot read '" + name_ + "': " + std::strerror(errno));
  return end_ > 0;
}

bool LineReader::next(Line& line) {
  line.text.clear();
  line.length = 0;
  line.too_long = false;
  bool started = false;
  for (;;) {
    if (position_ == end_ && !fill()) return started;
    started = true;
    const char* start = buffer_.data() + position_;
    const std::size_t available = end_ - position_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
    const std::size_t taken = newline != nullptr ? static_cast<std::size_t>(newline - start) : available;
    line.length += taken;
    if (line.length > max_line_bytes_) {
      if (!line.too_long) std::string().swap(line.text);  // give the memory back
      line.too_long = true;
    } else {
      line.text.append(start, taken);
    }
    position_ += taken;
    if (newline != nullptr) {
      ++position_;
      return true;
    }
  }
}

}  // namespace galley::cli
