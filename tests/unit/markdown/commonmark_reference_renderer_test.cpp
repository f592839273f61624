// Cases the spec's examples do not pin down, checked against the rules of
// the CommonMark reference renderer.

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "markdown/commonmark_reference_renderer.hpp"

using galley::markdown::render_commonmark_reference_html;

TEST_CASE("commonmark: empty input renders nothing", "[commonmark]") {
  CHECK(render_commonmark_reference_html(std::string_view()) == "");
  CHECK(render_commonmark_reference_html("") == "");
  CHECK(render_commonmark_reference_html("\n\n") == "");
}

TEST_CASE("commonmark: image descriptions flatten to plain alt text", "[commonmark]") {
  CHECK(render_commonmark_reference_html("![foo *bar* ![baz](b) `c`](/u \"t\")\n") ==
        "<p><img src=\"/u\" alt=\"foo bar baz c\" title=\"t\" /></p>\n");
  // Raw HTML inside a description is text there, so it is escaped.
  CHECK(render_commonmark_reference_html("![a <b>c</b>](x)\n") ==
        "<p><img src=\"x\" alt=\"a &lt;b&gt;c&lt;/b&gt;\" /></p>\n");
  // Soft and hard breaks become spaces.
  CHECK(render_commonmark_reference_html("![a\nb\\\nc](x)\n") == "<p><img src=\"x\" alt=\"a b c\" /></p>\n");
  // A link inside the description contributes only its text; markup resumes after the image.
  CHECK(render_commonmark_reference_html("![[in](/l)](x) *e*\n") ==
        "<p><img src=\"x\" alt=\"in\" /> <em>e</em></p>\n");
}

TEST_CASE("commonmark: NUL and invalid references become U+FFFD", "[commonmark]") {
  CHECK(render_commonmark_reference_html(std::string("a\0b\n", 4)) == "<p>a\xEF\xBF\xBD" "b</p>\n");
  CHECK(render_commonmark_reference_html("&#0; &#xD800; &#x110000; &#1114111;\n") ==
        "<p>\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xF4\x8F\xBF\xBF</p>\n");
}

TEST_CASE("commonmark: entity references", "[commonmark]") {
  // md4c accepts any name syntactically; unknown names stay literal text.
  CHECK(render_commonmark_reference_html("&madeup; &amp; &quot;\n") == "<p>&amp;madeup; &amp; &quot;</p>\n");
  // Some names stand for two code points.
  CHECK(render_commonmark_reference_html("&NotEqualTilde;\n") == "<p>\xE2\x89\x82\xCC\xB8</p>\n");
  CHECK(render_commonmark_reference_html("&#x41;&#66;\n") == "<p>AB</p>\n");
}

TEST_CASE("commonmark: link destinations are percent-encoded and escaped", "[commonmark]") {
  CHECK(render_commonmark_reference_html("[a](<b c>)\n") == "<p><a href=\"b%20c\">a</a></p>\n");
  CHECK(render_commonmark_reference_html("[a](/x?p=1&q='2')\n") ==
        "<p><a href=\"/x?p=1&amp;q=&#x27;2&#x27;\">a</a></p>\n");
  CHECK(render_commonmark_reference_html("[a](/%41%zz/\xC3\xA4)\n") == "<p><a href=\"/%41%zz/%C3%A4\">a</a></p>\n");
  CHECK(render_commonmark_reference_html("[a](/u 'say \"hi\" &amp; go')\n") ==
        "<p><a href=\"/u\" title=\"say &quot;hi&quot; &amp; go\">a</a></p>\n");
  CHECK(render_commonmark_reference_html("[a](/&ouml;\\*)\n") == "<p><a href=\"/%C3%B6*\">a</a></p>\n");
}

TEST_CASE("commonmark: code block info strings", "[commonmark]") {
  CHECK(render_commonmark_reference_html("``` c&#43;&#43; extra\nx\n```\n") ==
        "<pre><code class=\"language-c++\">x\n</code></pre>\n");
  CHECK(render_commonmark_reference_html("~~~ a\"b\n~~~\n") == "<pre><code class=\"language-a&quot;b\"></code></pre>\n");
}

TEST_CASE("commonmark: blocks inside tight list items start on their own line", "[commonmark]") {
  CHECK(render_commonmark_reference_html("- a\n  ```\n  b\n  ```\n- c\n") ==
        "<ul>\n<li>a\n<pre><code>b\n</code></pre>\n</li>\n<li>c</li>\n</ul>\n");
  CHECK(render_commonmark_reference_html("0. a\n1. b\n") == "<ol start=\"0\">\n<li>a</li>\n<li>b</li>\n</ol>\n");
  // A block quote's paragraphs are wrapped even inside a tight item.
  CHECK(render_commonmark_reference_html("- > q\n- r\n") ==
        "<ul>\n<li>\n<blockquote>\n<p>q</p>\n</blockquote>\n</li>\n<li>r</li>\n</ul>\n");
}

TEST_CASE("commonmark: blanks around inline content are stripped, escaped ones kept", "[commonmark]") {
  CHECK(render_commonmark_reference_html("#\t\tFoo\t\n") == "<h1>Foo</h1>\n");
  CHECK(render_commonmark_reference_html("## a *b*\t\n") == "<h2>a <em>b</em></h2>\n");
  // A tab written as a character reference is content.
  CHECK(render_commonmark_reference_html("# foo&#9;\n") == "<h1>foo\t</h1>\n");
  CHECK(render_commonmark_reference_html("Foo\t\nbar\t\n---\n") == "<h2>Foo\nbar</h2>\n");
  CHECK(render_commonmark_reference_html("Foo \t\nbar\t\n") == "<p>Foo\nbar</p>\n");
  CHECK(render_commonmark_reference_html("- a\t\n- b\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  // Blanks before a backslash hard break are content.
  CHECK(render_commonmark_reference_html("a \\\nb\n") == "<p>a <br />\nb</p>\n");
}
