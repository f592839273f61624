// Fuzz target: the Markdown path. The input is a Markdown body, rendered as a
// whole body, as the inline text of a paragraph block, as a plain-text body,
// and by the CommonMark reference renderer (which must only not crash).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.hpp"

using namespace galley;
using namespace galley::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view markdown = as_text(data, size);
  const std::string text = json_string(markdown);
  const std::string articles[] = {
      R"({"title":"T","body":)" + text + "}",
      R"({"title":"T","blocks":[{"type":"paragraph","text":)" + text + "}]}",
      R"({"title":"T","body":{"format":"text","content":)" + text + "}}",
  };
  const Options options;
  for (const std::string& article : articles) {
    check_result(render(article, options), rules_for(options), {"limit_exceeded"}, article.size());
  }
  (void)render_commonmark_reference(markdown);
  return 0;
}
