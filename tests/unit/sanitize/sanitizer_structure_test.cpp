// Structural calls from the trusted renderers and how they meet untrusted markup.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

// ---- structural API ---------------------------------------------------------

TEST_CASE("structural calls write well-formed markup", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.text("Fish & chips <3 ");
  s.open("strong");
  s.text("now");
  s.close("strong");
  s.void_element("br");
  s.text("second line");
  s.close("p");
  s.finish();
  CHECK(run.out == "<p>Fish &amp; chips &lt;3 <strong>now</strong><br>second line</p>");
  CHECK(run.diagnostics.items().empty());
  CHECK(s.depth() == 0);
}

TEST_CASE("structural close closes everything above the element", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("ul");
  s.open("li");
  s.raw_html("<em>open <b>tags", 0);
  CHECK(s.depth() == 4);
  s.close("li");
  CHECK(s.depth() == 1);
  s.close("ul");
  CHECK(run.out == "<ul><li><em>open <b>tags</b></em></li></ul>");
}

TEST_CASE("a disallowed structural element is unwrapped and its close matched", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("div");
  s.open("marquee", {{"behavior", "alternate"}});
  s.text("hello");
  s.close("marquee");
  s.text(" after");
  s.close("div");
  s.finish();
  CHECK(run.out == "<div>hello after</div>");
  REQUIRE(run.count("unwrapped_element") == 1);
  CHECK(run.find("unwrapped_element")->removed == "<marquee behavior=\"alternate\">");
  CHECK(run.find("unwrapped_element")->path == "/body");
  CHECK(run.body.removed.unwrapped == 1);
}

TEST_CASE("structural attributes are checked against the policy", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("pre");
  s.open("code", {{"class", "language-c++"}});
  s.text("int x;");
  s.close("code");
  s.close("pre");
  s.open("code", {{"class", "hljs"}, {"onclick", "x()"}});
  s.close("code");
  s.finish();
  CHECK(run.out == "<pre><code class=\"language-c++\">int x;</code></pre><code></code>");
  CHECK(run.count("removed_attribute") == 2);
  CHECK(run.body.removed.attributes == 2);
}

TEST_CASE("markup end tags never close structural elements", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("blockquote");
  s.open("p");
  s.raw_html("a</p></blockquote></div>b", 0);
  s.text("c");
  s.close("p");
  s.close("blockquote");
  s.finish();
  CHECK(run.out == "<blockquote><p>abc</p></blockquote>");
}

TEST_CASE("markup that would close a structural element is unwrapped", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.raw_html("x<div>y</div><p>z", 0);
  s.close("p");
  s.finish();
  CHECK(run.out == "<p>xyz</p>");
  CHECK(run.count("unwrapped_element") == 2);
}

TEST_CASE("elements left open by markup are closed by the enclosing structural close", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.raw_html("<a href=\"/x\"><em>", 0);
  s.text("link");
  s.close("p");
  s.open("p");
  s.text("next");
  s.close("p");
  s.finish();
  CHECK(run.out == "<p><a href=\"/x\" rel=\"noopener noreferrer\"><em>link</em></a></p><p>next</p>");
}

TEST_CASE("a structural open closes what markup left open where a browser would", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.raw_html("<p>para <b>bold", 0);
  s.open("ul");
  s.open("li");
  s.text("item");
  s.close("li");
  s.close("ul");
  s.finish();
  CHECK(run.out == "<p>para <b>bold</b></p><ul><li>item</li></ul>");
}

TEST_CASE("markup split over several calls keeps its structure", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.raw_html("<b>", 0);
  s.text("bold");
  s.raw_html("</b>", 10);
  s.text(" plain");
  s.close("p");
  s.finish();
  CHECK(run.out == "<p><b>bold</b> plain</p>");
}

TEST_CASE("finish may be called between blocks", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.raw_html("<div><p>one", 0);
  s.finish();
  s.raw_html("two", 0);
  s.finish();
  CHECK(run.out == "<div><p>one</p></div>two");
}

TEST_CASE("diagnostic offsets count from the start of the source string", "[sanitizer]") {
  Run run;
  run.sanitizer.set_source("/blocks/4/markdown");
  run.sanitizer.open("p");
  run.sanitizer.text("Some text ");
  run.sanitizer.raw_html("<b onclick=\"x()\">", 100);
  run.sanitizer.text("bold");
  run.sanitizer.raw_html("</b><!--c-->", 121);
  run.sanitizer.close("p");
  run.sanitizer.finish();
  CHECK(run.out == "<p>Some text <b>bold</b></p>");
  REQUIRE(run.diagnostics.items().size() == 2);
  CHECK(run.diagnostics.items()[0].code == "removed_attribute");
  CHECK(run.diagnostics.items()[0].offset == 100);
  CHECK(run.diagnostics.items()[0].path == "/blocks/4/markdown");
  CHECK(run.diagnostics.items()[1].code == "removed_comment");
  CHECK(run.diagnostics.items()[1].offset == 125);
}
