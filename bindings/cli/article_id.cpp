#include "article_id.hpp"

#include <utility>

#include <nlohmann/json.hpp>

namespace galley::cli {
namespace {

using json = nlohmann::json;

// SAX handler: tracks nesting depth and notes the top-level id. Scanning the
// first member only, it stops parsing (returns false) as soon as the id is known.
class IdFinder {
 public:
  explicit IdFinder(IdScan scan) : whole_(scan == IdScan::whole_document) {}

  std::optional<std::string> id;

  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(json::number_integer_t) { return value(); }
  bool number_unsigned(json::number_unsigned_t) { return value(); }
  bool number_float(json::number_float_t, const json::string_t&) { return value(); }
  bool binary(json::binary_t&) { return value(); }
  bool string(json::string_t& text) {
    if (!next_is_id_) return true;
    next_is_id_ = false;
    id = std::move(text);
    return whole_;
  }
  bool start_object(std::size_t) {
    if (!value()) return false;
    ++depth_;
    return true;
  }
  bool start_array(std::size_t) {
    if (!value()) return false;
    ++depth_;
    return depth_ > 1;  // a top-level array has no id
  }
  bool end_object() { return leave(); }
  bool end_array() { return leave(); }
  bool key(json::string_t& name) {
    next_is_id_ = depth_ == 1 && name == "id";
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    id.reset();
    return false;
  }

 private:
  // Any non-string value where the id belongs means there is no usable id.
  bool value() {
    if (!std::exchange(next_is_id_, false)) return true;
    id.reset();
    return whole_;
  }
  bool leave() {
    --depth_;
    return whole_ || depth_ > 0;
  }

  bool whole_;
  std::size_t depth_ = 0;
  bool next_is_id_ = false;
};

}  // namespace

std::optional<std::string> find_article_id(std::string_view json_text, IdScan scan) {
  IdFinder finder(scan);
  const bool parsed = json::sax_parse(json_text, &finder);
  if (scan == IdScan::whole_document && !parsed) return std::nullopt;
  return std::move(finder.id);
}

std::string find_article_id(std::string_view article_json) {
  return find_article_id(article_json, IdScan::first_member).value_or("");
}

}  // namespace galley::cli
