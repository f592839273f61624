#pragma once
// What the sanitizer learns about the body while it passes through: the
// visible text, headings, links, images and what was removed. The summary is
// computed from this, so nothing is parsed twice.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace galley {

struct OutlineEntry {
  int level = 2;      // 2..6 (a body h1 is demoted to h2)
  std::string text;
  std::string id;     // generated, prefixed, unique within the render
};

struct LinkEntry {
  std::string href;   // as written to the output (after base-URL resolution)
  std::string text;
  bool internal = false;
};

struct ImageEntry {
  std::string src;
  std::string alt;
  std::optional<std::string> caption;
};

struct RemovedCounts {
  std::size_t elements = 0;    // elements dropped with their content
  std::size_t unwrapped = 0;   // elements removed but their content kept
  std::size_t attributes = 0;
  std::size_t urls = 0;        // attributes removed because of their URL
  std::size_t comments = 0;
};

struct BodyContent {
  // Visible text. Block boundaries (end of p, li, h*, td, pre, blockquote, …)
  // are marked with '\n', paragraphs-like blocks with "\n\n".
  std::string text;
  std::vector<OutlineEntry> outline;
  std::vector<LinkEntry> links;
  std::vector<ImageEntry> images;
  RemovedCounts removed;
};

}  // namespace galley
