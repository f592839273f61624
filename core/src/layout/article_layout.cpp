#include "layout/article_layout.hpp"

#include <algorithm>

#include "layout/layout_labels.hpp"
#include "article/byline.hpp"

namespace galley::layout {
namespace {

constexpr long long kAvatarSize = 96;

// The template: trusted markup, untrusted strings (escaped by the writer) and
// URLs checked beforehand by check_article_urls.
class ArticleLayout {
 public:
  ArticleLayout(const article::Article& a, const Options& o, serialize::HtmlWriter& w)
      : a_(a), o_(o), w_(w), labels_(labels_for(a.lang)) {}

  void write(BodyRenderer render_body) {
    open("article", "galley-article");
    // lang/dir of the article apply to everything inside, the body included.
    header();
    hero();
    open("div", "galley-body");
    render_body();
    w_.end_tag("div");
    footer();
    w_.end_tag("article");
  }

 private:
  // Opens `<tag class="…"` and leaves the tag open for more attributes when `more` is set.
  void open(std::string_view tag, std::string_view cls, bool more = false) {
    w_.start_tag_open(tag);
    if (!cls.empty()) w_.attribute("class", cls);
    if (tag == "article") {
      if (!a_.lang.empty()) w_.attribute("lang", a_.lang);
      if (!a_.dir.empty()) w_.attribute("dir", a_.dir);
    }
    if (!more) w_.start_tag_close();
  }

  void text_element(std::string_view tag, std::string_view cls, std::string_view text) {
    open(tag, cls);
    w_.text(text);
    w_.end_tag(tag);
  }

  // <a href> for a URL (already checked by check_article_urls), or just the
  // text when there is none.
  void link(std::string_view text, std::string_view href, std::string_view cls = {}, std::string_view rel = {}) {
    if (href.empty()) {
      if (!cls.empty()) text_element("span", cls, text);
      else w_.text(text);
      return;
    }
    open("a", cls, true);
    w_.attribute("href", href);
    std::string rel_value = "noopener noreferrer";
    if (!rel.empty()) rel_value = std::string(rel) + " " + rel_value;
    w_.attribute("rel", rel_value);
    w_.start_tag_close();
    w_.text(text);
    w_.end_tag("a");
  }

  void time_element(std::string_view cls, const std::string& iso) {
    open("time", cls, true);
    w_.attribute("datetime", iso);
    w_.start_tag_close();
    w_.text(display_date(iso, a_.lang));
    w_.end_tag("time");
  }

  void header() {
    open("header", "galley-header");
    breadcrumbs();
    if (!a_.kicker.empty()) text_element("p", "galley-kicker", a_.kicker);
    text_element("h1", "galley-title", a_.title);
    if (!a_.subtitle.empty()) text_element("p", "galley-subtitle", a_.subtitle);
    byline();
    w_.end_tag("header");
  }

  void breadcrumbs() {
    if (a_.breadcrumbs.empty()) return;
    open("nav", "galley-breadcrumbs", true);
    w_.attribute("aria-label", labels_.breadcrumb);
    w_.start_tag_close();
    w_.start_tag_open("ol");
    w_.start_tag_close();
    for (std::size_t i = 0; i < a_.breadcrumbs.size(); ++i) {
      const article::Link& crumb = a_.breadcrumbs[i];
      w_.start_tag_open("li");
      w_.start_tag_close();
      link(crumb.label, crumb.url);
      w_.end_tag("li");
    }
    // The page itself closes the trail.
    w_.start_tag_open("li");
    w_.attribute("aria-current", "page");
    w_.start_tag_close();
    w_.text(a_.title);
    w_.end_tag("li");
    w_.end_tag("ol");
    w_.end_tag("nav");
  }

  void byline() {
    if (a_.authors.empty() && a_.published.empty() && a_.updated.empty()) return;
    open("p", "galley-byline");
    if (!a_.authors.empty()) {
      open("span", "galley-authors");
      w_.text(labels_.by);
      for (std::size_t i = 0; i < a_.authors.size(); ++i) {
        w_.text(article::author_separator(i, a_.authors.size(), a_.lang));
        link(a_.authors[i].name, a_.authors[i].url, "galley-author", "author");
      }
      w_.end_tag("span");
    }
    if (!a_.published.empty()) {
      if (!a_.authors.empty()) w_.text(" ");
      time_element("galley-published", a_.published);
    }
    if (!a_.updated.empty()) {
      w_.text(" ");
      open("span", "galley-updated");
      w_.text(labels_.updated);
      time_element("", a_.updated);
      w_.end_tag("span");
    }
    w_.end_tag("p");
  }

  void image(const article::Image& img, std::string_view cls, bool lazy) {
    if (img.src.empty()) return;
    open("img", cls, true);
    w_.attribute("src", img.src);
    w_.attribute("alt", img.alt);
    if (img.width) w_.attribute("width", std::to_string(*img.width));
    if (img.height) w_.attribute("height", std::to_string(*img.height));
    if (lazy && o_.policy.lazy_images_enabled()) w_.attribute("loading", "lazy");
    w_.attribute("decoding", "async");
    w_.start_tag_close();
  }

  void hero() {
    if (!a_.image) return;
    const article::Image& img = *a_.image;
    if (img.src.empty() && img.caption.empty() && img.credit.empty()) return;
    open("figure", "galley-hero");
    // The hero is above the fold: never lazy.
    image(img, "galley-hero-image", false);
    if (!img.caption.empty() || !img.credit.empty()) {
      open("figcaption", "");
      if (!img.caption.empty()) text_element("span", "galley-caption", img.caption);
      if (!img.caption.empty() && !img.credit.empty()) w_.text(" ");
      if (!img.credit.empty()) text_element("span", "galley-credit", img.credit);
      w_.end_tag("figcaption");
    }
    w_.end_tag("figure");
  }

  void footer() {
    const bool has_bio = std::any_of(a_.authors.begin(), a_.authors.end(),
                                     [](const article::Author& au) { return !au.bio.empty() || !au.avatar.empty(); });
    if (a_.tags.empty() && !has_bio) return;
    open("footer", "galley-footer");
    if (!a_.tags.empty()) {
      open("ul", "galley-tags", true);
      w_.attribute("aria-label", labels_.tags);
      w_.start_tag_close();
      for (const std::string& tag : a_.tags) text_element("li", "galley-tag", tag);
      w_.end_tag("ul");
    }
    for (const article::Author& author : a_.authors) {
      if (author.bio.empty() && author.avatar.empty()) continue;
      about_box(author);
    }
    w_.end_tag("footer");
  }

  void about_box(const article::Author& author) {
    open("section", "galley-about");
    if (!author.avatar.empty()) {
      article::Image avatar;
      avatar.src = author.avatar;
      avatar.width = avatar.height = kAvatarSize;
      image(avatar, "galley-avatar", true);
    }
    open("h2", "galley-about-title");
    w_.text(labels_.about);
    link(author.name, author.url, {}, "author");
    w_.text(labels_.about_suffix);
    w_.end_tag("h2");
    if (!author.bio.empty()) text_element("p", "galley-bio", author.bio);
    w_.end_tag("section");
  }

  const article::Article& a_;
  const Options& o_;
  serialize::HtmlWriter& w_;
  const LayoutLabels& labels_;
};

}  // namespace

void render_article_layout(const article::Article& article, const Options& options, serialize::HtmlWriter& writer,
                           BodyRenderer render_body) {
  ArticleLayout(article, options, writer).write(render_body);
}

}  // namespace galley::layout
