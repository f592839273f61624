#pragma once
// One article of `galley batch -o OUTDIR`: rendered (or, with --incremental,
// found unchanged) to OUTDIR/<name>.html, <name>.summary.json and, when
// there were diagnostics, <name>.diagnostics.json. Every file is written
// atomically; a failed article's outputs from an earlier run are removed, so
// that the folder always shows this run.

#include <optional>
#include <string>

#include <galley/options.hpp>
#include <galley/result.hpp>

#include "batch_cache.hpp"
#include "batch_input.hpp"

namespace galley::cli {

struct FolderOutcome {
  std::optional<Error> error;  // set when the article failed; then the rest is empty
  std::string index_entry;     // its line of index.json
  std::string cache_key;
  bool skipped = false;        // unchanged since the last run (--incremental)
};

// The files are created in `staging_folder` (see StagingFolder) and renamed
// into `output_dir`.
FolderOutcome render_to_folder(const BatchItem& item, const Options& options, const std::string& output_dir,
                               const BatchCache& cache, const std::string& staging_folder);

}  // namespace galley::cli
