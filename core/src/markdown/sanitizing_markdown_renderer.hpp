#pragma once
// Markdown → policy stage. Parses with md4c's callback parser and turns its
// events into Sanitizer calls; raw HTML goes through Sanitizer::raw_html.

#include <cstddef>
#include <string_view>

namespace galley::sanitize {
class Sanitizer;
}  // namespace galley::sanitize

namespace galley::markdown {

enum class MarkdownScope {
  blocks,      // a whole document: paragraphs, headings, lists, …
  inline_only  // a single paragraph's content (typed `paragraph` blocks, list items)
};

// Dialect: CommonMark + tables, strikethrough, task lists, permissive autolinks.
// `offset_base` is added to offsets reported for raw HTML.
void render_markdown(std::string_view markdown, sanitize::Sanitizer& out, MarkdownScope scope,
                     std::size_t offset_base = 0);

}  // namespace galley::markdown
