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

// The compact result, handed to `write` piece by piece: the HTML escaped a
// megabyte at a time, so that the caller need not hold it twice.
template <typename Write>
void write_result(const RenderResult& result, Write&& write) {
  const std::string& html = result.html;
  const std::string& summary_json = result.summary_json;
  if (result.error) {
    write(json::to_text(Value::object({{"error", error_object(*result.error)}})));
    return;
  }
  constexpr std::size_t kPieceBytes = 1 << 20;
  std::string piece = "{\"html\":\"";
  for (std::size_t from = 0, end; from < html.size(); from = end) {
    end = json::string_piece_end(html, from, kPieceBytes);
    json::append_string_content(piece, std::string_view(html).substr(from, end - from));
    write(piece);
    piece.clear();
  }
  piece += '"';
  // The already serialized summary is spliced in rather than parsed again;
  // sanitize_html makes none, and then the member is left out.
  if (!summary_json.empty()) {
    piece += ",\"summary\":";
    write(piece);
    write(summary_json);
    piece.clear();
  }
  piece += ",\"diagnostics\":";
  json::append_compact(piece, diagnostics_array(result.diagnostics));
  piece += '}';
  write(piece);
}

}  // namespace

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics, int indent) {
  return json::to_text(diagnostics_array(diagnostics), indent);
}

std::string Error::to_json() const { return json::to_text(error_object(*this)); }

std::string RenderResult::to_json(int indent) const {
  // Escaping lengthens HTML by a few percent (mostly the quotes of attribute
  // values): an eighth more is reserved so that a large result is written
  // without growing through copies.
  std::string out;
  if (!error) out.reserve(html.size() + html.size() / 8 + summary_json.size() + 64);
  write_result(*this, [&](std::string_view piece) { out += piece; });
  return indent < 0 ? out : json::indent_compact(out, indent);
}

void RenderResult::write_json(const std::function<void(std::string_view)>& write) const { write_result(*this, write); }

}  // namespace galley
