#pragma once
// Builds the summary (docs/summary.md) from the article, what the sanitizer
// recorded about the body, and the text analysis, written straight as JSON
// text.

#include <string>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "sanitize/body_content.hpp"
#include "summary/metadata.hpp"

namespace galley::summary {

struct BuiltSummary {
  std::string json;   // the summary JSON text
  PageMetadata page;  // its metadata, for document mode's page head
};

BuiltSummary build_summary(const article::Article& article, const sanitize::BodyContent& body, const Options& options);

}  // namespace galley::summary
