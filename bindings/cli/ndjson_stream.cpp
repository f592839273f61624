#include "ndjson_stream.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <galley/galley.hpp>

#include "atomic_file.hpp"
#include "file_io.hpp"
#include "line_reader.hpp"
#include "ndjson_record.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

// Lines in flight per render thread: enough to keep every thread busy while
// one slow article holds up the in-order writer, few enough to keep memory flat.
constexpr std::size_t kWindowPerThread = 16;
constexpr std::size_t kOutputBufferBytes = 1 << 20;

struct Slot {
  Line line;
  std::string record;
  std::optional<Error> error;
  bool done = false;
};

// Where the records go: standard output, or a file that appears complete or not at all.
class RecordSink {
 public:
  explicit RecordSink(const std::string& path) {
    if (path != "-") file_ = std::make_unique<AtomicFile>(path);
    else std::setvbuf(stdout, nullptr, _IOFBF, kOutputBufferBytes);
  }
  void write(const std::string& record) {
    if (file_) {
      file_->write(record);
      file_->write("\n");
    } else if (std::fwrite(record.data(), 1, record.size(), stdout) != record.size() || std::fputc('\n', stdout) == EOF) {
      throw IoError("cannot write to standard output");
    }
  }
  void finish() {
    if (file_) file_->commit();
    else if (std::fflush(stdout) != 0) throw IoError("cannot write to standard output");
  }

 private:
  std::unique_ptr<AtomicFile> file_;
};

// Lines move through a ring of slots: the reader fills slot n, any render
// thread renders it, and the writer prints slot n once slots before it are out.
class Pipeline {
 public:
  Pipeline(const Options& options, std::size_t window) : options_(options), slots_(window) {}

  // Reader side: blocks while the window is full.
  void push(Line&& line) {
    std::unique_lock<std::mutex> lock(mutex_);
    space_.wait(lock, [&] { return read_ - written_ < slots_.size(); });
    Slot& slot = slots_[read_ % slots_.size()];
    std::swap(slot.line, line);
    slot.done = false;
    ++read_;
    work_.notify_one();
  }

  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    work_.notify_all();
    finished_.notify_all();
  }

  void render_lines() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_.wait(lock, [&] { return taken_ < read_ || closed_; });
      if (taken_ == read_) return;
      Slot& slot = slots_[taken_++ % slots_.size()];
      lock.unlock();
      render_slot(slot);
      lock.lock();
      slot.done = true;
      finished_.notify_all();
    }
  }

  // Writer side: hands every record, in order, to `emit(slot, line number)`.
  template <typename Emit>
  void drain(Emit&& emit) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      finished_.wait(lock, [&] { return (written_ < read_ && slots_[written_ % slots_.size()].done) || (closed_ && written_ == read_); });
      if (written_ == read_) return;
      Slot& slot = slots_[written_ % slots_.size()];
      lock.unlock();
      emit(slot, written_ + 1);
      std::string().swap(slot.record);
      lock.lock();
      ++written_;
      space_.notify_one();
    }
  }

 private:
  void render_slot(Slot& slot) {
    RenderResult result;
    if (slot.line.too_long) {
      result.error = Error{"limit_exceeded", too_large_message(slot.line.length, options_.limits.max_input_bytes),
                           "", -1, -1, -1};
    } else {
      try {
        result = render(slot.line.text, options_);
      } catch (const std::exception& e) {  // e.g. out of memory: fail this line, keep the stream going
        result = RenderResult{internal_error(e.what()), {}, {}, {}};
      }
    }
    slot.record = ndjson_record(slot.line.text, result);
    slot.error = std::move(result.error);
    std::string().swap(slot.line.text);
  }

  const Options& options_;
  std::vector<Slot> slots_;
  std::mutex mutex_;
  std::condition_variable space_, work_, finished_;
  std::size_t read_ = 0;     // slots filled by the reader
  std::size_t taken_ = 0;    // slots handed to render threads
  std::size_t written_ = 0;  // slots written out
  bool closed_ = false;
};

InputFile open_ndjson(const std::string& path) {
  if (path != "-" && is_directory(path)) {
    throw IoError("cannot read '" + path + "': --ndjson-out takes an NDJSON file, not a folder");
  }
  return open_input(path);
}

}  // namespace

int run_ndjson_stream(const Arguments& args, const Options& options) {
  const std::string label = args.input == "-" ? "stdin" : args.input;
  std::size_t failed = 0;
  std::size_t total = 0;
  try {
    auto input = open_ndjson(args.input);
    RecordSink sink(args.ndjson_out);
    const unsigned threads = args.jobs != 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    Pipeline pipeline(options, kWindowPerThread * threads);

    std::optional<IoError> write_failure;  // the writer's; read after it joined
    std::atomic<bool> stop{false};
    std::thread writer([&] {
      pipeline.drain([&](const Slot& slot, std::size_t number) {
        if (write_failure) return;  // keep draining so that the reader is never stuck
        try {
          sink.write(slot.record);
        } catch (const IoError& e) {
          write_failure = e;
          stop = true;
          return;
        }
        ++total;
        if (!slot.error) return;
        ++failed;
        std::fprintf(stderr, "%s:%zu: %s\n", label.c_str(), number, slot.error->to_json().c_str());
      });
    });
    std::vector<std::thread> renderers;
    for (unsigned i = 0; i < threads; ++i) renderers.emplace_back([&] { pipeline.render_lines(); });

    std::optional<IoError> read_failure;
    try {
      LineReader reader(input.get(), input_name(args.input), options.limits.max_input_bytes);
      for (Line line; !stop && reader.next(line);) pipeline.push(std::move(line));
    } catch (const IoError& e) {
      read_failure = e;
    }
    pipeline.close();
    for (std::thread& renderer : renderers) renderer.join();
    writer.join();
    if (read_failure) throw *read_failure;
    if (write_failure) throw *write_failure;
    sink.finish();
  } catch (const IoError& e) {
    return report_error(io_error(e.what()));
  }
  std::fprintf(stderr, "rendered %zu, failed %zu\n", total - failed, failed);
  return failed == 0 ? kExitSuccess : kExitFailure;
}

}  // namespace galley::cli
