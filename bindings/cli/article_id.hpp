#pragma once
// Finds an article's top-level "id" without building a document tree.

#include <optional>
#include <string>
#include <string_view>

namespace galley::cli {

// The string value of the top-level "id" member as JSON.parse (and the core)
// reads it: of repeated keys the last counts. nullopt when there is none, it
// is not a string, or the text is not JSON.
std::optional<std::string> find_article_id(std::string_view json);

}  // namespace galley::cli
