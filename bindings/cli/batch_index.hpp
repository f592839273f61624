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

// The entry (one line of JSON) for the article rendered to OUTDIR/<name>.*,
// from its summary as the core writes it: compact JSON whose strings are
// escaped as nlohmann::json writes them. The entry's values are copied from
// that text as they are, without building a document; nullopt when it is not
// a summary.
std::optional<std::string> index_entry(const std::string& name, std::string_view compact_summary);

// The same for the text of a summary file of an earlier run, in any JSON
// layout (e.g. edited); nullopt when it is not JSON or not a summary.
std::optional<std::string> index_entry_of_file(const std::string& name, std::string_view summary_text);

// Writes OUTDIR/index.json atomically. Throws IoError.
void write_index(const std::string& output_dir, const std::vector<std::string>& entries);

}  // namespace galley::cli
