#pragma once
// The small built-in knowledge entity recognition relies on: titles that
// announce a person, head nouns of organisations, places and events, given
// names, demonyms, and a gazetteer of countries, capitals, major cities,
// regions, rivers and international organisations, extended by the place
// names generated from iso-codes and tzdata (place_names_data.hpp). All lookups take
// normalized (lowercased) words; multiword names use single spaces.

#include <optional>
#include <string_view>

namespace galley::analysis {

enum class EntityKind { person, organization, place, other };

std::string_view to_string(EntityKind kind);

bool is_head_title(std::string_view word);         // president, minister, dr, ceo …
bool is_title_modifier(std::string_view word);     // vice, deputy, prime, foreign …
bool is_organization_word(std::string_view word);  // council, bank, university, inc …
bool is_place_word(std::string_view word);         // river, province, square, city …
bool is_event_word(std::string_view word);         // championships, summit, treaty …
bool is_name_connector(std::string_view word);     // of, for: join names after a head noun
bool is_name_particle(std::string_view word);      // van, von, de, al …: join any names
bool is_demonym(std::string_view word);            // french, saudi, islamic, northern …
bool is_nationality(std::string_view word);        // french, saudi, serbs …: a demonym that names a people
bool is_organization_adjective(std::string_view word);  // national, world, federal …
bool is_calendar_word(std::string_view word);      // months, weekdays
bool is_corporate_suffix(std::string_view word);   // inc, corp, ltd, llp …
bool is_first_name(std::string_view word);
bool is_role_word(std::string_view word);          // defender, striker, singer, Bundestrainer …
bool is_club_prefix(std::string_view word);        // real, olympique, borussia …: a sports club

// Words around a name in news copy that say what it names.
enum class ContextWord {
  travel,       // flew, returned …: "flew to Grozny" names a place
  business,     // shares, bids …: "shares in Bayer" names a company
  staff,        // analysts, dealer …: "a dealer at Commerzbank" names a firm
  player_verb,  // scored, headed …: "Kirsten scored" names a player
  playing,      // played, scored …: "scored for Leverkusen" names a team
  price_move,   // rose, fell …: "Barclays gained 21 pence" names a company
};
bool is_context_word(ContextWord list, std::string_view word);

// ISO 3166 country names, common and official ("south korea", "republic of
// azerbaijan"), generated from iso-codes, and the home nations ("wales").
bool is_country(std::string_view name);

// The kind of a well-known name ("kenya", "kuala lumpur", "unicef", "mars").
std::optional<EntityKind> known_name(std::string_view name);

}  // namespace galley::analysis
