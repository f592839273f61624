// Markdown through the policy stage: md4c events → Sanitizer → HTML.

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <galley/options.hpp>

#include "common/diagnostics.hpp"
#include "common/first_failure.hpp"
#include "markdown/sanitizing_markdown_renderer.hpp"
#include "sanitize/sanitizer.hpp"
#include "serialize/html_writer.hpp"
#include "sanitize/body_content.hpp"

namespace {

using galley::markdown::MarkdownScope;

struct Rendered {
  std::string html;
  std::vector<galley::Diagnostic> diagnostics;
  galley::sanitize::BodyContent body;
  galley::common::FirstFailure failure;
};

// Renders like the body renderer does: a fresh sanitizer per document. In
// inline_only scope the caller owns the enclosing element; a <p> here.
Rendered render(std::string_view markdown, MarkdownScope scope = MarkdownScope::blocks,
                std::size_t offset_base = 0, galley::Options options = {}) {
  Rendered result;
  galley::serialize::HtmlWriter writer(result.html);
  galley::common::Diagnostics diagnostics;
  galley::sanitize::Sanitizer sanitizer(options, writer, diagnostics, result.body, result.failure);
  if (scope == MarkdownScope::inline_only) sanitizer.open("p");
  galley::markdown::render_markdown(std::string(markdown), sanitizer, scope, offset_base);
  sanitizer.finish();
  result.diagnostics = diagnostics.take();
  return result;
}

std::string html(std::string_view markdown, MarkdownScope scope = MarkdownScope::blocks) {
  return render(markdown, scope).html;
}

const galley::Diagnostic* find_diagnostic(const Rendered& rendered, std::string_view code) {
  for (const auto& diagnostic : rendered.diagnostics) {
    if (diagnostic.code == code) return &diagnostic;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("markdown: headings get ids, h1 is demoted", "[markdown]") {
  const Rendered r = render("# Title\n\n## Sub *em*\n\n### Sub em\n");
  CHECK(r.html ==
        "<h2 id=\"h-title\">Title</h2>"
        "<h2 id=\"h-sub-em\">Sub <em>em</em></h2>"
        "<h3 id=\"h-sub-em-2\">Sub em</h3>");
  REQUIRE(r.body.outline.size() == 3);
  CHECK(r.body.outline[1].text == "Sub em");
  CHECK(r.body.outline[2].level == 3);
  CHECK(find_diagnostic(r, "demoted_heading") != nullptr);
}

TEST_CASE("markdown: heading text loses surrounding tabs", "[markdown]") {
  CHECK(html("##\tTabbed\t\n") == "<h2 id=\"h-tabbed\">Tabbed</h2>");
}

TEST_CASE("markdown: lists", "[markdown]") {
  CHECK(html("- a\n- b\n") == "<ul><li>a</li><li>b</li></ul>");
  CHECK(html("- a\n\n- b\n") == "<ul><li><p>a</p></li><li><p>b</p></li></ul>");
  CHECK(html("3. three\n4. four\n") == "<ol start=\"3\"><li>three</li><li>four</li></ol>");
  CHECK(html("1. one\n") == "<ol><li>one</li></ol>");
  CHECK(html("- a\n  - b\n    1. c\n") == "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li></ul>");
}

TEST_CASE("markdown: task list items start with a check mark", "[markdown]") {
  CHECK(html("- [ ] todo\n- [x] done\n") == "<ul><li>\xE2\x98\x90 todo</li><li>\xE2\x98\x91 done</li></ul>");
  // In a loose list the mark goes inside the item's first paragraph.
  CHECK(html("- [ ] todo\n\n- [X] done\n\n  more\n") ==
        "<ul><li><p>\xE2\x98\x90 todo</p></li><li><p>\xE2\x98\x91 done</p><p>more</p></li></ul>");
}

TEST_CASE("markdown: tables keep column alignment", "[markdown]") {
  CHECK(html("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n") ==
        "<table><thead><tr><th align=\"left\">a</th><th align=\"center\">b</th><th align=\"right\">c</th>"
        "<th>d</th></tr></thead><tbody><tr><td align=\"left\">1</td><td align=\"center\">2</td>"
        "<td align=\"right\">3</td><td>4</td></tr></tbody></table>");
}

TEST_CASE("markdown: code blocks carry their language", "[markdown]") {
  CHECK(html("```js extra words\nlet a = 1 < 2;\n```\n") ==
        "<pre><code class=\"language-js\">let a = 1 &lt; 2;\n</code></pre>");
  CHECK(html("~~~c&#43;&#43;\nx\n~~~\n") == "<pre><code class=\"language-c++\">x\n</code></pre>");
  CHECK(html("    indented\n") == "<pre><code>indented\n</code></pre>");
  // A language outside the policy's character set loses the class, not the code.
  const Rendered bad = render("```x<y\nz\n```\n");
  CHECK(bad.html == "<pre><code>z\n</code></pre>");
  CHECK(find_diagnostic(bad, "removed_attribute") != nullptr);
}

TEST_CASE("markdown: raw HTML goes through the sanitizer", "[markdown]") {
  const std::string source = "a<script>alert(1)</script>b\n\n<script>\nalert(2)\n</script>\n\n<em>kept</em>\n";
  const Rendered r = render(source, MarkdownScope::blocks, 1000);
  CHECK(r.html == "<p>ab</p>\n<p><em>kept</em></p>");
  std::vector<std::int64_t> script_offsets;
  for (const auto& diagnostic : r.diagnostics) {
    if (diagnostic.code == "removed_element") script_offsets.push_back(diagnostic.offset);
  }
  // Offsets point into the source, shifted by offset_base.
  CHECK(script_offsets ==
        std::vector<std::int64_t>{1000 + 1, 1000 + static_cast<std::int64_t>(source.find("<script>\n"))});
}

TEST_CASE("markdown: a raw tag split over lines arrives whole", "[markdown]") {
  const std::string source = "foo <b\nclass=y>bar</b>\n";
  const Rendered r = render(source);
  CHECK(r.html == "<p>foo <b>bar</b></p>");
  const galley::Diagnostic* removed = find_diagnostic(r, "removed_attribute");
  REQUIRE(removed != nullptr);
  CHECK(removed->offset == static_cast<std::int64_t>(source.find("<b")));
}

TEST_CASE("markdown: links", "[markdown]") {
  const Rendered r = render("[x](javascript:alert(1)) [y](https://e.example/a?b=1&c=2 \"T &amp; U\")\n");
  CHECK(r.html ==
        "<p><a>x</a> <a href=\"https://e.example/a?b=1&amp;c=2\" title=\"T &amp; U\" "
        "rel=\"noopener noreferrer\">y</a></p>");
  const galley::Diagnostic* removed = find_diagnostic(r, "removed_url");
  REQUIRE(removed != nullptr);
  CHECK(removed->removed == "javascript:alert(1)");
}

TEST_CASE("markdown: autolinks", "[markdown]") {
  CHECK(html("<a@b.example> c@d.example www.x.example http://y.example/z\n") ==
        "<p><a href=\"mailto:a@b.example\" rel=\"noopener noreferrer\">a@b.example</a> "
        "<a href=\"mailto:c@d.example\" rel=\"noopener noreferrer\">c@d.example</a> "
        "<a href=\"http://www.x.example\" rel=\"noopener noreferrer\">www.x.example</a> "
        "<a href=\"http://y.example/z\" rel=\"noopener noreferrer\">http://y.example/z</a></p>");
}

TEST_CASE("markdown: images", "[markdown]") {
  galley::Options options;
  options.policy.lazy_images(false);
  const Rendered r = render("![a *b* `c` ![d](/d.png)](/img.png \"cap\") ![x](javascript:alert(1))\n",
                            MarkdownScope::blocks, 0, options);
  CHECK(r.html == "<p><img src=\"/img.png\" alt=\"a b c d\" title=\"cap\"> </p>");
  REQUIRE(r.body.images.size() == 1);
  CHECK(r.body.images[0].alt == "a b c d");
  CHECK(find_diagnostic(r, "removed_url") != nullptr);
}

TEST_CASE("markdown: inline text", "[markdown]") {
  CHECK(html("line  \nbreak\nsoft ~~del~~ `co<de>` &copy; &amp; &#0; &bogus;\n") ==
        "<p>line<br>break\nsoft <del>del</del> <code>co&lt;de&gt;</code> \xC2\xA9 &amp; \xEF\xBF\xBD &amp;bogus;</p>");
  CHECK(html(std::string_view("a\0b\n", 4)) == "<p>a\xEF\xBF\xBD" "b</p>");
  CHECK(html("> quote\n\n---\n") == "<blockquote><p>quote</p></blockquote><hr>");
}

TEST_CASE("markdown: inline_only scope keeps only inline content", "[markdown]") {
  CHECK(html("a *b*\n\n- c\n- d\n\n> q\n\n# h\n", MarkdownScope::inline_only) ==
        "<p>a <em>b</em> c d q h</p>");
  CHECK(html("one\ntwo\n", MarkdownScope::inline_only) == "<p>one\ntwo</p>");
  CHECK(html("x <script>y</script> [l](https://e.example)", MarkdownScope::inline_only) ==
        "<p>x  <a href=\"https://e.example\" rel=\"noopener noreferrer\">l</a></p>");
}

TEST_CASE("markdown: a sanitizer failure stops md4c's parse", "[markdown]") {
  galley::Options options;
  options.limits.max_nesting = 4;
  const std::string nested = "- a\n  - b\n    - c\n      - d\n\nlast paragraph\n";
  const Rendered over = render(nested, MarkdownScope::blocks, 0, options);
  REQUIRE(over.failure.failed());
  CHECK(over.failure.failure()->code == "limit_exceeded");
  CHECK(over.html.find("last paragraph") == std::string::npos);
  // The same document within the limit renders.
  options.limits.max_nesting = 16;
  const Rendered within = render(nested, MarkdownScope::blocks, 0, options);
  CHECK_FALSE(within.failure.failed());
  CHECK(within.html.find("<p>last paragraph</p>") != std::string::npos);
}
