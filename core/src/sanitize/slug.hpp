#pragma once
// Heading ids: a deterministic slug of the heading text, made unique within
// one render.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace galley::sanitize {

// Lowercase ASCII letters and digits are kept; other letters (lowercased when
// they have a lowercase form), combining marks and digits are kept as UTF-8;
// every run of anything else becomes one '-', and leading/trailing '-' are
// trimmed. An empty result becomes "section".
std::string slugify(std::string_view text);

class SlugRegistry {
 public:
  // `id` itself when unused, else `id`-2, `id`-3, … (the first one unused).
  std::string unique(std::string id);

 private:
  std::unordered_set<std::string> used_;
  // Next suffix to try per id, so that many equal headings stay linear.
  std::unordered_map<std::string, std::size_t> next_suffix_;
};

}  // namespace galley::sanitize
