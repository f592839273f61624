// Runs every example of the CommonMark spec (md4c's copy of spec.txt)
// through render_commonmark_reference_html and compares with the expected HTML exactly.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/commonmark_reference_renderer.hpp"

namespace {

struct Example {
  int number = 0;
  int line = 0;
  std::string section;
  std::string markdown;
  std::string html;
};

constexpr std::string_view fence = "````````````````````````````````";
constexpr std::string_view tab_marker = "\xE2\x86\x92";  // '→' stands for a tab

std::string with_tabs(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t pos = 0; pos < line.size();) {
    if (line.compare(pos, tab_marker.size(), tab_marker) == 0) {
      out.push_back('\t');
      pos += tab_marker.size();
    } else {
      out.push_back(line[pos++]);
    }
  }
  return out;
}

std::vector<Example> read_examples(std::istream& in) {
  enum class State { prose, markdown, html } state = State::prose;
  std::vector<Example> examples;
  std::string section;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const std::string_view view(line);
    switch (state) {
      case State::prose:
        if (view.size() == fence.size() + 8 && view.substr(0, fence.size()) == fence &&
            view.substr(fence.size()) == " example") {
          examples.push_back({static_cast<int>(examples.size()) + 1, line_number, section, {}, {}});
          state = State::markdown;
        } else if (!view.empty() && view.front() == '#') {
          const std::size_t text = view.find_first_not_of('#');
          if (text != std::string_view::npos && view[text] == ' ') section = line.substr(text + 1);
        }
        break;
      case State::markdown:
        if (view == ".") {
          state = State::html;
        } else {
          examples.back().markdown += with_tabs(view) + '\n';
        }
        break;
      case State::html:
        if (view == fence) {
          state = State::prose;
        } else {
          examples.back().html += with_tabs(view) + '\n';
        }
        break;
    }
  }
  return examples;
}

}  // namespace

int main() {
  const std::string path = std::string(GALLEY_MD4C_DIR) + "/test/spec.txt";
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::cout << "commonmark spec: " << path << " not found, skipped\n";
    return 77;
  }
  const std::vector<Example> examples = read_examples(file);
  if (examples.empty()) {
    std::cout << "commonmark spec: no examples found in " << path << "\n";
    return 1;
  }

  int passed = 0;
  int failed = 0;
  for (const Example& example : examples) {
    const std::string actual = galley::markdown::render_commonmark_reference_html(example.markdown);
    if (actual == example.html) {
      ++passed;
      continue;
    }
    ++failed;
    std::cout << "FAIL example " << example.number << " (" << example.section << ", spec.txt line "
              << example.line << ")\n--- markdown\n" << example.markdown << "--- expected\n"
              << example.html << "--- actual\n" << actual << "---\n\n";
  }
  std::cout << "commonmark spec: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
