#include "summary/metadata.hpp"

#include <algorithm>

#include "json/write_json.hpp"

namespace galley::summary {
namespace {

void member_if(json::Writer& w, std::string_view key, std::string_view value) {
  if (!value.empty()) w.key(key).string(value);
}

void person(json::Writer& w, const article::Author& author) {
  w.begin_object();
  w.key("@type").string("Person");
  w.key("name").string(author.name);
  member_if(w, "url", author.url);
  w.end_object();
}

void organization(json::Writer& w, const article::Publisher& publisher) {
  w.begin_object();
  w.key("@type").string("Organization");
  w.key("name").string(publisher.name);
  member_if(w, "url", publisher.url);
  if (!publisher.logo.empty()) {
    w.key("logo").begin_object();
    w.key("@type").string("ImageObject");
    w.key("url").string(publisher.logo);
    w.end_object();
  }
  w.end_object();
}

std::string news_article(const MetadataInput& in) {
  const article::Article& a = in.article;
  std::string out;
  json::Writer w(out);
  w.begin_object();
  w.key("@context").string("https://schema.org");
  w.key("@type").string("NewsArticle");
  w.key("headline").string(a.title);
  member_if(w, "description", in.description);
  if (a.image && !a.image->src.empty()) w.key("image").begin_array().string(a.image->src).end_array();
  member_if(w, "datePublished", a.published);
  member_if(w, "dateModified", a.updated.empty() ? a.published : a.updated);
  if (!a.authors.empty()) {
    w.key("author").begin_array();
    for (const article::Author& author : a.authors) person(w, author);
    w.end_array();
  }
  if (a.publisher) {
    w.key("publisher");
    organization(w, *a.publisher);
  }
  if (!a.url.empty()) {
    w.key("mainEntityOfPage").begin_object();
    w.key("@type").string("WebPage");
    w.key("@id").string(a.url);
    w.end_object();
  }
  member_if(w, "inLanguage", a.lang);
  member_if(w, "articleSection", a.section);
  // The article's tags, then the extracted keywords not already among them.
  std::vector<std::string_view> keywords(a.tags.begin(), a.tags.end());
  for (const analysis::Keyword& k : in.keywords) {
    if (std::find(keywords.begin(), keywords.end(), k.term) == keywords.end()) keywords.push_back(k.term);
  }
  if (!keywords.empty()) {
    w.key("keywords").begin_array();
    for (std::string_view keyword : keywords) w.string(keyword);
    w.end_array();
  }
  w.key("wordCount").number(in.word_count);
  w.end_object();
  return out;
}

std::string breadcrumb_list(const MetadataInput& in) {
  const article::Article& a = in.article;
  std::string out;
  json::Writer w(out);
  w.begin_object();
  w.key("@context").string("https://schema.org");
  w.key("@type").string("BreadcrumbList");
  w.key("itemListElement").begin_array();
  std::size_t position = 1;
  const auto add = [&](const std::string& name, const std::string& url) {
    w.begin_object();
    w.key("@type").string("ListItem");
    w.key("position").number(position++);
    w.key("name").string(name);
    member_if(w, "item", url);
    w.end_object();
  };
  for (const article::Link& crumb : a.breadcrumbs) add(crumb.label, crumb.url);
  add(a.title, a.url);
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace

std::vector<std::string> build_jsonld(const MetadataInput& input) {
  std::vector<std::string> items;
  items.push_back(news_article(input));
  if (!input.article.breadcrumbs.empty()) items.push_back(breadcrumb_list(input));
  return items;
}

}  // namespace galley::summary
