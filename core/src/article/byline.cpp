#include "article/byline.hpp"

#include "text/ascii.hpp"

namespace galley::article {
namespace {

std::string_view conjunction(std::string_view lang) {
  const std::string_view primary = lang.substr(0, lang.find('-'));
  struct Entry {
    std::string_view lang, word;
  };
  static constexpr Entry kWords[] = {
      {"en", " and "}, {"fr", " et "}, {"de", " und "}, {"es", " y "}, {"it", " e "}, {"pt", " e "},
      {"nl", " en "},  {"ru", " и "},  {"uk", " і "},   {"pl", " i "}, {"sv", " och "}, {"tr", " ve "},
      {"ar", " و"},    {"ja", "、"},   {"zh", "、"},    {"ko", ", "},
  };
  for (const Entry& e : kWords) {
    if (text::ascii::equals_ignoring_case(primary, e.lang)) {
      return e.word;
    }
  }
  return primary.empty() ? std::string_view(" and ") : std::string_view(", ");
}

}  // namespace

std::string_view author_separator(std::size_t index, std::size_t count, std::string_view lang) {
  if (index == 0) return {};
  return index + 1 == count ? conjunction(lang) : std::string_view(", ");
}

std::string join_author_names(const std::vector<Author>& authors, std::string_view lang) {
  std::string out;
  for (std::size_t i = 0; i < authors.size(); ++i) {
    out += author_separator(i, authors.size(), lang);
    out += authors[i].name;
  }
  return out;
}

}  // namespace galley::article
