#pragma once
// The article model: article JSON v1 after validation (see docs/article-json.md).
// Strings are valid UTF-8 (repaired if needed). `path` members keep the JSON
// pointer of the value for diagnostics.

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace galley::article {

struct Link {
  std::string label;
  std::string url;
};

struct Author {
  std::string name;
  std::string url, bio, avatar;
  std::string path;
};

struct Image {
  std::string src, alt, caption, credit;
  std::optional<long long> width, height;
  std::string path;
};

struct Publisher {
  std::string name, url, logo;
};

enum class BodyFormat { markdown, html, text };

struct Body {
  BodyFormat format = BodyFormat::markdown;
  std::string content;
  std::string path;   // JSON pointer of the content string
};

std::string_view to_string(BodyFormat format);

struct ListItemsBlock {
  bool ordered = false;
  std::optional<long long> start;
  std::vector<std::string> items;
};

// One typed block. Only the members relevant to `type` are set.
struct Block {
  enum class Type { paragraph, heading, list, quote, image, code, table, embed, html, markdown, divider };
  Type type = Type::paragraph;
  std::string path;          // "/blocks/3"
  std::string text;          // paragraph, heading, quote (Markdown inline for paragraph/quote)
  int level = 2;             // heading
  ListItemsBlock list;       // list
  std::string cite;          // quote
  Image image;               // image
  std::string language, code;     // code
  std::vector<std::string> header;              // table
  std::vector<std::vector<std::string>> rows;   // table
  std::string caption;                          // table caption
  std::string provider, embed_id, title;        // embed
  std::string content;       // html, markdown
};

std::string_view to_string(Block::Type type);

struct Article {
  std::string title, subtitle, kicker, section, lang, dir, id, url, published, updated;
  std::vector<std::string> tags;
  std::vector<Link> breadcrumbs;
  std::vector<Author> authors;
  std::optional<Image> image;
  std::optional<Publisher> publisher;
  std::optional<Body> body;       // exactly one of body / blocks
  std::vector<Block> blocks;
  bool has_blocks = false;
};

}  // namespace galley::article
