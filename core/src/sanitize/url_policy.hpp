#pragma once
// URL rules of the policy: which URLs survive (scheme allow-list, data: images)
// and how they are written (cleaned, relative references resolved against the
// base URL). Values arrive with character references already decoded.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <galley/policy.hpp>

namespace galley::sanitize {

// Where a URL is used; decides whether data: images are acceptable.
enum class UrlUse {
  link,    // a href, blockquote/q/del/ins cite
  image,   // img src and srcset: data: images allowed when the policy says so
  source   // picture source srcset
};

// The parts of a URI reference (RFC 3986 appendix B), for URLs already known
// to be well delimited (cleaned by clean_url).
struct UriParts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};
UriParts split_uri(std::string_view s);

// The URL as a browser would read it: leading and trailing C0 controls and
// spaces removed, tabs and line breaks removed everywhere, other controls and
// spaces percent-encoded, and '\' read as '/' before the query of a relative
// or http(s) URL.
std::string clean_url(std::string_view value);

// Lowercase scheme of `value`, ignoring every ASCII control character and
// whitespace in it (so "java\tscript:" has the scheme "javascript"); empty for
// a relative reference. Anything before the first ':' that precedes '/', '?'
// and '#' counts as the scheme, valid or not.
std::string scheme_of(std::string_view value);

// RFC 3986 §5.2: `reference` resolved against the absolute URL `base`, dot
// segments removed.
std::string resolve_url(std::string_view base, std::string_view reference);
std::string remove_dot_segments(std::string_view path);

// Lowercase host of a URL with an authority ("https://User@Host:8080/" → "host"),
// including network-path references ("//host/x"); empty when there is none.
std::string host_of(std::string_view url);

// A srcset candidate's descriptor as check_srcset writes it (whitespace
// collapsed): none, a width "480w" or a density "1.5x", positive.
bool valid_srcset_descriptor(std::string_view descriptor);

// The URL of a checked srcset (as check_srcset writes it) that suits a
// browser without srcset support: a candidate without descriptor or "1x",
// else the widest, else the lowest density.
std::string_view fallback_src(std::string_view srcset);

class UrlPolicy {
 public:
  explicit UrlPolicy(const Policy& policy);

  // The URL to write for `value`, or std::nullopt when it must be removed.
  std::optional<std::string> check(std::string_view value, UrlUse use) const;

  // The srcset to write: allowed candidates only, each URL checked like
  // check() and each descriptor by valid_srcset_descriptor(); the URLs (with
  // the descriptor, when that was the fault) of dropped candidates are
  // appended to `removed`. Empty when no candidate survives.
  std::string check_srcset(std::string_view value, UrlUse use, std::vector<std::string>& removed) const;

  // `url` is a checked URL (as returned by check()).
  // External: an absolute http(s) URL (or network-path reference) whose host
  // differs from the site's host (site_url, else base_url; any host when neither is set).
  bool is_external(std::string_view url) const;
  // Internal: a relative reference without host, or an http(s) URL on the site's host.
  bool is_internal(std::string_view url) const;

 private:
  bool allowed_data_image(std::string_view cleaned, UrlUse use) const;

  const Policy& policy_;
  std::string base_;       // empty when the policy has no usable (absolute) base URL
  std::string site_host_;
};

}  // namespace galley::sanitize
