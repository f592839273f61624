#pragma once
// `article` mode: the trusted template around the body.
// Every article string is escaped by the HtmlWriter and every article URL is
// checked by check_article_urls; class names are documented in docs/html-output.md.

#include <string>

#include <galley/options.hpp>

#include "article/article.hpp"
#include "serialize/html_writer.hpp"

namespace galley::layout {

// A reference to the caller's callable that writes the body. Unlike
// std::function it neither copies the callable nor brings a vtable and its
// type information into the WebAssembly module.
class BodyRenderer {
 public:
  template <typename Render>
  explicit BodyRenderer(const Render& render)
      : render_(&render), call_([](const void* r) { (*static_cast<const Render*>(r))(); }) {}
  void operator()() const { call_(render_); }

 private:
  const void* render_;
  void (*call_)(const void*);
};

// Writes <article class="galley-article">…</article>; `render_body` writes the body in place.
void render_article_layout(const article::Article& article, const Options& options, serialize::HtmlWriter& writer,
                           BodyRenderer render_body);

}  // namespace galley::layout
