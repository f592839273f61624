#include "article_id.hpp"

#include <utility>

#include <nlohmann/json.hpp>

namespace galley::cli {
namespace {

using json = nlohmann::json;

// SAX handler: tracks nesting depth and stops parsing (returns false) as soon
// as the top-level id is known, so later content is never scanned.
class IdFinder {
 public:
  std::string id;

  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(json::number_integer_t) { return value(); }
  bool number_unsigned(json::number_unsigned_t) { return value(); }
  bool number_float(json::number_float_t, const json::string_t&) { return value(); }
  bool binary(json::binary_t&) { return value(); }
  bool string(json::string_t& text) {
    if (!next_is_id_) return true;
    id = std::move(text);
    return false;
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
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  // Any non-string value where the id belongs means there is no usable id.
  bool value() { return !std::exchange(next_is_id_, false); }
  bool leave() {
    --depth_;
    return depth_ > 0;
  }

  std::size_t depth_ = 0;
  bool next_is_id_ = false;
};

}  // namespace

std::string find_article_id(std::string_view article_json) {
  IdFinder finder;
  json::sax_parse(article_json, &finder);
  return std::move(finder.id);
}

}  // namespace galley::cli
