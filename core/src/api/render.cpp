// galley::render and friends: the core boundary. The stages record failures
// in one FirstFailure, which leaves here as the structured Error.
#include <galley/galley.hpp>

#include <exception>
#include <new>
#include <string>
#include <vector>

#include "layout/article_layout.hpp"
#include "sanitize/article_urls.hpp"
#include "page/document_page.hpp"
#include "article/parse_article.hpp"
#include "body/render_body.hpp"
#include "common/diagnostics.hpp"
#include "api/failure_error.hpp"
#include "common/first_failure.hpp"
#include "markdown/commonmark_reference_renderer.hpp"
#include "sanitize/sanitizer.hpp"
#include "serialize/html_writer.hpp"
#include "summary/summary_builder.hpp"
#include "text/input_text.hpp"

namespace galley {
namespace {

// Options set in C++ (not read by from_json) are refused before any work
// when a policy is widened beyond the safe universe or a heading id prefix
// could make ids with spaces or JavaScript globals.
void check_options(const Options& options, common::FirstFailure& failure) {
  if (const std::optional<PolicyError>& error = options.policy.error()) {
    failure.record(common::codes::invalid_options, error->message, error->path);
    return;
  }
  const std::string why = Policy::refusal_for_id_prefix(options.heading_id_prefix);
  if (!why.empty()) failure.record(common::codes::invalid_options, why, "/heading_id_prefix");
}

// Runs `work` and turns its failure into RenderResult::error. Where the build
// has C++ exceptions, the standard library's (out of memory above all) are
// caught here too; without them (WebAssembly) they trap, and the JavaScript
// wrapper reports the trap.
template <typename Work>
RenderResult guarded(const Options& options, Work&& work) {
  RenderResult result;
  common::FirstFailure failure;
#if defined(__cpp_exceptions)
  try {
#endif
    check_options(options, failure);
    if (!failure.failed()) work(result, failure);
#if defined(__cpp_exceptions)
  } catch (const std::bad_alloc&) {
    failure = common::FirstFailure();
    failure.record_limit("out of memory", "");
  } catch (const std::exception& e) {
    failure = common::FirstFailure();
    failure.record(common::codes::internal_error, e.what(), "");
  }
#endif
  if (failure.failed()) {
    result = RenderResult{};
    result.error = api::to_error(*failure.failure());
  }
  return result;
}

// Links are "internal" relative to the site; without an explicit site the
// article's own URL defines it.
Options effective_options(const Options& options, const article::Article& article) {
  Options effective = options;
  if (effective.policy.site().empty() && effective.policy.base().empty() && !article.url.empty()) {
    effective.policy.site_url(article.url);
  }
  return effective;
}

// Nothing after the body needs its text: freeing it keeps a large article
// from being held twice while its summary is built.
void release_body(article::Article& article) {
  if (article.body) std::string().swap(article.body->content);
  std::vector<article::Block>().swap(article.blocks);
}

// render(); when `owned` holds the text that `article_json` views, it is
// freed as soon as it is parsed.
RenderResult render_article(std::string_view article_json, std::string* owned, const Options& options) {
  return guarded(options, [&](RenderResult& result, common::FirstFailure& failure) {
    common::Diagnostics diagnostics;
    const std::size_t input_size = article_json.size();
    article::Article article = article::parse_article(article_json, options.limits, diagnostics, failure, owned);
    if (failure.failed()) return;
    const Options effective = effective_options(options, article);
    sanitize::check_article_urls(article, effective.policy, diagnostics);

    // Reserved from the input size, the output and the body's visible text
    // are built in one allocation each instead of growing through copies.
    sanitize::BodyContent body;
    body.text.reserve(input_size);
    std::string html;
    html.reserve(input_size + input_size / 4 + 1024);
    serialize::HtmlWriter writer(html, effective.limits.max_output_bytes, failure);
    sanitize::Sanitizer sanitizer(effective, writer, diagnostics, body, failure);
    const auto body_renderer = [&] {
      body::render_body(article, effective.policy, sanitizer, writer, diagnostics);
      release_body(article);
    };

    if (effective.mode == Mode::fragment) {
      body_renderer();
    } else {
      layout::render_article_layout(article, effective, writer, layout::BodyRenderer(body_renderer));
    }
    if (failure.failed()) return;
    summary::BuiltSummary summary = summary::build_summary(article, body, effective);
    if (effective.mode == Mode::document) html = page::render_document_page(article, effective, failure, summary.page, html);

    result.summary_json = std::move(summary.json);
    result.html = std::move(html);
    result.diagnostics = diagnostics.take();
  });
}

}  // namespace

RenderResult render(std::string_view article_json, const Options& options) {
  return render_article(article_json, nullptr, options);
}

RenderResult render_owned(std::string article_json, const Options& options) {
  return render_article(article_json, &article_json, options);
}

RenderResult render(std::string_view article_json, std::string_view options_json) {
  Error error;
  const std::optional<Options> options = Options::from_json(options_json, &error);
  if (!options) {
    RenderResult result;
    result.error = std::move(error);
    return result;
  }
  return render(article_json, *options);
}

RenderResult sanitize_html(std::string_view html_in, const Options& options) {
  return guarded(options, [&](RenderResult& result, common::FirstFailure& failure) {
    common::Diagnostics diagnostics;
    sanitize::BodyContent body;
    std::string repaired;
    const std::string_view input = text::checked_input(html_in, options.limits, repaired, diagnostics, failure);
    if (failure.failed()) return;
    std::string html;
    html.reserve(input.size() + 256);
    serialize::HtmlWriter writer(html, options.limits.max_output_bytes, failure);
    sanitize::Sanitizer sanitizer(options, writer, diagnostics, body, failure);
    sanitizer.set_source("");
    sanitizer.raw_html(input, 0);
    sanitizer.finish();
    result.html = std::move(html);
    result.diagnostics = diagnostics.take();
  });
}

std::string render_commonmark_reference(std::string_view markdown) {
  return markdown::render_commonmark_reference_html(markdown);
}

const char* version() { return GALLEY_VERSION; }

}  // namespace galley
