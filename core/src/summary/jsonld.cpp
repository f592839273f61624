#include "summary/metadata.hpp"

#include <algorithm>

namespace galley {
namespace {

using Json = nlohmann::ordered_json;

void set_if(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

Json person(const Author& author) {
  Json p{{"@type", "Person"}, {"name", author.name}};
  set_if(p, "url", author.url);
  return p;
}

Json organization(const Publisher& publisher) {
  Json org{{"@type", "Organization"}, {"name", publisher.name}};
  set_if(org, "url", publisher.url);
  if (!publisher.logo.empty()) org["logo"] = Json{{"@type", "ImageObject"}, {"url", publisher.logo}};
  return org;
}

Json news_article(const MetadataInput& in) {
  const Article& a = in.article;
  Json j{{"@context", "https://schema.org"}, {"@type", "NewsArticle"}, {"headline", a.title}};
  if (!in.description.empty()) j["description"] = in.description;
  if (a.image) {
    if (!a.image->src.empty()) j["image"] = Json::array({a.image->src});
  }
  set_if(j, "datePublished", a.published);
  set_if(j, "dateModified", a.updated.empty() ? a.published : a.updated);
  if (!a.authors.empty()) {
    Json authors = Json::array();
    for (const Author& author : a.authors) authors.push_back(person(author));
    j["author"] = std::move(authors);
  }
  if (a.publisher) j["publisher"] = organization(*a.publisher);
  if (!a.url.empty()) j["mainEntityOfPage"] = Json{{"@type", "WebPage"}, {"@id", a.url}};
  set_if(j, "inLanguage", a.lang);
  set_if(j, "articleSection", a.section);
  Json keywords = Json::array();
  for (const std::string& tag : a.tags) keywords.push_back(tag);
  for (const Json& k : in.keywords) {
    if (std::find(keywords.begin(), keywords.end(), k["term"]) == keywords.end()) keywords.push_back(k["term"]);
  }
  if (!keywords.empty()) j["keywords"] = std::move(keywords);
  j["wordCount"] = in.word_count;
  return j;
}

Json breadcrumb_list(const MetadataInput& in) {
  const Article& a = in.article;
  Json items = Json::array();
  std::size_t position = 1;
  const auto add = [&](const std::string& name, const std::string& url) {
    Json item{{"@type", "ListItem"}, {"position", position++}, {"name", name}};
    if (!url.empty()) item["item"] = url;
    items.push_back(std::move(item));
  };
  for (const Link& crumb : a.breadcrumbs) add(crumb.label, crumb.url);
  add(a.title, a.url);
  return Json{{"@context", "https://schema.org"}, {"@type", "BreadcrumbList"}, {"itemListElement", std::move(items)}};
}

}  // namespace

Json build_jsonld(const MetadataInput& input) {
  Json list = Json::array({news_article(input)});
  if (!input.article.breadcrumbs.empty()) list.push_back(breadcrumb_list(input));
  return list;
}

}  // namespace galley
