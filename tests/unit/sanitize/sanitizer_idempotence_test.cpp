// Sanitizing the output again changes nothing, and the output holds only allowed,
// well-formed markup, for fixed, hostile and random inputs.
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "html/tokenizer.hpp"
#include "sanitize/policy_rules.hpp"
#include "sanitize/url_policy.hpp"
#include "sanitize/video_embed.hpp"
#include "sanitizer_run.hpp"

using namespace sanitizer_test;

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
    // Legacy elements, srcset-only images, video players and MathML.
    "<tt>a</tt><strike>b</strike><big>c</big><center>d</center><font face=mono>e</font><acronym>f</acronym>",
    "<img srcset=\"a.png 480w, b.png 960w\" sizes=\"(MAX-WIDTH: 600px)  100vw\">",
    "<p>v<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"t\">x</iframe>w</p>",
    "<iframe src=\"https://player.vimeo.com/video/1\"></iframe><iframe src=\"javascript:alert(1)\"></iframe>",
    "<math display=\"block\"><mfrac><mi>a</mi><mrow><mn>1</mn><mo>+</mo><mi>b</mi></mrow></mfrac></math>",
    "<math><mi><b>x</b><mrow>y</mrow></mi><mrow><p>out</p></mrow></math>",
    "<math><semantics><mi>x</mi><annotation-xml encoding=\"text/html\"><b>h</b></annotation-xml></semantics></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><mrow/><mi/>x<![CDATA[<y>]]></math><math/>z",
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
    // The one iframe: the embed template's, with a player URL.
    const bool embed = token.name == "iframe" && (token.kind == galley::html::TokenKind::end_tag ||
                                                  galley::sanitize::video_embed_from_url(token.attributes.at(0).value));
    CHECK((galley::sanitize::allows_element(policy, token.name) || embed));
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
