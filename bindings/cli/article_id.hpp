#pragma once
// Finds an article's top-level "id" without building a document tree.

#include <string>
#include <string_view>

namespace galley::cli {

// The string value of the top-level "id" member, or "" when there is none, it
// is not a string, or the JSON is malformed before it is reached.
std::string find_article_id(std::string_view article_json);

}  // namespace galley::cli
