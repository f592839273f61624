// Serialization of Error and RenderResult to JSON text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Written straight out rather than built as a Value tree: a render that
// removes much reports each removal, and the tree cost more than the
// serializing.
void append_diagnostics(std::string& out, const std::vector<Diagnostic>& diagnostics) {
  json::Writer w(out);
  w.begin_array();
  for (const Diagnostic& d : diagnostics) {
    w.begin_object();
    w.key("code").string(d.code);
    w.key("message").string(d.message);
    w.key("path").string(d.path);
    if (d.offset >= 0) w.key("offset").number(static_cast<std::uint64_t>(d.offset));
    if (!d.removed.empty()) w.key("removed").string(d.removed);
    w.end_object();
  }
  w.end_array();
}

// What follows the HTML in the compact result: the already serialized
// summary, spliced in rather than parsed again (sanitize_html makes none, and
// then the member is left out), and the diagnostics.
void append_after_html(std::string& out, const RenderResult& result) {
  if (!result.summary_json.empty()) {
    out += ",\"summary\":";
    out += result.summary_json;
  }
  out += ",\"diagnostics\":";
  append_diagnostics(out, result.diagnostics);
  out += '}';
}

std::string error_result(const Error& error, int indent) {
  return json::to_text(Value::object({{"error", error_object(error)}}), indent);
}

}  // namespace

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics, int indent) {
  std::string out;
  append_diagnostics(out, diagnostics);
  return indent < 0 ? out : json::indent_compact(out, indent);
}

std::string Error::to_json() const { return json::to_text(error_object(*this)); }

std::string RenderResult::to_json(int indent) const {
  if (error) return error_result(*error, indent);
  // Escaping lengthens HTML by a few percent (mostly the quotes of attribute
  // values): an eighth more is reserved so that a large result is written
  // without growing through copies.
  std::string out;
  out.reserve(html.size() + html.size() / 8 + summary_json.size() + 64);
  out += "{\"html\":";
  json::append_string(out, html);
  append_after_html(out, *this);
  return indent < 0 ? out : json::indent_compact(out, indent);
}

void RenderResult::write_json(const std::function<void(std::string_view)>& write) const {
  if (error) {
    write(error_result(*error, -1));
    return;
  }
  // The HTML is escaped a megabyte at a time, so that it is not held twice.
  constexpr std::size_t kPieceBytes = 1 << 20;
  std::string piece = "{\"html\":\"";
  for (std::size_t from = 0, end; from < html.size(); from = end) {
    end = json::string_piece_end(html, from, kPieceBytes);
    json::append_string_content(piece, std::string_view(html).substr(from, end - from));
    write(piece);
    piece.clear();
  }
  piece += '"';
  append_after_html(piece, *this);
  write(piece);
}

}  // namespace galley
