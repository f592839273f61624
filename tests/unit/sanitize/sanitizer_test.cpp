#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <galley/options.hpp>
#include <nlohmann/json.hpp>

#include "common/diagnostics.hpp"
#include "common/render_failure.hpp"
#include "html/tokenizer.hpp"
#include "sanitize/url_policy.hpp"
#include "sanitize/sanitizer.hpp"
#include "serialize/html_writer.hpp"
#include "sanitize/body_content.hpp"

using galley::sanitize::AttributeView;
using galley::Options;
using galley::Policy;

namespace {

// One render's worth of sanitizer state.
struct Run {
  explicit Run(Options opts = Options{})
      : options(std::move(opts)),
        writer(out, options.limits.max_output_bytes),
        sanitizer(options, writer, diagnostics, body) {
    sanitizer.set_source("/body");
  }

  std::string html(std::string_view markup) {
    sanitizer.raw_html(markup, 0);
    sanitizer.finish();
    return out;
  }

  std::size_t count(std::string_view code) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics.items()) n += d.code == code ? 1u : 0u;
    return n;
  }

  const galley::Diagnostic* find(std::string_view code) const {
    for (const auto& d : diagnostics.items()) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }

  Options options;
  std::string out;
  galley::serialize::HtmlWriter writer;
  galley::common::Diagnostics diagnostics;
  galley::sanitize::BodyContent body;
  galley::sanitize::Sanitizer sanitizer;
};

std::string clean(std::string_view markup, const Options& options = Options{}) { return Run(options).html(markup); }

Options with_policy(Policy policy) {
  Options options;
  options.policy = std::move(policy);
  return options;
}

}  // namespace

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
      {"a<math><mi>x</mi></math>b", "ab"},
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
  // HTML inside a MathML text integration point stays inside.
  CHECK(clean("<math><mi><b>x</b></mi><mo>+</mo></math>y") == "y");
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
  CHECK(clean("<math><mo>x</mo></p>after</math>") == "after");
  // <image> is an SVG element there, not an alias of <img> that would break out.
  CHECK(clean("<svg><image href=\"x.png\"/><text>t</text></svg>after") == "after");
  // Inside a text integration point </p> stays in the math element.
  CHECK(clean("<math><mi></p>inside</mi></math>after") == "after");
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
  CHECK(run.html("<custom-el x=1>a<font color=red>b</font><center>c</center></custom-el>") == "abc");
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

// ---- attributes ---------------------------------------------------------------

TEST_CASE("event handlers, style, ids, names and classes are removed", "[sanitizer]") {
  Run run;
  CHECK(run.html("<p id=\"x\" class=\"y\" style=\"color:red\" onclick=\"alert(1)\" name=\"n\" lang=\"en\" "
                 "dir=\"RTL\" title=\"t\">x</p>") == "<p lang=\"en\" dir=\"rtl\" title=\"t\">x</p>");
  CHECK(run.count("removed_attribute") == 5);
  CHECK(run.body.removed.attributes == 5);
  CHECK(run.find("removed_attribute")->removed == "id=\"x\"");
}

TEST_CASE("attribute values are validated", "[sanitizer]") {
  CHECK(clean("<ol start=\"-3\" reversed type=\"I\"><li value=\"7\">x</li></ol>") ==
        "<ol start=\"-3\" reversed type=\"I\"><li value=\"7\">x</li></ol>");
  CHECK(clean("<ol start=\"3x\" type=\"square\"><li value=\"a\">x</li></ol>") == "<ol><li>x</li></ol>");
  CHECK(clean("<table><tr><th scope=\"COL\" align=\"Center\" colspan=\"2\">h</th><td rowspan=\"x\" "
              "align=\"justify\" scope=\"row\">d</td></tr></table>") ==
        "<table><tbody><tr><th scope=\"col\" align=\"center\" colspan=\"2\">h</th><td>d</td></tr></tbody></table>");
  CHECK(clean("<details open=\"false\"><summary>s</summary>d</details>") ==
        "<details open><summary>s</summary>d</details>");
  CHECK(clean("<code class=\"language-js hljs\">x</code><code class=\"language-\">y</code>") ==
        "<code>x</code><code>y</code>");
  CHECK(clean("<img src=\"a.png\" width=\"100\" height=\"50%\" alt=\"A\">") ==
        "<img src=\"a.png\" width=\"100\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
  CHECK(clean("<time datetime=\"2024-01-01\">New year</time><bdo dir=\"ltr\">x</bdo>") ==
        "<time datetime=\"2024-01-01\">New year</time><bdo dir=\"ltr\">x</bdo>");
}

TEST_CASE("attribute values are escaped", "[sanitizer]") {
  CHECK(clean("<abbr title='a\"b&lt;c'>x</abbr>") == "<abbr title=\"a&quot;b&lt;c\">x</abbr>");
}

// ---- links and images ------------------------------------------------------------

TEST_CASE("links get rel and are recorded", "[sanitizer]") {
  Run run;
  CHECK(run.html("<a href=\"https://example.org/x\" target=\"_self\" rel=\"opener\">Ex <b>ample</b></a>"
                 "<a name=\"anchor\">no href</a>") ==
        "<a href=\"https://example.org/x\" rel=\"noopener noreferrer\">Ex <b>ample</b></a><a>no href</a>");
  REQUIRE(run.body.links.size() == 1);
  CHECK(run.body.links[0].href == "https://example.org/x");
  CHECK(run.body.links[0].text == "Ex ample");
  CHECK_FALSE(run.body.links[0].internal);
}

TEST_CASE("nofollow ugc and new tabs for external links", "[sanitizer]") {
  const Options options = with_policy(
      Policy::defaults().add_nofollow_ugc(true).external_links_in_new_tab(true).site_url("https://example.com"));
  Run run(options);
  CHECK(run.html("<a href=\"https://other.org/\">out</a><a href=\"/in\">in</a><a href=\"https://example.com/x\">"
                 "same</a><a href=\"mailto:a@b.c\">mail</a>") ==
        "<a href=\"https://other.org/\" rel=\"noopener noreferrer nofollow ugc\" target=\"_blank\">out</a>"
        "<a href=\"/in\" rel=\"noopener noreferrer nofollow ugc\">in</a>"
        "<a href=\"https://example.com/x\" rel=\"noopener noreferrer nofollow ugc\">same</a>"
        "<a href=\"mailto:a@b.c\" rel=\"noopener noreferrer nofollow ugc\">mail</a>");
  REQUIRE(run.body.links.size() == 4);
  CHECK_FALSE(run.body.links[0].internal);
  CHECK(run.body.links[1].internal);
  CHECK(run.body.links[2].internal);
  CHECK_FALSE(run.body.links[3].internal);
}

TEST_CASE("unsafe URLs are removed with a diagnostic", "[sanitizer]") {
  for (const char* input : {"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                            "<a href=\"java&#10;script:alert(1)\">x</a>", "<a href=\"  JAVASCRIPT:alert(1)\">x</a>",
                            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                            "<a href=\"vbscript:msgbox(1)\">x</a>", "<a href=\"data:text/html,<script>x</script>\">x</a>",
                            "<a href=javascript&colon;alert(1)>x</a>", "<a href=\"&#x6a;avascript&#x3a;alert(1)\">x</a>"}) {
    INFO(input);
    Run run;
    CHECK(run.html(input) == "<a>x</a>");
    CHECK(run.count("removed_url") == 1);
    CHECK(run.body.removed.urls == 1);
    CHECK(run.body.links.empty());
  }
}

TEST_CASE("images get lazy loading and are recorded", "[sanitizer]") {
  Run run;
  CHECK(run.html("<img src=\"/a.png\" alt=\"An A\" title=\"t\" onerror=\"x\">") ==
        "<img src=\"/a.png\" alt=\"An A\" title=\"t\" loading=\"lazy\" decoding=\"async\">");
  REQUIRE(run.body.images.size() == 1);
  CHECK(run.body.images[0].src == "/a.png");
  CHECK(run.body.images[0].alt == "An A");
  CHECK_FALSE(run.body.images[0].caption.has_value());
  CHECK(run.body.text.empty());  // alt text is not visible text

  const Options no_lazy = with_policy(Policy::defaults().lazy_images(false));
  CHECK(clean("<img src=\"/a.png\">", no_lazy) == "<img src=\"/a.png\">");
}

TEST_CASE("an image without a usable src is removed", "[sanitizer]") {
  Run run;
  CHECK(run.html("a<img src=\"javascript:alert(1)\" alt=\"x\">b<img alt=\"none\">c") == "abc");
  CHECK(run.count("removed_url") == 1);
  CHECK(run.count("removed_element") == 2);
  CHECK(run.body.images.empty());
  CHECK(clean("<img src=\"data:image/png;base64,AAAA\">").empty());
  CHECK(clean("<img src=\"data:image/png;base64,AAAA\">", with_policy(Policy::defaults().allow_data_images(true))) ==
        "<img src=\"data:image/png;base64,AAAA\" loading=\"lazy\" decoding=\"async\">");
  CHECK(clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
              with_policy(Policy::defaults().allow_data_images(true)))
            .empty());
}

TEST_CASE("figure captions are attached to their images", "[sanitizer]") {
  Run run;
  run.html("<figure><img src=\"/1.png\" alt=\"one\"><img src=\"/2.png\"><figcaption>Two <em>cats</em>"
           "</figcaption></figure><figure><figcaption>First</figcaption><img src=\"/3.png\"></figure>"
           "<img src=\"/4.png\">");
  REQUIRE(run.body.images.size() == 4);
  CHECK(run.body.images[0].caption == std::optional<std::string>("Two cats"));
  CHECK(run.body.images[1].caption == std::optional<std::string>("Two cats"));
  CHECK(run.body.images[2].caption == std::optional<std::string>("First"));
  CHECK_FALSE(run.body.images[3].caption.has_value());
}

TEST_CASE("structural figure with caption", "[sanitizer]") {
  Run run;
  auto& s = run.sanitizer;
  s.open("figure");
  s.void_element("img", {{"src", "https://cdn.example.com/p.jpg"}, {"alt", "Photo"}, {"width", "640"}});
  s.open("figcaption");
  s.text("A caption ");
  s.open("small");
  s.text("Credit");
  s.close("small");
  s.close("figcaption");
  s.close("figure");
  s.finish();
  CHECK(run.out ==
        "<figure><img src=\"https://cdn.example.com/p.jpg\" alt=\"Photo\" width=\"640\" loading=\"lazy\" "
        "decoding=\"async\"><figcaption>A caption <small>Credit</small></figcaption></figure>");
  REQUIRE(run.body.images.size() == 1);
  CHECK(run.body.images[0].caption == std::optional<std::string>("A caption Credit"));
}

TEST_CASE("base URL resolution in every URL attribute", "[sanitizer]") {
  const Options options = with_policy(Policy::defaults().base_url("https://example.com/blog/post/"));
  Run run(options);
  CHECK(run.html("<a href=\"../other/\">o</a><img src=\"img/a.png\" srcset=\"img/a2.png 2x\">"
                 "<blockquote cite=\"/source\">q</blockquote><a href=\"#top\">top</a>") ==
        "<a href=\"https://example.com/blog/other/\" rel=\"noopener noreferrer\">o</a>"
        "<img src=\"https://example.com/blog/post/img/a.png\" srcset=\"https://example.com/blog/post/img/a2.png 2x\" "
        "loading=\"lazy\" decoding=\"async\"><blockquote cite=\"https://example.com/source\">q</blockquote>"
        "<a href=\"#top\" rel=\"noopener noreferrer\">top</a>");
  CHECK(run.body.links[0].href == "https://example.com/blog/other/");
  CHECK(run.body.links[0].internal);
  CHECK(run.body.images[0].src == "https://example.com/blog/post/img/a.png");
}

TEST_CASE("picture and source", "[sanitizer]") {
  CHECK(clean("<picture><source srcset=\"a.avif\" type=\"image/avif\" media=\"(min-width: 600px)\">"
              "<img src=\"a.jpg\"></picture>") ==
        "<picture><source srcset=\"a.avif\" type=\"image/avif\" media=\"(min-width: 600px)\">"
        "<img src=\"a.jpg\" loading=\"lazy\" decoding=\"async\"></picture>");
  Run run;
  CHECK(run.html("<source srcset=\"a.avif\">x") == "x");
  CHECK(run.count("unwrapped_element") == 1);
  CHECK(clean("<picture><source srcset=\"javascript:alert(1) 1x\"></picture>") == "<picture><source></picture>");
}

// ---- headings ------------------------------------------------------------------

TEST_CASE("headings get unique ids and form the outline", "[sanitizer]") {
  Run run;
  CHECK(run.html("<h2>Intro</h2><h3 id=\"user\">Über uns</h3><h2>Intro</h2><h4></h4>") ==
        "<h2 id=\"h-intro\">Intro</h2><h3 id=\"h-über-uns\">Über uns</h3><h2 id=\"h-intro-2\">Intro</h2>"
        "<h4 id=\"h-section\"></h4>");
  REQUIRE(run.body.outline.size() == 4);
  CHECK(run.body.outline[0].level == 2);
  CHECK(run.body.outline[0].text == "Intro");
  CHECK(run.body.outline[0].id == "h-intro");
  CHECK(run.body.outline[1].level == 3);
  CHECK(run.body.outline[1].text == "Über uns");
  CHECK(run.body.outline[2].id == "h-intro-2");
  CHECK(run.body.outline[3].id == "h-section");
}

TEST_CASE("h1 is demoted to h2", "[sanitizer]") {
  Run run;
  CHECK(run.html("<h1 title=\"t\">Title</h1>") == "<h2 id=\"h-title\" title=\"t\">Title</h2>");
  CHECK(run.count("demoted_heading") == 1);
  REQUIRE(run.body.outline.size() == 1);
  CHECK(run.body.outline[0].level == 2);

  Run structural;
  structural.sanitizer.open("h1");
  structural.sanitizer.text("Also");
  structural.sanitizer.close("h1");
  structural.sanitizer.finish();
  CHECK(structural.out == "<h2 id=\"h-also\">Also</h2>");
  CHECK(structural.count("demoted_heading") == 1);
}

TEST_CASE("heading id prefix and ids across several bodies", "[sanitizer]") {
  Options options;
  options.heading_id_prefix = "sec-";
  Run run(options);
  run.sanitizer.raw_html("<h2>A &amp; B</h2>", 0);
  run.sanitizer.finish();
  run.sanitizer.raw_html("<h2>a-b</h2>", 0);
  run.sanitizer.finish();
  CHECK(run.out == "<h2 id=\"sec-a-b\">A &amp; B</h2><h2 id=\"sec-a-b-2\">a-b</h2>");
}

TEST_CASE("heading text excludes alt text and collapses whitespace", "[sanitizer]") {
  Run run;
  run.html("<h2>  Hello\n <img src=\"/x.png\" alt=\"ignored\"> <em>world</em> </h2>");
  REQUIRE(run.body.outline.size() == 1);
  CHECK(run.body.outline[0].text == "Hello world");
  CHECK(run.body.outline[0].id == "h-hello-world");
}

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

// ---- limits ---------------------------------------------------------------------

TEST_CASE("nesting beyond limits.max_nesting is an error", "[sanitizer]") {
  Options options;
  options.limits.max_nesting = 10;
  std::string deep;
  for (int i = 0; i < 11; ++i) deep += "<span>";
  Run run(options);
  run.sanitizer.set_source("/blocks/2/html");
  try {
    run.sanitizer.raw_html(deep, 0);
    FAIL("expected limit_exceeded");
  } catch (const galley::common::RenderFailure& failure) {
    CHECK(failure.code == "limit_exceeded");
    CHECK(failure.path == "/blocks/2/html");
  }
  std::string ok;
  for (int i = 0; i < 10; ++i) ok += "<span>";
  CHECK_NOTHROW(Run(options).html(ok));
  // Removed content counts too.
  std::string dropped = "<template>";
  for (int i = 0; i < 20; ++i) dropped += "<div>";
  CHECK_THROWS_AS(Run(options).html(dropped), galley::common::RenderFailure);
}

TEST_CASE("output beyond limits.max_output_bytes is an error", "[sanitizer]") {
  Options options;
  options.limits.max_output_bytes = 64;
  CHECK_THROWS_AS(Run(options).html(std::string(100, 'x')), galley::common::RenderFailure);
  CHECK_NOTHROW(Run(options).html(std::string(60, 'x')));
}

// ---- visible text -----------------------------------------------------------------

TEST_CASE("visible text marks block boundaries", "[sanitizer]") {
  Run run;
  run.html("<h2>Title</h2><p>First  para\ngraph.</p><p>Second <b>one</b>.</p><ul><li>a</li><li>b</li></ul>"
           "line<br>break<table><tr><td>c1</td><td>c2</td></tr></table><script>hidden()</script>"
           "<pre>  keep\n  this</pre>tail");
  CHECK(run.body.text ==
        "Title\n\nFirst para graph.\n\nSecond one.\n\na\nb\n\nline\nbreak\n\nc1\nc2\n\n  keep\n  this\n\ntail");
}

// ---- nothing silently lost ---------------------------------------------------

TEST_CASE("every input word ends up in the output or a diagnostic", "[sanitizer]") {
  // Content words are capitalised; markup words are not.
  const char* inputs[] = {
      "<p>Alpha <script>Bravo</script> Charlie</p>",
      "<table>Delta<tr><td>Echo</td>Foxtrot</tr></table>",
      "<svg><desc>Golf</desc></svg>Hotel<style>India</style>",
      "<!-- Juliet --><div onclick=\"Kilo\">Lima</div>",
      "<a href=\"javascript:Mike\">November</a><img src=x alt=Oscar>",
      "<select><option>Papa</option></select><textarea>Quebec</textarea> Romeo <unknown>Sierra</unknown>",
      "<math><mi>Tango</mi></math><template>Uniform</template><b>Victor <img src=x title=Whiskey",
      "<table><tr><td>Xray<tr>Yankee</table><title>Zulu</title>",
  };
  for (const char* input : inputs) {
    INFO(input);
    Run run;
    run.html(input);
    std::string everything = run.out;
    for (const auto& d : run.diagnostics.items()) everything += " " + d.removed;
    std::string word;
    for (const char* p = input;; ++p) {
      const bool letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
      if (letter) {
        word += *p;
        continue;
      }
      if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
        INFO(word);
        CHECK(everything.find(word) != std::string::npos);
      }
      word.clear();
      if (*p == '\0') break;
    }
  }
}

// ---- idempotence ---------------------------------------------------------------

namespace {

const char* const kIdempotenceInputs[] = {
    "<p>a<div>b</div>c</p>",
    // A CR from a character reference is written as a LF: at the start of a
    // pre it must go like a LF, and a heading id must see it as a LF.
    "<pre>&#xd",
    "<pre>&#13;&#10;x</pre>",
    "<pre><h2>a&#xdt",
    "<pre><h2>a&#13;&#10;b&#13;c</h2></pre>",
    // A srcset candidate whose URL is only control characters.
    "<img src=p srcset=\"\x1F \x1F 2x, q.png 1x\">",
    "<img src=g srcset=m,\x1F>",
    "<p><b>x<i>y</b>z</i></p>",
    "<b><p>x</b>y</p>",
    "<a href=\"/a\">1<a href=\"/b\">2</a>3</a>",
    "<ul><li>a<li>b<ol><li>c</ul>d",
    "<dl><dt>a<dd>b<dd>c</dl>",
    "<table>x<tr><td>a<td>b<tr>y<th>c</table>",
    "<table><caption>c<table><tr><td>n</table></caption></table>",
    "<h1>one</h1><h2>two<h3>three</h3></h2><h2>two</h2>",
    "<pre>\n\n\nx</pre><pre>\ny</pre><pre><b>\nz</b></pre>",
    "<ruby>a<rt>b<rp>c<rt>d</ruby><rt>e",
    "<figure><img src=\"/a.png\" alt=\"x\"><figcaption>cap</figcaption></figure>",
    "<svg><p>break</p></svg><math><mi><b>x</b></mi></math>after",
    "<style></style><script>x</script><template><p>t</p></template><noscript><b>n</b></noscript>",
    "<a href=\"jav&#x09;ascript:alert(1)\">j</a><img src=\"x\" onerror=\"alert(1)\">",
    "<details open><summary>s<div>d</div></summary>body</details>",
    "<blockquote cite=\"https://x.org/\"><p>q</p></blockquote><q cite=\"/q\">inline</q>",
    "<span title=\"a&amp;b&quot;c\">&lt;script&gt;</span>&amp;",
    "text with\r\nCRLF and \0 NUL",
    "<p>unclosed <em>emphasis <strong>strong",
    "<div><div><div><span>deep</div>",
    "<code class=\"language-rust\">fn</code><code class=\"x\">y</code>",
    "<picture><source srcset=\"a.avif 1x, b.avif 2x\" type=\"image/avif\"><img src=\"a.jpg\" srcset=\"a.jpg 1x\"></picture>",
    "<ol start=\"5\" reversed><li value=\"9\">x</li></ol>",
    "<hr><br><wbr><img src=\"/i.png\"><br/>",
    "<p>x<table>y</table>z",
    "<li>loose</li><tr><td>loose cell</td></tr>",
    "<xmp><p></xmp><p>after xmp",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<select><option><select>x",
    "<!-- c --><!DOCTYPE html><?pi?>x",
    "<a href=\"https://example.com\" target=\"_blank\" rel=\"nofollow\">ext</a>",
};

// Tokenizes `html` and checks that only kept elements, no event handlers and
// no script URLs are in it, and that there are no comments.
void check_only_allowed_markup(const std::string& html) {
  const Policy policy = Policy::defaults();
  galley::html::Tokenizer tokenizer(html);
  galley::html::Token token;
  while (tokenizer.next(token)) {
    if (token.kind == galley::html::TokenKind::comment || token.kind == galley::html::TokenKind::doctype) {
      FAIL("comment or doctype in output");
    }
    if (token.kind != galley::html::TokenKind::start_tag && token.kind != galley::html::TokenKind::end_tag) continue;
    INFO(token.name);
    CHECK(policy.allows_element(token.name));
    for (const auto& attribute : token.attributes) {
      INFO(attribute.name);
      CHECK(attribute.name.rfind("on", 0) != 0);
      if (attribute.name == "href" || attribute.name == "src" || attribute.name == "srcset" ||
          attribute.name == "cite") {
        CHECK(galley::sanitize::scheme_of(attribute.value) != "javascript");
        CHECK(galley::sanitize::scheme_of(attribute.value) != "data");
      }
    }
  }
}

// Every end tag closes the innermost open element, void elements have no end
// tag, nothing is left open, and raw-text or foreign elements never appear.
void check_well_formed(const std::string& html) {
  galley::html::Tokenizer tokenizer(html);
  galley::html::Token token;
  std::vector<std::string> open;
  while (tokenizer.next(token)) {
    if (token.kind == galley::html::TokenKind::start_tag) {
      const bool is_void = token.name == "br" || token.name == "hr" || token.name == "img" || token.name == "wbr" ||
                           token.name == "source";
      CHECK_FALSE(token.self_closing);
      if (!is_void) open.push_back(token.name);
    } else if (token.kind == galley::html::TokenKind::end_tag) {
      REQUIRE_FALSE(open.empty());
      CHECK(open.back() == token.name);
      open.pop_back();
    }
  }
  CHECK(open.empty());
  // Control characters and noncharacters are text a browser keeps; any other
  // parse error means the markup itself is off.
  for (const auto& error : tokenizer.errors()) {
    INFO(error.code);
    CHECK((error.code == "control-character-in-input-stream" || error.code == "noncharacter-in-input-stream"));
  }
}

std::string clean_twice(std::string_view input, const Options& options) {
  return Run(options).html(Run(options).html(input));
}

}  // namespace

TEST_CASE("sanitizing the output again changes nothing", "[sanitizer][idempotence]") {
  Options permissive = with_policy(Policy::defaults()
                                       .allow_data_images(true)
                                       .add_nofollow_ugc(true)
                                       .external_links_in_new_tab(true)
                                       .base_url("https://example.com/a/"));
  for (const Options& options : {Options{}, permissive}) {
    for (const char* input : kIdempotenceInputs) {
      INFO(input);
      const std::string once = Run(options).html(input);
      CHECK(clean_twice(input, options) == once);
      check_only_allowed_markup(once);
      check_well_formed(once);
    }
  }
}

TEST_CASE("sanitizing hostile payloads is idempotent", "[sanitizer][idempotence]") {
  std::ifstream file(std::string(GALLEY_SHARED_DIR) + "/corpora/dompurify-payloads.json");
  if (!file) {
    WARN("shared corpus absent: skipped");
    return;
  }
  const nlohmann::json payloads = nlohmann::json::parse(file);
  std::size_t checked = 0;
  for (const auto& entry : payloads) {
    const std::string payload = entry.at("payload").get<std::string>();
    INFO(payload);
    const std::string once = clean(payload);
    CHECK(clean(once) == once);
    check_only_allowed_markup(once);
    check_well_formed(once);
    ++checked;
  }
  CHECK(checked == payloads.size());
}

TEST_CASE("random tag soup comes out well-formed and stable", "[sanitizer][idempotence]") {
  const char* const pieces[] = {
      "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x\">", "</a>", "<ul>", "</ul>",
      "<li>", "</li>", "<dl>", "<dt>", "<dd>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>",
      "<tbody>", "<caption>", "</caption>", "<h1>", "</h1>", "<h3>", "</h3>", "<pre>", "</pre>", "<ruby>", "<rt>",
      "<rp>", "<figure>", "<figcaption>", "</figure>", "<img src=\"/i.png\">", "<br>", "<hr>", "<svg>", "</svg>",
      "<math>", "<mi>", "<script>", "</script>", "<style>", "</style>", "<template>", "</template>", "<select>",
      "<textarea>", "</textarea>", "<foo>", "</foo>", "<span>", "</span>", "<picture>", "<source srcset=\"/s.png\">",
      "<details>", "<summary>", "<foreignObject>", "<desc>", "<mtext>", "<noscript>", "</noscript>", "<xmp>",
      "text", " ", "\n", "&amp;", "<!--c-->", "<![CDATA[x]]>", "&lt;b&gt;", "\xC3\xBC"};
  constexpr std::size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
  std::uint32_t state = 2463534242u;  // xorshift: deterministic across platforms
  const auto next = [&state](std::size_t n) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return static_cast<std::size_t>(state % n);
  };
  for (int round = 0; round < 1500; ++round) {
    std::string input;
    const std::size_t length = 2 + next(30);
    for (std::size_t i = 0; i < length; ++i) input += pieces[next(kPieces)];
    INFO(input);
    const std::string once = clean(input);
    CHECK(clean(once) == once);
    check_well_formed(once);
  }
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
