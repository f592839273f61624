// The HTML content model: the tree is repaired the way a browser's tree builder
// would repair it, so that the output re-parses to the same tree.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

// ---- content model --------------------------------------------------------------

TEST_CASE("block elements close an open p", "[sanitizer][content_model]") {
  CHECK(clean("<p>a<div>b</div>c") == "<p>a</p><div>b</div>c");
  CHECK(clean("<p>a<p>b") == "<p>a</p><p>b</p>");
  CHECK(clean("<p><b>a<ul><li>b</ul>") == "<p><b>a</b></p><ul><li>b</li></ul>");
  CHECK(clean("<p>a<table><tr><td>b</td></tr></table>") ==
        "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>");
  CHECK(clean("<p>a<hr>b") == "<p>a</p><hr>b");
  CHECK(clean("<p>a<h3>b</h3>") == "<p>a</p><h3 id=\"h-b\">b</h3>");
  CHECK(clean("<p>a<pre>b</pre>") == "<p>a</p><pre>b</pre>");
  CHECK(clean("<p>a<blockquote>b</blockquote>") == "<p>a</p><blockquote>b</blockquote>");
  CHECK(clean("<p>a<span>b<div>c") == "<p>a<span>b</span></p><div>c</div>");
  // Inline content stays in the paragraph; a table cell bounds the scope.
  CHECK(clean("<p>a<img src=\"/i.png\"><br>b</p>") ==
        "<p>a<img src=\"/i.png\" loading=\"lazy\" decoding=\"async\"><br>b</p>");
  CHECK(clean("<p><table><tr><td><div>x</div></td></tr></table>") ==
        "<p></p><table><tbody><tr><td><div>x</div></td></tr></tbody></table>");
}

TEST_CASE("stray end tags do nothing", "[sanitizer][content_model]") {
  CHECK(clean("a</p>b</br>c</div></li></h2></table></td>d") == "abcd");
  CHECK(clean("<div><span>a</div>b") == "<div><span>a</span></div>b");
  // "Any other end tag" stops at a special element, as in a browser.
  CHECK(clean("<span><div>a</span>b</div>c") == "<span><div>ab</div>c</span>");
}

TEST_CASE("headings close an open heading", "[sanitizer][content_model]") {
  CHECK(clean("<h2>a<h3>b</h3>") == "<h2 id=\"h-a\">a</h2><h3 id=\"h-b\">b</h3>");
  CHECK(clean("<h2>a</h4>b") == "<h2 id=\"h-a\">a</h2>b");
  // Not when the heading is not the current element. Ids are given as
  // headings close, so the inner one comes first.
  CHECK(clean("<h2><span><h3>b</h3></span></h2>") ==
        "<h2 id=\"h-b-2\"><span><h3 id=\"h-b\">b</h3></span></h2>");
}

TEST_CASE("list items", "[sanitizer][content_model]") {
  CHECK(clean("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>");
  CHECK(clean("<ol><li>a<div><li>b</ol>") == "<ol><li>a<div></div></li><li>b</li></ol>");
  CHECK(clean("<ul><li>a<ul><li>b</ul><li>c</ul>") == "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>");
  Run run;
  CHECK(run.html("<li>loose</li><div><li>x</li></div>") == "loose<div>x</div>");
  CHECK(run.count("unwrapped_element") == 2);
  // A special element other than div/p between the two li keeps the outer one open.
  CHECK(clean("<ul><li><blockquote><li>x</blockquote></ul>") ==
        "<ul><li><blockquote>x</blockquote></li></ul>");
}

TEST_CASE("description lists", "[sanitizer][content_model]") {
  CHECK(clean("<dl><dt>a<dd>b<dt>c<dd>d</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt><dd>d</dd></dl>");
  CHECK(clean("<dd>x</dd><dt>y</dt>") == "xy");
}

TEST_CASE("links do not nest", "[sanitizer][content_model]") {
  CHECK(clean("<a href=\"/1\">x<a href=\"/2\">y</a>") ==
        "<a href=\"/1\" rel=\"noopener noreferrer\">x</a><a href=\"/2\" rel=\"noopener noreferrer\">y</a>");
  CHECK(clean("<a href=\"/1\"><b>x<a href=\"/2\">y</a>") ==
        "<a href=\"/1\" rel=\"noopener noreferrer\"><b>x</b></a><a href=\"/2\" rel=\"noopener noreferrer\">y</a>");
  // A table cell starts a new context.
  CHECK(clean("<a href=\"/1\"><table><tr><td><a href=\"/2\">y</a></td></tr></table></a>") ==
        "<a href=\"/1\" rel=\"noopener noreferrer\"><table><tbody><tr><td><a href=\"/2\" "
        "rel=\"noopener noreferrer\">y</a></td></tr></tbody></table></a>");
  Run run;
  run.sanitizer.open("a", {{"href", "/outer"}});
  run.sanitizer.raw_html("<a href=\"/inner\">in</a>", 0);
  run.sanitizer.close("a");
  run.sanitizer.finish();
  CHECK(run.out == "<a href=\"/outer\" rel=\"noopener noreferrer\">in</a>");
}

TEST_CASE("ruby annotations", "[sanitizer][content_model]") {
  CHECK(clean("<ruby>漢<rp>(</rp><rt>kan<rt>ji<rp>)</rp></ruby>") ==
        "<ruby>漢<rp>(</rp><rt>kan</rt><rt>ji</rt><rp>)</rp></ruby>");
  CHECK(clean("<rt>x</rt><span><rp>(</rp></span>") == "x<span>(</span>");
  CHECK(clean("<ruby>a<span><rt>b</rt></span></ruby>") == "<ruby>a<span>b</span></ruby>");
}

TEST_CASE("table structure is repaired", "[sanitizer][content_model]") {
  CHECK(clean("<table><tr><td>a</td></tr></table>") == "<table><tbody><tr><td>a</td></tr></tbody></table>");
  CHECK(clean("<table><td>a<td>b<tr><th>c</table>") ==
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></tbody></table>");
  CHECK(clean("<table><caption>cap</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr>"
              "</tbody><tfoot><tr><td>f</td></tr></tfoot></table>") ==
        "<table><caption>cap</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody>"
        "<tfoot><tr><td>f</td></tr></tfoot></table>");
  CHECK(clean("<table><thead><tr><th>h<tbody><tr><td>d</table>") ==
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>");
  CHECK(clean("<table>\n  <tr>\n    <td>a</td>\n  </tr>\n</table>") ==
        "<table>\n  <tbody><tr>\n    <td>a</td>\n  </tr>\n</tbody></table>");
  CHECK(clean("<table><tr><td>a</td></tr><caption>late</caption></table>") ==
        "<table><tbody><tr><td>a</td></tr></tbody><caption>late</caption></table>");
  CHECK(clean("<table><tr><td>a<table><tr><td>b</table>c</td></tr></table>") ==
        "<table><tbody><tr><td>a<table><tbody><tr><td>b</td></tr></tbody></table>c</td></tr></tbody></table>");
  CHECK(clean("<table><tr><td>x</table><table><tr><td>y") ==
        "<table><tbody><tr><td>x</td></tr></tbody></table><table><tbody><tr><td>y</td></tr></tbody></table>");
  CHECK(clean("<table><tr><td>a<table>b") ==
        "<table><tbody><tr><td>a<table></table></td></tr></tbody></table>");
  CHECK(clean("<table><table><tr><td>x") ==
        "<table></table><table><tbody><tr><td>x</td></tr></tbody></table>");
  CHECK(clean("<table><caption>a<tr><td>b") ==
        "<table><caption>a</caption><tbody><tr><td>b</td></tr></tbody></table>");
}

TEST_CASE("content a browser would move out of a table is removed", "[sanitizer][content_model]") {
  Run run;
  CHECK(run.html("<table>oops<b>bold</b><tr><td>ok</td>no</tr></table>") ==
        "<table><tbody><tr><td>ok</td></tr></tbody></table>");
  CHECK(run.count("removed_text") == 3);
  CHECK(run.count("unwrapped_element") == 1);
  const auto* d = run.find("removed_text");
  REQUIRE(d);
  CHECK(d->removed == "oops");
  CHECK(d->offset == 7);
}

TEST_CASE("table parts outside tables are unwrapped", "[sanitizer][content_model]") {
  CHECK(clean("<tr><td>a</td><th>b</th></tr><caption>c</caption><tbody>d</tbody>") == "abcd");
  CHECK(clean("<div><td>x</td></div>") == "<div>x</div>");
}

TEST_CASE("structural tables", "[sanitizer][content_model]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("table");
  s.open("thead");
  s.open("tr");
  s.open("th", {{"align", "left"}});
  s.text("H");
  s.close("th");
  s.close("tr");
  s.close("thead");
  s.open("tr");
  s.open("td");
  s.raw_html("<tr><td>smuggled", 0);
  s.close("td");
  s.close("tr");
  s.close("table");
  s.finish();
  CHECK(run.out ==
        "<table><thead><tr><th align=\"left\">H</th></tr></thead><tbody><tr><td>smuggled</td></tr></tbody></table>");
  CHECK(run.count("unwrapped_element") == 2);
}

TEST_CASE("pre never starts with a newline, which would not survive a round trip", "[sanitizer][content_model]") {
  CHECK(clean("<pre>\nfoo</pre>") == "<pre>foo</pre>");
  CHECK(clean("<pre>\n\nfoo</pre>") == "<pre>foo</pre>");
  CHECK(clean("<pre>\n\n</pre>") == "<pre></pre>");
  CHECK(clean("<pre><code>\nfoo</code></pre>") == "<pre><code>\nfoo</code></pre>");
  Run run;
  run.sanitizer.open("pre");
  run.sanitizer.text("\nfoo\n");
  run.sanitizer.close("pre");
  run.sanitizer.finish();
  CHECK(run.out == "<pre>foo\n</pre>");
}

TEST_CASE("NUL becomes U+FFFD", "[sanitizer]") {
  CHECK(clean(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("an unfinished tag at the end is reported", "[sanitizer]") {
  Run run;
  CHECK(run.html("text <img src=x onerror=alert(1) ") == "text ");
  const auto* d = run.find("removed_text");
  REQUIRE(d);
  CHECK(d->removed == "<img src=x onerror=alert(1) ");
  CHECK(d->offset == 5);
}
