// The fuzzers' oracle must accept what the documentation allows and catch
// each kind of violation on its own.
#include <catch2/catch.hpp>

#include <string>

#include "output_checker.hpp"

using galley::fuzz::check_html;
using galley::fuzz::OutputRules;
using galley::fuzz::Template;

namespace {

OutputRules body_rules() { return OutputRules{}; }

OutputRules frame_rules(Template frame) {
  OutputRules rules;
  rules.frame = frame;
  return rules;
}

constexpr const char* kEmbed =
    R"h(<figure class="galley-embed galley-embed-youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" )h"
    R"h(title="v" width="560" height="315" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" )h"
    R"h(sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" )h"
    R"h(allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe><figcaption>c</figcaption></figure>)h";

}  // namespace

TEST_CASE("checker accepts documented body output", "[fuzz][checker]") {
  const char* good[] = {
      "",
      "plain text &amp; &lt;escaped&gt; &#x1F600; &#39;",
      R"h(<p>Hello <a href="https://x.example/" rel="noopener noreferrer">x</a> <a href="/rel" rel="nofollow ugc noopener noreferrer" target="_blank">y</a></p>)h",
      R"h(<h2 id="h-intro">Intro</h2><h2 id="h-intro-1">Intro</h2><h3 id="h-x" title="t" lang="fr" dir="rtl">x</h3>)h",
      R"h(<ul><li>a<ul><li>b</li></ul></li><li><p>c</p></li></ul><ol start="3" reversed type="i"><li value="-2">x</li></ol>)h",
      R"h(<table><caption>c</caption><thead><tr><th scope="col" align="left">a</th></tr></thead>)h"
      "\n"
      R"h(<tbody><tr><td colspan="2">1</td></tr></tbody></table>)h",
      R"h(<p><img src="a.png" srcset="a.png 1x, b.png 2x" alt="" loading="lazy" decoding="async" width="1" height="2"><br>x<wbr></p>)h",
      R"h(<pre><code class="language-c++">int x &lt; 1;</code></pre><hr><blockquote cite="https://a.example/">q</blockquote>)h",
      R"h(<details open><summary>s</summary><div>d</div></details><dl><dt>t</dt><dd>d</dd></dl>)h",
      R"h(<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <a href="mailto:a@b.example">m</a> <a href="tel:+1">t</a></p>)h",
      R"h(<picture><source srcset="a.webp" type="image/webp"><img src="a.jpg" alt="a"></picture>)h",
      kEmbed,
  };
  for (const char* html : good) {
    INFO(html);
    CHECK(check_html(html, body_rules()) == "");
  }
}

TEST_CASE("checker accepts the article and document templates", "[fuzz][checker]") {
  const std::string article =
      R"h(<article class="galley-article" lang="en" dir="ltr"><header class="galley-header">)h"
      R"h(<nav class="galley-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/" rel="noopener noreferrer">Home</a></li><li aria-current="page">H</li></ol></nav>)h"
      R"h(<h1 class="galley-title">H</h1><p class="galley-byline"><span class="galley-authors">By <a class="galley-author" href="/a" rel="author noopener noreferrer">A</a></span> )h"
      R"h(<time class="galley-published" datetime="2026-11-27T07:30:00Z">27 November 2026</time></p></header>)h"
      R"h(<div class="galley-body"><h2 id="h-x">x</h2><p>b</p></div><footer class="galley-footer"><ul class="galley-tags" aria-label="Tags"><li class="galley-tag">t</li></ul></footer></article>)h";
  CHECK(check_html(article, frame_rules(Template::article)) == "");
  const std::string document =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>A &amp; B</title>\n"
      R"h(<meta property="og:image" content="https://x.example/i.png"><link rel="canonical" href="https://x.example/a">)h"
      "\n<style>\n.galley-title{font-size:2em}\n</style>\n<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"\\u003c/script\"}</script>\n</head>\n<body>\n" +
      article + "\n</body>\n</html>\n";
  CHECK(check_html(document, frame_rules(Template::document)) == "");
}

TEST_CASE("checker catches each kind of violation", "[fuzz][checker]") {
  const char* bad[] = {
      "<p>unclosed",
      "<b><i>x</b></i>",
      "<br></br>",
      "<p/>",
      "<p title=x>y</p>",
      "<p title=\"a<b\">y</p>",
      "<p title=\"a\"title=\"b\">y</p>",
      "<p title=\"a\" title=\"b\">y</p>",
      "<p>a & b</p>",
      "<p>a < b</p>",
      "<p>\xC0\xAF</p>",
      "<!-- c -->",
      "<script>alert(1)</script>",
      "<style>p{}</style>",
      "<form></form>",
      "<svg></svg>",
      R"h(<a href="javascript:alert(1)">x</a>)h",
      R"h(<a href=" JAVASCRIPT:alert(1)">x</a>)h",
      R"h(<a href="java&#x09;script:alert(1)">x</a>)h",
      R"h(<a href="vbscript:x">x</a>)h",
      R"h(<a href="foo:bar">x</a>)h",
      R"h(<img src="data:text/html,x">)h",
      R"h(<img src="data:image/png;base64,AA">)h",
      R"h(<a href="data:image/png;base64,AA">x</a>)h",
      R"h(<img src="a" srcset="a.png 1x, javascript:x 2x">)h",
      R"h(<img src="a" onerror="x">)h",
      R"h(<p style="x">y</p>)h",
      R"h(<div class="evil">x</div>)h",
      R"h(<a href="/" target="_blank">x</a>)h",
      R"h(<a href="/" rel="opener">x</a>)h",
      R"h(<h2 id="x">x</h2>)h",
      R"h(<h2 id="h-x">x</h2><h3 id="h-x">y</h3>)h",
      R"h(<p id="h-x">x</p>)h",
      "<h1>x</h1>",
      "<h2><h3>x</h3></h2>",
      "<p><div>x</div></p>",
      "<p><table><tbody><tr><td>x</td></tr></tbody></table></p>",
      "<p><b><ul><li>x</li></ul></b></p>",
      R"h(<a href="/"><b><a href="/">x</a></b></a>)h",
      "<ul><li><b><li>x</li></b></li></ul>",
      "<dl><dt><dd>x</dd></dt></dl>",
      "<ruby>a<p>b<rt>x</rt></p></ruby>",
      "<table><tr><td>x</td></tr></table>",
      "<table>text<tbody></tbody></table>",
      "<table><tbody><tr><p>x</p></tr></tbody></table>",
      "<td>x</td>",
      "<tr><td>x</td></tr>",
      R"h(<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" sandbox="allow-scripts"></iframe>)h",
      R"h(<figure class="galley-embed"><iframe src="https://evil.example/" sandbox="allow-scripts"></iframe></figure>)h",
      R"h(<figure class="galley-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe></figure>)h",
      R"h(<figure class="galley-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" sandbox="allow-scripts allow-top-navigation"></iframe></figure>)h",
      R"h(<figure class="galley-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" sandbox="allow-scripts">x</iframe></figure>)h",
      R"h(<details open="open">x</details>)h",
      R"h(<ol start="x"><li>x</li></ol>)h",
      R"h(<ol start="1234567890"><li>x</li></ol>)h",
      R"h(<img alt="no source">)h",
      R"h(<code class="lang-js">x</code>)h",
      "<article></article>",
      "<meta charset=\"utf-8\">",
  };
  for (const char* html : bad) {
    INFO(html);
    CHECK(check_html(html, body_rules()) != "");
  }
}

TEST_CASE("checker rules follow the options", "[fuzz][checker]") {
  OutputRules rules;
  rules.allow_data_images = true;
  CHECK(check_html(R"h(<img src="data:image/png;base64,AA">)h", rules) == "");
  CHECK(check_html(R"h(<img src="a.png" srcset="data:image/png;base64,AA 1x,data:image/gif;base64,R0 2x">)h", rules) == "");
  CHECK(check_html(R"h(<img src="data:image/svg+xml,x">)h", rules) != "");
  CHECK(check_html(R"h(<a href="data:image/png;base64,AA">x</a>)h", rules) != "");

  rules.url_schemes = {"https"};
  CHECK(check_html(R"h(<a href="https://a.example/">x</a>)h", rules) == "");
  CHECK(check_html(R"h(<a href="mailto:a@b.example">x</a>)h", rules) != "");
  CHECK(check_html(R"h(<a href="relative:path/x">x</a>)h", rules) != "");
  CHECK(check_html(R"h(<a href="./relative:path/x">x</a>)h", rules) == "");

  rules.heading_id_prefix = "sec-";
  CHECK(check_html(R"h(<h2 id="sec-a">a</h2>)h", rules) == "");
  CHECK(check_html(R"h(<h2 id="h-a">a</h2>)h", rules) != "");

  rules.max_depth = 3;
  CHECK(check_html("<div><div><div>x</div></div></div>", rules) == "");
  CHECK(check_html("<div><div><div><div>x</div></div></div></div>", rules) != "");
}

TEST_CASE("checker knows the MathML subset", "[fuzz][checker]") {
  CHECK(check_html(R"h(<p><math display="block"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo form="infix">+</mo></mrow></math></p>)h",
                   body_rules()) == "");
  CHECK(check_html("<math><mi><b>x</b></mi></math>", body_rules()) != "");              // an element in a token element
  CHECK(check_html("<math><maction><mi>x</mi></maction></math>", body_rules()) != "");  // outside the subset
  CHECK(check_html(R"h(<math href="https://a.example/"><mi>x</mi></math>)h", body_rules()) != "");
  CHECK(check_html(R"h(<math><mi style="x">x</mi></math>)h", body_rules()) != "");
  CHECK(check_html("<math><p>x</p></math>", body_rules()) != "");
  CHECK(check_html("<mi>x</mi>", body_rules()) != "");  // MathML outside math
}

TEST_CASE("checker follows a widened policy", "[fuzz][checker]") {
  OutputRules rules;
  rules.policy = galley::Policy::defaults()
                     .add_element("section")
                     .add_attribute("*", "id")
                     .add_attribute("*", "data-*")
                     .allow_classes("span", {"hljs-*"});
  CHECK(check_html(R"h(<section id="user-content-a" data-x="1"><span class="hljs-k">k</span></section>)h", rules) == "");
  CHECK(check_html(R"h(<section id="a">x</section>)h", rules) != "");
  CHECK(check_html(R"h(<span class="other">k</span>)h", rules) != "");
  CHECK(check_html(R"h(<aside>x</aside>)h", rules) != "");
  CHECK(check_html(R"h(<section>x</section>)h", body_rules()) != "");
  CHECK(check_html(R"h(<p data-x="1">x</p>)h", body_rules()) != "");
}

TEST_CASE("checker keeps user content and templates apart", "[fuzz][checker]") {
  const OutputRules article = frame_rules(Template::article);
  CHECK(check_html(R"h(<article class="galley-article"><div class="galley-body"><p class="galley-title">x</p></div></article>)h", article) != "");
  CHECK(check_html(R"h(<article class="galley-article"><div class="galley-body"><h1>x</h1></div></article>)h", article) != "");
  CHECK(check_html(R"h(<article class="galley-article"><div class="galley-body"><nav>x</nav></div></article>)h", article) != "");
  CHECK(check_html(R"h(<article class="galley-article"><h1 class="galley-title">a</h1><h1 class="galley-title">b</h1></article>)h", article) != "");
  CHECK(check_html(R"h(<article class="galley-article"></article><article class="galley-article"></article>)h", article) != "");
  CHECK(check_html(R"h(<article class="galley-article"><nav aria-label="x">y</nav></article>)h", article) == "");
  CHECK(check_html(R"h(<article class="galley-article"><meta charset="utf-8"></article>)h", article) != "");

  const OutputRules document = frame_rules(Template::document);
  CHECK(check_html("<html><head></head><body></body></html>", document) != "");  // no doctype
  CHECK(check_html("<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"a\":\"</script><script>x\"}</script></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"a\":1} <!--</script></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><script>{}</script></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><p>x</p></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><title>a<b</title></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><meta property=\"og:url\" content=\"javascript:x\"></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head></head><body><meta charset=\"utf-8\"></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><style>a{}</style></head><body></body></html>", document) == "");
  CHECK(check_html("<!DOCTYPE html><html><head><style>a{}</style><style>b{}</style></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><style>a{}<!--</style></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head><style media=\"all\">a{}</style></head><body></body></html>", document) != "");
  CHECK(check_html("<!DOCTYPE html><html><head></head><body><style>a{}</style></body></html>", document) != "");
  CHECK(check_html("<article class=\"galley-article\"><style>a{}</style></article>", article) != "");
}

TEST_CASE("UTF-8 validation", "[fuzz][checker]") {
  using galley::fuzz::is_valid_utf8;
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("\xC3\xA9\xE6\xBC\xA2\xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE6\xBC"));          // truncated
  CHECK_FALSE(is_valid_utf8("\x80"));              // stray continuation
}
