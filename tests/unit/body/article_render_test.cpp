// Body forms, typed blocks, the article template and the summary.
#include <catch2/catch.hpp>

#include <galley/galley.hpp>
#include <nlohmann/json.hpp>

#include "test_files.hpp"

#include <sstream>
#include <string>

namespace {

using Json = nlohmann::json;

galley::RenderResult render(const Json& article, galley::Mode mode = galley::Mode::fragment) {
  galley::Options options;
  options.mode = mode;
  return galley::render(article.dump(), options);
}

Json summary_of(const galley::RenderResult& r) { return Json::parse(r.summary_json); }

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("body formats", "[body]") {
  CHECK(render({{"title", "t"}, {"body", {{"format", "text"}, {"content", "a <b>\nline\n\n  \nnext"}}}}).html ==
        "<p>a &lt;b&gt;<br>line</p><p>next</p>");
  CHECK(render({{"title", "t"}, {"body", {{"format", "html"}, {"content", "<p>x<script>y</script></p>"}}}}).html ==
        "<p>x</p>");
  CHECK(render({{"title", "t"}, {"body", {{"content", "*x*"}}}}).html == "<p><em>x</em></p>");
}

TEST_CASE("typed blocks render through the policy", "[blocks]") {
  const Json article = {
      {"title", "t"},
      {"blocks",
       Json::array({
           {{"type", "paragraph"}, {"text", "Some **bold** and [a link](https://example.com/)."}},
           {{"type", "heading"}, {"level", 3}, {"text", "Sub <heading>"}},
           {{"type", "list"}, {"ordered", true}, {"start", 3}, {"items", Json::array({"one", "*two*"})}},
           {{"type", "quote"}, {"text", "Quoted."}, {"cite", "Someone"}},
           {{"type", "image"}, {"src", "/a.jpg"}, {"alt", "A"}, {"caption", "Cap"}, {"credit", "Cred"}, {"width", 10}},
           {{"type", "code"}, {"language", "js"}, {"code", "if (a < b) {}\n"}},
           {{"type", "table"}, {"header", Json::array({"H1", "H2"})}, {"rows", Json::array({Json::array({"a", "b"})})}, {"caption", "Cap"}},
           {{"type", "html"}, {"html", "<p onclick=x>raw</p>"}},
           {{"type", "markdown"}, {"markdown", "- item"}},
           {{"type", "divider"}},
       })}};
  const auto r = render(article);
  REQUIRE(r.ok());
  const std::string& h = r.html;
  CHECK(contains(h, "<p>Some <strong>bold</strong> and <a href=\"https://example.com/\" rel=\"noopener noreferrer\">a link</a>.</p>"));
  CHECK(contains(h, "<h3 id=\"h-sub-heading\">Sub &lt;heading&gt;</h3>"));
  CHECK(contains(h, "<ol start=\"3\"><li>one</li><li><em>two</em></li></ol>"));
  CHECK(contains(h, "<figure><blockquote><p>Quoted.</p></blockquote><figcaption>\xE2\x80\x94 <cite>Someone</cite></figcaption></figure>"));
  CHECK(contains(h, "<img src=\"/a.jpg\" alt=\"A\" width=\"10\""));
  CHECK(contains(h, "<figcaption>Cap <small>Cred</small></figcaption>"));
  CHECK(contains(h, "<pre><code class=\"language-js\">if (a &lt; b) {}\n</code></pre>"));
  CHECK(contains(h, "<table><caption>Cap</caption><thead><tr><th>H1</th><th>H2</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"));
  CHECK(contains(h, "<p>raw</p>"));
  CHECK_FALSE(contains(h, "onclick"));
  CHECK(contains(h, "<ul><li>item</li></ul>"));
  CHECK(contains(h, "<hr>"));
  bool removed_onclick = false;
  for (const auto& d : r.diagnostics) {
    if (d.code == "removed_attribute" && d.path == "/blocks/7/html") removed_onclick = true;
  }
  CHECK(removed_onclick);
}

TEST_CASE("raw HTML left open in one block cannot swallow the next", "[blocks]") {
  const auto r = render({{"title", "t"},
                         {"blocks", Json::array({{{"type", "html"}, {"html", "<div><em>open"}},
                                                 {{"type", "paragraph"}, {"text", "next"}}})}});
  REQUIRE(r.ok());
  CHECK(r.html == "<div><em>open</em></div><p>next</p>");
}

TEST_CASE("embeds use fixed templates and validate ids", "[blocks]") {
  const auto ok = render({{"title", "t"},
                          {"blocks", Json::array({{{"type", "embed"}, {"provider", "youtube"}, {"id", "dQw4w9WgXcQ"}}})}});
  REQUIRE(ok.ok());
  CHECK(contains(ok.html, "src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""));
  CHECK(contains(ok.html, "sandbox=\""));
  const auto bad = render({{"title", "t"},
                           {"blocks", Json::array({{{"type", "embed"}, {"provider", "youtube"}, {"id", "\"><script>"}},
                                                   {{"type", "embed"}, {"provider", "evil"}, {"id", "12345678901"}}})}});
  REQUIRE(bad.ok());
  CHECK(bad.html.empty());
  int warnings = 0;
  for (const auto& d : bad.diagnostics) warnings += d.code == "invalid_embed";
  CHECK(warnings == 2);
}

TEST_CASE("article mode wraps the body in the documented template", "[article]") {
  const Json article = {
      {"title", "Head <line>"},
      {"subtitle", "Sub"},
      {"kicker", "News"},
      {"lang", "en"},
      {"published", "2026-11-27T07:30:00Z"},
      {"breadcrumbs", Json::array({{{"label", "Home"}, {"url", "https://example.com/"}},
                                   {{"label", "Bad"}, {"url", "javascript:alert(1)"}}})},
      {"authors", Json::array({{{"name", "Ann"}, {"url", "https://example.com/ann"}, {"bio", "Writes."}},
                               {{"name", "Bob"}}})},
      {"image", {{"src", "https://example.com/i.jpg"}, {"alt", "I"}, {"caption", "C"}, {"credit", "P"}}},
      {"tags", Json::array({"x", "y"})},
      {"body", "Text."}};
  const auto r = render(article, galley::Mode::article);
  REQUIRE(r.ok());
  const std::string& h = r.html;
  CHECK(h.rfind("<article class=\"galley-article\" lang=\"en\">", 0) == 0);
  CHECK(contains(h, "<nav class=\"galley-breadcrumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"https://example.com/\" rel=\"noopener noreferrer\">Home</a></li><li>Bad</li><li aria-current=\"page\">Head &lt;line&gt;</li></ol></nav>"));
  CHECK(contains(h, "<p class=\"galley-kicker\">News</p><h1 class=\"galley-title\">Head &lt;line&gt;</h1><p class=\"galley-subtitle\">Sub</p>"));
  CHECK(contains(h, "By <a class=\"galley-author\" href=\"https://example.com/ann\" rel=\"author noopener noreferrer\">Ann</a> and <span class=\"galley-author\">Bob</span>"));
  CHECK(contains(h, "<time class=\"galley-published\" datetime=\"2026-11-27T07:30:00Z\">27 November 2026</time>"));
  CHECK(contains(h, "<figure class=\"galley-hero\"><img class=\"galley-hero-image\" src=\"https://example.com/i.jpg\" alt=\"I\""));
  CHECK(contains(h, "<figcaption><span class=\"galley-caption\">C</span> <span class=\"galley-credit\">P</span></figcaption>"));
  CHECK(contains(h, "<div class=\"galley-body\"><p>Text.</p></div>"));
  CHECK(contains(h, "<li class=\"galley-tag\">x</li>"));
  CHECK(contains(h, "<h2 class=\"galley-about-title\">About <a href=\"https://example.com/ann\" rel=\"author noopener noreferrer\">Ann</a></h2><p class=\"galley-bio\">Writes.</p>"));
  CHECK(h.size() >= 10);
  CHECK(h.compare(h.size() - 10, 10, "</article>") == 0);
  bool crumb_warning = false;
  for (const auto& d : r.diagnostics) crumb_warning |= d.code == "removed_url" && d.path == "/breadcrumbs/1/url";
  CHECK(crumb_warning);
}

TEST_CASE("document mode writes a page with escaped metadata", "[document]") {
  const Json article = {{"title", "</script><script>alert(1)</script>"},
                        {"url", "https://example.com/a"},
                        {"breadcrumbs", Json::array({{{"label", "Home"}, {"url", "https://example.com/"}}})},
                        {"body", "Body text."}};
  const auto r = render(article, galley::Mode::document);
  REQUIRE(r.ok());
  const std::string& h = r.html;
  CHECK(h.rfind("<!DOCTYPE html>\n<html>", 0) == 0);
  CHECK(contains(h, "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  CHECK(contains(h, "<link rel=\"canonical\" href=\"https://example.com/a\">"));
  CHECK(contains(h, "<meta property=\"og:title\" content=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"));
  // Exactly the two JSON-LD scripts open and close: no string ended one early.
  std::size_t opens = 0, closes = 0;
  for (std::size_t p = 0; (p = h.find("<script", p)) != std::string::npos; ++p) ++opens;
  for (std::size_t p = 0; (p = h.find("</script", p)) != std::string::npos; ++p) ++closes;
  CHECK(opens == 2);
  CHECK(closes == 2);
  CHECK(contains(h, "\\u003c/script\\u003e"));
}

TEST_CASE("document mode inlines galley.css unless a stylesheet_url is given", "[document]") {
  const std::string article = R"({"title":"Styled","body":"Text."})";
  galley::Options options;
  options.mode = galley::Mode::document;
  const auto inlined = galley::render(article, options);
  REQUIRE(inlined.ok());
  const std::size_t open = inlined.html.find("<style>\n");
  const std::size_t close = inlined.html.find("</style>\n");
  REQUIRE(open != std::string::npos);
  REQUIRE(close != std::string::npos);
  CHECK(close < inlined.html.find("</head>"));
  const std::string style = inlined.html.substr(open, close - open);
  // Every rule of the stylesheet is inlined; its comments are not.
  std::istringstream source(galley::test::read_file(std::string(GALLEY_SOURCE_DIR) + "/web/galley.css"));
  std::size_t rules = 0;
  bool in_comment = false;
  for (std::string line; std::getline(source, line);) {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    line.erase(0, first);
    const bool starts_comment = line.rfind("/*", 0) == 0;
    if (starts_comment || in_comment) {
      in_comment = line.find("*/") == std::string::npos;
      CHECK_FALSE(contains(style, line));
      continue;
    }
    INFO(line);
    CHECK(contains(style, "\n" + line + "\n"));
    ++rules;
  }
  CHECK(rules > 50);
  CHECK_FALSE(contains(inlined.html, "rel=\"stylesheet\""));

  options.stylesheet_url = "/site.css";
  const auto linked = galley::render(article, options);
  REQUIRE(linked.ok());
  CHECK(contains(linked.html, "<link rel=\"stylesheet\" href=\"/site.css\">\n"));
  CHECK_FALSE(contains(linked.html, "<style"));

  options.stylesheet_url = "javascript:alert(1)";
  const auto refused = galley::render(article, options);
  REQUIRE(refused.ok());
  CHECK_FALSE(contains(refused.html, "<link rel=\"stylesheet\""));
  CHECK_FALSE(contains(refused.html, "javascript:"));
}

TEST_CASE("summary fields", "[summary]") {
  const Json article = {
      {"title", "T"},
      {"lang", "en"},
      {"url", "https://example.com/news/a"},
      {"authors", Json::array({{{"name", "A"}}, {{"name", "B"}}, {{"name", "C"}}})},
      {"body",
       "# First\n\nOne two three four five. Six seven [eight](/x) nine [ten](https://other.example/).\n\n## First\n\n"
       "![alt text](/img.png)\n\n<script>gone</script>"}};
  const auto r = render(article);
  REQUIRE(r.ok());
  const Json s = summary_of(r);
  CHECK(s["title"] == "T");
  CHECK(s["subtitle"].is_null());
  CHECK(s["byline"] == "A, B and C");
  CHECK(s["word_count"] == 12);  // First + 10 words + First
  CHECK(s["outline"].size() == 2);
  CHECK(s["outline"][0]["id"] == "h-first");
  CHECK(s["outline"][1]["id"] == "h-first-2");
  CHECK(s["outline"][0]["level"] == 2);
  REQUIRE(s["links"].size() == 2);
  CHECK(s["links"][0]["internal"] == true);
  CHECK(s["links"][1]["internal"] == false);
  CHECK(s["links"][1]["text"] == "ten");
  REQUIRE(s["images"].size() == 1);
  CHECK(s["images"][0]["alt"] == "alt text");
  CHECK(s["removed"]["elements"] == 1);
  CHECK(s["excerpt"].get<std::string>().rfind("First", 0) == 0);
  CHECK(s["reading_time"]["total_seconds"].get<int>() >= 1);
  CHECK(s["jsonld"][0]["@type"] == "NewsArticle");
  CHECK(s["jsonld"][0]["wordCount"] == 12);
}
