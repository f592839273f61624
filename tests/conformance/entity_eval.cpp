// Measures entity recognition against the hand-annotated articles in
// tests/data/entities: precision, recall and F1 per kind and overall, both
// for canonical text + kind and for text alone, and separately for the
// "holdout_" articles. Articles may also list keywords that must (or must
// not) be among their top ten. Prints Markdown tables and fails when a score
// drops below a floor given on the command line (a regression guard).
//
//   entity_eval [--verbose] [--floor NAME=VALUE]... [data-dir]
//
// NAME is a kind (person, organization, place, other), typed, untyped or
// keywords. A file name starting with "fr_" or "de_" is French or German;
// the others are English.

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

#include "analysis/analyzed_text.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

namespace {

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

std::string language_of(const std::filesystem::path& article) {
  const std::string name = article.filename().string();
  for (const char* lang : {"fr", "de"}) {
    if (name.rfind(std::string(lang) + "_", 0) == 0) return lang;
  }
  return "en";
}

// Keyword expectations: how many held, and the failures when verbose.
struct KeywordCheck {
  std::size_t expected = 0;
  std::size_t met = 0;
};

void check_keywords(const std::filesystem::path& file, const galley::analysis::AnalyzedText& analyzed,
                    bool verbose, KeywordCheck& check) {
  if (!std::filesystem::exists(file)) return;
  const nlohmann::json spec = nlohmann::json::parse(read(file));
  std::set<std::string> top;
  for (const auto& k : galley::analysis::keywords(analyzed, 10)) top.insert(canonical(k.term));
  for (const char* field : {"present", "absent"}) {
    const bool want = std::string(field) == "present";
    for (const auto& item : spec.value(field, nlohmann::json::array())) {
      const std::string term = canonical(item.get<std::string>());
      ++check.expected;
      if ((top.count(term) > 0) == want) {
        ++check.met;
      } else if (verbose) {
        std::printf("%s: keyword %s %s\n", file.filename().string().c_str(), term.c_str(),
                    want ? "missing" : "present");
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::map<std::string, double> floors;
  std::filesystem::path dir = std::filesystem::path(GALLEY_SOURCE_DIR) / "tests" / "data" / "entities";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--floor" && i + 1 < argc) {
      const std::string spec = argv[++i];
      const std::size_t eq = spec.find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "--floor takes NAME=VALUE, not %s\n", spec.c_str());
        return 2;
      }
      floors[spec.substr(0, eq)] = std::stod(spec.substr(eq + 1));
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
  KeywordCheck keyword_check;
  for (const auto& path : articles) {
    const bool holdout = path.filename().string().rfind("holdout_", 0) == 0;
    Counts& set = by_set[holdout ? "held-out articles" : "development articles"];
    const std::string stem = path.stem().string();
    const nlohmann::json gold_json = nlohmann::json::parse(read(path.parent_path() / (stem + ".entities.json")));
    std::set<std::pair<std::string, std::string>> gold;
    std::set<std::string> gold_text;
    for (const auto& item : gold_json) {
      const std::string text = canonical(item.at("text").get<std::string>());
      const std::string kind = item.at("kind").get<std::string>();
      gold.emplace(text, kind);
      gold_text.insert(text);
    }
    const std::string article = read(path);
    const galley::analysis::AnalyzedText analyzed = galley::analysis::analyze_text(article, language_of(path));
    std::set<std::pair<std::string, std::string>> predicted;
    std::set<std::string> predicted_text;
    for (const auto& e : galley::analysis::entities(analyzed)) {
      predicted.emplace(canonical(e.text), e.kind);
      predicted_text.insert(canonical(e.text));
    }
    check_keywords(path.parent_path() / (stem + ".keywords.json"), analyzed, verbose, keyword_check);
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
  print_row("**typed** (text + kind)", overall);
  print_row("untyped (text only)", text_only);
  std::printf("\n| articles (text + kind) | gold | predicted | correct | precision | recall | F1 |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const auto& [name, counts] : by_set) print_row(name.c_str(), counts);
  const double keyword_rate = keyword_check.expected == 0
                                  ? 1.0
                                  : static_cast<double>(keyword_check.met) / static_cast<double>(keyword_check.expected);
  std::printf("\nKeyword expectations met: %zu of %zu (%.3f)\n", keyword_check.met, keyword_check.expected,
              keyword_rate);

  std::map<std::string, double> scores{{"typed", overall.f1()}, {"untyped", text_only.f1()}, {"keywords", keyword_rate}};
  for (const char* kind : kKinds) scores[kind] = by_kind[kind].f1();
  int status = 0;
  for (const auto& [name, floor] : floors) {
    const auto score = scores.find(name);
    if (score == scores.end()) {
      std::fprintf(stderr, "unknown floor %s\n", name.c_str());
      status = 2;
    } else if (score->second < floor) {
      std::fprintf(stderr, "%s %.3f is below the floor %.3f\n", name.c_str(), score->second, floor);
      status = 1;
    }
  }
  return status;
}
