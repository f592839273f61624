#include "analysis/entity_lexicon.hpp"

#include <algorithm>

#include "analysis/place_names_data.hpp"
#include "analysis/sorted_words.hpp"

namespace galley::analysis {
namespace {

#include "analysis/entity_lexicon_data.inc"

// Whether no word of `few` is also in `many`: a known name has one kind.
constexpr bool share_no_word(std::string_view few, std::string_view many) {
  for (std::size_t start = 1; start < few.size();) {
    const std::string_view word = word_at(few, start);
    if (contains_word(many, word)) return false;
    start += word.size() + 1;
  }
  return true;
}

#define GALLEY_ASSERT_WORD_LIST(list) static_assert(is_word_list(list), #list " must be sorted and well formed")
GALLEY_ASSERT_WORD_LIST(kHeadTitles);
GALLEY_ASSERT_WORD_LIST(kTitleModifiers);
GALLEY_ASSERT_WORD_LIST(kOrganizationWords);
GALLEY_ASSERT_WORD_LIST(kPlaceWords);
GALLEY_ASSERT_WORD_LIST(kEventWords);
GALLEY_ASSERT_WORD_LIST(kConnectors);
GALLEY_ASSERT_WORD_LIST(kRoleWords);
GALLEY_ASSERT_WORD_LIST(kClubPrefixes);
GALLEY_ASSERT_WORD_LIST(kNameParticles);
GALLEY_ASSERT_WORD_LIST(kDemonyms);
GALLEY_ASSERT_WORD_LIST(kOrganizationAdjectives);
GALLEY_ASSERT_WORD_LIST(kCalendarWords);
GALLEY_ASSERT_WORD_LIST(kCorporateSuffixes);
GALLEY_ASSERT_WORD_LIST(kFirstNames);
GALLEY_ASSERT_WORD_LIST(kKnownPlaces);
GALLEY_ASSERT_WORD_LIST(kInformalCountries);
GALLEY_ASSERT_WORD_LIST(kTravelWords);
GALLEY_ASSERT_WORD_LIST(kBusinessWords);
GALLEY_ASSERT_WORD_LIST(kStaffWords);
GALLEY_ASSERT_WORD_LIST(kPlayerVerbs);
GALLEY_ASSERT_WORD_LIST(kPlayingWords);
GALLEY_ASSERT_WORD_LIST(kPriceMoves);
GALLEY_ASSERT_WORD_LIST(kKnownOrganizations);
GALLEY_ASSERT_WORD_LIST(kKnownOthers);
GALLEY_ASSERT_WORD_LIST(place_names::kCountries);
GALLEY_ASSERT_WORD_LIST(place_names::kSubdivisions);
GALLEY_ASSERT_WORD_LIST(place_names::kCities);
#undef GALLEY_ASSERT_WORD_LIST
static_assert(share_no_word(kKnownOrganizations, kKnownPlaces) && share_no_word(kKnownOthers, kKnownPlaces) &&
                  share_no_word(kKnownOthers, kKnownOrganizations),
              "a known name must have one kind");

// Whether `word` is a compound ending in one of `endings` after a first part
// of at least three bytes ("Bundes|trainer", "Wetter|dienst").
template <std::size_t N>
bool is_compound_of(std::string_view word, const std::string_view (&endings)[N]) {
  constexpr std::size_t kShortestFirstPart = 3;
  for (const std::string_view ending : endings) {
    if (word.size() >= ending.size() + kShortestFirstPart && word.substr(word.size() - ending.size()) == ending) {
      return true;
    }
  }
  return false;
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

bool is_head_title(std::string_view word) { return contains_word(kHeadTitles, word); }
bool is_title_modifier(std::string_view word) { return contains_word(kTitleModifiers, word); }
bool is_organization_word(std::string_view word) {
  if (contains_word(kOrganizationWords, word)) return true;
  // German compounds: Bundesministerium, Wetterdienst, Sportverband.
  constexpr std::string_view kGermanEndings[] = {"amt", "dienst", "gericht", "gewerkschaft", "ministerium",
                                                 "partei", "verband", "institut"};
  return is_compound_of(word, kGermanEndings);
}
bool is_place_word(std::string_view word) { return contains_word(kPlaceWords, word); }
bool is_event_word(std::string_view word) { return contains_word(kEventWords, word); }
bool is_name_connector(std::string_view word) { return contains_word(kConnectors, word); }
bool is_name_particle(std::string_view word) { return contains_word(kNameParticles, word); }
bool is_demonym(std::string_view word) { return contains_word(kDemonyms, word); }
bool is_nationality(std::string_view word) {
  // Directions and the first words of country names are demonyms only in
  // that they never start a person's name ("Northern", "Sri").
  constexpr std::string_view kNotPeoples[] = {"eastern", "latin", "nordic", "northern", "sierra", "southern", "sri",
                                              "western"};
  if (is_demonym(word)) return std::find(std::begin(kNotPeoples), std::end(kNotPeoples), word) == std::end(kNotPeoples);
  // "Serbs", "Germans".
  return word.size() > 4 && word.back() == 's' && is_demonym(word.substr(0, word.size() - 1));
}
bool is_organization_adjective(std::string_view word) { return contains_word(kOrganizationAdjectives, word); }
bool is_calendar_word(std::string_view word) { return contains_word(kCalendarWords, word); }
bool is_corporate_suffix(std::string_view word) { return contains_word(kCorporateSuffixes, word); }
bool is_first_name(std::string_view word) { return contains_word(kFirstNames, word); }
bool is_club_prefix(std::string_view word) { return contains_word(kClubPrefixes, word); }

bool is_role_word(std::string_view word) {
  if (contains_word(kRoleWords, word)) return true;
  // German writes roles as compounds: Bundestrainer, Konzernchef,
  // Finanzministerin, Jurypräsident, Festivalleiterin.
  constexpr std::string_view kGermanRoleEndings[] = {
      "chef", "chefin", "direktor", "direktorin", "kanzler", "kanzlerin", "leiter", "leiterin", "minister",
      "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "trainer", "trainerin", "vorsitzende"};
  return is_compound_of(word, kGermanRoleEndings);
}

bool is_context_word(ContextWord list, std::string_view word) {
  switch (list) {
    case ContextWord::travel: return contains_word(kTravelWords, word);
    case ContextWord::business: return contains_word(kBusinessWords, word);
    case ContextWord::staff: return contains_word(kStaffWords, word);
    case ContextWord::player_verb: return contains_word(kPlayerVerbs, word);
    case ContextWord::playing: return contains_word(kPlayingWords, word);
    case ContextWord::price_move: break;
  }
  return contains_word(kPriceMoves, word);
}

bool is_country(std::string_view name) {
  // The home nations of the United Kingdom field national teams of their own.
  return contains_word(place_names::kCountries, name) || contains_word(kInformalCountries, name) ||
         name == "england" || name == "scotland" ||
         name == "wales" || name == "northern ireland";
}

std::optional<EntityKind> known_name(std::string_view name) {
  if (contains_word(kKnownPlaces, name)) return EntityKind::place;
  if (contains_word(kKnownOrganizations, name)) return EntityKind::organization;
  if (contains_word(kKnownOthers, name)) return EntityKind::other;
  if (is_country(name) || contains_word(place_names::kSubdivisions, name) ||
      contains_word(place_names::kCities, name)) {
    return EntityKind::place;
  }
  return std::nullopt;
}

}  // namespace galley::analysis
