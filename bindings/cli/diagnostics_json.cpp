#include "diagnostics_json.hpp"

#include <nlohmann/json.hpp>

namespace galley::cli {

// Same members as the "diagnostics" of RenderResult::to_json: offset and
// removed appear only when they apply.
std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics) {
    Json entry = {{"code", d.code}, {"message", d.message}, {"path", d.path}};
    if (d.offset >= 0) entry["offset"] = d.offset;
    if (!d.removed.empty()) entry["removed"] = d.removed;
    list.push_back(std::move(entry));
  }
  return list.dump(-1, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace galley::cli
