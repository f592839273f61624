#include "fuzz_checks.hpp"

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace galley::fuzz {
namespace {

// docs/article-json.md, "Errors and warnings".
constexpr std::string_view kDiagnosticCodes[] = {
    "invalid_utf8", "duplicate_key", "unknown_field", "unknown_block_type", "invalid_value", "invalid_embed",
    "missing_body", "removed_element", "unwrapped_element", "removed_attribute", "removed_url",
    "removed_comment", "removed_text", "demoted_heading", "rewritten_element"};

bool is_json_pointer(std::string_view path) { return path.empty() || path[0] == '/'; }

bool documented_diagnostic(std::string_view code) {
  for (std::string_view known : kDiagnosticCodes) {
    if (known == code) return true;
  }
  return false;
}

void check_error(const RenderResult& result, std::initializer_list<std::string_view> expected_errors,
                 std::size_t input_size) {
  const Error& error = *result.error;
  bool expected = false;
  for (std::string_view code : expected_errors) expected = expected || code == error.code;
  require(expected, "error code is one this entry point may report", error.to_json());
  require(!error.message.empty(), "error has a message", error.to_json());
  require(is_json_pointer(error.path), "error path is a JSON pointer", error.to_json());
  require(result.html.empty() && result.summary_json.empty() && result.diagnostics.empty(),
          "a failed render returns nothing but the error", error.to_json());
  if (error.code == "invalid_json") {
    require(error.line >= 1 && error.column >= 1 && error.offset >= 0 &&
                static_cast<std::size_t>(error.offset) <= input_size,
            "invalid_json error has a position inside the input", error.to_json());
  }
  require(nlohmann::json::accept(result.to_json()), "the error result serializes to JSON", error.to_json());
}

}  // namespace

void violation(std::string_view property, std::string_view detail) {
  std::fprintf(stderr, "\n*** galley property violated: %.*s\n", static_cast<int>(property.size()), property.data());
  if (!detail.empty()) {
    const std::size_t shown = detail.size() < 2000 ? detail.size() : 2000;
    std::fprintf(stderr, "*** %.*s\n", static_cast<int>(shown), detail.data());
  }
  std::fflush(stderr);
  __builtin_trap();
}

void check_result(const RenderResult& result, const OutputRules& rules,
                  std::initializer_list<std::string_view> expected_errors, std::size_t input_size,
                  SummaryExpected summary) {
  if (!result.ok()) return check_error(result, expected_errors, input_size);

  const std::string problem = check_html(result.html, rules);
  if (!problem.empty()) violation("output HTML obeys the documented rules", problem + "\n--- html:\n" + result.html);

  if (summary == SummaryExpected::produced) {
    require(is_valid_utf8(result.summary_json), "summary is valid UTF-8");
    const nlohmann::json parsed = nlohmann::json::parse(result.summary_json, nullptr, false);
    require(parsed.is_object(), "summary is a JSON object", result.summary_json);
  } else {
    require(result.summary_json.empty(), "no summary from this entry point", result.summary_json);
  }
  for (const Diagnostic& d : result.diagnostics) {
    require(documented_diagnostic(d.code), "diagnostic code is documented", d.code);
    require(is_json_pointer(d.path), "diagnostic path is a JSON pointer", d.path);
  }
  require(nlohmann::json::accept(result.to_json()), "the result serializes to JSON");
}

std::string_view as_text(const unsigned char* data, std::size_t size) {
  return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace galley::fuzz
