#include <catch2/catch.hpp>

#include <galley/policy.hpp>

#include "html/tokenizer.hpp"
#include "sanitize/url_policy.hpp"

using galley::Policy;
using galley::sanitize::UrlPolicy;
using galley::sanitize::UrlUse;

namespace {

// Decodes like the tokenizer does for attribute values, then checks.
std::optional<std::string> check_attribute(const UrlPolicy& urls, std::string_view written,
                                           UrlUse use = UrlUse::link) {
  return urls.check(galley::html::decode_character_references(written, true), use);
}

}  // namespace

TEST_CASE("scheme_of ignores controls and whitespace and lowercases", "[url_policy]") {
  using galley::sanitize::scheme_of;
  CHECK(scheme_of("https://example.com") == "https");
  CHECK(scheme_of("JaVaScRiPt:alert(1)") == "javascript");
  CHECK(scheme_of("java\tscript:x") == "javascript");
  CHECK(scheme_of("java\nscript:x") == "javascript");
  CHECK(scheme_of("java\x01script:x") == "javascript");
  CHECK(scheme_of("  \x10 javascript :x") == "javascript");
  CHECK(scheme_of("/path:with/colon") == "");
  CHECK(scheme_of("page?q=a:b") == "");
  CHECK(scheme_of("#frag:x") == "");
  CHECK(scheme_of("relative/path") == "");
  CHECK(scheme_of("//host/path") == "");
  CHECK(scheme_of(":nothing") == "");
}

TEST_CASE("allowed schemes and relative URLs pass", "[url_policy]") {
  const Policy policy = Policy::defaults();
  const UrlPolicy urls(policy);
  CHECK(urls.check("https://example.com/a?b=c#d", UrlUse::link) == "https://example.com/a?b=c#d");
  CHECK(urls.check("http://example.com", UrlUse::link) == "http://example.com");
  CHECK(urls.check("HTTPS://EXAMPLE.com", UrlUse::link) == "HTTPS://EXAMPLE.com");
  CHECK(urls.check("mailto:someone@example.com", UrlUse::link) == "mailto:someone@example.com");
  CHECK(urls.check("tel:+1-555-0100", UrlUse::link) == "tel:+1-555-0100");
  CHECK(urls.check("/about", UrlUse::link) == "/about");
  CHECK(urls.check("../up/one", UrlUse::link) == "../up/one");
  CHECK(urls.check("#section", UrlUse::link) == "#section");
  CHECK(urls.check("?page=2", UrlUse::link) == "?page=2");
  CHECK(urls.check("//cdn.example.com/x.png", UrlUse::image) == "//cdn.example.com/x.png");
}

TEST_CASE("URL obfuscations are caught", "[url_policy]") {
  const Policy policy = Policy::defaults();
  const UrlPolicy urls(policy);
  for (const char* written :
       {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "  JavaScript:alert(1)", "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)", "jav&#x0D;ascript:alert(1)", "java\nscript:alert(1)", "java\tscript:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#0000106;&#0000097;vascript:alert(1)",
        "javascript&colon;alert(1)", "&Tab;javascript:alert(1)", "\x01javascript:alert(1)",
        "java\x01script:alert(1)", "javascript\x7f:alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/png;base64,AAAA",
        "file:///etc/passwd", "ftp://example.com/", "about:blank", "blob:https://x/y", "%6Aavascript:alert(1)",
        "javascript :alert(1)", "livescript:x", "ｊavascript:alert(1)"}) {
    INFO(written);
    CHECK_FALSE(check_attribute(urls, written).has_value());
  }
}

TEST_CASE("URLs are cleaned the way a browser reads them", "[url_policy]") {
  using galley::sanitize::clean_url;
  CHECK(clean_url("  https://example.com/a b\t\n ") == "https://example.com/a%20b");
  CHECK(clean_url("\x01/path\x02x") == "/path%02x");
  CHECK(clean_url("/\\evil.com/x\\y?q=\\") == "//evil.com/x/y?q=\\");
  CHECK(clean_url("mailto:a\\b") == "mailto:a\\b");
}

TEST_CASE("backslashes cannot hide a host", "[url_policy]") {
  const Policy policy = Policy::defaults().site_url("https://example.com/");
  const UrlPolicy urls(policy);
  const auto url = urls.check("/\\evil.com/", UrlUse::link);
  REQUIRE(url);
  CHECK(*url == "//evil.com/");
  CHECK(urls.is_external(*url));
  CHECK_FALSE(urls.is_internal(*url));
}

TEST_CASE("data: images only when enabled and only raster types", "[url_policy]") {
  const Policy off = Policy::defaults();
  const Policy on = Policy::defaults().allow_data_images(true);
  const UrlPolicy urls_off(off);
  const UrlPolicy urls_on(on);
  const std::string png = "data:image/png;base64,iVBORw0KGgo=";
  CHECK_FALSE(urls_off.check(png, UrlUse::image));
  CHECK(urls_on.check(png, UrlUse::image) == png);
  CHECK(urls_on.check("DATA:Image/JPEG;base64,/9j/", UrlUse::image) == "DATA:Image/JPEG;base64,/9j/");
  CHECK(urls_on.check("data:image/gif,GIF89a", UrlUse::image));
  CHECK(urls_on.check("data:image/webp;base64,UklG", UrlUse::image));
  CHECK(urls_on.check("data:image/avif;base64,AAAA", UrlUse::image));
  CHECK_FALSE(urls_on.check("data:image/svg+xml;base64,PHN2Zz4=", UrlUse::image));
  CHECK_FALSE(urls_on.check("data:image/svg+xml,<svg onload=alert(1)>", UrlUse::image));
  CHECK_FALSE(urls_on.check("data:text/html,<script>alert(1)</script>", UrlUse::image));
  CHECK_FALSE(urls_on.check("data:image/pngx;base64,AAAA", UrlUse::image));
  CHECK_FALSE(urls_on.check("data:image/png", UrlUse::image));
  CHECK_FALSE(urls_on.check(png, UrlUse::link));
  CHECK_FALSE(urls_on.check(png, UrlUse::source));
  // Even a policy that lists data: as a scheme does not open links to it.
  const Policy listed = Policy::defaults().url_schemes({"https", "data", "javascript"});
  const UrlPolicy urls_listed(listed);
  CHECK_FALSE(urls_listed.check("data:text/html,x", UrlUse::link));
  CHECK_FALSE(urls_listed.check("javascript:alert(1)", UrlUse::link));
}

TEST_CASE("custom schemes replace the list", "[url_policy]") {
  const Policy policy = Policy::defaults().url_schemes({"https", "ftp"});
  const UrlPolicy urls(policy);
  CHECK(urls.check("ftp://example.com/file", UrlUse::link));
  CHECK_FALSE(urls.check("http://example.com/", UrlUse::link));
  CHECK_FALSE(urls.check("mailto:a@b.c", UrlUse::link));
  CHECK(urls.check("relative", UrlUse::link) == "relative");
}

TEST_CASE("remove_dot_segments follows RFC 3986", "[url_policy]") {
  using galley::sanitize::remove_dot_segments;
  CHECK(remove_dot_segments("/a/b/c/./../../g") == "/a/g");
  CHECK(remove_dot_segments("mid/content=5/../6") == "mid/6");
  CHECK(remove_dot_segments("/../x") == "/x");
  CHECK(remove_dot_segments("/a/..") == "/");
  CHECK(remove_dot_segments("/a/.") == "/a/");
  CHECK(remove_dot_segments("") == "");
}

TEST_CASE("resolve_url follows RFC 3986 section 5.4 examples", "[url_policy]") {
  using galley::sanitize::resolve_url;
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> examples[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
  };
  for (const auto& [reference, expected] : examples) {
    INFO(reference);
    CHECK(resolve_url(base, reference) == expected);
  }
  CHECK(resolve_url("https://example.com", "x") == "https://example.com/x");
}

TEST_CASE("base URL makes relative URLs absolute", "[url_policy]") {
  const Policy policy = Policy::defaults().base_url("https://example.com/news/2024/");
  const UrlPolicy urls(policy);
  CHECK(urls.check("story.html", UrlUse::link) == "https://example.com/news/2024/story.html");
  CHECK(urls.check("../archive/", UrlUse::link) == "https://example.com/news/archive/");
  CHECK(urls.check("/about", UrlUse::link) == "https://example.com/about");
  CHECK(urls.check("//cdn.example.net/a.png", UrlUse::image) == "https://cdn.example.net/a.png");
  CHECK(urls.check("?page=2", UrlUse::link) == "https://example.com/news/2024/?page=2");
  // In-page anchors stay in the page.
  CHECK(urls.check("#comments", UrlUse::link) == "#comments");
  CHECK(urls.check("https://other.org/x", UrlUse::link) == "https://other.org/x");
  CHECK(urls.check("a b", UrlUse::link) == "https://example.com/news/2024/a%20b");
}

TEST_CASE("a base URL without scheme is not used", "[url_policy]") {
  const Policy policy = Policy::defaults().base_url("example.com/news/");
  const UrlPolicy urls(policy);
  CHECK(urls.check("story.html", UrlUse::link) == "story.html");
}

TEST_CASE("host_of", "[url_policy]") {
  using galley::sanitize::host_of;
  CHECK(host_of("https://Example.COM/x") == "example.com");
  CHECK(host_of("https://user:pw@example.com:8443/") == "example.com");
  CHECK(host_of("https://example.com@evil.com/") == "evil.com");
  CHECK(host_of("//cdn.example.com/a") == "cdn.example.com");
  CHECK(host_of("https://[::1]:80/") == "[::1]");
  CHECK(host_of("https://example.com./") == "example.com");
  CHECK(host_of("/relative") == "");
  CHECK(host_of("mailto:a@b.c") == "");
}

TEST_CASE("internal and external links", "[url_policy]") {
  const Policy site = Policy::defaults().site_url("https://example.com/");
  const UrlPolicy urls(site);
  CHECK(urls.is_external("https://other.org/"));
  CHECK(urls.is_external("http://sub.example.com/"));
  CHECK(urls.is_external("//other.org/x"));
  CHECK_FALSE(urls.is_external("https://EXAMPLE.com/page"));
  CHECK_FALSE(urls.is_external("/page"));
  CHECK_FALSE(urls.is_external("mailto:a@example.org"));
  CHECK(urls.is_internal("https://example.com/page"));
  CHECK(urls.is_internal("/page"));
  CHECK(urls.is_internal("#top"));
  CHECK_FALSE(urls.is_internal("https://other.org/"));
  CHECK_FALSE(urls.is_internal("tel:123"));

  // Without site_url the base URL's host is the site.
  const Policy based = Policy::defaults().base_url("https://news.example.com/a/");
  const UrlPolicy by_base(based);
  CHECK_FALSE(by_base.is_external("https://news.example.com/b"));
  CHECK(by_base.is_external("https://example.com/"));

  // With neither, every absolute http(s) URL is external.
  const Policy none = Policy::defaults();
  const UrlPolicy unknown_site(none);
  CHECK(unknown_site.is_external("https://example.com/"));
  CHECK_FALSE(unknown_site.is_internal("https://example.com/"));
  CHECK(unknown_site.is_internal("page.html"));
}

TEST_CASE("srcset candidates are checked one by one", "[url_policy]") {
  const Policy policy = Policy::defaults().base_url("https://example.com/img/");
  const UrlPolicy urls(policy);
  std::vector<std::string> removed;
  CHECK(urls.check_srcset("a.png 1x,  b.png   2x", UrlUse::image, removed) ==
        "https://example.com/img/a.png 1x, https://example.com/img/b.png 2x");
  CHECK(removed.empty());
  CHECK(urls.check_srcset("small.jpg 480w, javascript:alert(1) 800w, large.jpg 1080w", UrlUse::image, removed) ==
        "https://example.com/img/small.jpg 480w, https://example.com/img/large.jpg 1080w");
  CHECK(removed == std::vector<std::string>{"javascript:alert(1)"});
  removed.clear();
  CHECK(urls.check_srcset("javascript:x 1x", UrlUse::image, removed).empty());
  CHECK(removed.size() == 1);
  removed.clear();
  CHECK(urls.check_srcset("a.png,, b.png 2x", UrlUse::image, removed) ==
        "https://example.com/img/a.png, https://example.com/img/b.png 2x");
  removed.clear();
  CHECK(urls.check_srcset("", UrlUse::image, removed).empty());
  CHECK(removed.empty());
}

TEST_CASE("srcset with data: images", "[url_policy]") {
  const Policy policy = Policy::defaults().allow_data_images(true);
  const UrlPolicy urls(policy);
  std::vector<std::string> removed;
  CHECK(urls.check_srcset("data:image/png;base64,AAAA 1x, data:image/svg+xml;base64,PHN2Zz4= 2x", UrlUse::image,
                          removed) == "data:image/png;base64,AAAA 1x");
  CHECK(removed == std::vector<std::string>{"data:image/svg+xml;base64,PHN2Zz4="});
  removed.clear();
  CHECK(urls.check_srcset("data:image/png;base64,AAAA 1x", UrlUse::source, removed).empty());
}
