#include "article_id.hpp"

#include <utility>

#include <nlohmann/json.hpp>

namespace galley::cli {
namespace {

using json = nlohmann::json;

// SAX handler: tracks nesting depth and keeps the last top-level id.
class IdFinder {
 public:
  std::optional<std::string> id;

  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(json::number_integer_t) { return value(); }
  bool number_unsigned(json::number_unsigned_t) { return value(); }
  bool number_float(json::number_float_t, const json::string_t&) { return value(); }
  bool binary(json::binary_t&) { return value(); }
  bool string(json::string_t& text) {
    if (std::exchange(next_is_id_, false)) id = std::move(text);
    return true;
  }
  bool start_object(std::size_t) {
    value();
    ++depth_;
    return true;
  }
  bool start_array(std::size_t) {
    value();
    ++depth_;
    return depth_ > 1;  // a top-level array has no id: stop
  }
  bool end_object() { return leave(); }
  bool end_array() { return leave(); }
  bool key(json::string_t& name) {
    next_is_id_ = depth_ == 1 && name == "id";
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  // Any non-string value where the id belongs means there is no usable id (so far).
  bool value() {
    if (std::exchange(next_is_id_, false)) id.reset();
    return true;
  }
  bool leave() {
    --depth_;
    return true;
  }

  std::size_t depth_ = 0;
  bool next_is_id_ = false;
};

}  // namespace

std::optional<std::string> find_article_id(std::string_view json_text) {
  IdFinder finder;
  if (!json::sax_parse(json_text, &finder)) return std::nullopt;
  return std::move(finder.id);
}

}  // namespace galley::cli
