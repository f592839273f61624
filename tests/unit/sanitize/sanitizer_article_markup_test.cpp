// What real article bodies hold beyond the basics: legacy tags, srcset-only
// images, video iframes, MathML, and a policy widened within its universe.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <galley/galley.hpp>

namespace {

galley::Options with(galley::Policy policy) {
  galley::Options options;
  options.policy = std::move(policy);
  return options;
}

std::string clean(std::string_view html, const galley::Options& options = galley::Options{}) {
  const galley::RenderResult result = galley::sanitize_html(html, options);
  REQUIRE(result.ok());
  CHECK(galley::sanitize_html(result.html, options).html == result.html);  // idempotent
  return result.html;
}

std::vector<galley::Diagnostic> diagnostics(std::string_view html, const galley::Options& options = galley::Options{}) {
  return galley::sanitize_html(html, options).diagnostics;
}

std::size_t count(const std::vector<galley::Diagnostic>& list, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : list) n += d.code == code ? 1u : 0u;
  return n;
}

const std::string kYoutubeFigure =
    "<figure class=\"galley-embed galley-embed-youtube\"><iframe "
    "src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"Talk\" width=\"560\" height=\"315\" "
    "loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" "
    "sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\" "
    "allow=\"encrypted-media; picture-in-picture; fullscreen\" allowfullscreen></iframe></figure>";

}  // namespace

// ---- legacy elements ----------------------------------------------------------

TEST_CASE("legacy presentational elements keep their meaning", "[sanitizer][legacy]") {
  CHECK(clean("<tt>ls -l</tt> <strike>old</strike> <big>big</big> <acronym title=\"x\">X</acronym>") ==
        "<code>ls -l</code> <s>old</s> <b>big</b> <abbr title=\"x\">X</abbr>");
  CHECK(clean("<p>a<center>b</center>c</p>") == "<p>a</p><div>b</div>c");
  CHECK(clean("<font face=\"Courier New\">mono</font><font color=red>red</font>") == "<code>mono</code>red");
  const auto list = diagnostics("<tt>a</tt><strike>b</strike>");
  REQUIRE(count(list, "rewritten_element") == 2);
  CHECK(list[0].removed == "<tt>");
  CHECK(list[0].path.empty());
  CHECK(list[1].offset == 10);
}

TEST_CASE("a legacy end tag closes only what its start tag became", "[sanitizer][legacy]") {
  CHECK(clean("<code>a</tt>b</code>") == "<code>ab</code>");
  CHECK(clean("<tt>a</code>b</tt>c") == "<code>a</code>bc");
  CHECK(clean("<font face=mono>a</font>b") == "<code>a</code>b");
  CHECK(clean("<font color=red>a<tt>b</font>c</tt>") == "a<code>bc</code>");
}

TEST_CASE("legacy elements follow the policy of what they become", "[sanitizer][legacy]") {
  CHECK(clean("<tt>x</tt>", with(galley::Policy::defaults().remove_element("code"))) == "x");
}

// ---- srcset ---------------------------------------------------------------------

TEST_CASE("an img with only srcset gets a src from it", "[sanitizer][srcset]") {
  CHECK(clean("<img srcset=\"a.jpg 480w, b.jpg 1080w, c.jpg 800w\" alt=\"A\">") ==
        "<img srcset=\"a.jpg 480w, b.jpg 1080w, c.jpg 800w\" alt=\"A\" src=\"b.jpg\" loading=\"lazy\" "
        "decoding=\"async\">");
  CHECK(clean("<img srcset=\"hi.png 2x, lo.png\">") ==
        "<img srcset=\"hi.png 2x, lo.png\" src=\"lo.png\" loading=\"lazy\" decoding=\"async\">");
  CHECK(clean("<img srcset=\"x3.png 3x, x1_5.png 1.5x\">") ==
        "<img srcset=\"x3.png 3x, x1_5.png 1.5x\" src=\"x1_5.png\" loading=\"lazy\" decoding=\"async\">");
  // A refused src is replaced as well; a refused candidate is never chosen.
  CHECK(clean("<img src=\"javascript:alert(1)\" srcset=\"javascript:alert(2) 1x, ok.png 2x\">") ==
        "<img srcset=\"ok.png 2x\" src=\"ok.png\" loading=\"lazy\" decoding=\"async\">");
  const auto list = diagnostics("<img srcset=\"a.png\">");
  CHECK(count(list, "rewritten_element") == 1);
  // Nothing usable: removed as before.
  CHECK(clean("<img srcset=\"javascript:alert(1) 1x\">x") == "x");
}

TEST_CASE("srcset descriptors are validated and written canonically", "[sanitizer][srcset]") {
  CHECK(clean("<img src=a.png srcset=\"  a.png   1x ,b.png\t2x\">") ==
        "<img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\" loading=\"lazy\" decoding=\"async\">");
  const auto list = diagnostics("<img src=a.png srcset=\"b.png 0w, c.png 2X, d.png 100w 2x, e.png -1x, f.png 1e3w, "
                                "g.png 100h, h.png 300w\">");
  CHECK(galley::sanitize_html("<img src=a.png srcset=\"b.png 0w, c.png 2X, d.png 100w 2x, e.png -1x, h.png 300w\">")
            .html == "<img src=\"a.png\" srcset=\"h.png 300w\" loading=\"lazy\" decoding=\"async\">");
  CHECK(count(list, "removed_url") == 6);
}

TEST_CASE("sizes and media are validated and written canonically", "[sanitizer][srcset]") {
  CHECK(clean("<picture><source srcset=\"a.avif\" media=\"(MIN-WIDTH:  600px)\" sizes=\" (max-width: 40em) 100vw,"
              "  50vw \"><img src=a.jpg sizes=\"calc(100vw - 2rem)\"></picture>") ==
        "<picture><source srcset=\"a.avif\" media=\"(min-width: 600px)\" sizes=\"(max-width: 40em) 100vw, 50vw\">"
        "<img src=\"a.jpg\" sizes=\"calc(100vw - 2rem)\" loading=\"lazy\" decoding=\"async\"></picture>");
  for (const char* bad : {"a;b", "(x", "x)", "url(\"a\")", "\\61", "{}", "a'b"}) {
    INFO(bad);
    CHECK(clean(std::string("<img src=a.png sizes=\"") + bad + "\">") ==
          "<img src=\"a.png\" loading=\"lazy\" decoding=\"async\">");
  }
}

// ---- video embeds -------------------------------------------------------------

TEST_CASE("player iframes become the embed template", "[sanitizer][embed]") {
  for (const char* src : {"https://www.youtube.com/embed/dQw4w9WgXcQ?start=30", "//youtube.com/embed/dQw4w9WgXcQ",
                          "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", " HTTPS://WWW.YOUTUBE.COM/embed/dQw4w9WgXcQ"}) {
    INFO(src);
    CHECK(clean(std::string("<iframe src=\"") + src + "\" title=\"Talk\" width=1 frameborder=0 allowfullscreen>" +
                "</iframe>") == kYoutubeFigure);
  }
  CHECK(clean("<p>Watch <iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe> now</p>") ==
        "<p>Watch </p><figure class=\"galley-embed galley-embed-vimeo\"><iframe "
        "src=\"https://player.vimeo.com/video/76979871?dnt=1\" title=\"Vimeo video\" width=\"560\" height=\"315\" "
        "loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" "
        "sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\" "
        "allow=\"encrypted-media; picture-in-picture; fullscreen\" allowfullscreen></iframe></figure> now");
  const auto list = diagnostics("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>");
  REQUIRE(list.size() == 1);
  CHECK(list[0].code == "rewritten_element");
  CHECK(list[0].removed == "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\">");
}

TEST_CASE("every other iframe is removed and reported", "[sanitizer][embed]") {
  for (const char* iframe : {
           "<iframe src=\"javascript:alert(1)\"></iframe>",
           "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
           "<iframe src=\"https://evil.example/embed/dQw4w9WgXcQ\"></iframe>",
           "<iframe src=\"https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ\"></iframe>",
           "<iframe src=\"https://user@www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
           "<iframe src=\"https://www.youtube.com:8080/embed/dQw4w9WgXcQ\"></iframe>",
           "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXc\"></iframe>",
           "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ/../x\"></iframe>",
           "<iframe src=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"></iframe>",
           "<iframe src=\"https://player.vimeo.com/video/12a\"></iframe>",
           "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
       }) {
    INFO(iframe);
    const galley::RenderResult result = galley::sanitize_html(std::string("a") + iframe + "b");
    CHECK(result.html == "ab");
    CHECK(count(result.diagnostics, "removed_element") == 1);
  }
  // Content of a recognised player is raw text no browser shows: removed, reported.
  const auto list = diagnostics("<iframe src=\"https://youtube.com/embed/dQw4w9WgXcQ\"><img src=x onerror=alert(1)></iframe>");
  REQUIRE(count(list, "removed_element") == 1);
  CHECK(list.back().removed == "<img src=x onerror=alert(1)></iframe>");
  // Where a browser would move it out of a table, it is removed.
  CHECK(clean("<table><iframe src=\"https://youtube.com/embed/dQw4w9WgXcQ\"></iframe><tr><td>c</td></tr></table>") ==
        "<table><tbody><tr><td>c</td></tr></tbody></table>");
}

TEST_CASE("embed_providers chooses the players kept", "[sanitizer][embed]") {
  const galley::Options youtube_only = with(galley::Policy::defaults().embed_providers({"YouTube"}));
  CHECK(clean("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>x", youtube_only) == "x");
  CHECK(clean("<iframe src=\"https://youtube.com/embed/dQw4w9WgXcQ\" title=\"Talk\"></iframe>", youtube_only) ==
        kYoutubeFigure);
  const galley::Options none = with(galley::Policy::defaults().embed_providers({}));
  CHECK(clean("<iframe src=\"https://youtube.com/embed/dQw4w9WgXcQ\"></iframe>x", none) == "x");
  const galley::RenderResult refused =
      galley::sanitize_html("x", with(galley::Policy::defaults().embed_providers({"dailymotion"})));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error->code == "invalid_options");
  CHECK(refused.error->path == "/policy/embed_providers");
}

// ---- MathML ---------------------------------------------------------------------

TEST_CASE("a MathML presentation subset is kept", "[sanitizer][mathml]") {
  const char* formula =
      "<math display=\"block\"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo form=\"infix\">+</mo>"
      "<mfrac linethickness=\"0\"><mn>1</mn><msqrt><mi>y</mi></msqrt></mfrac></mrow></math>";
  CHECK(clean(formula) == formula);
  CHECK(clean("<math><mtable><mtr><mtd columnspan=\"2\"><mtext>a b</mtext></mtd></mtr></mtable></math>") ==
        "<math><mtable><mtr><mtd columnspan=\"2\"><mtext>a b</mtext></mtd></mtr></mtable></math>");
  CHECK(clean("<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>") ==
        "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>");
}

TEST_CASE("MathML links, styles and unknown elements do not survive", "[sanitizer][mathml]") {
  CHECK(clean("<math href=\"javascript:alert(1)\" xlink:href=\"javascript:alert(2)\" style=\"x\" "
              "mathcolor=\"red\"><mi href=\"javascript:alert(3)\">x</mi></math>") ==
        "<math><mi>x</mi></math>");
  // Elements outside the subset keep their text.
  CHECK(clean("<math><maction actiontype=\"toggle\"><mi>a</mi><mi>b</mi></maction><mglyph src=\"x.png\"/></math>") ==
        "<math><mi>a</mi><mi>b</mi></math>");
  CHECK(clean("<math><a href=\"javascript:alert(1)\"><mi>x</mi></a></math>") == "<math><mi>x</mi></math>");
  // annotation-xml can hold HTML: removed with its content.
  CHECK(clean("<math><semantics><mi>x</mi><annotation-xml encoding=\"text/html\"><img src=x onerror=alert(1)>"
              "</annotation-xml></semantics></math>") == "<math><semantics><mi>x</mi></semantics></math>");
  // In math, style and script are foreign elements, removed with content.
  CHECK(clean("<math><style><![CDATA[</style><img src=x onerror=alert(1)>]]></style><mi>x</mi></math>") ==
        "<math><mi>x</mi></math>");
}

TEST_CASE("token elements hold only text", "[sanitizer][mathml]") {
  // A browser reads start tags in mi as HTML: nothing but text is kept there.
  CHECK(clean("<math><mi><mrow><b>x</b></mrow></mi></math>") == "<math><mi>x</mi></math>");
  CHECK(clean("<math><mtext><math><mi>y</mi></math></mtext></math>") == "<math><mtext>y</mtext></math>");
  CHECK(clean("<math><mi><style><img src=x onerror=alert(1)></style>z</mi></math>") == "<math><mi>z</mi></math>");
  CHECK(clean("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>") == "<math><mtext></mtext></math>");
  CHECK(clean("<div><math><mi></div>x</mi></math></div>") == "<div><math><mi>x</mi></math></div>");
}

TEST_CASE("HTML that ends foreign content closes the math", "[sanitizer][mathml]") {
  CHECK(clean("<math><mrow><p>para</p></mrow></math>") == "<math><mrow></mrow></math><p>para</p>");
  CHECK(clean("<math><mi>x</mi><img src=x onerror=alert(1)></math>") ==
        "<math><mi>x</mi></math><img src=\"x\" loading=\"lazy\" decoding=\"async\">");
  CHECK(clean("<div><math><mrow></div>after") == "<div><math><mrow></mrow></math></div>after");
  CHECK(clean("<math><mrow/><mi/>x</math>") == "<math><mrow></mrow><mi></mi>x</math>");
  CHECK(clean("<math/>x") == "<math></math>x");
  // Outside math, MathML names are unknown elements.
  CHECK(clean("<mi>x</mi><mrow>y</mrow>") == "xy");
  // In a table a browser moves math out; the text is removed as table text.
  CHECK(clean("<table><math><mi>x</mi></math></table>") == "<table></table>");
}

TEST_CASE("remove_elements math unwraps every MathML element", "[sanitizer][mathml]") {
  CHECK(clean("<math><mi>x</mi><mo>=</mo><mn>1</mn></math>", with(galley::Policy::defaults().remove_element("math"))) ==
        "x=1");
}

// ---- widening ---------------------------------------------------------------------

TEST_CASE("a policy can add elements and attributes of the safe universe", "[policy][widening]") {
  const galley::Options options = with(galley::Policy::defaults()
                                           .add_element("section")
                                           .add_element("data")
                                           .add_attribute("*", "data-*")
                                           .add_attribute("*", "id")
                                           .add_attribute("a", "hreflang")
                                           .add_attribute("data", "value"));
  CHECK(clean("<section data-kind=\"intro\" data-x.y=\"1\" data-=\"no\" id=\"s1\"><p id=\"p1\">See "
              "<a href=\"#fn1\" hreflang=\"en\">1</a> <data value=\"42\">forty-two</data></p></section>",
              options) ==
        "<section data-kind=\"intro\" data-x.y=\"1\" id=\"user-content-s1\"><p id=\"user-content-p1\">See "
        "<a href=\"#user-content-fn1\" hreflang=\"en\" rel=\"noopener noreferrer\">1</a> "
        "<data value=\"42\">forty-two</data></p></section>");
  // Headings keep their generated id; heading links keep their prefix.
  CHECK(clean("<h2 id=\"x\">Intro</h2><a href=\"#h-intro\">up</a>", options) ==
        "<h2 id=\"h-intro\">Intro</h2><a href=\"#h-intro\" rel=\"noopener noreferrer\">up</a>");
  // Without the widening nothing changes.
  CHECK(clean("<section id=\"s\" data-x=\"1\"><a href=\"#fn1\">1</a></section>") ==
        "<a href=\"#fn1\" rel=\"noopener noreferrer\">1</a>");
}

TEST_CASE("allowed_classes keeps exact names and prefixes", "[policy][widening]") {
  const galley::Options options =
      with(galley::Policy::defaults().allow_classes("span", {"hljs-*", "note"}).allow_classes("code", {"hljs"}));
  CHECK(clean("<span class=\"hljs-keyword note hljs- other galley-embed\">if</span>"
              "<code class=\"language-js hljs extra\">x</code><p class=\"note\">p</p>",
              options) ==
        "<span class=\"hljs-keyword note\">if</span><code class=\"language-js hljs\">x</code><p>p</p>");
  const auto list = diagnostics("<span class=\"hljs-x bad\">x</span>", options);
  REQUIRE(count(list, "removed_attribute") == 1);
  CHECK(list[0].removed == "class=\"bad\"");
}

TEST_CASE("widening outside the safe universe is an invalid_options error", "[policy][widening]") {
  struct Case {
    galley::Policy policy;
    const char* path;
    const char* named;
  };
  const Case cases[] = {
      {galley::Policy::defaults().add_element("script"), "/policy/add_elements", "script"},
      {galley::Policy::defaults().add_element("style"), "/policy/add_elements", "style"},
      {galley::Policy::defaults().add_element("form"), "/policy/add_elements", "form"},
      {galley::Policy::defaults().add_element("svg"), "/policy/add_elements", "svg"},
      {galley::Policy::defaults().add_attribute("a", "onclick"), "/policy/add_attributes/a", "onclick"},
      {galley::Policy::defaults().add_attribute("*", "style"), "/policy/add_attributes/*", "style"},
      {galley::Policy::defaults().add_attribute("p", "srcdoc"), "/policy/add_attributes/p", "srcdoc"},
      {galley::Policy::defaults().add_attribute("*", "formaction"), "/policy/add_attributes/*", "formaction"},
      {galley::Policy::defaults().add_attribute("mi", "href"), "/policy/add_attributes/mi", "MathML"},
      {galley::Policy::defaults().add_attribute("*", "xlink:href"), "/policy/add_attributes/*", "xlink:href"},
      {galley::Policy::defaults().add_attribute("img", "name"), "/policy/add_attributes/img", "name"},
      {galley::Policy::defaults().add_attribute("span", "class"), "/policy/add_attributes/span", "allowed_classes"},
      {galley::Policy::defaults().add_attribute("iframe", "src"), "/policy/add_attributes/iframe", "iframe"},
      {galley::Policy::defaults().allow_classes("span", {"galley-embed"}), "/policy/allowed_classes/span", "galley-"},
      {galley::Policy::defaults().allow_classes("span", {"a b"}), "/policy/allowed_classes/span", "a b"},
      {galley::Policy::defaults().id_prefix(""), "/policy/id_prefix", "id prefix"},
      {galley::Policy::defaults().id_prefix("1-"), "/policy/id_prefix", "id prefix"},
  };
  for (const Case& c : cases) {
    INFO(c.named);
    REQUIRE(c.policy.error());
    const galley::RenderResult result = galley::render("{\"title\":\"t\",\"body\":\"x\"}", with(c.policy));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error->code == "invalid_options");
    CHECK(result.error->path == c.path);
    CHECK(result.error->message.find(c.named) != std::string::npos);
  }
}

TEST_CASE("widening options read from JSON name the refused entry", "[options][widening]") {
  galley::Error error;
  CHECK(galley::Options::from_json(
      R"({"policy":{"add_elements":["section"],"add_attributes":{"*":["id","data-*"],"A":["hreflang"]},)"
      R"("allowed_classes":{"span":["hljs-*"]},"id_prefix":"c-","embed_providers":["vimeo"]}})",
      &error));
  const std::pair<const char*, const char*> refused[] = {
      {R"({"policy":{"add_elements":["section","script"]}})", "/policy/add_elements/1"},
      {R"({"policy":{"add_attributes":{"a":["hreflang","onclick"]}}})", "/policy/add_attributes/a/1"},
      {R"({"policy":{"add_attributes":{"*":["style"]}}})", "/policy/add_attributes/*/0"},
      {R"({"policy":{"allowed_classes":{"span":["galley-x"]}}})", "/policy/allowed_classes/span/0"},
      {R"({"policy":{"id_prefix":"x"}})", "/policy/id_prefix"},
      {R"({"policy":{"embed_providers":["youtube","evil"]}})", "/policy/embed_providers/1"},
      {R"({"policy":{"add_attributes":{"a":"hreflang"}}})", "/policy/add_attributes/a"},
  };
  for (const auto& [json, path] : refused) {
    INFO(json);
    CHECK_FALSE(galley::Options::from_json(json, &error));
    CHECK(error.code == "invalid_options");
    CHECK(error.path == path);
  }
  const std::optional<galley::Options> options =
      galley::Options::from_json(R"({"policy":{"add_attributes":{"*":["id"]},"id_prefix":"c-"}})", &error);
  REQUIRE(options);
  CHECK(clean("<p id=\"x\"><a href=\"#x\">x</a></p>", *options) ==
        "<p id=\"c-x\"><a href=\"#c-x\" rel=\"noopener noreferrer\">x</a></p>");
}
