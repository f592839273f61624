// Runs a command and reports the CPU time and peak resident memory of that
// one process (getrusage of the child: the figures /usr/bin/time prints, at
// microsecond resolution), so that Node can time fresh native processes.
//   galley_measure_process REPORT.json COMMAND [ARGS...]
// The command's own output passes through; REPORT.json gets
// {"status", "user_s", "system_s", "cpu_s", "wall_s", "max_rss_kb"}.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: galley_measure_process REPORT.json COMMAND [ARGS...]\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("fork");
    return 2;
  }
  if (child == 0) {
    execvp(argv[2], argv + 2);
    std::fprintf(stderr, "cannot run %s: %s\n", argv[2], std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) {
    std::perror("wait4");
    return 2;
  }
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  const int exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::FILE* report = std::fopen(argv[1], "w");
  if (report == nullptr) {
    std::perror(argv[1]);
    return 2;
  }
  const double user = seconds(usage.ru_utime);
  const double system = seconds(usage.ru_stime);
  std::fprintf(report,
               "{\"status\":%d,\"user_s\":%.6f,\"system_s\":%.6f,\"cpu_s\":%.6f,\"wall_s\":%.6f,\"max_rss_kb\":%ld}\n",
               exit_status, user, system, user + system, wall.count(), usage.ru_maxrss);
  return std::fclose(report) == 0 ? 0 : 2;
}
