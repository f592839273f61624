// Renders an article through the installed package and checks the result.

#include <cstdio>
#include <string>

#include <galley/galley.hpp>

namespace {

int check(bool ok, const char* what) {
  if (!ok) std::fprintf(stderr, "FAILED: %s\n", what);
  return ok ? 0 : 1;
}

}  // namespace

int main() {
  const char* article =
      R"({"title":"Installed","body":{"format":"markdown","content":"It *works*.<script>x()</script>"}})";
  const galley::RenderResult result = galley::render(article);
  int failures = check(result.ok(), "render succeeds");
  failures += check(result.html.find("<em>works</em>") != std::string::npos, "markdown is rendered");
  failures += check(result.html.find("<script") == std::string::npos, "the script is removed");
  failures += check(!result.diagnostics.empty(), "the removal is diagnosed");
  failures += check(std::string(galley::version()) == EXPECTED_VERSION, "version matches the package");

  galley::Error error;
  failures += check(!galley::Options::from_json(R"({"no_such_option":1})", &error), "unknown option rejected");
  failures += check(error.code == "invalid_options", "invalid_options error code");

  std::printf("consumer: %s\n", failures == 0 ? "ok" : "failed");
  return failures == 0 ? 0 : 1;
}
