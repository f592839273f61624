#pragma once
// What a render returns: the HTML, the summary (JSON text, and as C++ values
// through summary()) and diagnostics, or a structured error. Nothing crosses
// the core boundary as an exception.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <galley/summary.hpp>

namespace galley {

// A warning about the input: something was repaired, ignored or removed.
struct Diagnostic {
  std::string code;      // stable machine-readable code, e.g. "removed_element"
  std::string message;   // human-readable explanation
  std::string path;      // JSON pointer into the input, e.g. "/blocks/3/html"
  std::int64_t offset = -1;  // byte offset inside the string at `path` (-1: not applicable)
  std::string removed;   // content that was dropped (text or markup), if any
};

// Why a render could not be done at all.
struct Error {
  std::string code;      // invalid_json, invalid_article, invalid_options, limit_exceeded, internal_error
  std::string message;
  std::string path;      // JSON pointer of the offending value ("" for the whole input)
  std::int64_t line = -1;    // 1-based, malformed JSON only
  std::int64_t column = -1;  // 1-based (bytes), malformed JSON only
  std::int64_t offset = -1;  // 0-based byte offset, malformed JSON only

  std::string to_json() const;  // one line: {"code","message","path","line","column","offset"}
};

// The diagnostics as a JSON array (the "diagnostics" member of RenderResult::to_json).
std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics, int indent = -1);

struct RenderResult {
  std::optional<Error> error;   // set when the render failed; then the rest is empty
  std::string html;
  std::string summary_json;     // the summary object as compact JSON (see docs/summary.md)
  std::vector<Diagnostic> diagnostics;

  bool ok() const { return !error.has_value(); }
  // summary_json as C++ values; std::nullopt when there is no summary (a
  // failed render, sanitize_html).
  std::optional<Summary> summary() const;
  // {"html":…,"summary":…,"diagnostics":[…]} or {"error":{…}}; `indent` < 0 gives compact output.
  // "summary" is absent when there is none (sanitize_html).
  std::string to_json(int indent = -1) const;
  // The compact to_json() text, handed to `write` in pieces of about a
  // megabyte rather than built whole, so that a large HTML is not held a
  // second time, escaped, while it is written out.
  void write_json(const std::function<void(std::string_view)>& write) const;
};

}  // namespace galley
