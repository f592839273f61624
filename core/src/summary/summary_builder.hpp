#pragma once
// Builds the summary object (docs/summary.md) from the article, what the
// sanitizer recorded about the body, and the text analysis.

#include "json/value.hpp"

#include <galley/options.hpp>

#include "article/article.hpp"
#include "sanitize/body_content.hpp"

namespace galley::summary {

json::Value build_summary(const article::Article& article, const sanitize::BodyContent& body, const Options& options);

}  // namespace galley::summary
