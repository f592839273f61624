#include "batch_command.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>
#include <vector>

#include <galley/galley.hpp>

#include "batch_input.hpp"
#include "file_io.hpp"
#include "options_file.hpp"
#include "progress_bar.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

struct BatchJob {
  const Options& options;
  const std::vector<BatchItem>& items;
  std::string output_dir;
  std::vector<std::optional<Error>> failures;  // one slot per item, written by one worker only
  std::atomic<std::size_t> next{0};
  ProgressBar progress;
};

// Renders one item and writes its outputs; returns the error if it failed.
// A failed item's outputs from an earlier run are removed, so that the output
// folder always shows this run.
std::optional<Error> render_item(const BatchItem& item, const Options& options, const std::string& output_dir) {
  const std::string base = (std::filesystem::path(output_dir) / item.name).string();
  const std::string html_path = base + ".html";
  const std::string summary_path = base + ".summary.json";
  const std::string diagnostics_path = base + ".diagnostics.json";
  try {
    std::string file_text;
    std::string_view article = item.line;
    if (!item.path.empty()) {
      file_text = read_input(item.path);
      article = file_text;
    }
    RenderResult result = render(article, options);
    if (!result.ok()) {
      for (const std::string* path : {&html_path, &summary_path, &diagnostics_path}) remove_file(*path);
      return std::move(result.error);
    }
    write_file(html_path, result.html);
    write_file(summary_path, result.summary_json + '\n');
    if (result.diagnostics.empty()) remove_file(diagnostics_path);
    else write_file(diagnostics_path, galley::diagnostics_to_json(result.diagnostics) + '\n');
    return std::nullopt;
  } catch (const IoError& e) {
    return io_error(e.what());
  } catch (const std::exception& e) {  // e.g. out of memory: fail this item, keep the batch going
    return internal_error(e.what());
  }
}

void work(BatchJob& job) {
  for (std::size_t i = job.next++; i < job.items.size(); i = job.next++) {
    job.failures[i] = render_item(job.items[i], job.options, job.output_dir);
    job.progress.record(!job.failures[i].has_value());
  }
}

unsigned worker_count(unsigned requested, std::size_t items) {
  const unsigned wanted = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(items, 1, wanted));
}

// The failures, in input order, then the counts; returns the exit status.
int report(const BatchJob& job) {
  std::size_t failed = 0;
  for (std::size_t i = 0; i < job.items.size(); ++i) {
    if (!job.failures[i]) continue;
    ++failed;
    std::fprintf(stderr, "%s: %s\n", job.items[i].source.c_str(), job.failures[i]->to_json().c_str());
  }
  std::fprintf(stderr, "rendered %zu, failed %zu\n", job.items.size() - failed, failed);
  return failed == 0 ? kExitSuccess : kExitFailure;
}

}  // namespace

int run_batch(const Arguments& args) {
  const Options options = load_options(args);
  BatchInput input;
  try {
    input = collect_batch_input(args.input);
    ensure_directory(args.output_dir);
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }

  BatchJob job{options, input.items, args.output_dir, {}, {}, ProgressBar(input.items.size(), stderr_is_terminal())};
  job.failures.resize(input.items.size());
  std::vector<std::thread> workers;
  const unsigned count = worker_count(args.jobs, input.items.size());
  for (unsigned i = 1; i < count; ++i) workers.emplace_back(work, std::ref(job));
  work(job);  // the main thread is a worker too
  for (std::thread& worker : workers) worker.join();
  job.progress.finish();
  return report(job);
}

}  // namespace galley::cli
