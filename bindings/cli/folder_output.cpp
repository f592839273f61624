#include "folder_output.hpp"

#include <exception>
#include <stdexcept>
#include <filesystem>

#include <galley/galley.hpp>

#include "atomic_file.hpp"
#include "batch_index.hpp"
#include "file_io.hpp"
#include "reporting.hpp"

namespace galley::cli {
namespace {

struct OutputPaths {
  std::string html;
  std::string summary;
  std::string diagnostics;
};

OutputPaths output_paths(const std::string& output_dir, const std::string& name) {
  const std::string base = (std::filesystem::path(output_dir) / name).string();
  return {base + ".html", base + ".summary.json", base + ".diagnostics.json"};
}

// The index entry of the previous run's outputs, when they are all still there.
std::optional<std::string> previous_entry(const std::string& name, const OutputPaths& paths) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(paths.html, ec) || !std::filesystem::is_regular_file(paths.summary, ec)) {
    return std::nullopt;
  }
  return index_entry_of_file(name, read_input(paths.summary, kNoInputLimit));
}

}  // namespace

FolderOutcome render_to_folder(const BatchItem& item, const Options& options, const std::string& output_dir,
                               const BatchCache& cache, const std::string& staging_folder) {
  const OutputPaths paths = output_paths(output_dir, item.name);
  FolderOutcome outcome;
  // A failed article leaves no outputs of an earlier run behind.
  const auto fail = [&](Error error) {
    for (const std::string* path : {&paths.html, &paths.summary, &paths.diagnostics}) remove_file(*path);
    outcome.error = std::move(error);
    return outcome;
  };
  if (item.refused) return fail(*item.refused);
  try {
    std::string file_text;
    std::string_view article = item.line;
    if (!item.path.empty()) {
      file_text = read_input(item.path, options.limits.max_input_bytes);
      article = file_text;
    }
    outcome.cache_key = cache.key(article);
    if (cache.unchanged(item.name, outcome.cache_key)) {
      if (std::optional<std::string> entry = previous_entry(item.name, paths)) {
        outcome.index_entry = std::move(*entry);
        outcome.skipped = true;
        return outcome;
      }
    }
    // A file's text is handed over, so that it is freed once parsed.
    RenderResult result = item.path.empty() ? render(article, options) : render_owned(std::move(file_text), options);
    if (!result.ok()) return fail(std::move(*result.error));
    write_file_atomically(paths.html, result.html, {}, staging_folder);
    write_file_atomically(paths.summary, result.summary_json, "\n", staging_folder);
    if (result.diagnostics.empty()) remove_file(paths.diagnostics);
    else write_file_atomically(paths.diagnostics, galley::diagnostics_to_json(result.diagnostics), "\n", staging_folder);
    std::optional<std::string> entry = index_entry(item.name, result.summary_json);
    if (!entry) throw std::logic_error("the core's summary has not the documented form");
    outcome.index_entry = std::move(*entry);
  } catch (const InputTooLarge& e) {
    return fail(input_too_large(e));
  } catch (const IoError& e) {
    outcome.error = io_error(e.what());
  } catch (const std::exception& e) {  // e.g. out of memory: fail this item, keep the batch going
    outcome.error = internal_error(e.what());
  }
  return outcome;
}

}  // namespace galley::cli
