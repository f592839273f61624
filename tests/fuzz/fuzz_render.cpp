// Fuzz target: galley::render over arbitrary article JSON, in all three modes.
// Properties: see fuzz_checks.hpp; besides, the three modes agree on whether
// the input can be rendered, and the body of `article` mode is exactly the
// `fragment` output.
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.hpp"

using namespace galley;
using namespace galley::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = as_text(data, size);
  Options options;
  // Half of the inputs also exercise the optional link and image rewriting.
  if (size % 2 == 1) {
    options.policy.add_nofollow_ugc(true).external_links_in_new_tab(true).allow_data_images(true).base_url(
        "https://example.com/news/");
  }
  RenderResult results[3];
  const Mode modes[3] = {Mode::fragment, Mode::article, Mode::document};
  for (int i = 0; i < 3; ++i) {
    options.mode = modes[i];
    results[i] = render(json, options);
    check_result(results[i], rules_for(options), {"invalid_json", "invalid_article", "limit_exceeded"}, size);
  }
  const RenderResult& fragment = results[0];
  const RenderResult& article = results[1];
  require(fragment.ok() == article.ok() && fragment.ok() == results[2].ok(), "the three modes agree on success",
          fragment.ok() ? article.to_json() + results[2].to_json() : fragment.to_json());
  if (fragment.ok()) {
    require(article.html.find(fragment.html) != std::string::npos, "article mode contains the fragment output",
            fragment.html + "\n--- article:\n" + article.html);
  } else {
    require(fragment.error->code == article.error->code && fragment.error->path == article.error->path,
            "the three modes fail the same way", fragment.error->to_json() + article.error->to_json());
  }
  return 0;
}
