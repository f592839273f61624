#pragma once
// Markdown → policy stage. Parses with md4c's callback parser and turns its
// events into Sanitizer calls; raw HTML goes through Sanitizer::raw_html.

#include <cstddef>
#include <string>

namespace galley::sanitize {
class Sanitizer;
}  // namespace galley::sanitize

namespace galley::markdown {

enum class MarkdownScope {
  blocks,      // a whole document: paragraphs, headings, lists, …
  inline_only  // a single paragraph's content (typed `paragraph` blocks, list items)
};

// Dialect: CommonMark + tables, strikethrough, task lists, permissive autolinks.
// `offset_base` is added to offsets reported for raw HTML. The text is a
// std::string because md4c may read the byte past its end (the NUL), so a
// large body is parsed where it lies instead of being copied first.
void render_markdown(const std::string& markdown, sanitize::Sanitizer& out, MarkdownScope scope,
                     std::size_t offset_base = 0);

}  // namespace galley::markdown
