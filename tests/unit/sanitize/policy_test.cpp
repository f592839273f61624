#include <catch2/catch.hpp>

#include <galley/policy.hpp>

#include "sanitize/attribute_values.hpp"
#include "sanitize/policy_rules.hpp"

using galley::Policy;

TEST_CASE("default policy keeps the documented elements", "[policy]") {
  const Policy p = Policy::defaults();
  for (const char* tag : {"p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del",
                          "ins", "mark", "small", "sub", "sup", "code", "kbd", "samp", "var", "pre", "blockquote",
                          "q", "cite", "abbr", "dfn", "time", "a", "img", "figure", "figcaption", "picture",
                          "source", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
                          "tfoot", "tr", "th", "td", "details", "summary", "span", "div", "ruby", "rt", "rp", "bdi",
                          "bdo", "wbr"}) {
    INFO(tag);
    CHECK(galley::sanitize::allows_element(p, tag));
    CHECK_FALSE(galley::sanitize::drops_content(tag));
  }
  // h1 is the page headline: the sanitizer demotes it instead.
  CHECK_FALSE(galley::sanitize::allows_element(p, "h1"));
  for (const char* tag : {"form", "input", "button", "font", "center", "marquee", "body", "html", "custom-element"}) {
    INFO(tag);
    CHECK_FALSE(galley::sanitize::allows_element(p, tag));
    CHECK_FALSE(galley::sanitize::drops_content(tag));
  }
}

TEST_CASE("default policy drops dangerous elements with their content", "[policy]") {
  const Policy p = Policy::defaults();
  for (const char* tag : {"script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "title",
                          "xmp", "noembed", "noframes", "plaintext", "svg", "select"}) {
    INFO(tag);
    CHECK(galley::sanitize::drops_content(tag));
    CHECK_FALSE(galley::sanitize::allows_element(p, tag));
  }
}

TEST_CASE("default policy attributes", "[policy]") {
  const Policy p = Policy::defaults();
  CHECK(galley::sanitize::allows_attribute(p, "p", "lang"));
  CHECK(galley::sanitize::allows_attribute(p, "span", "dir"));
  CHECK(galley::sanitize::allows_attribute(p, "div", "title"));
  CHECK(galley::sanitize::allows_attribute(p, "a", "href"));
  CHECK(galley::sanitize::allows_attribute(p, "img", "srcset"));
  CHECK(galley::sanitize::allows_attribute(p, "ol", "reversed"));
  CHECK(galley::sanitize::allows_attribute(p, "th", "scope"));
  CHECK(galley::sanitize::allows_attribute(p, "code", "class"));
  CHECK(galley::sanitize::allows_attribute(p, "details", "open"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "td", "scope"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "p", "class"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "p", "id"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "a", "name"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "p", "style"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "img", "onerror"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "a", "target"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "a", "rel"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "script", "src"));
}

TEST_CASE("default policy schemes", "[policy]") {
  const Policy p = Policy::defaults();
  CHECK(p.schemes() == std::vector<std::string>{"http", "https", "mailto", "tel"});
  CHECK(galley::sanitize::allows_scheme(p, "https"));
  CHECK_FALSE(galley::sanitize::allows_scheme(p, "javascript"));
  CHECK_FALSE(galley::sanitize::allows_scheme(p, "data"));
  CHECK_FALSE(p.data_images_allowed());
  CHECK_FALSE(p.nofollow_ugc());
  CHECK_FALSE(p.external_new_tab());
  CHECK(p.lazy_images_enabled());
  CHECK(p.base().empty());
  CHECK(p.site().empty());
}

TEST_CASE("policy builder adjusts the defaults", "[policy]") {
  const Policy p = Policy::defaults()
                       .allow_data_images(true)
                       .add_nofollow_ugc(true)
                       .external_links_in_new_tab(true)
                       .lazy_images(false)
                       .base_url("https://example.com/news/")
                       .site_url("https://example.com/")
                       .url_schemes({"HTTPS", "ftp:", "https"})
                       .remove_element("DIV")
                       .remove_attribute("img", "Title")
                       .remove_attribute("*", "lang");
  CHECK(p.data_images_allowed());
  CHECK(p.nofollow_ugc());
  CHECK(p.external_new_tab());
  CHECK_FALSE(p.lazy_images_enabled());
  CHECK(p.base() == "https://example.com/news/");
  CHECK(p.site() == "https://example.com/");
  CHECK(p.schemes() == std::vector<std::string>{"https", "ftp"});
  CHECK_FALSE(galley::sanitize::allows_scheme(p, "http"));
  CHECK(galley::sanitize::allows_scheme(p, "ftp"));
  CHECK_FALSE(galley::sanitize::allows_element(p, "div"));
  CHECK_FALSE(galley::sanitize::drops_content("div"));
  CHECK(galley::sanitize::allows_element(p, "span"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "img", "title"));
  CHECK(galley::sanitize::allows_attribute(p, "a", "title"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "p", "lang"));
  CHECK_FALSE(galley::sanitize::allows_attribute(p, "div", "title"));  // the element itself is removed
  CHECK(p.removed_elements() == std::vector<std::string>{"div"});
  CHECK(p.removed_attributes().size() == 2);
}

TEST_CASE("removing a dropped element keeps dropping its content", "[policy]") {
  const Policy p = Policy::defaults().remove_element("script");
  CHECK(galley::sanitize::drops_content("script"));
  CHECK_FALSE(galley::sanitize::allows_element(p, "script"));
}

TEST_CASE("attribute value rules", "[policy]") {
  using galley::sanitize::checked_value;
  using galley::sanitize::find_attribute_rule;
  const auto check = [](const char* element, const char* attribute, std::string_view value) {
    const auto* rule = find_attribute_rule(element, attribute);
    REQUIRE(rule != nullptr);
    return checked_value(*rule, value);
  };
  CHECK(check("ol", "start", "-12") == std::string_view("-12"));
  CHECK_FALSE(check("ol", "start", "1e3"));
  CHECK_FALSE(check("ol", "start", "1234567890"));
  CHECK_FALSE(check("ol", "start", ""));
  CHECK(check("td", "colspan", "3") == std::string_view("3"));
  CHECK_FALSE(check("td", "colspan", "-3"));
  CHECK(check("ol", "type", "A") == std::string_view("A"));
  CHECK(check("ol", "type", "i") == std::string_view("i"));
  CHECK_FALSE(check("ol", "type", "disc"));
  CHECK(check("th", "align", "RIGHT") == std::string_view("right"));
  CHECK(check("p", "dir", "Auto") == std::string_view("auto"));
  CHECK_FALSE(check("p", "dir", "sideways"));
  CHECK(galley::sanitize::valid_language_class("language-objective-c"));
  CHECK(galley::sanitize::valid_language_class("language-C#"));
  CHECK_FALSE(galley::sanitize::valid_language_class("language-js extra"));
  CHECK_FALSE(galley::sanitize::valid_language_class("lang-js"));
  CHECK_FALSE(galley::sanitize::valid_language_class("language-\"x"));
  CHECK(check("mo", "form", "Prefix") == std::string_view("prefix"));
  CHECK(check("mspace", "width", "-0.5em") == std::string_view("-0.5em"));
  CHECK(check("mfrac", "linethickness", "50%") == std::string_view("50%"));
  CHECK_FALSE(check("mspace", "width", "calc(1px)"));
  CHECK_FALSE(check("mspace", "width", "em"));
  CHECK(check("mi", "mathvariant", "double-struck") == std::string_view("double-struck"));
  CHECK(check("details", "open", "anything") == std::string_view(""));
  CHECK(check("p", "title", "any <thing>") == std::string_view("any <thing>"));
  CHECK(find_attribute_rule("p", "class") == nullptr);
  CHECK(find_attribute_rule("td", "scope") == nullptr);
}
