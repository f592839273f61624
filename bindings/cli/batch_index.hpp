#pragma once
// OUTDIR/index.json: one entry per rendered article, in input order, with what
// a listing page or a search index needs (id, output name, title, url,
// excerpt, reading time, tags, dates), taken from the article's summary.
//
//   {"articles":[
//   {"id":…,"name":…,"title":…,"url":…,"excerpt":…,"reading_time":{"minutes":…,"seconds":…,"total_seconds":…},"tags":[…],"published":…,"updated":…},
//   …
//   ]}

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::cli {

// The entry (one line of JSON) for the article rendered to OUTDIR/<name>.*;
// nullopt when `summary_json` is not a summary (e.g. an edited file).
std::optional<std::string> index_entry(const std::string& name, std::string_view summary_json);

// Writes OUTDIR/index.json atomically. Throws IoError.
void write_index(const std::string& output_dir, const std::vector<std::string>& entries);

}  // namespace galley::cli
