// Fuzz target: the HTML path. sanitize_html must give output that obeys the
// rules and is a fixed point (sanitizing it again changes nothing); the
// tokenizer, driven directly from a state chosen by the first byte, must
// terminate with well-formed tokens.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.hpp"
#include "html/tokenizer.hpp"

using namespace galley;
using namespace galley::fuzz;

namespace {

bool has_upper_ascii(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

void check_tokenizer(std::string_view input, std::uint8_t selector) {
  using html::TokenizerState;
  static constexpr TokenizerState kStates[] = {TokenizerState::data, TokenizerState::rcdata, TokenizerState::rawtext,
                                               TokenizerState::script_data, TokenizerState::plaintext,
                                               TokenizerState::cdata_section};
  static constexpr std::string_view kLastStartTags[] = {"div", "title", "style", "script", "plaintext", "svg"};
  const std::size_t which = selector % 6u;
  html::Tokenizer tokenizer(input);
  tokenizer.set_allow_cdata((selector & 0x80u) != 0);
  tokenizer.set_last_start_tag(kLastStartTags[which]);
  tokenizer.set_state(kStates[which]);

  // next() returns true for every token up to and including end-of-file, false after it.
  html::Token token;
  std::size_t tokens = 0;
  std::size_t last_offset = 0;
  bool ended = false;
  while (!ended) {
    require(tokenizer.next(token), "the tokenizer produces tokens until end-of-file");
    require(++tokens <= input.size() + 2, "the tokenizer advances on every token");
    require(token.offset <= input.size(), "token offset inside the input");
    require(token.offset >= last_offset, "token offsets never go back");
    last_offset = token.offset;
    if (token.kind == html::TokenKind::start_tag || token.kind == html::TokenKind::end_tag) {
      require(!token.name.empty() && !has_upper_ascii(token.name), "tag names are lowercase and not empty", token.name);
      for (std::size_t i = 0; i < token.attributes.size(); ++i) {
        require(!has_upper_ascii(token.attributes[i].name), "attribute names are lowercase", token.attributes[i].name);
        for (std::size_t j = 0; j < i; ++j) {
          require(token.attributes[i].name != token.attributes[j].name, "attribute names are unique within a tag",
                  token.attributes[i].name);
        }
      }
    }
    if (token.kind == html::TokenKind::characters) require(!token.data.empty(), "character tokens are not empty");
    ended = token.kind == html::TokenKind::end_of_file;
  }
  require(!tokenizer.next(token) && token.kind == html::TokenKind::end_of_file, "the stream stays at its end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html = as_text(data, size);
  Options options;
  // Half of the inputs also exercise the optional link and image rewriting.
  if (size % 2 == 1) {
    options.policy.add_nofollow_ugc(true).external_links_in_new_tab(true).allow_data_images(true).base_url(
        "https://example.com/news/");
  }
  const RenderResult once = sanitize_html(html, options);
  check_result(once, rules_for(options), {"limit_exceeded"}, size, SummaryExpected::none);
  if (once.ok()) {
    const RenderResult twice = sanitize_html(once.html, options);
    require(twice.ok() && twice.html == once.html, "sanitize_html is idempotent",
            once.html + "\n--- sanitized again:\n" + (twice.ok() ? twice.html : twice.error->to_json()));
  }
  check_tokenizer(html, size > 0 ? data[0] : 0);
  return 0;
}
