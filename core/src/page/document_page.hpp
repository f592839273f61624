#pragma once
// `document` mode: wraps the rendered article HTML into a complete HTML5 page
// with the metadata from the summary (title, description, canonical link,
// Open Graph and Twitter tags, JSON-LD scripts, galley.css inlined or the
// stylesheet_url linked). A page over limits.max_output_bytes is a failure.

#include <string>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "common/first_failure.hpp"
#include "summary/metadata.hpp"

namespace galley::page {

std::string render_document_page(const article::Article& article, const Options& options, common::FirstFailure& failure,
                                  const summary::PageMetadata& metadata, const std::string& article_html);

}  // namespace galley::page
