// Attributes, links and images: values validated, URLs checked and resolved,
// links and images recorded.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

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
        "<code class=\"language-js\">x</code><code>y</code>");
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
