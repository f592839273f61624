#pragma once
// Galley: article JSON in, sanitized HTML and a structured summary out.
//
//   galley::Options options;                       // safe defaults
//   options.mode = galley::Mode::article;
//   galley::RenderResult r = galley::render(json_text, options);
//   if (!r.ok()) report(r.error->to_json());
//   else use(r.html, r.summary_json, r.diagnostics);

#include <string>
#include <string_view>

#include <galley/options.hpp>
#include <galley/policy.hpp>
#include <galley/result.hpp>

namespace galley {

// Renders an article JSON document (see docs/article-json.md).
RenderResult render(std::string_view article_json, const Options& options = Options{});

// render() for a caller that can hand its text over: the text is freed as
// soon as it is parsed, so that a large article is not held twice while it
// renders (`render_owned(std::move(text), options)`).
RenderResult render_owned(std::string article_json, const Options& options = Options{});

// Renders options given as JSON text; an invalid options document is an
// `invalid_options` error in the result.
RenderResult render(std::string_view article_json, std::string_view options_json);

// Sanitizes an HTML fragment with the given policy (no article around it).
RenderResult sanitize_html(std::string_view html, const Options& options = Options{});

// CommonMark reference rendering: exactly the spec's HTML (raw HTML passes
// through, no ids, no policy). For conformance checks, never for untrusted input.
// Empty when md4c cannot parse the text (out of memory).
std::string render_commonmark_reference(std::string_view markdown);

const char* version();

}  // namespace galley
