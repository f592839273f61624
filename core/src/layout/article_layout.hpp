#pragma once
// `article` mode: the trusted template around the body.
// Every article string is escaped by the HtmlWriter and every article URL is
// checked by check_article_urls; class names are documented in docs/html-output.md.

#include <functional>
#include <string>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "serialize/html_writer.hpp"

namespace galley::layout {

// Writes <article class="galley-article">…</article>; `render_body` writes the body in place.
void render_article_layout(const article::Article& article, const Options& options, serialize::HtmlWriter& writer,
                           const std::function<void()>& render_body);

}  // namespace galley::layout
