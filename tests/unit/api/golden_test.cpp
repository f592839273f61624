// Golden files: every sample article in demo/articles/, rendered in each mode,
// must match tests/golden/ byte for byte. After an intended change, regenerate
// with GALLEY_UPDATE_GOLDEN=1 and review the diff.
#include <catch2/catch.hpp>

#include "test_files.hpp"

#include <galley/galley.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using galley::test::read_file;

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<fs::path> sample_articles() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(fs::path(GALLEY_SOURCE_DIR) / "demo" / "articles")) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

void check_golden(const fs::path& golden, const std::string& actual) {
  const char* update = std::getenv("GALLEY_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(golden, actual);
    return;
  }
  INFO("golden file " << golden.string() << " (regenerate with GALLEY_UPDATE_GOLDEN=1)");
  REQUIRE(fs::exists(golden));
  CHECK(read_file(golden) == actual);
}

}  // namespace

TEST_CASE("sample articles match their golden files", "[golden]") {
  const fs::path golden_dir = fs::path(GALLEY_SOURCE_DIR) / "tests" / "golden";
  const auto articles = sample_articles();
  REQUIRE(articles.size() >= 4);
  for (const fs::path& article : articles) {
    const std::string name = article.stem().string();
    const std::string json = read_file(article);
    for (const galley::Mode mode : {galley::Mode::fragment, galley::Mode::article, galley::Mode::document}) {
      galley::Options options;
      options.mode = mode;
      const galley::RenderResult r = galley::render(json, options);
      INFO(name << " in " << galley::to_string(mode) << " mode");
      REQUIRE(r.ok());
      check_golden(golden_dir / (name + "." + std::string(galley::to_string(mode)) + ".html"), r.html);
      if (mode == galley::Mode::article) {
        // Pretty-printed so that reviews of golden changes are readable.
        check_golden(golden_dir / (name + ".result.json"), r.to_json(2) + "\n");
      }
    }
  }
}
