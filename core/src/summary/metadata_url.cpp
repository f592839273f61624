#include "sanitize/url_policy.hpp"
#include "summary/metadata.hpp"

namespace galley {

std::string metadata_url(std::string_view url, bool image, const Options& options) {
  if (url.empty()) return {};
  return check_url(url, image ? UrlContext::image : UrlContext::link, options.policy).value_or("");
}

}  // namespace galley
