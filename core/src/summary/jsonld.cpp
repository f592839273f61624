#include "summary/metadata.hpp"

#include <algorithm>

namespace galley::summary {
namespace {

using json::Value;

void set_if(Value& j, const char* key, const std::string& value) {
  if (!value.empty()) j.set(key, value);
}

Value person(const article::Author& author) {
  Value p = Value::object({{"@type", "Person"}, {"name", author.name}});
  set_if(p, "url", author.url);
  return p;
}

Value organization(const article::Publisher& publisher) {
  Value org = Value::object({{"@type", "Organization"}, {"name", publisher.name}});
  set_if(org, "url", publisher.url);
  if (!publisher.logo.empty()) org.set("logo", Value::object({{"@type", "ImageObject"}, {"url", publisher.logo}}));
  return org;
}

Value news_article(const MetadataInput& in) {
  const article::Article& a = in.article;
  Value j = Value::object({{"@context", "https://schema.org"}, {"@type", "NewsArticle"}, {"headline", a.title}});
  if (!in.description.empty()) j.set("description", in.description);
  if (a.image && !a.image->src.empty()) j.set("image", Value::array({a.image->src}));
  set_if(j, "datePublished", a.published);
  set_if(j, "dateModified", a.updated.empty() ? a.published : a.updated);
  if (!a.authors.empty()) {
    Value authors = Value::array();
    for (const article::Author& author : a.authors) authors.push_back(person(author));
    j.set("author", std::move(authors));
  }
  if (a.publisher) j.set("publisher", organization(*a.publisher));
  if (!a.url.empty()) j.set("mainEntityOfPage", Value::object({{"@type", "WebPage"}, {"@id", a.url}}));
  set_if(j, "inLanguage", a.lang);
  set_if(j, "articleSection", a.section);
  // The article's tags, then the extracted keywords not already among them.
  std::vector<Value> keywords(a.tags.begin(), a.tags.end());
  for (const Value& k : in.keywords.items()) {
    const Value& term = *k.find("term");
    if (std::find(keywords.begin(), keywords.end(), term) == keywords.end()) keywords.push_back(term);
  }
  if (!keywords.empty()) j.set("keywords", Value::array(std::move(keywords)));
  j.set("wordCount", in.word_count);
  return j;
}

Value breadcrumb_list(const MetadataInput& in) {
  const article::Article& a = in.article;
  Value items = Value::array();
  std::size_t position = 1;
  const auto add = [&](const std::string& name, const std::string& url) {
    Value item = Value::object({{"@type", "ListItem"}, {"position", position++}, {"name", name}});
    if (!url.empty()) item.set("item", url);
    items.push_back(std::move(item));
  };
  for (const article::Link& crumb : a.breadcrumbs) add(crumb.label, crumb.url);
  add(a.title, a.url);
  return Value::object(
      {{"@context", "https://schema.org"}, {"@type", "BreadcrumbList"}, {"itemListElement", std::move(items)}});
}

}  // namespace

Value build_jsonld(const MetadataInput& input) {
  Value list = Value::array({news_article(input)});
  if (!input.article.breadcrumbs.empty()) list.push_back(breadcrumb_list(input));
  return list;
}

}  // namespace galley::summary
