#pragma once
// Inputs that stress the parsers, shared by the limits tests and the
// linearity measurement: md4c's pathological cases (the list in md4c's
// test/pathological_tests.py, regenerated here at any size) and article
// shapes whose render time should grow linearly with their size.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace galley::hardening {

std::string repeat(std::string_view unit, std::size_t count);

// Article JSON around a body.
std::string markdown_article(std::string_view markdown);
std::string html_article(std::string_view html);

// md4c expects flat output for most cases; the ones that nest deeper than
// Limits::max_nesting must be refused by Galley instead.
enum class Expect { renders, too_deep };

struct PathologicalCase {
  std::string_view name;                   // as md4c names it
  std::string (*markdown)(std::size_t n);  // n: the case's repetition count
  std::size_t md4c_n;                      // the count md4c tests with
  Expect expect;
};

const std::vector<PathologicalCase>& md4c_pathological_cases();

// An article whose size grows linearly with `scale` (about 64 KiB at scale 1).
struct Shape {
  std::string_view name;
  std::string (*article)(std::size_t scale);
};

const std::vector<Shape>& linear_shapes();

}  // namespace galley::hardening
