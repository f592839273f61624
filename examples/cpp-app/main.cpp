// article-card: renders an article JSON file into an article-mode HTML file
// and prints a short card from the typed summary: no JSON library needed.
//   article-card ARTICLE.json OUT.html

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <galley/galley.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: article-card ARTICLE.json OUT.html\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 1;
  }
  const std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  galley::Options options;
  options.mode = galley::Mode::article;
  const galley::RenderResult result = galley::render(article, options);
  if (!result.ok()) {
    std::cerr << result.error->to_json() << '\n';  // {"code","message","path",...}
    return 1;
  }
  std::ofstream(argv[2], std::ios::binary) << result.html;

  const galley::Summary summary = *result.summary();
  std::cout << summary.title << '\n';
  if (summary.byline) std::cout << "by " << *summary.byline << '\n';
  std::cout << summary.word_count << " words, " << summary.reading_time.minutes << " min "
            << summary.reading_time.seconds << " s to read\n";
  std::cout << "excerpt: " << summary.excerpt << '\n';
  for (const galley::OutlineEntry& heading : summary.outline) std::cout << "section: " << heading.text << '\n';
  std::cout << "keywords:";
  for (const galley::Keyword& keyword : summary.keywords) std::cout << ' ' << keyword.term;
  std::cout << '\n';
  for (const galley::Entity& entity : summary.entities) {
    std::cout << entity.kind << ": " << entity.text << " (" << entity.count << ")\n";
  }
  std::cout << result.diagnostics.size() << " sanitizer diagnostics\n";
  return 0;
}
