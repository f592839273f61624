// Properties of the summary over every sample and test article: key
// sentences, entities and keywords come from the body's visible text, and no
// metadata string can break out of its attribute or script in document mode.
#include <catch2/catch.hpp>

#include "analysis/word_tokenizer.hpp"
#include "test_files.hpp"

#include <galley/galley.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

using galley::test::read_file;

// Article JSON texts: the demo articles, and the entity test texts as Markdown bodies.
std::vector<std::string> corpus() {
  std::vector<std::string> articles;
  for (const auto& entry : fs::directory_iterator(fs::path(GALLEY_SOURCE_DIR) / "demo" / "articles")) {
    if (entry.path().extension() == ".json") articles.push_back(read_file(entry.path()));
  }
  const fs::path texts = fs::path(GALLEY_SOURCE_DIR) / "tests" / "data" / "entities";
  for (const auto& entry : fs::directory_iterator(texts)) {
    if (entry.path().extension() == ".txt") {
      articles.push_back(Json{{"title", entry.path().stem().string()}, {"lang", "en"}, {"body", read_file(entry.path())}}.dump());
    }
  }
  return articles;
}

bool is_inline(const std::string& tag) {
  static const char* const kInline[] = {"a",   "abbr", "b",   "bdi", "bdo", "cite", "code", "del", "dfn", "em",
                                        "i",   "ins",  "kbd", "mark", "q",  "s",    "samp", "small", "span",
                                        "strong", "sub", "sup", "time", "u", "var", "wbr"};
  return std::find(std::begin(kInline), std::end(kInline), tag) != std::end(kInline);
}

// Text content of fragment HTML with whitespace collapsed: tags dropped (block
// tags separate words), the writer's escapes decoded.
std::string visible_text(const std::string& html) {
  std::string text;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t end = html.find('>', i);
      std::size_t name_start = i + 1 + (html[i + 1] == '/' ? 1 : 0);
      std::size_t name_end = name_start;
      while (name_end < end && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
      if (!is_inline(html.substr(name_start, name_end - name_start))) text.push_back(' ');
      i = end;
    } else if (c == '&') {
      const std::size_t semi = html.find(';', i);
      const std::string entity = html.substr(i, semi - i + 1);
      text += entity == "&amp;" ? "&" : entity == "&lt;" ? "<" : entity == "&gt;" ? ">" : entity == "&quot;" ? "\"" : entity;
      i = semi;
    } else {
      text.push_back(c);
    }
  }
  std::string collapsed;
  for (char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(space ? ' ' : c);
  }
  return collapsed;
}

std::string collapse(const std::string& s) { return visible_text(s); }

// Unicode lowercase: the annotated texts include "ZÜRICH —" and "États".
std::string lower(const std::string& s) { return galley::analysis::normalize_word(s); }

}  // namespace

TEST_CASE("key sentences, entities and keywords come from the body text", "[summary][properties]") {
  const auto articles = corpus();
  REQUIRE(articles.size() >= 8);
  for (const std::string& article : articles) {
    const galley::RenderResult r = galley::render(article);
    REQUIRE(r.ok());
    const Json s = Json::parse(r.summary_json);
    const std::string text = visible_text(r.html);
    INFO("article " << s["title"]);
    std::size_t last_index = 0;
    for (const Json& sentence : s["key_sentences"]) {
      CHECK(text.find(collapse(sentence["text"].get<std::string>())) != std::string::npos);
      CHECK(sentence["index"].get<std::size_t>() >= last_index);
      last_index = sentence["index"].get<std::size_t>();
    }
    // Entities may be shown in title case where the text shouts (datelines).
    const std::string folded = lower(text);
    for (const Json& entity : s["entities"]) {
      CHECK(folded.find(lower(entity["text"].get<std::string>())) != std::string::npos);
      for (const Json& alias : entity["aliases"]) CHECK(folded.find(lower(alias.get<std::string>())) != std::string::npos);
      CHECK(entity["count"].get<int>() >= 1);
    }
    for (const Json& keyword : s["keywords"]) {
      // Terms are shown lowercase or as written, and may be a plural's singular.
      const std::string term = lower(keyword["term"].get<std::string>());
      CHECK(folded.find(term.substr(0, term.size() > 4 ? term.size() - 1 : term.size())) != std::string::npos);
    }
  }
}

TEST_CASE("each analysis can be turned off without changing the rest of the summary", "[summary][properties]") {
  const auto articles = corpus();
  const auto without = [](Json s, std::initializer_list<const char*> keys) {
    for (const char* key : keys) s.erase(key);
    // JSON-LD keywords repeat summary.keywords.
    for (Json& item : s["jsonld"]) item.erase("keywords");
    return s;
  };
  for (const std::string& article : articles) {
    const galley::RenderResult full = galley::render(article);
    REQUIRE(full.ok());
    const Json all = Json::parse(full.summary_json);
    INFO("article " << all["title"]);

    galley::Options no_entities;
    no_entities.entities = false;
    const galley::RenderResult r1 = galley::render(article, no_entities);
    REQUIRE(r1.ok());
    const Json s1 = Json::parse(r1.summary_json);
    CHECK(s1["entities"] == Json::array());
    CHECK(s1["key_sentences"] == all["key_sentences"]);
    CHECK(s1["keywords"] == all["keywords"]);

    galley::Options none = no_entities;
    none.key_sentences = 0;
    none.keywords = 0;
    const galley::RenderResult r2 = galley::render(article, none);
    REQUIRE(r2.ok());
    const Json s2 = Json::parse(r2.summary_json);
    for (const char* key : {"key_sentences", "keywords", "entities"}) CHECK(s2[key] == Json::array());
    CHECK(r2.html == full.html);
    CHECK(without(s2, {"key_sentences", "keywords", "entities"}) == without(all, {"key_sentences", "keywords", "entities"}));
  }
}

TEST_CASE("no metadata string breaks out of its attribute or script", "[summary][properties]") {
  const std::vector<std::string> hostile = {
      "\"><script>alert(1)</script>",
      "</script><script>alert(2)</script>",
      "<!--<script>",
      "' onmouseover='alert(3)",
      "line\u2028separator\u2029paragraph",
      "</title><img src=x onerror=alert(4)>",
      "&quot;&gt;&lt;x&gt;",
  };
  for (const std::string& s : hostile) {
    const Json article = {
        {"title", s},
        {"subtitle", s},
        {"section", s},
        {"lang", "en"},
        {"tags", Json::array({s})},
        {"url", "https://example.com/a?q=" + s},
        {"authors", Json::array({{{"name", s}, {"url", "https://example.com/" + s}}})},
        {"breadcrumbs", Json::array({{{"label", s}, {"url", "/x"}}})},
        {"image", {{"src", "https://example.com/i.jpg"}, {"alt", s}, {"caption", s}}},
        {"publisher", {{"name", s}, {"logo", "https://example.com/l.png"}}},
        {"body", "Body text about " + s}};
    galley::Options options;
    options.mode = galley::Mode::document;
    const galley::RenderResult r = galley::render(article.dump(), options);
    INFO(s);
    REQUIRE(r.ok());
    const std::string& page = r.html;
    const Json summary = Json::parse(r.summary_json);
    // Exactly one script element per JSON-LD object, each closed by its own end tag.
    std::size_t scripts = 0;
    for (std::size_t p = 0; (p = page.find("<script", p)) != std::string::npos; ++p) ++scripts;
    std::size_t script_ends = 0;
    for (std::size_t p = 0; (p = page.find("</script", p)) != std::string::npos; ++p) ++script_ends;
    CHECK(scripts == summary["jsonld"].size());
    CHECK(script_ends == scripts);
    // Each script's content parses back into the summary's JSON-LD object.
    std::size_t pos = 0;
    for (const Json& expected : summary["jsonld"]) {
      const std::string open = "<script type=\"application/ld+json\">";
      pos = page.find(open, pos);
      REQUIRE(pos != std::string::npos);
      const std::size_t start = pos + open.size();
      const std::size_t end = page.find("</script>", start);
      CHECK(Json::parse(page.substr(start, end - start)) == expected);
      pos = end;
    }
    // Every meta tag is `<meta name="…" content="…">`: with the quoted values
    // taken out, only attribute names, '=' and the tag's own brackets remain.
    for (std::size_t p = 0; (p = page.find("<meta ", p)) != std::string::npos; ++p) {
      const std::string tag = page.substr(p, page.find('>', p) - p + 1);
      std::string skeleton;
      bool quoted = false;
      for (char c : tag) {
        if (c == '"') quoted = !quoted;
        else if (!quoted) skeleton.push_back(c);
      }
      CHECK_FALSE(quoted);
      const bool plain = std::all_of(skeleton.begin() + 1, skeleton.end() - 1, [](char c) {
        return std::islower(static_cast<unsigned char>(c)) || c == ' ' || c == '=' || c == '-';
      });
      CHECK(plain);
      CHECK(skeleton.back() == '>');
    }
    // The head holds exactly one title element.
    CHECK(page.find("<title>") == page.rfind("<title>"));
    CHECK(page.find("<img src=x") == std::string::npos);
  }
}

TEST_CASE("JSON-LD has the properties search engines require", "[summary][jsonld]") {
  const std::string json = read_file(fs::path(GALLEY_SOURCE_DIR) / "demo" / "articles" / "news-agency.json");
  const galley::RenderResult r = galley::render(json);
  REQUIRE(r.ok());
  const Json s = Json::parse(r.summary_json);
  REQUIRE(s["jsonld"].size() == 2);
  const Json& article = s["jsonld"][0];
  CHECK(article["@context"] == "https://schema.org");
  CHECK(article["@type"] == "NewsArticle");
  CHECK(article["headline"] == s["title"]);
  CHECK(article["description"] == s["subtitle"]);
  CHECK(article["image"] == Json::array({"https://news.example.org/img/2026/11/harbour-bridge.jpg"}));
  CHECK(article["datePublished"] == "2026-11-27T07:30:00Z");
  CHECK(article["dateModified"] == "2026-11-27T11:05:00Z");
  REQUIRE(article["author"].size() == 1);
  CHECK(article["author"][0]["@type"] == "Person");
  CHECK(article["author"][0]["name"] == "Maren Holt");
  CHECK(article["author"][0]["url"] == "https://news.example.org/staff/maren-holt");
  CHECK(article["publisher"]["@type"] == "Organization");
  CHECK(article["publisher"]["logo"]["@type"] == "ImageObject");
  CHECK(article["publisher"]["logo"]["url"] == "https://news.example.org/img/logo.png");
  CHECK(article["mainEntityOfPage"]["@id"] == "https://news.example.org/city/harbour-bridge-reopens");
  CHECK(article["inLanguage"] == "en-GB");
  CHECK(article["articleSection"] == "City");
  CHECK(article["wordCount"] == s["word_count"]);
  CHECK(article["keywords"][0] == "transport");
  const Json& crumbs = s["jsonld"][1];
  CHECK(crumbs["@type"] == "BreadcrumbList");
  REQUIRE(crumbs["itemListElement"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(crumbs["itemListElement"][i]["@type"] == "ListItem");
    CHECK(crumbs["itemListElement"][i]["position"] == i + 1);
    CHECK(crumbs["itemListElement"][i]["item"].is_string());
  }
  CHECK(crumbs["itemListElement"][2]["name"] == s["title"]);
  // Open Graph and Twitter tags carry the same facts.
  std::map<std::string, std::string> meta;
  for (const Json& tag : s["meta"]) {
    meta[tag.contains("property") ? tag["property"].get<std::string>() : tag["name"].get<std::string>()] =
        tag["content"].get<std::string>();
  }
  CHECK(meta["og:type"] == "article");
  CHECK(meta["og:title"] == s["title"]);
  CHECK(meta["og:url"] == "https://news.example.org/city/harbour-bridge-reopens");
  CHECK(meta["og:locale"] == "en_GB");
  CHECK(meta["og:site_name"] == "City Wire");
  CHECK(meta["twitter:card"] == "summary_large_image");
  CHECK(meta["article:published_time"] == "2026-11-27T07:30:00Z");
}

TEST_CASE("unsafe article URLs never reach the metadata", "[summary][jsonld]") {
  const Json article = {{"title", "t"},
                        {"url", "javascript:alert(1)"},
                        {"image", {{"src", "data:text/html,<script>alert(1)</script>"}}},
                        {"authors", Json::array({{{"name", "a"}, {"url", "vbscript:x"}}})}};
  const galley::RenderResult r = galley::render(article.dump());
  REQUIRE(r.ok());
  CHECK(r.summary_json.find("javascript:") == std::string::npos);
  CHECK(r.summary_json.find("vbscript:") == std::string::npos);
  CHECK(r.summary_json.find("data:text") == std::string::npos);
  const Json s = Json::parse(r.summary_json);
  CHECK(s["url"].is_null());
  CHECK_FALSE(s["jsonld"][0].contains("mainEntityOfPage"));
  CHECK_FALSE(s["jsonld"][0].contains("image"));
}
