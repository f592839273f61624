#include "ndjson_record.hpp"

#include <optional>

#include <nlohmann/json.hpp>

#include "article_id.hpp"

namespace galley::cli {

std::string ndjson_record(std::string_view line, const RenderResult& result) {
  const std::optional<std::string> id = find_article_id(result.ok() ? std::string_view(result.summary_json) : line);
  std::string record = "{\"id\":";
  record += id ? nlohmann::json(*id).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) : "null";
  const std::string result_json = result.to_json();
  record += ',';
  record.append(result_json, 1, std::string::npos);  // after its opening brace
  return record;
}

}  // namespace galley::cli
