#pragma once
// The article body (Markdown, HTML, plain text or typed blocks) → Sanitizer.
// Everything user-written goes through the sanitizer; only the fixed embed
// templates are written to the HtmlWriter directly.

#include <galley/policy.hpp>

#include "article/article.hpp"
#include "common/diagnostics.hpp"
#include "sanitize/sanitizer.hpp"
#include "serialize/html_writer.hpp"

namespace galley::body {

// `policy` decides which video providers typed `embed` blocks may show.
void render_body(const article::Article& article, const Policy& policy, sanitize::Sanitizer& sanitizer,
                 serialize::HtmlWriter& writer, common::Diagnostics& diagnostics);

}  // namespace galley::body
