#pragma once
// Search and social metadata for summary.jsonld and summary.meta: a schema.org
// NewsArticle (+ BreadcrumbList) and Open Graph / Twitter card tags. The
// article's URLs were checked and resolved by check_article_urls.

#include <string>
#include <string_view>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "json/value.hpp"

namespace galley::summary {

struct MetadataInput {
  const article::Article& article;
  const Options& options;
  std::string_view description;  // subtitle, or the excerpt when there is none
  std::size_t word_count;
  const json::Value& keywords;  // summary.keywords
};

// The article's description for search and social metadata: the subtitle,
// else the summary's excerpt.
std::string article_description(const article::Article& article, const json::Value& summary);

json::Value build_jsonld(const MetadataInput& input);
json::Value build_social_meta(const MetadataInput& input);

}  // namespace galley::summary
