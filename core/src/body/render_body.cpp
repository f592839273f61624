#include "body/render_body.hpp"

#include <string>
#include <vector>

#include "json/object_reader.hpp"
#include "markdown/sanitizing_markdown_renderer.hpp"
#include "sanitize/policy_rules.hpp"
#include "sanitize/video_embed.hpp"

namespace galley::body {
namespace {

class BodyRenderer {
 public:
  BodyRenderer(const Policy& p, sanitize::Sanitizer& s, serialize::HtmlWriter& w, common::Diagnostics& d)
      : p_(p), s_(s), w_(w), d_(d) {}

  void body(const article::Body& body) {
    s_.set_source(body.path);
    switch (body.format) {
      case article::BodyFormat::markdown: markdown::render_markdown(body.content, s_, markdown::MarkdownScope::blocks); break;
      case article::BodyFormat::html: s_.raw_html(body.content, 0); break;
      case article::BodyFormat::text: plain_text(body.content); break;
    }
    s_.finish();
  }

  void block(const article::Block& b) {
    using T = article::Block::Type;
    switch (b.type) {
      case T::paragraph: paragraph(b.text, field(b, "text")); break;
      case T::heading: heading(b); break;
      case T::list: list(b); break;
      case T::quote: quote(b); break;
      case T::image: image(b.image, field(b, "src")); break;
      case T::code: code(b); break;
      case T::table: table(b); break;
      case T::embed: embed(b); break;
      case T::html:
        s_.set_source(field(b, "html"));
        s_.raw_html(b.content, 0);
        break;
      case T::markdown:
        s_.set_source(field(b, "markdown"));
        markdown::render_markdown(b.content, s_, markdown::MarkdownScope::blocks);
        break;
      case T::divider:
        s_.set_source(b.path);
        s_.void_element("hr");
        break;
    }
    // Blocks are siblings: nothing a block left open may swallow the next one.
    s_.finish();
  }

 private:
  static std::string field(const article::Block& b, std::string_view key) { return json::pointer_append(b.path, key); }

  void inline_markdown(const std::string& text, const std::string& path) {
    s_.set_source(path);
    markdown::render_markdown(text, s_, markdown::MarkdownScope::inline_only);
  }

  void paragraph(const std::string& text, const std::string& path) {
    s_.set_source(path);
    s_.open("p");
    inline_markdown(text, path);
    s_.close("p");
  }

  // Blank lines separate paragraphs; a single newline is a line break.
  void plain_text(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = text.substr(pos, nl - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) text_paragraph(lines);
      else lines.push_back(line);
      pos = nl + 1;
    }
    text_paragraph(lines);
  }

  void text_paragraph(std::vector<std::string_view>& lines) {
    if (lines.empty()) return;
    s_.open("p");
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) s_.void_element("br");
      s_.text(lines[i]);
    }
    s_.close("p");
    lines.clear();
  }

  void heading(const article::Block& b) {
    static constexpr const char* kTags[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    const char* tag = kTags[b.level - 1];
    s_.set_source(field(b, "text"));
    s_.open(tag);
    s_.text(b.text);
    s_.close(tag);
  }

  void list(const article::Block& b) {
    const char* tag = b.list.ordered ? "ol" : "ul";
    s_.set_source(b.path);
    const std::string start = b.list.start ? std::to_string(*b.list.start) : std::string();
    if (b.list.ordered && b.list.start) s_.open(tag, {{"start", start}});
    else s_.open(tag);
    const std::string items_path = field(b, "items");
    for (std::size_t i = 0; i < b.list.items.size(); ++i) {
      const std::string item_path = json::pointer_append(items_path, i);
      s_.set_source(item_path);
      s_.open("li");
      inline_markdown(b.list.items[i], item_path);
      s_.close("li");
    }
    s_.close(tag);
  }

  void quote(const article::Block& b) {
    s_.set_source(b.path);
    const bool attributed = !b.cite.empty();
    if (attributed) s_.open("figure");
    s_.open("blockquote");
    s_.set_source(field(b, "text"));
    markdown::render_markdown(b.text, s_, markdown::MarkdownScope::blocks);
    s_.close("blockquote");
    if (attributed) {
      s_.set_source(field(b, "cite"));
      s_.open("figcaption");
      s_.text("\u2014 ");
      s_.open("cite");
      s_.text(b.cite);
      s_.close("cite");
      s_.close("figcaption");
      s_.close("figure");
    }
  }

  void image(const article::Image& img, const std::string& path) {
    s_.set_source(path);
    s_.open("figure");
    std::vector<sanitize::AttributeView> attributes{{"src", img.src}, {"alt", img.alt}};
    const std::string width = img.width ? std::to_string(*img.width) : std::string();
    const std::string height = img.height ? std::to_string(*img.height) : std::string();
    if (img.width) attributes.push_back({"width", width});
    if (img.height) attributes.push_back({"height", height});
    s_.void_element("img", attributes);
    if (!img.caption.empty() || !img.credit.empty()) {
      s_.set_source(json::pointer_append(img.path, img.caption.empty() ? "credit" : "caption"));
      s_.open("figcaption");
      s_.text(img.caption);
      if (!img.credit.empty()) {
        if (!img.caption.empty()) s_.text(" ");
        s_.set_source(json::pointer_append(img.path, "credit"));
        s_.open("small");
        s_.text(img.credit);
        s_.close("small");
      }
      s_.close("figcaption");
    }
    s_.close("figure");
  }

  void code(const article::Block& b) {
    s_.set_source(field(b, "code"));
    s_.open("pre");
    const std::string language_class = "language-" + b.language;
    if (b.language.empty()) s_.open("code");
    else s_.open("code", {{"class", language_class}});
    s_.text(b.code);
    s_.close("code");
    s_.close("pre");
  }

  void table_row(const std::vector<std::string>& cells, const char* cell_tag, const std::string& path) {
    s_.open("tr");
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string cell_path = json::pointer_append(path, i);
      s_.set_source(cell_path);
      s_.open(cell_tag);
      inline_markdown(cells[i], cell_path);
      s_.close(cell_tag);
    }
    s_.close("tr");
  }

  void table(const article::Block& b) {
    s_.set_source(b.path);
    s_.open("table");
    if (!b.caption.empty()) {
      s_.set_source(field(b, "caption"));
      s_.open("caption");
      s_.text(b.caption);
      s_.close("caption");
    }
    if (!b.header.empty()) {
      s_.open("thead");
      table_row(b.header, "th", field(b, "header"));
      s_.close("thead");
    }
    s_.open("tbody");
    const std::string rows_path = field(b, "rows");
    for (std::size_t i = 0; i < b.rows.size(); ++i) table_row(b.rows[i], "td", json::pointer_append(rows_path, i));
    s_.close("tbody");
    s_.close("table");
  }

  void embed(const article::Block& b) {
    const std::optional<sanitize::VideoEmbed> video = sanitize::video_embed(b.provider, b.embed_id);
    if (!video || !sanitize::allows_embed_provider(p_, b.provider)) {
      std::string removed = b.provider + ":" + b.embed_id;
      for (const std::string* text : {&b.title, &b.caption}) {
        if (!text->empty()) removed += "\n" + *text;
      }
      d_.warn(common::codes::invalid_embed,
              "embed provider must be one of policy.embed_providers (youtube: 11-character id, vimeo: numeric id); "
              "block skipped",
              b.path, -1, std::move(removed));
      return;
    }
    sanitize::write_video_embed_start(w_, *video, b.title);
    if (!b.caption.empty()) {
      s_.set_source(field(b, "caption"));
      s_.open("figcaption");
      s_.text(b.caption);
      s_.close("figcaption");
    }
    w_.end_tag("figure");
  }

  const Policy& p_;
  sanitize::Sanitizer& s_;
  serialize::HtmlWriter& w_;
  common::Diagnostics& d_;
};

}  // namespace

void render_body(const article::Article& article, const Policy& policy, sanitize::Sanitizer& sanitizer,
                 serialize::HtmlWriter& writer, common::Diagnostics& diagnostics) {
  BodyRenderer renderer(policy, sanitizer, writer, diagnostics);
  if (article.body) renderer.body(*article.body);
  for (const article::Block& block : article.blocks) {
    if (sanitizer.failed()) return;
    renderer.block(block);
  }
}

}  // namespace galley::body
