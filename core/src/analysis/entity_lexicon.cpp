#include "analysis/entity_lexicon.hpp"

#include <algorithm>
#include <iterator>

#include "analysis/sorted_words.hpp"

namespace galley::analysis {
namespace {

struct KnownName {
  std::string_view name;
  EntityKind kind;
};

#include "analysis/entity_lexicon_data.inc"

template <typename T, typename Key>
constexpr bool sorted_by(const T* first, const T* last, Key key) {
  for (const T* p = first; p + 1 < last; ++p) {
    if (!(key(p[0]) < key(p[1]))) return false;
  }
  return true;
}
constexpr std::string_view self(std::string_view s) { return s; }
constexpr std::string_view name_of(const KnownName& k) { return k.name; }

#define GALLEY_ASSERT_SORTED(list, key) \
  static_assert(sorted_by(std::begin(list), std::end(list), key), #list " must be sorted")
GALLEY_ASSERT_SORTED(kHeadTitles, self);
GALLEY_ASSERT_SORTED(kTitleModifiers, self);
GALLEY_ASSERT_SORTED(kOrganizationWords, self);
GALLEY_ASSERT_SORTED(kPlaceWords, self);
GALLEY_ASSERT_SORTED(kEventWords, self);
GALLEY_ASSERT_SORTED(kConnectors, self);
GALLEY_ASSERT_SORTED(kNameParticles, self);
GALLEY_ASSERT_SORTED(kDemonyms, self);
GALLEY_ASSERT_SORTED(kOrganizationAdjectives, self);
GALLEY_ASSERT_SORTED(kCalendarWords, self);
GALLEY_ASSERT_SORTED(kCorporateSuffixes, self);
GALLEY_ASSERT_SORTED(kFirstNames, self);
GALLEY_ASSERT_SORTED(kKnownNames, name_of);
#undef GALLEY_ASSERT_SORTED

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view word) {
  return contains_word(std::begin(list), std::end(list), word);
}

}  // namespace

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person: return "person";
    case EntityKind::organization: return "organization";
    case EntityKind::place: return "place";
    case EntityKind::other: break;
  }
  return "other";
}

bool is_head_title(std::string_view word) { return in(kHeadTitles, word); }
bool is_title_modifier(std::string_view word) { return in(kTitleModifiers, word); }
bool is_organization_word(std::string_view word) { return in(kOrganizationWords, word); }
bool is_place_word(std::string_view word) { return in(kPlaceWords, word); }
bool is_event_word(std::string_view word) { return in(kEventWords, word); }
bool is_name_connector(std::string_view word) { return in(kConnectors, word); }
bool is_name_particle(std::string_view word) { return in(kNameParticles, word); }
bool is_demonym(std::string_view word) { return in(kDemonyms, word); }
bool is_organization_adjective(std::string_view word) { return in(kOrganizationAdjectives, word); }
bool is_calendar_word(std::string_view word) { return in(kCalendarWords, word); }
bool is_corporate_suffix(std::string_view word) { return in(kCorporateSuffixes, word); }
bool is_first_name(std::string_view word) { return in(kFirstNames, word); }

std::optional<EntityKind> known_name(std::string_view name) {
  const KnownName* it = lower_bound_word(std::begin(kKnownNames), std::end(kKnownNames), name, name_of);
  if (it != std::end(kKnownNames) && it->name == name) return it->kind;
  return std::nullopt;
}

}  // namespace galley::analysis
