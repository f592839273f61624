#pragma once
// An independent oracle for Galley's HTML output, written from the
// documentation (docs/html-output.md, docs/sanitizer.md, docs/options.md)
// rather than from the sanitizer's own tables, so that the two can disagree.
//
// It checks that the output is
//  - well formed: every non-void element closed in order, no end tag for a
//    void element, attribute values quoted, every '&' a character reference,
//    no '<' outside markup, valid UTF-8;
//  - within the allow-lists: only documented elements and attributes, in the
//    right part of the page (user content may not use template-only markup),
//    attribute values of the documented shape;
//  - free of script: no javascript:/vbscript: URLs, data: URLs only as allowed
//    images, no on* attributes, no comments, no raw-text elements except the
//    JSON-LD script and the one <style> (galley.css, no markup) of `document` mode;
//  - parser-stable: a browser parsing it builds the tree it describes (no p
//    closed by a block, no a inside a, no stray table content, no li inside
//    li, nesting below the browser's depth cut-off, unique ids).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <galley/options.hpp>

namespace galley::fuzz {

// Which of Galley's templates surround the body.
enum class Template { body, article, document };

struct OutputRules {
  Template frame = Template::body;
  std::string heading_id_prefix = "h-";
  std::vector<std::string> url_schemes = {"http", "https", "mailto", "tel"};
  bool allow_data_images = false;
  std::size_t max_depth = 512;  // browsers stop nesting here
  // What the policy widened (elements, attributes, classes, id prefix).
  Policy policy = Policy::defaults();
};

// The rules a render with `options` must obey.
OutputRules rules_for(const Options& options);

// The first violation found (with its byte offset), or "" when `html` obeys `rules`.
std::string check_html(std::string_view html, const OutputRules& rules);

// Whether `text` is valid UTF-8 (no overlong forms, surrogates or code points over U+10FFFF).
bool is_valid_utf8(std::string_view text);

}  // namespace galley::fuzz
