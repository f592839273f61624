// Serialization of Error and RenderResult to JSON text.
#include <string_view>

#include <galley/result.hpp>

#include "json/write_json.hpp"

namespace galley {
namespace {

using json::Value;

Value error_object(const Error& e) {
  Value j = Value::object({{"code", e.code}, {"message", e.message}, {"path", e.path}});
  if (e.line >= 0) j.set("line", e.line);
  if (e.column >= 0) j.set("column", e.column);
  if (e.offset >= 0) j.set("offset", e.offset);
  return j;
}

Value diagnostic_object(const Diagnostic& d) {
  Value j = Value::object({{"code", d.code}, {"message", d.message}, {"path", d.path}});
  if (d.offset >= 0) j.set("offset", d.offset);
  if (!d.removed.empty()) j.set("removed", d.removed);
  return j;
}

Value diagnostics_array(const std::vector<Diagnostic>& diagnostics) {
  Value list = Value::array();
  for (const Diagnostic& d : diagnostics) list.push_back(diagnostic_object(d));
  return list;
}

}  // namespace

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics, int indent) {
  return json::to_text(diagnostics_array(diagnostics), indent);
}

std::string Error::to_json() const { return json::to_text(error_object(*this)); }

std::string RenderResult::to_json(int indent) const {
  if (error) return json::to_text(Value::object({{"error", error_object(*error)}}), indent);
  // The already serialized summary is spliced in rather than parsed again;
  // sanitize_html makes none, and then the member is left out. Escaping
  // lengthens HTML by a few percent (mostly the quotes of attribute values):
  // an eighth more is reserved so that a large result is written without
  // growing through copies.
  std::string out;
  out.reserve(html.size() + html.size() / 8 + summary_json.size() + 64);
  out += "{\"html\":";
  json::append_string(out, html);
  if (!summary_json.empty()) {
    out += ",\"summary\":";
    out += summary_json;
  }
  out += ",\"diagnostics\":";
  json::append_compact(out, diagnostics_array(diagnostics));
  out += '}';
  return indent < 0 ? out : json::indent_compact(out, indent);
}

}  // namespace galley
