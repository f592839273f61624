#include "sanitize/article_urls.hpp"

#include "json/object_reader.hpp"
#include "sanitize/url_policy.hpp"

namespace galley::sanitize {
namespace {

class UrlChecker {
 public:
  UrlChecker(const Policy& policy, common::Diagnostics& diagnostics) : urls_(policy), diagnostics_(diagnostics) {}

  void check(std::string& url, UrlUse use, const std::string& path) {
    if (url.empty()) return;
    if (std::optional<std::string> safe = urls_.check(url, use)) {
      url = std::move(*safe);
      return;
    }
    diagnostics_.warn(common::codes::removed_url, "URL not allowed; removed", path, -1, std::move(url));
    url.clear();
  }

 private:
  UrlPolicy urls_;
  common::Diagnostics& diagnostics_;
};

}  // namespace

void check_article_urls(article::Article& a, const Policy& policy, common::Diagnostics& diagnostics) {
  UrlChecker checker(policy, diagnostics);
  checker.check(a.url, UrlUse::link, "/url");
  for (std::size_t i = 0; i < a.breadcrumbs.size(); ++i) {
    checker.check(a.breadcrumbs[i].url, UrlUse::link, "/breadcrumbs/" + std::to_string(i) + "/url");
  }
  for (article::Author& author : a.authors) {
    checker.check(author.url, UrlUse::link, json::pointer_append(author.path, "url"));
    checker.check(author.avatar, UrlUse::image, json::pointer_append(author.path, "avatar"));
  }
  if (a.image) {
    checker.check(a.image->src, UrlUse::image, json::pointer_append(a.image->path, "src"));
    // Without a usable source the image is gone, and its alt text with it.
    if (a.image->src.empty() && !a.image->alt.empty()) {
      diagnostics.warn(common::codes::removed_text, "alt text of a removed image", json::pointer_append(a.image->path, "alt"), -1,
                       a.image->alt);
    }
  }
  if (a.publisher) {
    checker.check(a.publisher->url, UrlUse::link, "/publisher/url");
    checker.check(a.publisher->logo, UrlUse::image, "/publisher/logo");
  }
}

}  // namespace galley::sanitize
