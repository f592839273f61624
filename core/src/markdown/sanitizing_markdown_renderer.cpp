#include "markdown/sanitizing_markdown_renderer.hpp"

#include <array>
#include <functional>
#include <string>

#include <md4c.h>

#include "markdown/md4c_parse.hpp"
#include "markdown/md4c_text.hpp"
#include "sanitize/sanitizer.hpp"

namespace galley::markdown {
namespace {

constexpr unsigned markdown_dialect = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
                                      MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS |
                                      MD_FLAG_PERMISSIVEEMAILAUTOLINKS;

constexpr std::array<std::string_view, 6> heading_tags = {"h1", "h2", "h3", "h4", "h5", "h6"};

std::string_view heading_tag(const void* detail) {
  const unsigned level = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level;
  return heading_tags[(level >= 1 && level <= 6 ? level : 6) - 1];
}

std::string_view cell_alignment(const void* detail) {
  switch (static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align) {
    case MD_ALIGN_LEFT: return "left";
    case MD_ALIGN_CENTER: return "center";
    case MD_ALIGN_RIGHT: return "right";
    default: return {};
  }
}

std::string_view task_marker(const void* detail) {
  const auto* li = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
  if (!li->is_task) return {};
  return li->task_mark == ' ' ? "\xE2\x98\x90 " : "\xE2\x98\x91 ";  // ☐ / ☑
}

// Turns md4c events into Sanitizer calls.
class PolicyRenderer {
 public:
  PolicyRenderer(std::string_view source, sanitize::Sanitizer& out, MarkdownScope scope, std::size_t offset_base)
      : source_(source), out_(out), inline_only_(scope == MarkdownScope::inline_only),
        offset_base_(offset_base) {}

  void enter_block(MD_BLOCKTYPE type, const void* detail) {
    flush_raw_html();
    if (type != MD_BLOCK_P) emit_task_marker();
    if (type == MD_BLOCK_DOC) return;
    if (inline_only_) {
      if (block_left_) out_.text(" ");
      block_left_ = false;
      return;
    }
    switch (type) {
      case MD_BLOCK_QUOTE: out_.open("blockquote"); break;
      case MD_BLOCK_UL: out_.open("ul"); break;
      case MD_BLOCK_OL: {
        const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
        if (start == 1) {
          out_.open("ol");
        } else {
          const std::string value = std::to_string(start);
          out_.open("ol", {{"start", value}});
        }
        break;
      }
      case MD_BLOCK_LI:
        out_.open("li");
        pending_task_marker_ = task_marker(detail);
        break;
      case MD_BLOCK_HR: out_.void_element("hr"); break;
      case MD_BLOCK_H: out_.open(heading_tag(detail)); break;
      case MD_BLOCK_CODE: open_code_block(*static_cast<const MD_BLOCK_CODE_DETAIL*>(detail)); break;
      case MD_BLOCK_P: out_.open("p"); break;
      case MD_BLOCK_TABLE: out_.open("table"); break;
      case MD_BLOCK_THEAD: out_.open("thead"); break;
      case MD_BLOCK_TBODY: out_.open("tbody"); break;
      case MD_BLOCK_TR: out_.open("tr"); break;
      case MD_BLOCK_TH: open_cell("th", detail); break;
      case MD_BLOCK_TD: open_cell("td", detail); break;
      default: break;  // MD_BLOCK_HTML: its text goes through raw_html
    }
  }

  void leave_block(MD_BLOCKTYPE type, const void* detail) {
    flush_raw_html();
    emit_task_marker();
    if (type == MD_BLOCK_DOC) return;
    if (inline_only_) {
      block_left_ = true;
      return;
    }
    switch (type) {
      case MD_BLOCK_QUOTE: out_.close("blockquote"); break;
      case MD_BLOCK_UL: out_.close("ul"); break;
      case MD_BLOCK_OL: out_.close("ol"); break;
      case MD_BLOCK_LI: out_.close("li"); break;
      case MD_BLOCK_H: out_.close(heading_tag(detail)); break;
      case MD_BLOCK_CODE:
        out_.close("code");
        out_.close("pre");
        break;
      case MD_BLOCK_P: out_.close("p"); break;
      case MD_BLOCK_TABLE: out_.close("table"); break;
      case MD_BLOCK_THEAD: out_.close("thead"); break;
      case MD_BLOCK_TBODY: out_.close("tbody"); break;
      case MD_BLOCK_TR: out_.close("tr"); break;
      case MD_BLOCK_TH: out_.close("th"); break;
      case MD_BLOCK_TD: out_.close("td"); break;
      default: break;
    }
  }

  void enter_span(MD_SPANTYPE type, const void* detail) {
    flush_raw_html();
    emit_task_marker();
    if (image_depth_ > 0) {
      // An image description becomes plain alt text, nested images included.
      if (type == MD_SPAN_IMG) ++image_depth_;
      return;
    }
    switch (type) {
      case MD_SPAN_EM: out_.open("em"); break;
      case MD_SPAN_STRONG: out_.open("strong"); break;
      case MD_SPAN_CODE: out_.open("code"); break;
      case MD_SPAN_DEL: out_.open("del"); break;
      case MD_SPAN_A: open_link(*static_cast<const MD_SPAN_A_DETAIL*>(detail)); break;
      case MD_SPAN_IMG:
        image_depth_ = 1;
        alt_.clear();
        break;
      default: break;
    }
  }

  void leave_span(MD_SPANTYPE type, const void* detail) {
    flush_raw_html();
    if (type == MD_SPAN_IMG) {
      if (--image_depth_ == 0) emit_image(*static_cast<const MD_SPAN_IMG_DETAIL*>(detail));
      return;
    }
    if (image_depth_ > 0) return;
    switch (type) {
      case MD_SPAN_EM: out_.close("em"); break;
      case MD_SPAN_STRONG: out_.close("strong"); break;
      case MD_SPAN_CODE: out_.close("code"); break;
      case MD_SPAN_DEL: out_.close("del"); break;
      case MD_SPAN_A: out_.close("a"); break;
      default: break;
    }
  }

  void text(MD_TEXTTYPE type, std::string_view text) {
    if (type == MD_TEXT_HTML && image_depth_ == 0) {
      queue_raw_html(text);
      return;
    }
    flush_raw_html();
    emit_task_marker();
    switch (type) {
      case MD_TEXT_NULLCHAR:
        plain_text(replacement_character);
        break;
      case MD_TEXT_BR:
        if (image_depth_ > 0) {
          alt_.push_back(' ');
        } else {
          out_.void_element("br");
        }
        break;
      case MD_TEXT_SOFTBR:
        plain_text(image_depth_ > 0 ? " " : "\n");
        break;
      case MD_TEXT_ENTITY:
        decoded_.clear();
        append_decoded_entity(decoded_, text);
        plain_text(decoded_);
        break;
      default:
        plain_text(text);
        break;
    }
  }

  // Raw HTML still queued when the parse ends.
  void finish() { flush_raw_html(); }

  // After a failure of the render the rest of the parse is of no use.
  bool stopped() const { return out_.failed(); }

 private:
  void plain_text(std::string_view text) {
    if (image_depth_ > 0) {
      alt_.append(text);
    } else {
      out_.text(text);
    }
  }

  void open_code_block(const MD_BLOCK_CODE_DETAIL& code) {
    out_.open("pre");
    if (code.lang.size == 0) {
      out_.open("code");
      return;
    }
    attribute_.assign("language-");
    append_decoded_attribute(attribute_, code.lang);
    out_.open("code", {{"class", attribute_}});
  }

  void open_cell(std::string_view tag, const void* detail) {
    const std::string_view align = cell_alignment(detail);
    if (align.empty()) {
      out_.open(tag);
    } else {
      out_.open(tag, {{"align", align}});
    }
  }

  void open_link(const MD_SPAN_A_DETAIL& link) {
    attribute_.clear();
    append_decoded_attribute(attribute_, link.href);
    if (link.title.size == 0) {
      out_.open("a", {{"href", attribute_}});
      return;
    }
    title_.clear();
    append_decoded_attribute(title_, link.title);
    out_.open("a", {{"href", attribute_}, {"title", title_}});
  }

  void emit_image(const MD_SPAN_IMG_DETAIL& image) {
    attribute_.clear();
    append_decoded_attribute(attribute_, image.src);
    if (image.title.size == 0) {
      out_.void_element("img", {{"src", attribute_}, {"alt", alt_}});
      return;
    }
    title_.clear();
    append_decoded_attribute(title_, image.title);
    out_.void_element("img", {{"src", attribute_}, {"alt", alt_}, {"title", title_}});
  }

  // A task item's marker goes in front of its first content, inside the
  // item's paragraph when the list is loose.
  void emit_task_marker() {
    if (pending_task_marker_.empty()) return;
    out_.text(pending_task_marker_);
    pending_task_marker_ = {};
  }

  // md4c splits raw HTML at line ends (and within a block at each line), so
  // consecutive pieces are joined: a tag or comment may span several lines.
  void queue_raw_html(std::string_view piece) {
    if (!raw_html_queued_) {
      raw_html_queued_ = true;
      raw_html_offset_ = source_offset(piece.data());
      raw_html_.assign(piece);
    } else {
      raw_html_.append(piece);
    }
  }

  void flush_raw_html() {
    if (!raw_html_queued_) return;
    raw_html_queued_ = false;
    emit_task_marker();
    out_.raw_html(raw_html_, raw_html_offset_);
  }

  // md4c hands out pointers into the source, except for a few synthesized
  // strings (such as line ends); those are attributed to the source start.
  std::size_t source_offset(const char* pointer) const {
    const std::less_equal<const char*> not_after;
    const char* begin = source_.data();
    const char* end = begin + source_.size();
    if (not_after(begin, pointer) && not_after(pointer, end)) {
      return static_cast<std::size_t>(pointer - begin) + offset_base_;
    }
    return offset_base_;
  }

  std::string_view source_;
  sanitize::Sanitizer& out_;
  const bool inline_only_;
  const std::size_t offset_base_;

  bool block_left_ = false;  // inline_only: a block ended; the next one needs a separator
  std::string_view pending_task_marker_;
  int image_depth_ = 0;
  std::string alt_;
  std::string attribute_;
  std::string title_;
  std::string decoded_;
  bool raw_html_queued_ = false;
  std::string raw_html_;
  std::size_t raw_html_offset_ = 0;
};

}  // namespace

void render_markdown(const std::string& markdown, sanitize::Sanitizer& out, MarkdownScope scope,
                     std::size_t offset_base) {
  PolicyRenderer renderer(markdown, out, scope, offset_base);
  if (!parse_markdown(markdown, markdown_dialect, renderer)) {
    out.failure().record_limit("the Markdown text is too large for the parser, or memory ran out while parsing it", "");
    return;
  }
  renderer.finish();
}

}  // namespace galley::markdown
