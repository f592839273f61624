// `document` mode: a complete HTML5 page around the article.
#include "page/document_page.hpp"

#include "page/galley_css.hpp"

#include "serialize/html_writer.hpp"
#include "sanitize/url_policy.hpp"
#include "summary/metadata.hpp"

namespace galley::page {
namespace {

// JSON inside <script> must not be able to end the element or open a comment:
// escape < > & (only possible inside JSON strings) and the JS line separators.
std::string script_safe_json(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 32);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < raw.size() && raw[i + 1] == '\x80' && (raw[i + 2] == '\xA8' || raw[i + 2] == '\xA9')) {
      out += raw[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void meta_tag(serialize::HtmlWriter& w, std::string_view attribute, std::string_view key, std::string_view content) {
  w.start_tag_open("meta");
  w.attribute(attribute, key);
  w.attribute("content", content);
  w.start_tag_close();
  w.raw("\n");
}

void link_tag(serialize::HtmlWriter& w, std::string_view rel, std::string_view href) {
  w.start_tag_open("link");
  w.attribute("rel", rel);
  w.attribute("href", href);
  w.start_tag_close();
  w.raw("\n");
}

}  // namespace

std::string render_document_page(const article::Article& article, const Options& options, common::FirstFailure& failure,
                                  const summary::PageMetadata& metadata, const std::string& article_html) {
  std::string page;
  page.reserve(article_html.size() + 4096);
  serialize::HtmlWriter w(page, options.limits.max_output_bytes, failure);
  w.raw("<!DOCTYPE html>\n");
  w.start_tag_open("html");
  if (!article.lang.empty()) w.attribute("lang", article.lang);
  if (!article.dir.empty()) w.attribute("dir", article.dir);
  w.start_tag_close();
  w.raw("\n<head>\n<meta charset=\"utf-8\">\n");
  meta_tag(w, "name", "viewport", "width=device-width, initial-scale=1");
  w.start_tag_open("title");
  w.start_tag_close();
  w.text(article.title);
  w.end_tag("title");
  w.raw("\n");
  if (!metadata.description.empty()) meta_tag(w, "name", "description", metadata.description);
  if (!article.url.empty()) link_tag(w, "canonical", article.url);
  for (const summary::MetaTag& tag : metadata.meta) meta_tag(w, tag.attribute, tag.key, tag.content);
  if (options.stylesheet_url.empty()) {
    // Without a site stylesheet the page carries galley.css, so it reads well on its own.
    w.raw("<style>\n");
    w.raw(stylesheet::kGalleyCss);
    w.raw("</style>\n");
  } else {
    // Options are trusted, but a stylesheet URL still has to be a URL.
    const sanitize::UrlPolicy urls(options.policy);
    if (const auto stylesheet = urls.check(options.stylesheet_url, sanitize::UrlUse::link)) {
      link_tag(w, "stylesheet", *stylesheet);
    }
  }
  for (const std::string& item : metadata.jsonld) {
    w.raw("<script type=\"application/ld+json\">");
    w.raw(script_safe_json(item));
    w.raw("</script>\n");
  }
  w.raw("</head>\n<body>\n");
  w.raw(article_html);
  w.raw("\n</body>\n</html>\n");
  return page;
}

}  // namespace galley::page
