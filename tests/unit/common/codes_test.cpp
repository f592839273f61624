// The code catalogue (common/codes.hpp) is the one list of codes: every code in
// it is documented, index.d.ts names exactly its codes, and no name repeats.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "common/codes.hpp"
#include "test_files.hpp"

namespace {

using galley::common::Code;
namespace codes = galley::common::codes;

std::string source_file(const std::string& relative) {
  return galley::test::read_file(std::string(GALLEY_SOURCE_DIR) + "/" + relative);
}

// The quoted names of `export type NAME = 'a' | 'b' …;` in index.d.ts.
std::set<std::string> union_members(const std::string& dts, const std::string& name) {
  const std::regex declaration("export type " + name + " = ([^;]*);");
  std::smatch match;
  REQUIRE(std::regex_search(dts, match, declaration));
  std::set<std::string> members;
  const std::string body = match[1];
  const std::regex quoted("'([a-z_0-9]+)'");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), quoted); it != std::sregex_iterator(); ++it) {
    members.insert((*it)[1]);
  }
  return members;
}

template <std::size_t N>
std::set<std::string> names(const Code (&list)[N]) {
  std::set<std::string> out;
  for (const Code& code : list) out.insert(std::string(code.name));
  return out;
}

}  // namespace

TEST_CASE("every code has a snake_case name and appears once", "[codes]") {
  std::set<std::string> seen;
  const auto check = [&](const Code& code) {
    CAPTURE(code.name);
    CHECK(std::regex_match(std::string(code.name), std::regex("[a-z]+(_[a-z0-9]+)+")));
    CHECK(seen.insert(std::string(code.name)).second);
  };
  for (const Code& code : codes::kErrors) check(code);
  for (const Code& code : codes::kWarnings) check(code);
}

TEST_CASE("every code is documented in a code table of docs/", "[codes]") {
  const std::string docs =
      source_file("docs/article-json.md") + source_file("docs/sanitizer.md") + source_file("docs/summary.md");
  const auto documented = [&](const Code& code) {
    // A table row that starts with the code, or lists it with others.
    const std::string quoted = "`" + std::string(code.name) + "`";
    return docs.find("| " + quoted + " |") != std::string::npos || docs.find("| " + quoted + ",") != std::string::npos ||
           docs.find(", " + quoted) != std::string::npos;
  };
  for (const Code& code : codes::kErrors) {
    CAPTURE(code.name);
    CHECK(documented(code));
  }
  for (const Code& code : codes::kWarnings) {
    CAPTURE(code.name);
    CHECK(documented(code));
  }
  CHECK_FALSE(documented(Code{"no_such_code"}));
}

TEST_CASE("index.d.ts names exactly the catalogue's codes", "[codes]") {
  const std::string dts = source_file("bindings/js/index.d.ts");
  CHECK(union_members(dts, "DiagnosticCode") == names(codes::kWarnings));
  // Summary::from_json is C++ only: a JavaScript caller never meets invalid_summary.
  std::set<std::string> errors = names(codes::kErrors);
  errors.erase(std::string(codes::invalid_summary.name));
  // The JavaScript wrapper's own: the browser build has no CommonMark reference renderer.
  errors.insert("unsupported");
  CHECK(union_members(dts, "ErrorCode") == errors);
}
