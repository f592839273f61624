#pragma once
// Article JSON text → validated Article. Malformed JSON, missing or mistyped
// fields and exceeded limits are recorded in `failure` (the Article is then
// incomplete and not to be used); repairs (invalid UTF-8) and
// ignored input (unknown fields, unknown block types, invalid dates) are
// reported as diagnostics.

#include <string>
#include <string_view>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "common/diagnostics.hpp"
#include "common/first_failure.hpp"

namespace galley::article {

// When `owned_text` holds the text that `json_text` views, it is freed once
// the text is parsed, before the article is copied out of the parsed document,
// so that a large body is never held three times.
Article parse_article(std::string_view json_text, const Limits& limits, common::Diagnostics& diagnostics,
                      common::FirstFailure& failure, std::string* owned_text = nullptr);

}  // namespace galley::article
