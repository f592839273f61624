#pragma once
// Search and social metadata for summary.jsonld and summary.meta: a schema.org
// NewsArticle (+ BreadcrumbList) and Open Graph / Twitter card tags. The
// article's URLs were checked and resolved by check_article_urls.

#include <string>
#include <string_view>
#include <vector>

#include <galley/options.hpp>

#include "analysis/text_analysis.hpp"
#include "article/article.hpp"

namespace galley::summary {

struct MetadataInput {
  const article::Article& article;
  const Options& options;
  std::string_view description;  // subtitle, or the excerpt when there is none
  std::size_t word_count;
  const std::vector<analysis::Keyword>& keywords;  // summary.keywords
};

// One <meta> tag: Open Graph uses `property`, Twitter cards use `name`.
struct MetaTag {
  std::string_view attribute;  // "property" or "name"
  std::string_view key;        // "og:title", ...
  std::string content;
};

// What document mode's page head shows, as the summary has it.
struct PageMetadata {
  std::string description;          // see article_description
  std::vector<MetaTag> meta;        // summary.meta
  std::vector<std::string> jsonld;  // summary.jsonld, each item as compact JSON text
};

// The article's description for search and social metadata: the subtitle,
// else the summary's excerpt.
std::string article_description(const article::Article& article, std::string_view excerpt);

std::vector<std::string> build_jsonld(const MetadataInput& input);
std::vector<MetaTag> build_social_meta(const MetadataInput& input);

}  // namespace galley::summary
