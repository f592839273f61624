// Fuzz target: Options::from_json. Invalid options are an invalid_options
// error with a JSON pointer; valid ones render a fixed hostile article into
// output that obeys those options' rules, and the JSON-options overload of
// render gives the very same result.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

using namespace galley;
using namespace galley::fuzz;

namespace {

constexpr std::string_view kArticle = R"JSON({
  "title": "Options <b>probe</b>", "subtitle": "s", "kicker": "k", "lang": "en", "url": "https://example.com/a/b",
  "published": "2026-01-02T03:04:05Z", "tags": ["t1", "t2"],
  "breadcrumbs": [{"label": "Home", "url": "/"}, {"label": "Bad", "url": "javascript:alert(1)"}],
  "authors": [{"name": "A", "url": "https://example.com/a", "bio": "Bio", "avatar": "data:image/png;base64,AAAA"}],
  "image": {"src": "//cdn.example.net/i.jpg", "alt": "hero", "width": 10, "height": 20},
  "publisher": {"name": "P", "url": "https://example.com/", "logo": "https://example.com/l.png"},
  "blocks": [
    {"type": "heading", "level": 1, "text": "Intro"},
    {"type": "paragraph", "text": "A [rel](../x) link, [ext](http://other.example/) and [js](javascript:x) and <a href=\"mailto:a@b\" title=\"t\" onclick=\"x\">m</a>."},
    {"type": "image", "src": "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "alt": "d", "caption": "c", "credit": "cr"},
    {"type": "html", "html": "<h2 id=x>Intro</h2><img src=x.png srcset=\"a.png 1x, data:image/png;base64,AA 2x\" title=t><p style=x>p<b>b<i>i</b>x<table><tr><td>c</table><span class=c>s</span><details open><summary>S</summary>d</details>"},
    {"type": "list", "ordered": true, "start": 3, "items": ["one", "**two**"]},
    {"type": "quote", "text": "q", "cite": "Someone"},
    {"type": "code", "language": "c++", "code": "<x>"},
    {"type": "table", "header": ["a", "b"], "rows": [["1", "<em>2</em>"]], "caption": "cap"},
    {"type": "embed", "provider": "youtube", "id": "dQw4w9WgXcQ", "title": "v", "caption": "c"},
    {"type": "markdown", "markdown": "## Intro\n\n- [ ] task\n\n~~s~~ www.example.com tel:+1"},
    {"type": "divider"}
  ]
})JSON";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = as_text(data, size);
  Error error;
  const std::optional<Options> options = Options::from_json(json, &error);
  if (!options) {
    require(error.code == "invalid_options", "rejected options are an invalid_options error", error.to_json());
    require(error.path.empty() || error.path[0] == '/', "options error path is a JSON pointer", error.to_json());
    require(!error.message.empty(), "options error has a message", error.to_json());
    return 0;
  }
  const RenderResult result = render(kArticle, *options);
  check_result(result, rules_for(*options), {"limit_exceeded"}, kArticle.size());
  require(render(kArticle, json).to_json() == result.to_json(), "render(json, options text) equals render(json, from_json(options text))");
  return 0;
}
