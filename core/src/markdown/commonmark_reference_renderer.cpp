#include "markdown/commonmark_reference_renderer.hpp"

#include "markdown/md4c_parse.hpp"
#include "markdown/md4c_text.hpp"
#include "text/ascii.hpp"

namespace galley::markdown {
namespace {

// Escaping exactly as the spec's reference implementation does it, which
// also escapes '"' in text content.
void append_spec_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      default: out.push_back(c); break;
    }
  }
}

bool is_url_safe(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  switch (c) {
    case '-': case '_': case '.': case '+': case '!': case '*': case '(': case ')':
    case ',': case '%': case '#': case '@': case '?': case '=': case ';': case ':':
    case '/': case '$': case '~':
      return true;
    default:
      return false;
  }
}

// URLs are percent-encoded byte by byte except for characters that are
// either unreserved or reserved-with-meaning; existing %XX escapes survive.
void append_spec_url(std::string& out, std::string_view url) {
  for (char c : url) {
    if (is_url_safe(c)) {
      out.push_back(c);
    } else if (c == '&') {
      out.append("&amp;");
    } else if (c == '\'') {
      out.append("&#x27;");
    } else {
      out.push_back('%');
      text::ascii::append_hex(out, static_cast<unsigned char>(c), 2);
    }
  }
}

class SpecHtml {
 public:
  explicit SpecHtml(std::string& out) : out_(out) {}

  void enter_block(MD_BLOCKTYPE type, const void* detail) {
    switch (type) {
      case MD_BLOCK_DOC:
        break;
      case MD_BLOCK_QUOTE:
        line_start();
        out_.append("<blockquote>\n");
        break;
      case MD_BLOCK_UL:
        line_start();
        out_.append("<ul>\n");
        break;
      case MD_BLOCK_OL: {
        line_start();
        const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
        if (start == 1) {
          out_.append("<ol>\n");
        } else {
          out_.append("<ol start=\"").append(std::to_string(start)).append("\">\n");
        }
        break;
      }
      case MD_BLOCK_LI:
        line_start();
        out_.append("<li>");
        break;
      case MD_BLOCK_HR:
        line_start();
        out_.append("<hr />\n");
        break;
      case MD_BLOCK_H:
        line_start();
        out_.append("<h").append(heading_digit(detail)).append(">");
        break;
      case MD_BLOCK_CODE: {
        line_start();
        out_.append("<pre><code");
        const MD_ATTRIBUTE& lang = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail)->lang;
        if (lang.size > 0) {
          out_.append(" class=\"language-");
          append_spec_escaped(out_, decoded_attribute(lang));
          out_.push_back('"');
        }
        out_.push_back('>');
        break;
      }
      case MD_BLOCK_HTML:
        line_start();
        break;
      case MD_BLOCK_P:
        line_start();
        out_.append("<p>");
        break;
      default:
        // Tables are an extension; flags 0 never produces them.
        break;
    }
  }

  void leave_block(MD_BLOCKTYPE type, const void* detail) {
    switch (type) {
      case MD_BLOCK_QUOTE:
        line_start();
        out_.append("</blockquote>\n");
        break;
      case MD_BLOCK_UL:
        out_.append("</ul>\n");
        break;
      case MD_BLOCK_OL:
        out_.append("</ol>\n");
        break;
      case MD_BLOCK_LI:
        out_.append("</li>\n");
        break;
      case MD_BLOCK_H:
        out_.append("</h").append(heading_digit(detail)).append(">\n");
        break;
      case MD_BLOCK_CODE:
        out_.append("</code></pre>\n");
        break;
      case MD_BLOCK_HTML:
        line_start();
        break;
      case MD_BLOCK_P:
        out_.append("</p>\n");
        break;
      default:
        break;
    }
  }

  void enter_span(MD_SPANTYPE type, const void* detail) {
    if (image_depth_ > 0) {
      // Inside an image description only the text survives, as alt.
      if (type == MD_SPAN_IMG) ++image_depth_;
      return;
    }
    switch (type) {
      case MD_SPAN_EM: out_.append("<em>"); break;
      case MD_SPAN_STRONG: out_.append("<strong>"); break;
      case MD_SPAN_CODE: out_.append("<code>"); break;
      case MD_SPAN_A: {
        const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
        out_.append("<a href=\"");
        append_spec_url(out_, decoded_attribute(a->href));
        out_.push_back('"');
        append_title(a->title);
        out_.push_back('>');
        break;
      }
      case MD_SPAN_IMG: {
        const auto* img = static_cast<const MD_SPAN_IMG_DETAIL*>(detail);
        out_.append("<img src=\"");
        append_spec_url(out_, decoded_attribute(img->src));
        out_.append("\" alt=\"");
        ++image_depth_;
        break;
      }
      default:
        break;
    }
  }

  // Nothing here fails; md4c alone can stop the parse.
  bool stopped() const { return false; }

  void leave_span(MD_SPANTYPE type, const void* detail) {
    if (type == MD_SPAN_IMG) {
      if (--image_depth_ > 0) return;
      out_.push_back('"');
      append_title(static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->title);
      out_.append(" />");
      return;
    }
    if (image_depth_ > 0) return;
    switch (type) {
      case MD_SPAN_EM: out_.append("</em>"); break;
      case MD_SPAN_STRONG: out_.append("</strong>"); break;
      case MD_SPAN_CODE: out_.append("</code>"); break;
      case MD_SPAN_A: out_.append("</a>"); break;
      default: break;
    }
  }

  void text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR:
        out_.append(replacement_character);
        break;
      case MD_TEXT_BR:
        out_.append(image_depth_ > 0 ? " " : "<br />\n");
        break;
      case MD_TEXT_SOFTBR:
        out_.append(image_depth_ > 0 ? " " : "\n");
        break;
      case MD_TEXT_ENTITY:
        scratch_.clear();
        append_decoded_entity(scratch_, text);
        append_spec_escaped(out_, scratch_);
        break;
      case MD_TEXT_HTML:
        if (image_depth_ > 0) {
          append_spec_escaped(out_, text);
        } else {
          out_.append(text);
        }
        break;
      default:
        append_spec_escaped(out_, text);
        break;
    }
  }

 private:
  // Block-level tags start on a fresh line, as in the spec's examples.
  void line_start() {
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
  }

  static std::string heading_digit(const void* detail) {
    return std::to_string(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
  }

  void append_title(const MD_ATTRIBUTE& title) {
    if (title.size == 0) return;
    out_.append(" title=\"");
    append_spec_escaped(out_, decoded_attribute(title));
    out_.push_back('"');
  }

  std::string& out_;
  std::string scratch_;
  int image_depth_ = 0;
};

}  // namespace

std::string render_commonmark_reference_html(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size() + markdown.size() / 4);
  SpecHtml html(out);
  if (!parse_markdown(std::string(markdown), MD_DIALECT_COMMONMARK, html)) out.clear();
  return out;
}

}  // namespace galley::markdown
