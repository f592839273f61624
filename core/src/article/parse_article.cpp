#include "article/parse_article.hpp"

#include <cctype>

#include "json/object_reader.hpp"
#include "json/parse_json.hpp"
#include "json/write_json.hpp"
#include "text/input_text.hpp"
#include "text/utf8.hpp"

namespace galley::article {
namespace {

using json::Value;
using json::ObjectReader;

constexpr const common::Code& kInvalidArticle = common::codes::invalid_article;
constexpr const common::Code& kInvalidJson = common::codes::invalid_json;

bool is_digits(std::string_view s, std::size_t pos, std::size_t count) {
  if (pos + count > s.size()) return false;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// ISO 8601 calendar date, optionally with a time and a zone:
// YYYY-MM-DD[THH:MM[:SS[.fraction]][Z|±HH:MM]]
bool is_iso8601(std::string_view s) {
  if (!is_digits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !is_digits(s, 5, 2) || s[7] != '-' ||
      !is_digits(s, 8, 2)) {
    return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  std::size_t i = 10;
  if (i == s.size()) return true;
  if ((s[i] != 'T' && s[i] != ' ') || !is_digits(s, i + 1, 2) || i + 3 >= s.size() || s[i + 3] != ':' ||
      !is_digits(s, i + 4, 2)) {
    return false;
  }
  if ((s[i + 1] - '0') * 10 + (s[i + 2] - '0') > 24 || (s[i + 4] - '0') * 10 + (s[i + 5] - '0') > 59) return false;
  i += 6;
  if (i < s.size() && s[i] == ':') {
    if (!is_digits(s, i + 1, 2) || (s[i + 1] - '0') * 10 + (s[i + 2] - '0') > 60) return false;
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      std::size_t digits = 0;
      while (i + 1 + digits < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1 + digits]))) ++digits;
      if (digits == 0) return false;
      i += 1 + digits;
    }
  }
  if (i == s.size()) return true;
  if (s[i] == 'Z' && i + 1 == s.size()) return true;
  return (s[i] == '+' || s[i] == '-') && s.size() == i + 6 && is_digits(s, i + 1, 2) && s[i + 3] == ':' &&
         is_digits(s, i + 4, 2);
}

// BCP 47 shape: a 2–8 letter primary subtag, then 1–8 character alphanumeric subtags.
bool is_language_tag(std::string_view s) {
  std::size_t start = 0;
  bool first = true;
  while (start <= s.size()) {
    std::size_t end = s.find('-', start);
    if (end == std::string_view::npos) end = s.size();
    const std::size_t len = end - start;
    if (len < (first ? 2u : 1u) || len > 8) return false;
    for (std::size_t i = start; i < end; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (first ? !std::isalpha(c) : !std::isalnum(c)) return false;
    }
    first = false;
    if (end == s.size()) return true;
    start = end + 1;
  }
  return false;
}

class ArticleReader {
 public:
  ArticleReader(const Limits& limits, common::Diagnostics& diagnostics, common::FirstFailure& failure)
      : limits_(limits), diagnostics_(diagnostics), failure_(failure) {}

  // Long texts (the body) are moved out of `root` rather than copied. After
  // a failure the rest is read as far as it can be, for nothing: the render
  // returns the failure.
  Article read(Value& root) {
    json::WritableObjectReader r(root, "", kInvalidArticle, failure_);
    Article a;
    a.title = r.required_string("title");
    if (a.title.find_first_not_of(" \t\r\n") == std::string::npos) r.fail("title", "'title' must not be empty");
    a.subtitle = r.string("subtitle").value_or("");
    a.kicker = r.string("kicker").value_or("");
    a.section = r.string("section").value_or("");
    if (a.kicker.empty()) a.kicker = a.section;
    if (a.section.empty()) a.section = a.kicker;
    a.lang = checked(r, "lang", is_language_tag, "a BCP 47 language tag");
    a.dir = checked(r, "dir", [](std::string_view d) { return d == "ltr" || d == "rtl" || d == "auto"; },
                    "one of ltr, rtl, auto");
    a.id = r.string("id").value_or("");
    a.url = r.string("url").value_or("");
    a.published = checked(r, "published", is_iso8601, "an ISO 8601 date");
    a.updated = checked(r, "updated", is_iso8601, "an ISO 8601 date");
    a.tags = r.string_array("tags");
    read_breadcrumbs(r, a);
    read_authors(r, a);
    if (const Value* image = r.object("image")) a.image = read_image(r.nested(*image, r.path_of("image")));
    if (const Value* publisher = r.object("publisher")) a.publisher = read_publisher(r.nested(*publisher, r.path_of("publisher")));
    read_body(r, a);
    if (const Value* blocks = r.array("blocks")) {
      if (a.body) r.fail("blocks", "give the body as either 'body' or 'blocks', not both");
      read_blocks(r, *blocks, r.path_of("blocks"), a);
    }
    if (!a.body && !a.has_blocks) diagnostics_.warn(common::codes::missing_body, "the article has no 'body' or 'blocks'", "");
    warn_unread(r);
    return a;
  }

 private:
  template <typename Check>
  std::string checked(ObjectReader& r, const char* key, Check is_valid, const char* expected) {
    std::string value = r.string(key).value_or("");
    if (value.empty() || is_valid(value)) return value;
    diagnostics_.warn(common::codes::invalid_value, "'" + std::string(key) + "' is not " + expected + "; ignored", r.path_of(key),
                      -1, value);
    return {};
  }

  // Unknown fields are ignored but never silently: the value is reported.
  void warn_unread(const ObjectReader& r) {
    for (const std::string& key : r.unread_keys()) {
      const Value* value = r.peek(key);
      diagnostics_.warn(common::codes::unknown_field, "unknown field '" + key + "' ignored",
                        r.path_of(key), -1,
                        value ? json::to_text(*value) : std::string());
    }
  }

  void read_breadcrumbs(ObjectReader& r, Article& a) {
    const Value* list = r.array("breadcrumbs");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      ObjectReader item = r.nested((*list)[i], json::pointer_append(r.path_of("breadcrumbs"), i));
      Link link;
      link.label = item.required_string("label");
      link.url = item.string("url").value_or("");
      warn_unread(item);
      a.breadcrumbs.push_back(std::move(link));
    }
  }

  void read_authors(ObjectReader& r, Article& a) {
    const Value* list = r.array("authors");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      ObjectReader item = r.nested((*list)[i], json::pointer_append(r.path_of("authors"), i));
      Author author;
      author.name = item.required_string("name");
      author.url = item.string("url").value_or("");
      author.bio = item.string("bio").value_or("");
      author.avatar = item.string("avatar").value_or("");
      author.path = item.path();
      warn_unread(item);
      a.authors.push_back(std::move(author));
    }
  }

  Image read_image(ObjectReader r) {
    Image image = read_image_fields(r);
    warn_unread(r);
    return image;
  }

  static Image read_image_fields(ObjectReader& r) {
    Image image;
    image.src = r.required_string("src");
    image.alt = r.string("alt").value_or("");
    image.caption = r.string("caption").value_or("");
    image.credit = r.string("credit").value_or("");
    image.width = r.integer("width", 1, 100000);
    image.height = r.integer("height", 1, 100000);
    image.path = r.path();
    return image;
  }

  Publisher read_publisher(ObjectReader r) {
    Publisher p;
    p.name = r.required_string("name");
    p.url = r.string("url").value_or("");
    p.logo = r.string("logo").value_or("");
    warn_unread(r);
    return p;
  }

  void read_body(json::WritableObjectReader& r, Article& a) {
    Value* body = r.writable_value("body");
    if (!body || body->is_null()) return;
    Body b;
    if (body->is_string()) {
      b.content = body->take_text();
      b.path = r.path_of("body");
    } else if (body->is_object()) {
      json::WritableObjectReader br(*body, r.path_of("body"), kInvalidArticle, failure_);
      const std::string format = br.string("format").value_or("markdown");
      if (format == "markdown") b.format = BodyFormat::markdown;
      else if (format == "html") b.format = BodyFormat::html;
      else if (format == "text") b.format = BodyFormat::text;
      else br.fail("format", "'format' must be one of markdown, html, text");
      b.content = br.take_required_string("content");
      b.path = br.path_of("content");
      warn_unread(br);
    } else {
      r.fail_type("body", "a string or an object", *body);
    }
    a.body = std::move(b);
  }

  void read_blocks(const ObjectReader& parent, const Value& list, const std::string& path, Article& a) {
    if (list.size() > limits_.max_blocks) {
      failure_.record_limit("more than " + std::to_string(limits_.max_blocks) + " blocks", path);
      return;
    }
    a.has_blocks = true;
    a.blocks.reserve(list.size());
    for (std::size_t i = 0; i < list.size() && !failure_.failed(); ++i) {
      const std::string block_path = json::pointer_append(path, i);
      ObjectReader r = parent.nested(list[i], block_path);
      const std::string type = r.required_string("type");
      if (r.failed()) return;
      Block block;
      block.path = block_path;
      if (!read_block(type, r, block)) {
        diagnostics_.warn(common::codes::unknown_block_type, "block type '" + type + "' is not supported; block skipped",
                          block_path, -1, json::to_text(list[i]));
        continue;
      }
      warn_unread(r);
      a.blocks.push_back(std::move(block));
    }
  }

  bool read_block(const std::string& type, ObjectReader& r, Block& b) {
    using T = Block::Type;
    if (type == "paragraph") {
      b.type = T::paragraph;
      b.text = r.required_string("text");
    } else if (type == "heading") {
      b.type = T::heading;
      b.level = static_cast<int>(r.integer("level", 1, 6).value_or(2));
      b.text = r.required_string("text");
    } else if (type == "list") {
      b.type = T::list;
      b.list.ordered = r.boolean("ordered").value_or(false);
      if (const auto start = r.integer("start", -1000000000, 1000000000)) b.list.start = *start;
      if (!r.array("items")) r.fail("items", "'items' is required");
      b.list.items = r.string_array("items");
    } else if (type == "quote") {
      b.type = T::quote;
      b.text = r.required_string("text");
      b.cite = r.string("cite").value_or("");
    } else if (type == "image") {
      b.type = T::image;
      b.image = read_image_fields(r);
    } else if (type == "code") {
      b.type = T::code;
      b.language = r.string("language").value_or("");
      b.code = r.required_string("code");
    } else if (type == "table") {
      b.type = T::table;
      b.header = r.string_array("header");
      b.caption = r.string("caption").value_or("");
      read_rows(r, b);
    } else if (type == "embed") {
      b.type = T::embed;
      b.provider = r.required_string("provider");
      b.embed_id = r.required_string("id");
      b.title = r.string("title").value_or("");
      b.caption = r.string("caption").value_or("");
    } else if (type == "html") {
      b.type = T::html;
      b.content = r.required_string("html");
    } else if (type == "markdown") {
      b.type = T::markdown;
      b.content = r.required_string("markdown");
    } else if (type == "divider") {
      b.type = T::divider;
    } else {
      return false;
    }
    return true;
  }

  void read_rows(ObjectReader& r, Block& b) {
    const Value* rows = r.array("rows");
    if (!rows) {
      r.fail("rows", "'rows' is required");
      return;
    }
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const Value& row = (*rows)[i];
      const std::string row_path = json::pointer_append(r.path_of("rows"), i);
      if (!row.is_array()) {
        r.fail_at(row_path, "a table row must be an array of strings");
        return;
      }
      std::vector<std::string> cells;
      for (std::size_t j = 0; j < row.size(); ++j) {
        if (!row[j].is_string()) {
          r.fail_at(json::pointer_append(row_path, j), "a table cell must be a string");
          return;
        }
        cells.emplace_back(row[j].text());
      }
      b.rows.push_back(std::move(cells));
    }
  }

  const Limits& limits_;
  common::Diagnostics& diagnostics_;
  common::FirstFailure& failure_;
};

}  // namespace

Article parse_article(std::string_view text, const Limits& limits, common::Diagnostics& diagnostics,
                      common::FirstFailure& failure, std::string* owned_text) {
  std::string repaired;
  const std::string_view original = text;
  text = text::checked_input(text, limits, repaired, diagnostics, failure);
  if (failure.failed()) return {};
  json::ParseNotes notes;
  Value root = json::parse_text(text, limits.max_json_depth, kInvalidJson, failure, &notes);
  if (failure.failed()) {
    // Positions must point into the text the caller gave, not the repaired copy.
    common::Failure& f = *failure.failure();
    if (text.data() != original.data() && f.offset >= 0) {
      const std::size_t offset = text::utf8::original_offset(original, static_cast<std::size_t>(f.offset));
      f.offset = static_cast<std::int64_t>(offset);
      if (f.line >= 0) json::locate(original, offset, f.line, f.column);
    }
    return {};
  }
  for (std::size_t offset : notes.repaired_surrogates) {
    if (text.data() != original.data()) offset = text::utf8::original_offset(original, offset);
    diagnostics.warn(common::codes::invalid_utf8, "unpaired UTF-16 surrogate escape replaced with U+FFFD", "",
                     static_cast<std::int64_t>(offset));
  }
  for (json::ParseNotes::DroppedValue& dropped : notes.duplicate_keys) {
    diagnostics.warn(common::codes::duplicate_key, "repeated key: this value was replaced by the last one", dropped.path, -1,
                     std::move(dropped.removed));
  }
  // Only the parsed document is read from here on.
  std::string().swap(repaired);
  if (owned_text) std::string().swap(*owned_text);
  return ArticleReader(limits, diagnostics, failure).read(root);
}

}  // namespace galley::article
