#include "sanitize/url_policy.hpp"
#include "summary/metadata.hpp"

namespace galley {

std::string metadata_url(std::string_view url, bool image, const Options& options) {
  if (url.empty()) return {};
  const sanitize::UrlPolicy policy(options.policy);
  return policy.check(url, image ? sanitize::UrlUse::image : sanitize::UrlUse::link).value_or("");
}

}  // namespace galley
