#pragma once
// Finds an article's top-level "id" without building a document tree.

#include <optional>
#include <string>
#include <string_view>

namespace galley::cli {

enum class IdScan {
  first_member,   // stop at the first top-level "id"; text after it is not looked at
  whole_document  // read everything, as JSON.parse would: the last "id" counts, malformed JSON has none
};

// The string value of the top-level "id" member; nullopt when there is none,
// it is not a string, or the JSON is malformed (before it, for first_member).
std::optional<std::string> find_article_id(std::string_view json, IdScan scan);

// find_article_id(json, IdScan::first_member), "" when there is none.
std::string find_article_id(std::string_view article_json);

}  // namespace galley::cli
