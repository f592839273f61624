// The module's exports: plain C functions over WebAssembly memory, called by
// the JS wrapper (bindings/js/src/core.js). Text goes in as an Input: the
// caller asks for one of a given capacity, writes UTF-8 into its data and
// passes it with the byte length written to an export, which takes it over;
// render frees it as soon as the article is parsed. A result stays in memory,
// owned by an Output, until the caller releases it; the caller reads each part
// (HTML, summary JSON, ...) straight from memory, so nothing is wrapped in a
// JSON envelope or copied byte by byte on the way out.
//
// The module is built without C++ exceptions: a failed allocation traps. The
// wrapper then asks galley_out_of_memory() whether that was the cause, reports
// it as limit_exceeded (as the native core does) and goes on in a fresh
// instance.
#include <emscripten/emscripten.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <galley/galley.hpp>

namespace {

// Set just before an allocation failure traps; read by the wrapper after the
// trap. The instance is discarded then, so the flag is never reset.
bool ran_out_of_memory = false;

// Render options parsed once and kept by the caller for as long as the same
// options text recurs, or why they could not be parsed.
struct ParsedOptions {
  std::optional<galley::Options> options;
  galley::Error error;
};

// What a call produced. `parts` is what the caller reads from memory: a
// (pointer, byte length) pair per Part, an empty text where a part is absent.
struct Output {
  enum Part { html, summary, diagnostics, error, json, count };

  std::array<std::uint32_t, 2 * count> parts{};
  galley::RenderResult result;
  std::string diagnostics_json;
  std::string error_json;
  std::string result_json;

  void expose(Part part, std::string_view text) {
    parts[2 * part] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(text.data()));
    parts[2 * part + 1] = static_cast<std::uint32_t>(text.size());
  }

  void expose_result() {
    if (!result.ok()) {
      error_json = result.error->to_json();
      expose(error, error_json);
      return;
    }
    expose(html, result.html);
    expose(summary, result.summary_json);
    diagnostics_json = galley::diagnostics_to_json(result.diagnostics);
    expose(diagnostics, diagnostics_json);
  }
};

using Input = std::string;

// Takes over an Input of which the caller wrote the first `size` bytes.
std::unique_ptr<Input> take(Input* input, std::size_t size) {
  std::unique_ptr<Input> taken(input);
  taken->resize(size);
  return taken;
}

// render and sanitize: one core call with parsed options, its result exposed.
template <typename Call>
Output* output_of(const ParsedOptions* options, Call&& call) {
  auto output = std::make_unique<Output>();
  if (options->options) {
    output->result = call(*options->options);
  } else {
    output->result.error = options->error;
  }
  output->expose_result();
  return output.release();
}

}  // namespace

// Every allocation of the module (the standard library's included) comes
// through here; operator new[] and delete keep their defaults, which call it
// and free.
void* operator new(std::size_t size) {
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  ran_out_of_memory = true;
  __builtin_trap();
}

extern "C" {

EMSCRIPTEN_KEEPALIVE bool galley_out_of_memory() { return ran_out_of_memory; }

EMSCRIPTEN_KEEPALIVE Input* galley_input(std::size_t capacity) {
  auto input = std::make_unique<Input>();
  input->resize(capacity);
  return input.release();
}

EMSCRIPTEN_KEEPALIVE char* galley_input_data(Input* input) { return input->data(); }

EMSCRIPTEN_KEEPALIVE ParsedOptions* galley_parse_options(Input* json, std::size_t size) {
  const std::unique_ptr<Input> text = take(json, size);
  auto parsed = std::make_unique<ParsedOptions>();
  parsed->options = galley::Options::from_json(*text, &parsed->error);
  return parsed.release();
}

EMSCRIPTEN_KEEPALIVE void galley_release_options(ParsedOptions* options) { delete options; }

EMSCRIPTEN_KEEPALIVE Output* galley_render(Input* article, std::size_t size, const ParsedOptions* options) {
  std::unique_ptr<Input> text = take(article, size);
  return output_of(options, [&](const galley::Options& o) { return galley::render_owned(std::move(*text), o); });
}

EMSCRIPTEN_KEEPALIVE Output* galley_sanitize(Input* html, std::size_t size, const ParsedOptions* options) {
  const std::unique_ptr<Input> text = take(html, size);
  return output_of(options, [&](const galley::Options& o) { return galley::sanitize_html(*text, o); });
}


// The whole result as the core's JSON text (Output::json), exactly as the
// native CLI prints it; `indent` < 0 gives compact text.
EMSCRIPTEN_KEEPALIVE void galley_output_json(Output* output, int indent) {
  output->result_json = output->result.to_json(indent);
  output->expose(Output::json, output->result_json);
}

#ifdef GALLEY_WASM_COMMONMARK_REFERENCE
// Conformance checks only, so in the Node build only (see CMakeLists.txt).
EMSCRIPTEN_KEEPALIVE Output* galley_commonmark(Input* markdown, std::size_t size) {
  const std::unique_ptr<Input> text = take(markdown, size);
  auto output = std::make_unique<Output>();
  output->result.html = galley::render_commonmark_reference(*text);
  output->expose(Output::html, output->result.html);
  return output.release();
}
#endif

EMSCRIPTEN_KEEPALIVE const std::uint32_t* galley_output_parts(const Output* output) { return output->parts.data(); }

EMSCRIPTEN_KEEPALIVE void galley_release_output(Output* output) { delete output; }

EMSCRIPTEN_KEEPALIVE const char* galley_version() { return galley::version(); }

}  // extern "C"
