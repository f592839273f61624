// Serialization of Error and RenderResult to JSON text.
#include <string_view>

#include <nlohmann/json.hpp>

#include <galley/result.hpp>

namespace galley {
namespace {

using Json = nlohmann::ordered_json;

Json error_object(const Error& e) {
  Json j;
  j["code"] = e.code;
  j["message"] = e.message;
  j["path"] = e.path;
  if (e.line >= 0) j["line"] = e.line;
  if (e.column >= 0) j["column"] = e.column;
  if (e.offset >= 0) j["offset"] = e.offset;
  return j;
}

Json diagnostic_object(const Diagnostic& d) {
  Json j;
  j["code"] = d.code;
  j["message"] = d.message;
  j["path"] = d.path;
  if (d.offset >= 0) j["offset"] = d.offset;
  if (!d.removed.empty()) j["removed"] = d.removed;
  return j;
}

// Strings produced by the core are valid UTF-8; `replace` only guards against
// a bug turning into an exception at the boundary.
std::string dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json diagnostics_array(const std::vector<Diagnostic>& diagnostics) {
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics) list.push_back(diagnostic_object(d));
  return list;
}

}  // namespace

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics, int indent) {
  return dump(diagnostics_array(diagnostics), indent);
}

std::string Error::to_json() const { return dump(error_object(*this), -1); }

std::string RenderResult::to_json(int indent) const {
  Json j;
  if (error) {
    j["error"] = error_object(*error);
    return dump(j, indent);
  }
  Json list = diagnostics_array(diagnostics);
  const std::string_view summary = summary_json.empty() ? std::string_view("{}") : summary_json;
  if (indent < 0) {
    // Compact form is on the hot path of every binding: splice the already
    // serialized summary instead of parsing it again.
    std::string out;
    out.reserve(html.size() + summary.size() + 64);
    out += "{\"html\":";
    out += dump(Json(html), -1);
    out += ",\"summary\":";
    out += summary;
    out += ",\"diagnostics\":";
    out += dump(list, -1);
    out += '}';
    return out;
  }
  j["html"] = html;
  j["summary"] = Json::parse(summary);
  j["diagnostics"] = std::move(list);
  return dump(j, indent);
}

}  // namespace galley
