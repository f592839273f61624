// Renders every line of an NDJSON file of articles with galley::render and
// the given options, with callgrind's instruction counting on for the renders
// alone (reading the file and parsing the options are not counted). Prints
// the number of articles and of input bytes. Run under
//   valgrind --tool=callgrind --collect-atstart=no
// by check_instructions.sh; without valgrind the toggles do nothing.
//   galley_instruction_driver CORPUS.ndjson OPTIONS_JSON
#include <valgrind/callgrind.h>

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <galley/galley.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: galley_instruction_driver CORPUS.ndjson OPTIONS_JSON\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<std::string> articles;
  std::size_t input_bytes = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    input_bytes += line.size();
    articles.push_back(std::move(line));
  }
  galley::Error error;
  const std::optional<galley::Options> options = galley::Options::from_json(argv[2], &error);
  if (articles.empty() || !options) {
    std::fprintf(stderr, "no articles in %s, or invalid options: %s\n", argv[1], error.to_json().c_str());
    return 2;
  }

  std::size_t failures = 0;
  CALLGRIND_TOGGLE_COLLECT;
  for (const std::string& article : articles) {
    if (!galley::render(article, *options).ok()) ++failures;
  }
  CALLGRIND_TOGGLE_COLLECT;

  std::printf("articles %zu\ninput_bytes %zu\nfailures %zu\n", articles.size(), input_bytes, failures);
  return failures == 0 ? 0 : 1;
}
