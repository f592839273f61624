// Measures entity recognition against the hand-annotated articles in
// tests/data/entities: precision, recall and F1 per kind and overall, both
// for canonical text + kind and for text alone, and separately for the
// articles the rules were developed on and the "holdout_" ones. Prints a Markdown table and
// fails when overall F1 drops below the floor (a regression guard).
//
//   entity_eval [--verbose] [data-dir]

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

namespace {

// Just under the measured overall F1 (text + kind); see docs/text-analysis.md.
constexpr double kMinimumF1 = 0.86;

constexpr std::array<const char*, 4> kKinds{"person", "organization", "place", "other"};

struct Counts {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;

  double precision() const { return predicted == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(predicted); }
  double recall() const { return gold == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(gold); }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
  }
};

// Case and spacing do not matter ("BAKU" in a dateline is Baku).
std::string canonical(const std::string& text) {
  std::string out;
  for (char c : galley::analysis::normalize_word(text)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void print_row(const char* label, const Counts& c) {
  std::printf("| %s | %zu | %zu | %zu | %.3f | %.3f | %.3f |\n", label, c.gold, c.predicted, c.correct,
              c.precision(), c.recall(), c.f1());
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::filesystem::path dir = std::filesystem::path(GALLEY_SOURCE_DIR) / "tests" / "data" / "entities";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
    } else {
      dir = arg;
    }
  }
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr, "no annotated articles at %s\n", dir.string().c_str());
    return 77;
  }
  std::vector<std::filesystem::path> articles;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  }
  std::sort(articles.begin(), articles.end());
  if (articles.empty()) return 77;

  std::map<std::string, Counts> by_kind;
  Counts overall;
  Counts text_only;
  std::map<std::string, Counts> by_set;
  for (const auto& path : articles) {
    const bool holdout = path.filename().string().rfind("holdout_", 0) == 0;
    Counts& set = by_set[holdout ? "held-out articles" : "development articles"];
    std::filesystem::path annotation = path;
    annotation.replace_extension(".entities.json");
    const nlohmann::json gold_json = nlohmann::json::parse(read(annotation));
    std::set<std::pair<std::string, std::string>> gold;
    std::set<std::string> gold_text;
    for (const auto& item : gold_json) {
      const std::string text = canonical(item.at("text").get<std::string>());
      const std::string kind = item.at("kind").get<std::string>();
      gold.emplace(text, kind);
      gold_text.insert(text);
    }
    std::set<std::pair<std::string, std::string>> predicted;
    std::set<std::string> predicted_text;
    for (const auto& e : galley::analysis::entities(read(path), "en")) {
      predicted.emplace(canonical(e.text), e.kind);
      predicted_text.insert(canonical(e.text));
    }
    for (const auto& [text, kind] : gold) {
      ++by_kind[kind].gold;
      ++overall.gold;
      ++set.gold;
      if (predicted.count({text, kind}) > 0) {
        ++by_kind[kind].correct;
        ++overall.correct;
        ++set.correct;
      } else if (verbose) {
        std::printf("%s: missed %s (%s)\n", path.filename().string().c_str(), text.c_str(), kind.c_str());
      }
    }
    for (const auto& [text, kind] : predicted) {
      ++by_kind[kind].predicted;
      ++overall.predicted;
      ++set.predicted;
      if (verbose && gold.count({text, kind}) == 0) {
        std::printf("%s: spurious %s (%s)\n", path.filename().string().c_str(), text.c_str(), kind.c_str());
      }
    }
    text_only.gold += gold_text.size();
    text_only.predicted += predicted_text.size();
    for (const std::string& text : predicted_text) text_only.correct += gold_text.count(text);
  }

  std::printf("Entity recognition on %zu annotated articles\n\n", articles.size());
  std::printf("| kind | gold | predicted | correct | precision | recall | F1 |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const char* kind : kKinds) print_row(kind, by_kind[kind]);
  print_row("**overall** (text + kind)", overall);
  print_row("text only", text_only);
  std::printf("\n| articles (text + kind) | gold | predicted | correct | precision | recall | F1 |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const auto& [name, counts] : by_set) print_row(name.c_str(), counts);
  if (overall.f1() < kMinimumF1) {
    std::fprintf(stderr, "overall F1 %.3f is below the floor %.3f\n", overall.f1(), kMinimumF1);
    return 1;
  }
  return 0;
}
