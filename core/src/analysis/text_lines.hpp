#pragma once
// How each line of a text is written, which decides how its capitals are
// read: a line in capitals only (a headline, a table header such as "W L T
// GF GA PTS") says nothing about which words are names, while in a line of
// capitalised words and numbers only (a results table: "Celtic 2 Aberdeen 0")
// every word is a cell of a name. One pass over the text; lookups bisect.

#include <cstddef>
#include <string_view>
#include <vector>

namespace galley::analysis {

struct LineShape {
  bool capitals_only = false;  // letters, none of them lowercase
  bool table_row = false;      // capitalised words and numbers, at least one of each
};

class TextLines {
 public:
  explicit TextLines(std::string_view text);

  // The shape of the line holding byte `offset`.
  LineShape at(std::size_t offset) const;
  // The same for offsets asked in ascending order: `line` starts at 0 and
  // follows them, so a whole text's tokens cost one pass, not a bisection each.
  LineShape at(std::size_t offset, std::size_t& line) const;

 private:
  std::vector<std::size_t> starts_;  // byte offset of every line, ascending
  std::vector<LineShape> shapes_;
};

// "2-1", "33-26", "6:4": two numbers of at most three digits around one
// hyphen or colon (a year range or a date has more digits or parts).
bool is_score(std::string_view token);

}  // namespace galley::analysis
