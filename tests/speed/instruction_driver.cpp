// Renders every article of a corpus with galley::render and the given
// options, with callgrind's instruction counting on for the renders alone
// (reading the corpus and parsing the options are not counted). Prints the
// number of articles and of input bytes. Run under
//   valgrind --tool=callgrind --collect-atstart=no
// by check_instructions.sh; without valgrind the toggles do nothing.
//   galley_instruction_driver CORPUS OPTIONS_JSON
// CORPUS is an NDJSON file of articles, or a folder of texts (*.txt, the
// first line a headline, then paragraphs), each made into one article.
#include <valgrind/callgrind.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <galley/galley.hpp>

#include "json/write_json.hpp"
#include "../unit/test_files.hpp"

namespace {

std::vector<std::string> ndjson_articles(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> articles;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) articles.push_back(std::move(line));
  }
  return articles;
}

// {"id", "title", "body"}: the text's first line and the rest.
std::vector<std::string> text_articles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> articles;
  for (const auto& file : files) {
    const std::string text = galley::test::read_file(file);
    const std::size_t headline_end = std::min(text.find('\n'), text.size());
    std::string article;
    galley::json::Writer(article)
        .begin_object()
        .key("id").string(file.stem().string())
        .key("title").string(std::string_view(text).substr(0, headline_end))
        .key("body").string(std::string_view(text).substr(headline_end))
        .end_object();
    articles.push_back(std::move(article));
  }
  return articles;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: galley_instruction_driver CORPUS.ndjson|TEXT_FOLDER OPTIONS_JSON\n");
    return 2;
  }
  const std::vector<std::string> articles =
      std::filesystem::is_directory(argv[1]) ? text_articles(argv[1]) : ndjson_articles(argv[1]);
  std::size_t input_bytes = 0;
  for (const std::string& article : articles) input_bytes += article.size();
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
