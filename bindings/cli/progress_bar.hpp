#pragma once
// A progress bar on standard error, drawn only when standard error is a
// terminal (so logs and pipes get no carriage-return noise). Thread-safe.

#include <chrono>
#include <cstddef>
#include <mutex>

namespace galley::cli {

bool stderr_is_terminal();

class ProgressBar {
 public:
  ProgressBar(std::size_t total, bool visible);

  void record(bool succeeded);
  // Draws the final state and ends the line.
  void finish();

 private:
  void draw();

  std::mutex mutex_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  bool visible_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace galley::cli
