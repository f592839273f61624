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

// Lays out compact JSON text the way dump(indent) does. Only ever given
// text this file's dump(-1) produced, so it re-indents without a parser (a
// second parser instantiation would cost the Wasm build ~20 KB).
std::string indent_compact(std::string_view compact, int indent) {
  const std::size_t step = static_cast<std::size_t>(indent);
  std::string out;
  out.reserve(compact.size() + compact.size() / 2);
  std::size_t depth = 0;
  const auto new_line = [&] { out.append(1, '\n').append(depth * step, ' '); };
  bool in_string = false;
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (in_string) {
      out += c;
      if (c == '\\') out += compact[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        out += c;
        break;
      case '{':
      case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out += compact[++i];  // empty container stays on one line
        } else {
          ++depth;
          new_line();
        }
        break;
      case '}':
      case ']':
        --depth;
        new_line();
        out += c;
        break;
      case ',':
        out += c;
        new_line();
        break;
      case ':':
        out += ": ";
        break;
      default:
        out += c;
    }
  }
  return out;
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
  // The already serialized summary is spliced in rather than parsed again.
  std::string out;
  out.reserve(html.size() + summary.size() + 64);
  out += "{\"html\":";
  out += dump(Json(html), -1);
  out += ",\"summary\":";
  out += summary;
  out += ",\"diagnostics\":";
  out += dump(list, -1);
  out += '}';
  return indent < 0 ? out : indent_compact(out, indent);
}

}  // namespace galley
