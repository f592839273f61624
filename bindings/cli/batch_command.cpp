#include "batch_command.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <galley/galley.hpp>

#include "atomic_file.hpp"
#include "batch_cache.hpp"
#include "batch_index.hpp"
#include "batch_input.hpp"
#include "file_io.hpp"
#include "folder_output.hpp"
#include "ndjson_stream.hpp"
#include "options_file.hpp"
#include "progress_bar.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

// A batch renders article after article, each allocating and freeing about
// the same working memory. glibc gives freed memory at the top of the heap
// back to the system (and serves blocks from 128 KB on with mmap), so the
// next article takes page faults on fresh pages again: about a tenth of the
// CPU time with the default options. Freed memory is kept for reuse instead,
// up to a bound; an article's peak is unchanged.
void keep_freed_memory_for_reuse() {
#if defined(__GLIBC__)
  constexpr int kKeepFreeBytes = 64 << 20;
  constexpr int kMmapFromBytes = 4 << 20;
  mallopt(M_TRIM_THRESHOLD, kKeepFreeBytes);
  mallopt(M_MMAP_THRESHOLD, kMmapFromBytes);
#endif
}

struct BatchJob {
  const Options& options;
  const std::vector<BatchItem>& items;
  std::string output_dir;
  const BatchCache& cache;
  std::vector<FolderOutcome> outcomes;  // one slot per item, written by one worker only
  std::atomic<std::size_t> next{0};
  ProgressBar progress;
};

void work(BatchJob& job) {
  const StagingFolder staging(job.output_dir);
  for (std::size_t i = job.next++; i < job.items.size(); i = job.next++) {
    job.outcomes[i] = render_to_folder(job.items[i], job.options, job.output_dir, job.cache, staging.path());
    job.progress.record(!job.outcomes[i].error.has_value());
  }
}

unsigned worker_count(unsigned requested, std::size_t items) {
  const unsigned wanted = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(items, 1, wanted));
}

// The failures, in input order, then the counts; returns the exit status.
int report(const BatchJob& job) {
  std::size_t failed = 0;
  std::size_t skipped = 0;
  for (std::size_t i = 0; i < job.items.size(); ++i) {
    if (job.outcomes[i].skipped) ++skipped;
    if (!job.outcomes[i].error) continue;
    ++failed;
    std::fprintf(stderr, "%s: %s\n", job.items[i].source.c_str(), job.outcomes[i].error->to_json().c_str());
  }
  std::fprintf(stderr, "rendered %zu, failed %zu", job.items.size() - failed - skipped, failed);
  if (skipped > 0) std::fprintf(stderr, ", unchanged %zu", skipped);
  std::fputc('\n', stderr);
  return failed == 0 ? kExitSuccess : kExitFailure;
}

// index.json and the cache list the articles that rendered, in input order.
void write_listings(const BatchJob& job) {
  std::vector<std::string> entries;
  std::vector<std::pair<std::string, std::string>> keys;
  for (std::size_t i = 0; i < job.items.size(); ++i) {
    const FolderOutcome& outcome = job.outcomes[i];
    if (outcome.error) continue;
    entries.push_back(outcome.index_entry);
    keys.emplace_back(job.items[i].name, outcome.cache_key);
  }
  write_index(job.output_dir, entries);
  job.cache.save(keys);
}

}  // namespace

int run_batch(const Arguments& args) {
  keep_freed_memory_for_reuse();
  const Options options = load_options(args);
  if (!args.ndjson_out.empty()) return run_ndjson_stream(args, options);
  BatchInput input;
  std::optional<BatchCache> cache;
  try {
    input = collect_batch_input(args.input, options.limits.max_input_bytes);
    ensure_directory(args.output_dir);
    cache.emplace(args);
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }

  BatchJob job{options, input.items, args.output_dir, *cache, {}, {}, ProgressBar(input.items.size(), stderr_is_terminal())};
  job.outcomes.resize(input.items.size());
  std::vector<std::thread> workers;
  const unsigned count = worker_count(args.jobs, input.items.size());
  for (unsigned i = 1; i < count; ++i) workers.emplace_back(work, std::ref(job));
  work(job);  // the main thread is a worker too
  for (std::thread& worker : workers) worker.join();
  job.progress.finish();
  const int status = report(job);
  try {
    write_listings(job);
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  return status;
}

}  // namespace galley::cli
