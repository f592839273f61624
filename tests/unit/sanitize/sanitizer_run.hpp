#pragma once
// One render's worth of sanitizer state, shared by the sanitizer's tests.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <galley/options.hpp>
#include <galley/result.hpp>

#include "common/diagnostics.hpp"
#include "common/first_failure.hpp"
#include "sanitize/body_content.hpp"
#include "sanitize/sanitizer.hpp"
#include "serialize/html_writer.hpp"

namespace sanitizer_test {

using galley::Options;
using galley::Policy;

// One render's worth of sanitizer state.
struct Run {
  explicit Run(Options opts = Options{})
      : options(std::move(opts)),
        writer(out, options.limits.max_output_bytes, failure),
        sanitizer(options, writer, diagnostics, body, failure) {
    sanitizer.set_source("/body");
  }

  std::string html(std::string_view markup) {
    sanitizer.raw_html(markup, 0);
    sanitizer.finish();
    return out;
  }

  std::size_t count(std::string_view code) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics.items()) n += d.code == code ? 1u : 0u;
    return n;
  }

  const galley::Diagnostic* find(std::string_view code) const {
    for (const auto& d : diagnostics.items()) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }

  Options options;
  std::string out;
  galley::common::FirstFailure failure;
  galley::serialize::HtmlWriter writer;
  galley::common::Diagnostics diagnostics;
  galley::sanitize::BodyContent body;
  galley::sanitize::Sanitizer sanitizer;
};

inline std::string clean(std::string_view markup, const Options& options = Options{}) { return Run(options).html(markup); }

inline Options with_policy(Policy policy) {
  Options options;
  options.policy = std::move(policy);
  return options;
}

}  // namespace sanitizer_test
