#pragma once
// Checks every URL of the article's own fields (canonical url, breadcrumbs,
// authors, hero image, publisher) once, against the URL policy: safe URLs are
// replaced by their cleaned, resolved form; unsafe ones are removed with a
// `removed_url` diagnostic. Templates and metadata then use them as they are.

#include <galley/policy.hpp>

#include "article/article.hpp"
#include "common/diagnostics.hpp"

namespace galley::sanitize {

void check_article_urls(article::Article& article, const Policy& policy, common::Diagnostics& diagnostics);

}  // namespace galley::sanitize
