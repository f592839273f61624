#include "analysis/text_lines.hpp"

#include <algorithm>

#include "analysis/code_points.hpp"

namespace galley::analysis {
namespace {

enum class WordShape { number, capitalised, lowercase, other };

// A word's shape from its letters and digits; brackets, quotes and commas
// around it do not count ("(Britain),", "12").
WordShape shape_of(std::string_view word) {
  bool digits = false;
  bool letters = false;
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar d = decode_utf8(word, i);
    if (is_digit(d.cp)) {
      digits = true;
    } else if (is_letter(d.cp)) {
      if (!letters && !digits) {
        if (is_upper(d.cp)) return WordShape::capitalised;
        if (is_lower(d.cp)) return WordShape::lowercase;
        return WordShape::other;
      }
      letters = true;
    }
    i += d.length;
  }
  return digits && !letters ? WordShape::number : WordShape::other;
}

LineShape shape_line(std::string_view line) {
  bool upper = false;
  bool lower = false;
  // Prose has both cases within its first word or two: stop there.
  for (std::size_t i = 0; i < line.size() && !(upper && lower);) {
    const DecodedChar d = decode_utf8(line, i);
    upper = upper || is_upper(d.cp);
    lower = lower || is_lower(d.cp);
    i += d.length;
  }
  std::size_t numbers = 0;
  std::size_t names = 0;
  bool prose = false;
  WordShape first = WordShape::other;
  WordShape last = WordShape::other;
  for (std::size_t start = 0; start < line.size();) {
    std::size_t end = line.find_first_of(" \t", start);
    if (end == std::string_view::npos) end = line.size();
    const WordShape word = shape_of(line.substr(start, end - start));
    switch (word) {
      case WordShape::number: ++numbers; break;
      case WordShape::capitalised: ++names; break;
      case WordShape::lowercase: prose = true; break;
      case WordShape::other: break;
    }
    if (prose) break;  // no table row, whatever follows
    if (end > start) {
      if (names + numbers == 1 && word != WordShape::other) first = word;
      last = word;
    }
    start = end + 1;
  }
  LineShape shape;
  shape.capitals_only = upper && !lower;
  // A row starts or ends with a number ("66 Greg Norman", "Celtic 2 Aberdeen
  // 0"); a headline with a number inside ("JOHNSON RUNS 200 IN ZURICH.") is none.
  shape.table_row = numbers > 0 && names > 0 && !prose && (first == WordShape::number || last == WordShape::number);
  return shape;
}

}  // namespace

TextLines::TextLines(std::string_view text) {
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    starts_.push_back(start);
    shapes_.push_back(shape_line(text.substr(start, end - start)));
    start = end + 1;
  }
}

LineShape TextLines::at(std::size_t offset) const {
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return shapes_[static_cast<std::size_t>(after - starts_.begin()) - 1];
}

LineShape TextLines::at(std::size_t offset, std::size_t& line) const {
  while (line + 1 < starts_.size() && starts_[line + 1] <= offset) ++line;
  return shapes_[line];
}

bool is_score(std::string_view token) {
  const std::size_t mark = token.find_first_of("-:");
  if (mark == std::string_view::npos || mark == 0 || mark > 3 || token.size() - mark - 1 > 3 ||
      token.size() == mark + 1) {
    return false;
  }
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (i != mark && (token[i] < '0' || token[i] > '9')) return false;
  }
  return true;
}

}  // namespace galley::analysis
