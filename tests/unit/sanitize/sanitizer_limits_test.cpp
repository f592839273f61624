// Limits and what the sanitizer records: nesting and output limits, visible text,
// and every input word accounted for.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

// ---- limits ---------------------------------------------------------------------

TEST_CASE("nesting beyond limits.max_nesting is an error", "[sanitizer]") {
  Options options;
  options.limits.max_nesting = 10;
  std::string deep;
  for (int i = 0; i < 11; ++i) deep += "<span>";
  Run run(options);
  run.sanitizer.set_source("/blocks/2/html");
  run.sanitizer.raw_html(deep + "<b>after</b>", 0);
  REQUIRE(run.failure.failed());
  CHECK(run.failure.failure()->code == "limit_exceeded");
  CHECK(run.failure.failure()->path == "/blocks/2/html");
  // The tokens after the failure are not handled, and later calls are ignored.
  CHECK(run.out.find("after") == std::string::npos);
  CHECK(run.sanitizer.depth() == 11);
  run.sanitizer.open("p");
  run.sanitizer.text("later");
  run.sanitizer.finish();
  CHECK(run.out.find("later") == std::string::npos);
  CHECK(run.sanitizer.depth() == 11);

  std::string ok;
  for (int i = 0; i < 10; ++i) ok += "<span>";
  Run within(options);
  within.html(ok);
  CHECK_FALSE(within.failure.failed());
  // Removed content counts too.
  std::string dropped = "<template>";
  for (int i = 0; i < 20; ++i) dropped += "<div>";
  Run removed(options);
  removed.html(dropped);
  CHECK(removed.failure.failed());
}

TEST_CASE("output beyond limits.max_output_bytes is an error", "[sanitizer]") {
  Options options;
  options.limits.max_output_bytes = 64;
  Run over(options);
  over.html(std::string(100, 'x'));
  REQUIRE(over.failure.failed());
  CHECK(over.failure.failure()->code == "limit_exceeded");
  CHECK(over.out.size() <= 64);
  Run within(options);
  CHECK(within.html(std::string(60, 'x')) == std::string(60, 'x'));
  CHECK_FALSE(within.failure.failed());
}

// ---- visible text -----------------------------------------------------------------

TEST_CASE("visible text marks block boundaries", "[sanitizer]") {
  Run run;
  run.html("<h2>Title</h2><p>First  para\ngraph.</p><p>Second <b>one</b>.</p><ul><li>a</li><li>b</li></ul>"
           "line<br>break<table><tr><td>c1</td><td>c2</td></tr></table><script>hidden()</script>"
           "<pre>  keep\n  this</pre>tail");
  CHECK(run.body.text ==
        "Title\n\nFirst para graph.\n\nSecond one.\n\na\nb\n\nline\nbreak\n\nc1\nc2\n\n  keep\n  this\n\ntail");
}

// ---- nothing silently lost ---------------------------------------------------

TEST_CASE("every input word ends up in the output or a diagnostic", "[sanitizer]") {
  // Content words are capitalised; markup words are not.
  const char* inputs[] = {
      "<p>Alpha <script>Bravo</script> Charlie</p>",
      "<table>Delta<tr><td>Echo</td>Foxtrot</tr></table>",
      "<svg><desc>Golf</desc></svg>Hotel<style>India</style>",
      "<!-- Juliet --><div onclick=\"Kilo\">Lima</div>",
      "<a href=\"javascript:Mike\">November</a><img src=x alt=Oscar>",
      "<select><option>Papa</option></select><textarea>Quebec</textarea> Romeo <unknown>Sierra</unknown>",
      "<math><mi>Tango</mi></math><template>Uniform</template><b>Victor <img src=x title=Whiskey",
      "<table><tr><td>Xray<tr>Yankee</table><title>Zulu</title>",
  };
  for (const char* input : inputs) {
    INFO(input);
    Run run;
    run.html(input);
    std::string everything = run.out;
    for (const auto& d : run.diagnostics.items()) everything += " " + d.removed;
    std::string word;
    for (const char* p = input;; ++p) {
      const bool letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
      if (letter) {
        word += *p;
        continue;
      }
      if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
        INFO(word);
        CHECK(everything.find(word) != std::string::npos);
      }
      word.clear();
      if (*p == '\0') break;
    }
  }
}
