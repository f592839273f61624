#include "summary/metadata.hpp"

#include <cctype>
#include <utility>

namespace galley::summary {
namespace {

class MetaList {
 public:
  // Open Graph uses `property`, Twitter cards use `name`.
  void property(std::string_view key, std::string_view value) { add("property", key, value); }
  void name(std::string_view key, std::string_view value) { add("name", key, value); }
  std::vector<MetaTag> take() { return std::move(list_); }

 private:
  void add(std::string_view attribute, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    list_.push_back(MetaTag{attribute, key, std::string(value)});
  }
  std::vector<MetaTag> list_;
};

// og:locale wants language_TERRITORY ("en_GB"); other subtags are dropped.
std::string og_locale(const std::string& lang) {
  const std::size_t dash = lang.find('-');
  if (dash == std::string::npos) return lang;
  const std::size_t end = lang.find('-', dash + 1);
  std::string region = lang.substr(dash + 1, end == std::string::npos ? std::string::npos : end - dash - 1);
  if (region.size() != 2) return lang.substr(0, dash);
  for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return lang.substr(0, dash) + "_" + region;
}

}  // namespace

std::string article_description(const article::Article& article, std::string_view excerpt) {
  return article.subtitle.empty() ? std::string(excerpt) : article.subtitle;
}

std::vector<MetaTag> build_social_meta(const MetadataInput& in) {
  const article::Article& a = in.article;
  const std::string& url = a.url;
  const std::string_view image = a.image ? std::string_view(a.image->src) : std::string_view();
  const std::string_view description = in.description;
  MetaList m;
  m.property("og:type", "article");
  m.property("og:title", a.title);
  m.property("og:description", description);
  m.property("og:url", url);
  m.property("og:image", image);
  if (!image.empty()) m.property("og:image:alt", a.image->alt);
  if (a.publisher) m.property("og:site_name", a.publisher->name);
  m.property("og:locale", og_locale(a.lang));
  m.property("article:published_time", a.published);
  m.property("article:modified_time", a.updated);
  m.property("article:section", a.section);
  for (const article::Author& author : a.authors) {
    m.property("article:author", author.url.empty() ? author.name : author.url);
  }
  for (const std::string& tag : a.tags) m.property("article:tag", tag);
  m.name("twitter:card", image.empty() ? "summary" : "summary_large_image");
  m.name("twitter:title", a.title);
  m.name("twitter:description", description);
  m.name("twitter:image", image);
  if (!image.empty()) m.name("twitter:image:alt", a.image->alt);
  return m.take();
}

}  // namespace galley::summary
