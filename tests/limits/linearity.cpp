// Measures render time against input size for each stress shape at 1×, 10×
// and 100× its base size and prints a Markdown table (benchmarks/limits/linearity.md).
// Time per MiB should stay flat; "growth" is the 100× figure over the 1× one.
//   galley_linearity [max_scale]   (default 100)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <galley/galley.hpp>

#include "stress_inputs.hpp"

namespace {

struct Measure {
  std::size_t bytes;
  double seconds;
  bool ok;
};

// CPU time of this process: unlike wall time, it does not count the time
// other programs on a busy machine hold the processor.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Best of `runs` renders: the least disturbed by the rest of the machine.
Measure measure(const std::string& json, int runs) {
  Measure m{json.size(), 1e300, false};
  for (int i = 0; i < runs; ++i) {
    const double start = cpu_seconds();
    const galley::RenderResult result = galley::render(json);
    m.seconds = std::min(m.seconds, cpu_seconds() - start);
    m.ok = result.ok();
  }
  return m;
}

double ms_per_mib(const Measure& m) { return m.seconds * 1e3 / (static_cast<double>(m.bytes) / (1024.0 * 1024.0)); }

}  // namespace

int main(int argc, char** argv) {
  const std::size_t max_scale = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  std::printf("| shape | 1× size | 1× ms | 1× ms/MiB | 10× ms | 10× ms/MiB | %zu× size | %zu× ms | %zu× ms/MiB | growth |\n",
              max_scale, max_scale, max_scale);
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const galley::hardening::Shape& shape : galley::hardening::linear_shapes()) {
    const Measure one = measure(shape.article(1), 5);
    const Measure ten = measure(shape.article(10), 3);
    // A shape that is already clearly superlinear at 10× would take far too long at 100×.
    const bool skip_largest = ten.seconds > 20.0;
    const Measure big = skip_largest ? Measure{0, 0, false} : measure(shape.article(max_scale), 3);
    const char* status = one.ok && ten.ok && (skip_largest || big.ok) ? "" : " (limit_exceeded)";
    std::printf("| %.*s%s | %.0f KiB | %.2f | %.1f | %.1f | %.1f | ", static_cast<int>(shape.name.size()), shape.name.data(),
                status, static_cast<double>(one.bytes) / 1024.0, one.seconds * 1e3, ms_per_mib(one), ten.seconds * 1e3,
                ms_per_mib(ten));
    if (skip_largest) {
      std::printf("— | — | — | %.1f× at 10× |\n", ms_per_mib(ten) / ms_per_mib(one));
    } else {
      std::printf("%.1f MiB | %.0f | %.1f | %.2f× |\n", static_cast<double>(big.bytes) / (1024.0 * 1024.0), big.seconds * 1e3,
                  ms_per_mib(big), ms_per_mib(big) / ms_per_mib(one));
    }
    std::fflush(stdout);
  }
  return 0;
}
