// Every limit of galley::Limits is a structured limit_exceeded error, reached
// quickly: oversized input is refused before it is parsed, deep nesting in
// JSON, Markdown and HTML stops at the configured depth, block counts and
// output size are bounded. Inputs just under the limits, md4c's pathological
// cases and very long lines and values render in time proportional to size.
#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <string>

#include <galley/galley.hpp>

#include "json_text.hpp"
#include "output_checker.hpp"
#include "stress_inputs.hpp"

using namespace galley;
using namespace galley::hardening;

namespace {

// Sanitizers and unoptimized builds are several times slower; the time
// bounds below are for optimized builds.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GALLEY_LIMITS_SLOW_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
#define GALLEY_LIMITS_SLOW_BUILD 1
#endif
#ifdef GALLEY_LIMITS_SLOW_BUILD
constexpr double kSlowdown = 10.0;
#else
constexpr double kSlowdown = 1.0;
#endif

struct Timed {
  RenderResult result;
  double seconds;
};

// CPU time of this process (the test renders on one thread): on a shared,
// busy machine wall-clock time also counts the time other processes ran,
// which made the linearity ratios fail at random.
template <typename Render>
Timed timed(Render&& render_call) {
  const std::clock_t start = std::clock();
  RenderResult result = render_call();
  const std::clock_t end = std::clock();
  return {std::move(result), static_cast<double>(end - start) / CLOCKS_PER_SEC};
}

Timed timed_render(const std::string& json, const Options& options = Options{}) {
  return timed([&] { return render(json, options); });
}

void require_limit(const Timed& t, std::string_view path_prefix, double max_seconds) {
  INFO("time " << t.seconds << " s");
  REQUIRE_FALSE(t.result.ok());
  INFO(t.result.error->to_json());
  CHECK(t.result.error->code == "limit_exceeded");
  CHECK_FALSE(t.result.error->message.empty());
  CHECK(t.result.error->path.compare(0, path_prefix.size(), path_prefix) == 0);
  CHECK(t.seconds < max_seconds * kSlowdown);
}

void require_renders(const Timed& t, double max_seconds, const Options& options = Options{}) {
  INFO("time " << t.seconds << " s");
  INFO((t.result.ok() ? std::string() : t.result.error->to_json()));
  REQUIRE(t.result.ok());
  CHECK(fuzz::check_html(t.result.html, fuzz::rules_for(options)) == "");
  CHECK(t.seconds < max_seconds * kSlowdown);
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++count;
  return count;
}

constexpr std::size_t kMiB = 1024 * 1024;

}  // namespace

TEST_CASE("input over max_input_bytes is refused before parsing", "[limits]") {
  // Malformed from its first byte: parsing it would report invalid_json.
  const std::string not_json = "}" + std::string(100 * kMiB, 'a');
  require_limit(timed_render(not_json), "", 0.05);
  require_limit(timed([&] { return render(not_json, std::string_view("{}")); }), "", 0.05);
  require_limit(timed([&] { return sanitize_html(not_json); }), "", 0.05);

  const std::string article = markdown_article(std::string(100 * kMiB, 'a'));
  require_limit(timed_render(article), "", 0.05);

  Options small;
  small.limits.max_input_bytes = 1000;
  const std::string just_fits = markdown_article(std::string(1000 - markdown_article("").size(), 'a'));
  REQUIRE(just_fits.size() == 1000);
  require_renders(timed_render(just_fits, small), 1.0, small);
  require_limit(timed_render(just_fits + " ", small), "", 0.05);
}

TEST_CASE("deep JSON nesting is refused", "[limits]") {
  const std::string deep_arrays = R"({"title":"t","body":"b","extra":)" + repeat("[", 100000) + repeat("]", 100000) + "}";
  require_limit(timed_render(deep_arrays), "", 0.5);
  const std::string deep_objects = R"({"title":"t","body":"b","extra":)" + repeat(R"({"a":)", 100000) + "1" + repeat("}", 100000) + "}";
  require_limit(timed_render(deep_objects), "", 0.5);
  const std::string deep_block = R"({"title":"t","blocks":[{"type":"paragraph","text":"x","extra":)" + repeat("[", 100000) + repeat("]", 100000) + "}]}";
  require_limit(timed_render(deep_block), "", 0.5);

  // max_json_depth counts the root object: 64 levels in all pass, 65 do not.
  const auto nested = [](std::size_t depth) {
    return R"({"title":"t","body":"b","extra":)" + repeat("[", depth - 1) + repeat("]", depth - 1) + "}";
  };
  const Timed at_limit = timed_render(nested(64));
  REQUIRE(at_limit.result.ok());
  require_limit(timed_render(nested(65)), "", 0.5);
}

TEST_CASE("deep Markdown nesting is refused", "[limits]") {
  require_limit(timed_render(markdown_article(repeat(">", 100000) + " a")), "/body", 1.0);
  require_limit(timed_render(markdown_article(repeat("> ", 100000) + "a")), "/body", 1.0);
  require_limit(timed_render(markdown_article(repeat("- ", 100000) + "a")), "/body", 1.0);
  require_limit(timed_render(markdown_article(repeat("1. ", 100000) + "a")), "/body", 1.0);
  require_limit(timed_render(markdown_article(repeat("*a **a ", 50000) + "b" + repeat(" a** a*", 50000))), "/body", 1.0);
  require_limit(timed_render(markdown_article(repeat("<div>", 100000))), "/body", 1.0);

  const std::string blocks = R"({"title":"t","blocks":[{"type":"markdown","markdown":)" +
                             fuzz::json_string(repeat("> ", 100000) + "a") + "}]}";
  require_limit(timed_render(blocks), "/blocks/0", 1.0);

  require_renders(timed_render(markdown_article(repeat("> ", 100) + "a")), 0.1);
}

TEST_CASE("deep HTML nesting is refused", "[limits]") {
  const std::string shapes[] = {
      repeat("<div>", 100000),
      repeat("<b>", 100000),
      repeat("<span>", 100000),
      repeat("<ul><li>", 50000),
      repeat("<table><tr><td>", 25000),
      repeat("<div>", 100000) + repeat("</div>", 100000),
  };
  for (const std::string& html : shapes) {
    INFO(html.substr(0, 30));
    require_limit(timed_render(html_article(html)), "/body", 1.0);
    require_limit(timed([&] { return sanitize_html(html); }), "", 1.0);
    const std::string block = R"({"title":"t","blocks":[{"type":"html","html":)" + fuzz::json_string(html) + "}]}";
    require_limit(timed_render(block), "/blocks/0", 1.0);
  }

  require_renders(timed_render(html_article(repeat("<div>", 200) + "x")), 0.1);
  Options deeper;
  deeper.limits.max_nesting = 400;
  require_renders(timed_render(html_article(repeat("<div>", 390) + "x"), deeper), 0.1, deeper);
  require_limit(timed_render(html_article(repeat("<div>", 401) + "x"), deeper), "/body", 0.1);
}

TEST_CASE("block count is limited", "[limits]") {
  const auto dividers = [](std::size_t count) {
    std::string blocks = repeat(R"({"type":"divider"},)", count);
    blocks.pop_back();
    return R"({"title":"t","blocks":[)" + blocks + "]}";
  };
  require_limit(timed_render(dividers(1000000)), "/blocks", 2.0);
  require_limit(timed_render(dividers(100001)), "/blocks", 1.0);

  const Timed at_limit = timed_render(dividers(100000));
  require_renders(at_limit, 2.0);
  CHECK(count_of(at_limit.result.html, "<hr>") == 100000);
}

TEST_CASE("md4c's pathological inputs render in linear time or hit the nesting limit", "[limits]") {
  for (const PathologicalCase& c : md4c_pathological_cases()) {
    const std::string markdown = c.markdown(c.md4c_n);
    INFO(c.name << " (" << markdown.size() << " bytes)");
    const Timed t = timed_render(markdown_article(markdown));
    if (c.expect == Expect::too_deep) {
      require_limit(t, "/body", 2.0);
    } else {
      require_renders(t, 2.0);
    }
  }
}

TEST_CASE("long lines and huge attribute values render", "[limits][slow]") {
  const std::string ten_mib(10 * kMiB, 'x');
  const std::string words = repeat("word ", 2 * kMiB);
  require_renders(timed_render(markdown_article(words)), 10.0);
  require_renders(timed_render(markdown_article(ten_mib)), 10.0);
  require_renders(timed_render(markdown_article("# " + words)), 10.0);
  require_renders(timed_render(markdown_article("    " + ten_mib)), 10.0);
  require_renders(timed_render(markdown_article("[link](/" + ten_mib + ")")), 10.0);
  require_renders(timed_render(html_article("<p>" + words + "</p>")), 10.0);

  const std::string values[] = {
      "<a href=\"/" + ten_mib + "\">x</a>",
      "<a href=\"/x\" title=\"" + ten_mib + "\">x</a>",
      "<img src=\"/i.png\" alt=\"" + ten_mib + "\">",
      "<img src=\"/i.png\" srcset=\"" + repeat("/i.png 1x, ", kMiB) + "\">",
      "<p data-x=\"" + ten_mib + "\" onclick=\"" + ten_mib + "\">x</p>",
  };
  for (const std::string& html : values) {
    INFO(html.substr(0, 40));
    require_renders(timed_render(html_article(html)), 10.0);
  }
  const Timed long_title = timed_render(R"({"title":)" + fuzz::json_string(words) + R"(,"body":"b"})");
  Options article_mode;
  article_mode.mode = Mode::document;
  require_renders(timed_render(R"({"title":)" + fuzz::json_string(words) + R"(,"body":"b"})", article_mode), 10.0, article_mode);
  require_renders(long_title, 10.0);
}

TEST_CASE("output never exceeds max_output_bytes", "[limits]") {
  const std::string article = markdown_article(repeat("Some *text* with a [link](https://example.com/). ", 2000));
  for (const Mode mode : {Mode::fragment, Mode::article, Mode::document}) {
    Options options;
    options.mode = mode;
    const RenderResult full = render(article, options);
    REQUIRE(full.ok());
    for (const std::size_t limit : {std::size_t{1}, std::size_t{100}, full.html.size() / 2, full.html.size() - 1}) {
      options.limits.max_output_bytes = limit;
      INFO("mode " << to_string(mode) << ", limit " << limit << " of " << full.html.size());
      require_limit(timed_render(article, options), "", 1.0);
    }
    options.limits.max_output_bytes = full.html.size();
    CHECK(render(article, options).ok());
  }
}

TEST_CASE("render time grows linearly with input size", "[limits][slow]") {
  // Quadratic work shows as a sixfold rise of time per byte between the two
  // sizes; noise and caches stay well under the bound.
  for (const Shape& shape : linear_shapes()) {
    const std::string small = shape.article(2);
    const std::string large = shape.article(12);
    const auto best_of_three = [](const std::string& json) {
      double best = 1e9;
      for (int i = 0; i < 3; ++i) {
        const Timed t = timed_render(json);
        REQUIRE((t.result.ok() || t.result.error->code == "limit_exceeded"));
        best = std::min(best, t.seconds);
      }
      return best;
    };
    const double per_byte_small = best_of_three(small) / static_cast<double>(small.size());
    const double per_byte_large = best_of_three(large) / static_cast<double>(large.size());
    INFO(shape.name << ": " << per_byte_small * 1e9 << " ns/byte at " << small.size() << " bytes, "
                    << per_byte_large * 1e9 << " ns/byte at " << large.size() << " bytes");
    CHECK(per_byte_large < 3.5 * per_byte_small);
  }
}
