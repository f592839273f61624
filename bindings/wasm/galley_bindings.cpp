// Registers the core's entry points with embind. Nothing else belongs here:
// results cross as the core's own JSON text, and the JS wrapper (bindings/js)
// turns them into objects and errors.
#include <emscripten/bind.h>

#include <string>
#include <string_view>

#include <galley/galley.hpp>

namespace {

// embind hands over std::string; the core takes string_view.
std::string render(const std::string& article_json, const std::string& options_json, int indent) {
  return galley::render(article_json, std::string_view(options_json)).to_json(indent);
}

std::string commonmark(const std::string& markdown) { return galley::render_commonmark(markdown); }

std::string version() { return galley::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(galley) {
  emscripten::function("render", &render);
  emscripten::function("commonmark", &commonmark);
  emscripten::function("version", &version);
}
