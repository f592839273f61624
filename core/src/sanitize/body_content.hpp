#pragma once
// What the sanitizer learns about the body while it passes through: the
// visible text, headings, links, images and what was removed. The summary is
// computed from this, so nothing is parsed twice.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <galley/summary.hpp>

namespace galley::sanitize {

// OutlineEntry, LinkEntry, ImageEntry and RemovedCounts are public: they are
// also fields of galley::Summary.

struct BodyContent {
  // Visible text. Block boundaries (end of p, li, h*, td, pre, blockquote, …)
  // are marked with '\n', paragraphs-like blocks with "\n\n".
  std::string text;
  std::vector<OutlineEntry> outline;
  std::vector<LinkEntry> links;
  std::vector<ImageEntry> images;
  RemovedCounts removed;
};

}  // namespace galley::sanitize
