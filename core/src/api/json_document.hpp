#pragma once
// The public readers of a JSON text (Options::from_json, Summary::from_json):
// parse, read the document, and hand a failure of either back as an Error.

#include <optional>
#include <string_view>
#include <utility>

#include <galley/result.hpp>

#include "api/failure_error.hpp"
#include "common/first_failure.hpp"
#include "json/parse_json.hpp"

namespace galley::api {

// `read(value, failure)` builds the result from the parsed document; JSON
// nested deeper than `max_depth` or malformed (reported as `code`) never
// reaches it. Returns nullopt, with *error set when given, on any failure.
template <typename Read>
auto read_json_document(std::string_view text, std::size_t max_depth, const common::Code& code, Error* error, Read read)
    -> std::optional<decltype(read(std::declval<const json::Value&>(), std::declval<common::FirstFailure&>()))> {
  common::FirstFailure failure;
  const json::Value value = json::parse_text(text, max_depth, code, failure);
  if (!failure.failed()) {
    auto result = read(value, failure);
    if (!failure.failed()) return result;
  }
  if (error) *error = to_error(*failure.failure());
  return std::nullopt;
}

}  // namespace galley::api
