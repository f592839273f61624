#include "sanitize/url_policy.hpp"

#include <algorithm>
#include <array>

#include "sanitize/policy_rules.hpp"
#include "text/ascii.hpp"
#include "text/byte_scan.hpp"

namespace galley::sanitize {
namespace {

bool is_c0_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20; }
bool is_control_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; }
bool is_tab_or_newline(char c) { return c == '\t' || c == '\n' || c == '\r'; }
using text::ascii::equals_ignoring_case;
using text::ascii::is_whitespace;
using text::ascii::to_lower;

void append_percent_encoded(std::string& out, char c) {
  out += '%';
  text::ascii::append_hex(out, static_cast<unsigned char>(c), 2);
}

// Schemes that run code; refused even when a policy lists them. (data: is
// handled on its own: only ever accepted for images.)
constexpr std::array<std::string_view, 2> kNeverAllowed{"javascript", "vbscript"};

constexpr std::array<std::string_view, 5> kDataImageTypes{"image/png", "image/gif", "image/jpeg", "image/webp",
                                                           "image/avif"};

// s.find_first_of(delimiters) without a library call per character: the
// delimiter sets are two to four characters, the URLs short.
std::size_t find_delimiter(std::string_view s, std::string_view delimiters) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (char d : delimiters) {
      if (s[i] == d) return i;
    }
  }
  return std::string_view::npos;
}


}  // namespace

UriParts split_uri(std::string_view s) {
  UriParts parts;
  const std::size_t scheme_end = find_delimiter(s, ":/?#");
  if (scheme_end != std::string_view::npos && scheme_end > 0 && s[scheme_end] == ':') {
    parts.has_scheme = true;
    parts.scheme = s.substr(0, scheme_end);
    s.remove_prefix(scheme_end + 1);
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
    s.remove_prefix(2);
    const std::size_t end = std::min(find_delimiter(s, "/?#"), s.size());
    parts.has_authority = true;
    parts.authority = s.substr(0, end);
    s.remove_prefix(end);
  }
  const std::size_t path_end = std::min(find_delimiter(s, "?#"), s.size());
  parts.path = s.substr(0, path_end);
  s.remove_prefix(path_end);
  if (!s.empty() && s[0] == '?') {
    const std::size_t end = std::min(s.find('#'), s.size());
    parts.has_query = true;
    parts.query = s.substr(1, end - 1);
    s.remove_prefix(end);
  }
  if (!s.empty() && s[0] == '#') {
    parts.has_fragment = true;
    parts.fragment = s.substr(1);
  }
  return parts;
}

namespace {

// clean_url for a value whose scheme_of is `scheme` (which trimming leaves
// as it is: scheme_of skips what is trimmed).
std::string clean_url_with_scheme(std::string_view value, std::string_view scheme) {
  while (!value.empty() && is_c0_or_space(value.front())) value.remove_prefix(1);
  while (!value.empty() && is_c0_or_space(value.back())) value.remove_suffix(1);

  const bool backslash_is_slash = scheme.empty() || scheme == "http" || scheme == "https";
  bool before_query = true;

  // Usually nothing needs rewriting: the URL is copied whole. The bytes that
  // may need it are found eight at a time.
  const auto rewritten = [&](unsigned char c) {
    return is_control_or_space(static_cast<char>(c)) || (c == '\\' && backslash_is_slash);
  };
  const std::size_t first = text::bytes::find_first(
      value, 0,
      [](text::bytes::Word w) {
        return text::bytes::below(w, 0x21) | text::bytes::equal_to(w, 0x7F) | text::bytes::equal_to(w, '\\');
      },
      rewritten);
  if (first == value.size()) return std::string(value);
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (is_tab_or_newline(c)) continue;
    if (c == '?' || c == '#') before_query = false;
    if (is_control_or_space(c)) {
      append_percent_encoded(out, c);
    } else if (c == '\\' && backslash_is_slash && before_query) {
      out += '/';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string clean_url(std::string_view value) { return clean_url_with_scheme(value, scheme_of(value)); }

std::string scheme_of(std::string_view value) {
  std::string scheme;
  for (char c : value) {
    if (is_control_or_space(c)) continue;
    if (c == ':') return scheme;
    if (c == '/' || c == '\\' || c == '?' || c == '#') return {};
    scheme += to_lower(c);
  }
  return {};  // no ':' at all: a relative reference
}

std::string remove_dot_segments(std::string_view input) {
  std::string output;
  output.reserve(input.size());
  while (!input.empty()) {
    if (input.substr(0, 3) == "../") {
      input.remove_prefix(3);
    } else if (input.substr(0, 2) == "./") {
      input.remove_prefix(2);
    } else if (input.substr(0, 3) == "/./") {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.substr(0, 4) == "/../" || input == "/..") {
      input = input.size() == 3 ? std::string_view("/") : input.substr(3);
      const std::size_t last = output.rfind('/');
      output.resize(last == std::string::npos ? 0 : last);
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      const std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
      const std::size_t length = next == std::string_view::npos ? input.size() : next;
      output.append(input.substr(0, length));
      input.remove_prefix(length);
    }
  }
  return output;
}

std::string resolve_url(std::string_view base_text, std::string_view reference) {
  const UriParts base = split_uri(base_text);
  const UriParts ref = split_uri(reference);

  std::string_view scheme = base.scheme;
  std::string_view authority = base.authority;
  bool has_authority = base.has_authority;
  std::string path;
  std::string_view query;
  bool has_query = false;

  if (ref.has_scheme) {
    scheme = ref.scheme;
    authority = ref.authority;
    has_authority = ref.has_authority;
    path = remove_dot_segments(ref.path);
    query = ref.query;
    has_query = ref.has_query;
  } else if (ref.has_authority) {
    authority = ref.authority;
    has_authority = true;
    path = remove_dot_segments(ref.path);
    query = ref.query;
    has_query = ref.has_query;
  } else if (ref.path.empty()) {
    path = std::string(base.path);
    query = ref.has_query ? ref.query : base.query;
    has_query = ref.has_query || base.has_query;
  } else {
    if (ref.path.front() == '/') {
      path = remove_dot_segments(ref.path);
    } else {
      std::string merged;
      if (base.has_authority && base.path.empty()) {
        merged = "/";
      } else {
        const std::size_t slash = base.path.rfind('/');
        if (slash != std::string_view::npos) merged = std::string(base.path.substr(0, slash + 1));
      }
      merged.append(ref.path);
      path = remove_dot_segments(merged);
    }
    query = ref.query;
    has_query = ref.has_query;
  }

  std::string out;
  out.reserve(base_text.size() + reference.size());
  out.append(scheme);
  out += ':';
  if (has_authority) {
    out.append("//");
    out.append(authority);
  }
  out.append(path);
  if (has_query) {
    out += '?';
    out.append(query);
  }
  if (ref.has_fragment) {
    out += '#';
    out.append(ref.fragment);
  }
  return out;
}

namespace {

// The host of a URL's authority as written (not lowercased); empty when there
// is none.
std::string_view host_as_written(std::string_view url) {
  const UriParts parts = split_uri(url);
  if (!parts.has_authority) return {};
  std::string_view host = parts.authority;
  const std::size_t at = host.rfind('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  std::size_t end;
  if (!host.empty() && host.front() == '[') {
    end = host.find(']');
    end = end == std::string_view::npos ? host.size() : end + 1;
  } else {
    end = std::min(host.find(':'), host.size());
  }
  host = host.substr(0, end);
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return host;
}

}  // namespace

std::string host_of(std::string_view url) { return text::ascii::lowercase(std::string(host_as_written(url))); }

UrlPolicy::UrlPolicy(const Policy& policy) : policy_(policy) {
  const std::string base = clean_url(policy.base());
  const std::string base_scheme = scheme_of(base);
  // Only a web address can be a base: resolving against any other scheme
  // (javascript:, data:) would smuggle that scheme into every relative link.
  if ((base_scheme == "http" || base_scheme == "https") && split_uri(base).has_scheme) base_ = base;
  site_host_ = host_of(clean_url(policy.site().empty() ? policy.base() : policy.site()));
}

bool UrlPolicy::allowed_data_image(std::string_view cleaned, UrlUse use) const {
  if (use != UrlUse::image || !policy_.data_images_allowed()) return false;
  std::string_view rest = cleaned.substr(cleaned.find(':') + 1);
  const std::size_t end = std::min(rest.find_first_of(";,"), rest.size());
  if (end == rest.size()) return false;  // no data at all
  std::string_view type = rest.substr(0, end);
  // Spaces were percent-encoded by clean_url; a media type has none.
  for (std::string_view allowed : kDataImageTypes) {
    if (equals_ignoring_case(type, allowed)) return true;
  }
  return false;
}

std::optional<std::string> UrlPolicy::check(std::string_view value, UrlUse use) const {
  const std::string scheme = scheme_of(value);
  std::string cleaned = clean_url_with_scheme(value, scheme);
  if (scheme.empty()) {
    // Fragment-only references point into this document: resolving them
    // against a base URL would send readers to another page.
    if (base_.empty() || cleaned.empty() || cleaned.front() == '#') return cleaned;
    return resolve_url(base_, cleaned);
  }
  // The scheme was judged with control characters ignored; if the written URL
  // does not start with it, a browser would read something else (for
  // "h\x0Ettp:" a relative URL), so the URL is refused rather than guessed at.
  if (cleaned.size() <= scheme.size() || cleaned[scheme.size()] != ':' ||
      !equals_ignoring_case(std::string_view(cleaned).substr(0, scheme.size()), scheme)) {
    return std::nullopt;
  }
  if (scheme == "data") {
    if (allowed_data_image(cleaned, use)) return cleaned;
    return std::nullopt;
  }
  for (std::string_view refused : kNeverAllowed) {
    if (scheme == refused) return std::nullopt;
  }
  if (!allows_scheme(policy_, scheme)) return std::nullopt;
  return cleaned;
}

namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A positive number: up to 9 digits (and for a density a fraction of up to 9).
bool positive_number(std::string_view text, bool fraction_allowed) {
  const std::size_t dot = fraction_allowed ? text.find('.') : std::string_view::npos;
  const std::string_view whole = text.substr(0, dot);
  if (!all_digits(whole) || whole.size() > 9) return false;
  bool non_zero = whole.find_first_not_of('0') != std::string_view::npos;
  if (dot != std::string_view::npos) {
    const std::string_view part = text.substr(dot + 1);
    if (!all_digits(part) || part.size() > 9) return false;
    non_zero = non_zero || part.find_first_not_of('0') != std::string_view::npos;
  }
  return non_zero;
}

// The value of a checked descriptor's number (digits, maybe a fraction);
// read by hand, as strtod would follow the C locale's decimal point.
double descriptor_number(std::string_view text) {
  double value = 0, scale = 1;
  bool fraction = false;
  for (char c : text) {
    if (c == '.') {
      fraction = true;
      continue;
    }
    if (fraction) scale /= 10;
    value = fraction ? value + (c - '0') * scale : value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool valid_srcset_descriptor(std::string_view descriptor) {
  if (descriptor.empty()) return true;
  const char unit = descriptor.back();
  descriptor.remove_suffix(1);
  if (unit == 'w') return positive_number(descriptor, false);
  if (unit == 'x') return positive_number(descriptor, true);
  return false;
}

std::string_view fallback_src(std::string_view srcset) {
  std::string_view widest, densest;
  double widest_width = 0, lowest_density = 0;
  while (!srcset.empty()) {
    const std::size_t end = std::min(srcset.find(", "), srcset.size());
    const std::string_view candidate = srcset.substr(0, end);
    srcset.remove_prefix(std::min(end + 2, srcset.size()));
    const std::size_t space = std::min(candidate.find(' '), candidate.size());
    const std::string_view url = candidate.substr(0, space);
    const std::string_view descriptor = candidate.substr(std::min(space + 1, candidate.size()));
    if (descriptor.empty() || descriptor == "1x") return url;
    const double value = descriptor_number(descriptor.substr(0, descriptor.size() - 1));
    if (descriptor.back() == 'w' && value > widest_width) {
      widest = url;
      widest_width = value;
    } else if (descriptor.back() == 'x' && (densest.empty() || value < lowest_density)) {
      densest = url;
      lowest_density = value;
    }
  }
  return widest.empty() ? densest : widest;
}

std::string UrlPolicy::check_srcset(std::string_view value, UrlUse use, std::vector<std::string>& removed) const {
  std::string out;
  std::size_t pos = 0;
  const auto at_separator = [&] { return pos < value.size() && (is_whitespace(value[pos]) || value[pos] == ','); };
  while (true) {
    while (at_separator()) ++pos;
    if (pos >= value.size()) break;
    const std::size_t url_start = pos;
    while (pos < value.size() && !is_whitespace(value[pos])) ++pos;
    std::string_view url = value.substr(url_start, pos - url_start);
    std::string descriptors;
    if (url.back() == ',') {
      while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    } else {
      // Descriptors run to the next comma outside parentheses; whitespace collapses.
      int depth = 0;
      bool pending_space = false;
      for (; pos < value.size(); ++pos) {
        const char c = value[pos];
        if (c == ',' && depth == 0) {
          ++pos;
          break;
        }
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (is_whitespace(c)) {
          pending_space = !descriptors.empty();
          continue;
        }
        if (pending_space) descriptors += ' ';
        pending_space = false;
        descriptors += c;
      }
    }
    if (url.empty()) continue;
    if (!valid_srcset_descriptor(descriptors)) {
      removed.push_back(std::string(url) + " " + descriptors);
      continue;
    }
    std::optional<std::string> checked = check(url, use);
    // Control characters removed from the URL can uncover commas at its end,
    // which a srcset parser reads as a separator, not as part of the URL.
    while (checked && !checked->empty() && checked->back() == ',') checked->pop_back();
    // A candidate whose URL was only control characters has no URL left: its
    // descriptors alone would be read as the URL next time.
    if (!checked || checked->empty()) {
      removed.emplace_back(url);
      continue;
    }
    if (!out.empty()) out.append(", ");
    out.append(*checked);
    if (!descriptors.empty()) {
      out += ' ';
      out.append(descriptors);
    }
  }
  return out;
}

bool UrlPolicy::is_external(std::string_view url) const {
  const std::string scheme = scheme_of(url);
  if (!scheme.empty() && scheme != "http" && scheme != "https") return false;
  const std::string_view host = host_as_written(url);
  if (host.empty()) return false;
  return site_host_.empty() || !equals_ignoring_case(host, site_host_);
}

bool UrlPolicy::is_internal(std::string_view url) const {
  const std::string scheme = scheme_of(url);
  if (!scheme.empty() && scheme != "http" && scheme != "https") return false;
  const std::string_view host = host_as_written(url);
  if (host.empty()) return scheme.empty();
  return !site_host_.empty() && equals_ignoring_case(host, site_host_);
}

}  // namespace galley::sanitize
