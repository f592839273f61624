#include "layout/layout_labels.hpp"

#include "text/ascii.hpp"

namespace galley::layout {
namespace {

using text::ascii::equals_ignoring_case;

struct LabelsEntry {
  std::string_view lang;
  LayoutLabels labels;
};

constexpr LabelsEntry kLabels[] = {
    {"en", {"By ", "Updated ", "About ", "", "Breadcrumb", "Tags"}},
    {"fr", {"Par ", "Mis à jour le ", "À propos de ", "", "Fil d’Ariane", "Mots-clés"}},
    {"de", {"Von ", "Aktualisiert ", "Über ", "", "Brotkrumen", "Schlagwörter"}},
    {"es", {"Por ", "Actualizado ", "Sobre ", "", "Ruta de navegación", "Etiquetas"}},
    {"ru", {"", "Обновлено ", "Об авторе: ", "", "Навигация", "Теги"}},
    {"ja", {"", "更新 ", "", "について", "パンくずリスト", "タグ"}},
    {"zh", {"", "更新于 ", "关于", "", "导航路径", "标签"}},
};

std::string_view primary_subtag(std::string_view lang) { return lang.substr(0, lang.find('-')); }

}  // namespace

const LayoutLabels& labels_for(std::string_view lang) {
  const std::string_view primary = primary_subtag(lang);
  for (const LabelsEntry& e : kLabels) {
    if (equals_ignoring_case(primary, e.lang)) return e.labels;
  }
  return kLabels[0].labels;
}

std::string display_date(std::string_view iso, std::string_view lang) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 10) return std::string(iso);
  const std::string_view year = iso.substr(0, 4);
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  const std::string_view primary = primary_subtag(lang);
  if (primary.empty() || equals_ignoring_case(primary, "en")) {
    return std::to_string(day) + " " + std::string(kMonths[month - 1]) + " " + std::string(year);
  }
  if (equals_ignoring_case(primary, "ja") || equals_ignoring_case(primary, "zh")) {
    return std::string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
  }
  return std::string(iso.substr(0, 10));
}

}  // namespace galley::layout
