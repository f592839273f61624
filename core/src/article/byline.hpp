#pragma once
// Joins author names into a byline ("A", "A and B", "A, B and C"), with the
// conjunction of the article's language where we know it.

#include <string>
#include <string_view>
#include <vector>

#include "article/article.hpp"

namespace galley::article {

std::string join_author_names(const std::vector<Author>& authors, std::string_view lang);

// What goes before the name at `index` of `count` names: "" for the first,
// the conjunction before the last, ", " otherwise.
std::string_view author_separator(std::size_t index, std::size_t count, std::string_view lang);

}  // namespace galley::article
