#include "progress_bar.hpp"

#include <cstdio>
#include <string>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace galley::cli {
namespace {

constexpr std::size_t kBarWidth = 32;
constexpr std::chrono::milliseconds kRedrawInterval{100};

}  // namespace

bool stderr_is_terminal() {
#ifdef _WIN32
  return _isatty(_fileno(stderr)) != 0;
#else
  return isatty(fileno(stderr)) != 0;
#endif
}

ProgressBar::ProgressBar(std::size_t total, bool visible) : total_(total), visible_(visible) {
  if (visible_) {
    std::lock_guard<std::mutex> lock(mutex_);
    draw();
  }
}

void ProgressBar::record(bool succeeded) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  if (!succeeded) ++failed_;
  if (visible_ && std::chrono::steady_clock::now() - last_draw_ >= kRedrawInterval) draw();
}

void ProgressBar::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!visible_) return;
  draw();
  std::fputc('\n', stderr);
  visible_ = false;
}

void ProgressBar::draw() {
  last_draw_ = std::chrono::steady_clock::now();
  const std::size_t filled = total_ == 0 ? kBarWidth : done_ * kBarWidth / total_;
  std::string bar(filled, '#');
  bar.append(kBarWidth - filled, '.');
  std::fprintf(stderr, "\r[%s] %zu/%zu", bar.c_str(), done_, total_);
  if (failed_ > 0) std::fprintf(stderr, "  %zu failed", failed_);
  std::fflush(stderr);
}

}  // namespace galley::cli
