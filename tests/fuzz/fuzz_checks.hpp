#pragma once
// Property checks shared by the fuzz targets. A violated property prints what
// was violated and traps, so that libFuzzer keeps the input as a crash.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include <galley/galley.hpp>

#include "json_text.hpp"
#include "output_checker.hpp"

namespace galley::fuzz {

[[noreturn]] void violation(std::string_view property, std::string_view detail = {});

inline void require(bool holds, std::string_view property, std::string_view detail = {}) {
  if (!holds) violation(property, detail);
}

// What an entry point returns on success besides the HTML.
enum class SummaryExpected { produced, none };

// A render either succeeded, with HTML obeying `rules`, the summary as a JSON
// object (or none, for sanitize_html) and documented diagnostics, or failed
// with a structured error whose code is one of `expected_errors` (never
// internal_error) and nothing else in the result.
void check_result(const RenderResult& result, const OutputRules& rules,
                  std::initializer_list<std::string_view> expected_errors, std::size_t input_size,
                  SummaryExpected summary = SummaryExpected::produced);

std::string_view as_text(const unsigned char* data, std::size_t size);

}  // namespace galley::fuzz
