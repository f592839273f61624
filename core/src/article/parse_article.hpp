#pragma once
// Article JSON text → validated Article. Malformed JSON, missing or mistyped
// fields and exceeded limits throw RenderFailure; repairs (invalid UTF-8) and
// ignored input (unknown fields, unknown block types, invalid dates) are
// reported as diagnostics.

#include <string_view>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "common/diagnostics.hpp"

namespace galley {

Article parse_article(std::string_view json_text, const Limits& limits, Diagnostics& diagnostics);

}  // namespace galley
