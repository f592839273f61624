#pragma once
// Reference renderer: md4c events → HTML exactly as the CommonMark spec shows
// it. No policy, raw HTML passes through; for conformance only.

#include <string>
#include <string_view>

namespace galley::markdown {

std::string render_commonmark_reference_html(std::string_view markdown);

}  // namespace galley::markdown
