#include "analysis/entity_lexicon.hpp"

#include <algorithm>

#include "analysis/place_names_data.hpp"
#include "analysis/sorted_words.hpp"
#include "analysis/word_list.hpp"

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

static_assert(share_no_word(kKnownOrganizations, kKnownPlaces) && share_no_word(kKnownOthers, kKnownPlaces) &&
                  share_no_word(kKnownOthers, kKnownOrganizations),
              "a known name must have one kind");

// Whether `word` is a compound ending in one of `endings` after a first part
// of at least three bytes ("Bundes|trainer", "Wetter|dienst").
template <std::size_t N>
bool is_compound_of(std::string_view word, const std::string_view (&endings)[N]) {
  constexpr std::size_t kShortestFirstPart = 3;
  if (word.empty()) return false;
  for (const std::string_view ending : endings) {
    // The last byte first: most words end otherwise, and it spares the compare.
    if (word.back() == ending.back() && word.size() >= ending.size() + kShortestFirstPart &&
        word.substr(word.size() - ending.size()) == ending) {
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

bool is_head_title(std::string_view word) { return listed<kHeadTitles>(word); }
bool is_title_modifier(std::string_view word) { return listed<kTitleModifiers>(word); }
bool is_organization_word(std::string_view word) {
  if (listed<kOrganizationWords>(word)) return true;
  // German compounds: Bundesministerium, Wetterdienst, Sportverband.
  // Static, as a local array would be built on every call.
  static constexpr std::string_view kGermanEndings[] = {"amt", "dienst", "gericht", "gewerkschaft", "ministerium",
                                                        "partei", "verband", "institut"};
  return is_compound_of(word, kGermanEndings);
}
bool is_place_word(std::string_view word) { return listed<kPlaceWords>(word); }
bool is_event_word(std::string_view word) { return listed<kEventWords>(word); }
bool is_name_connector(std::string_view word) { return listed<kConnectors>(word); }
bool is_name_particle(std::string_view word) { return listed<kNameParticles>(word); }
bool is_demonym(std::string_view word) { return listed<kDemonyms>(word); }
bool is_nationality(std::string_view word) {
  // Directions and the first words of country names are demonyms only in
  // that they never start a person's name ("Northern", "Sri").
  constexpr std::string_view kNotPeoples[] = {"eastern", "latin", "nordic", "northern", "sierra", "southern", "sri",
                                              "western"};
  if (is_demonym(word)) return std::find(std::begin(kNotPeoples), std::end(kNotPeoples), word) == std::end(kNotPeoples);
  // "Serbs", "Germans".
  return word.size() > 4 && word.back() == 's' && is_demonym(word.substr(0, word.size() - 1));
}
bool is_organization_adjective(std::string_view word) { return listed<kOrganizationAdjectives>(word); }
bool is_calendar_word(std::string_view word) { return listed<kCalendarWords>(word); }
bool is_corporate_suffix(std::string_view word) { return listed<kCorporateSuffixes>(word); }
bool is_first_name(std::string_view word) { return listed<kFirstNames>(word); }
bool is_club_prefix(std::string_view word) { return listed<kClubPrefixes>(word); }

bool is_role_word(std::string_view word) {
  if (listed<kRoleWords>(word)) return true;
  // German writes roles as compounds: Bundestrainer, Konzernchef,
  // Finanzministerin, Jurypräsident, Festivalleiterin. Static, as a local
  // array would be built on every call.
  static constexpr std::string_view kGermanRoleEndings[] = {
      "chef", "chefin", "direktor", "direktorin", "kanzler", "kanzlerin", "leiter", "leiterin", "minister",
      "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "trainer", "trainerin", "vorsitzende"};
  return is_compound_of(word, kGermanRoleEndings);
}

bool is_context_word(ContextWord list, std::string_view word) {
  switch (list) {
    case ContextWord::travel: return listed<kTravelWords>(word);
    case ContextWord::business: return listed<kBusinessWords>(word);
    case ContextWord::staff: return listed<kStaffWords>(word);
    case ContextWord::player_verb: return listed<kPlayerVerbs>(word);
    case ContextWord::playing: return listed<kPlayingWords>(word);
    case ContextWord::price_move: break;
  }
  return listed<kPriceMoves>(word);
}

namespace {

bool is_country(const HashedWord& name) {
  // The home nations of the United Kingdom field national teams of their own.
  return listed<place_names::kCountries>(name) || listed<kInformalCountries>(name) ||
         name.text == "england" || name.text == "scotland" ||
         name.text == "wales" || name.text == "northern ireland";
}

}  // namespace

bool is_country(std::string_view name) { return is_country(HashedWord(name)); }

std::optional<EntityKind> known_name(std::string_view text) {
  const HashedWord name(text);  // hashed once for the seven lists
  if (listed<kKnownPlaces>(name)) return EntityKind::place;
  if (listed<kKnownOrganizations>(name)) return EntityKind::organization;
  if (listed<kKnownOthers>(name)) return EntityKind::other;
  if (is_country(name) || listed<place_names::kSubdivisions>(name) ||
      listed<place_names::kCities>(name)) {
    return EntityKind::place;
  }
  return std::nullopt;
}

}  // namespace galley::analysis
