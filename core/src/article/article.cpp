#include "article/article.hpp"

namespace galley::article {

std::string_view to_string(BodyFormat format) {
  switch (format) {
    case BodyFormat::markdown: return "markdown";
    case BodyFormat::html: return "html";
    case BodyFormat::text: return "text";
  }
  return "markdown";
}

std::string_view to_string(Block::Type type) {
  using T = Block::Type;
  switch (type) {
    case T::paragraph: return "paragraph";
    case T::heading: return "heading";
    case T::list: return "list";
    case T::quote: return "quote";
    case T::image: return "image";
    case T::code: return "code";
    case T::table: return "table";
    case T::embed: return "embed";
    case T::html: return "html";
    case T::markdown: return "markdown";
    case T::divider: return "divider";
  }
  return "paragraph";
}

}  // namespace galley::article
