// What the sanitizer removes: dangerous elements with their content, comments,
// doctypes, unknown and disallowed elements.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

// ---- dropped with content -------------------------------------------------

TEST_CASE("dangerous elements are removed with their content", "[sanitizer]") {
  const std::pair<const char*, const char*> cases[] = {
      {"a<script>alert(1)</script>b", "ab"},
      {"a<script src=\"//evil\"></script>b", "ab"},
      {"a<style>p{color:red}</style>b", "ab"},
      {"a<template><p>x</p></template>b", "ab"},
      {"a<noscript><p>x</p></noscript>b", "ab"},
      {"a<iframe src=\"https://evil\">fallback</iframe>b", "ab"},
      {"a<object data=\"x.swf\"><p>fallback</p></object>b", "ab"},
      {"a<embed src=\"x.swf\">b", "ab"},
      {"a<textarea>text</textarea>b", "ab"},
      {"a<title>t</title>b", "ab"},
      {"a<xmp><b>x</b></xmp>b", "ab"},
      {"a<noembed>x</noembed>b", "ab"},
      {"a<noframes>x</noframes>b", "ab"},
      {"a<svg><circle r=\"1\"/></svg>b", "ab"},
      {"a<math><annotation-xml encoding=\"text/html\"><b>x</b></annotation-xml></math>b", "a<math></math>b"},
      {"a<select><option>x</option></select>b", "ab"},
      {"a<plaintext>everything </plaintext> after", "a"},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    Run run;
    CHECK(run.html(input) == expected);
    CHECK(run.count("removed_element") == 1);
    CHECK(run.body.removed.elements == 1);
  }
}

TEST_CASE("the removed markup is reported", "[sanitizer]") {
  Run run;
  CHECK(run.html("x<script type=\"text/javascript\">alert('<b>')</script>y") == "xy");
  const auto* d = run.find("removed_element");
  REQUIRE(d);
  CHECK(d->removed == "<script type=\"text/javascript\">alert('<b>')</script>");
  CHECK(d->offset == 1);
  CHECK(d->path == "/body");
}

TEST_CASE("raw text ends where a browser ends it", "[sanitizer]") {
  CHECK(clean("<style></p><img src=x onerror=alert(1)></style>ok") == "ok");
  CHECK(clean("<textarea><img src=x onerror=alert(1)></textarea>ok") == "ok");
  CHECK(clean("<title><img src=x onerror=alert(1)></title>ok") == "ok");
  CHECK(clean("<xmp></xmp ><img src=x onerror=alert(1)></xmp>ok") ==
        "<img src=\"x\" loading=\"lazy\" decoding=\"async\">ok");
  CHECK(clean("<script><!--<script></script>ok</script>x") == "x");
  CHECK(clean("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">") ==
        "<img src=\"x\" loading=\"lazy\" decoding=\"async\">\"&gt;");
  CHECK(clean("<iframe><script>alert(1)</script></iframe>ok") == "ok");
}

TEST_CASE("foreign content is followed until its end", "[sanitizer]") {
  // A CDATA section hides the end tag inside svg.
  CHECK(clean("<svg><style><![CDATA[</style><img src=x onerror=alert(1)>]]></style></svg>after") == "after");
  // Nested svg elements and a title integration point.
  CHECK(clean("<svg><g><title><b>t</b></title><text>x</text></g></svg>after") == "after");
  // HTML inside a MathML text integration point stays inside, as text.
  CHECK(clean("<math><mi><b>x</b></mi><mo>+</mo></math>y") == "<math><mi>x</mi><mo>+</mo></math>y");
  // The classic namespace confusion payload is removed entirely.
  const std::string out = clean("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
  CHECK(out.find("img") == std::string::npos);
  CHECK(out.find("onerror") == std::string::npos);
}

TEST_CASE("HTML start tags break out of foreign content", "[sanitizer]") {
  Run run;
  CHECK(run.html("<svg><p>hello</p></svg>") == "<p>hello</p>");
  REQUIRE(run.find("removed_element"));
  CHECK(run.find("removed_element")->removed == "<svg>");
  CHECK(clean("<svg><rect></rect><div>text</div>") == "<div>text</div>");
  CHECK(clean("<math><mo>x</mo></p>after</math>") == "<math><mo>x</mo></math>after");
  // <image> is an SVG element there, not an alias of <img> that would break out.
  CHECK(clean("<svg><image href=\"x.png\"/><text>t</text></svg>after") == "after");
  // Inside a text integration point </p> stays in the math element.
  CHECK(clean("<math><mi></p>inside</mi></math>after") == "<math><mi>inside</mi></math>after");
}

TEST_CASE("template content is parsed as HTML while removed", "[sanitizer]") {
  CHECK(clean("<template><script>x</template><img src=x onerror=alert(1)></script></template>ok") == "ok");
  CHECK(clean("<template><template>a</template>b</template>c") == "c");
  CHECK(clean("<template><div></template>after") == "after");
}

TEST_CASE("a select ends where a browser ends it", "[sanitizer]") {
  CHECK(clean("<select><option>a<select>b") == "b");
  CHECK(clean("<select><option>a<input>c") == "c");
  CHECK(clean("<select><script>x</select></script></select>d") == "d");
}

TEST_CASE("removed content spans markup pieces and structural calls", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.raw_html("<script>", 0);
  s.text("alert(1)");
  s.open("em");
  s.text("x");
  s.close("em");
  s.raw_html("</script>", 20);
  s.text("visible");
  s.close("p");
  s.finish();
  CHECK(run.out == "<p>visible</p>");
  REQUIRE(run.count("removed_element") == 1);
  CHECK(run.find("removed_element")->removed == "<script>alert(1)<em>x</em></script>");
}

TEST_CASE("removed content ends with its structural container", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("p");
  s.raw_html("before<style>", 0);
  s.text("p { }");
  s.close("p");
  s.open("p");
  s.text("next");
  s.close("p");
  s.finish();
  CHECK(run.out == "<p>before</p><p>next</p>");
  REQUIRE(run.find("removed_element"));
  CHECK(run.find("removed_element")->removed == "<style>p { }");
}

TEST_CASE("a structural open of a dropped element drops what follows", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("script");
  s.text("alert(1)");
  s.close("script");
  s.text("ok");
  s.finish();
  CHECK(run.out == "ok");
  REQUIRE(run.find("removed_element"));
  CHECK(run.find("removed_element")->removed == "<script>alert(1)</script>");
}

// ---- comments, doctypes, unknown elements ------------------------------------

TEST_CASE("comments and doctypes are removed", "[sanitizer]") {
  Run run;
  CHECK(run.html("<!DOCTYPE html>a<!-- note -->b<!--[if IE]><script>x</script><![endif]-->c") == "abc");
  CHECK(run.count("removed_comment") == 2);
  CHECK(run.body.removed.comments == 2);
  CHECK(run.find("removed_comment")->removed == "<!-- note -->");
  CHECK(run.find("removed_comment")->offset == 16);
  REQUIRE(run.find("removed_element"));
  CHECK(run.find("removed_element")->removed == "<!DOCTYPE html>");
}

TEST_CASE("unknown and disallowed elements are unwrapped", "[sanitizer]") {
  Run run;
  CHECK(run.html("<custom-el x=1>a<font color=red>b</font><marquee>c</marquee></custom-el>") == "abc");
  CHECK(run.count("unwrapped_element") == 3);
  CHECK(run.body.removed.unwrapped == 3);
  CHECK(clean("<form action=\"/x\"><input name=q><button>go</button></form>") == "go");
  CHECK(clean("<body onload=alert(1)>x</body>") == "x");
  CHECK(clean("<image src=\"/a.png\">") == "<img src=\"/a.png\" loading=\"lazy\" decoding=\"async\">");
}

TEST_CASE("policy adjustments change what is unwrapped", "[sanitizer]") {
  const Options options = with_policy(Policy::defaults().remove_element("div").remove_attribute("*", "title"));
  Run run(options);
  CHECK(run.html("<div title=\"t\"><p title=\"t\">x</p></div>") == "<p>x</p>");
  CHECK(run.count("unwrapped_element") == 1);
  CHECK(run.count("removed_attribute") == 1);
}
