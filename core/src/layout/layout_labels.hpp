#pragma once
// The few words the article template prints itself ("By", "Updated",
// "About …"), per language, and how dates are shown.

#include <string>
#include <string_view>

namespace galley::layout {

struct LayoutLabels {
  std::string_view by;          // before the author names
  std::string_view updated;     // before the update time
  std::string_view about;       // author box heading: about + name + about_suffix
  std::string_view about_suffix;
  std::string_view breadcrumb;  // aria-label of the breadcrumb nav
  std::string_view tags;        // aria-label of the tag list
};

const LayoutLabels& labels_for(std::string_view lang);

// A human-readable date for an ISO 8601 value ("27 November 2026" in English,
// "2026年11月27日" in Japanese and Chinese, the ISO date otherwise).
std::string display_date(std::string_view iso, std::string_view lang);

}  // namespace galley::layout
