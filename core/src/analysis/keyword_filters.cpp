#include "analysis/keyword_filters.hpp"

#include "analysis/entity_lexicon.hpp"
#include "analysis/word_list.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {
namespace {

constexpr std::string_view kReportingWords =
    "\n"
    "according\nadded\nadds\nannounced\nargued\nasked\nasserted\ncalled\nclaimed\ncommented\nconfirmed\n"
    "declared\nemphasised\nemphasized\nexplained\nexpressed\nhighlighted\nhoped\ninsisted\nmentioned\n"
    "noted\nnotes\npointed\npraised\nremarked\nreplied\nreported\nsaid\nsay\nsaying\nsays\nstated\n"
    "stressed\nsuggested\nthanked\ntold\nunderlined\nurged\nwarned\nwelcomed\nwrote\n";

std::string_view first_word(std::string_view text) { return text.substr(0, text.find(' ')); }

std::string_view last_word(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

// "affected", "launched": a past participle alone is an action, not a
// subject ("speed", "seed" and "bed" are not participles).
bool looks_like_participle(std::string_view word) {
  constexpr std::size_t kShortest = 5;
  return word.size() >= kShortest && word.substr(word.size() - 2) == "ed" && word[word.size() - 3] != 'e';
}

}  // namespace

bool is_reporting_word(std::string_view word) { return listed<kReportingWords>(word); }

bool unfit_keyword(std::string_view display, bool lowercase, bool capitalised) {
  const std::string first = normalize_word(first_word(display));
  const std::string last = normalize_word(last_word(display));
  if (is_reporting_word(first) || is_reporting_word(last)) return true;
  const bool single = display.find(' ') == std::string_view::npos;
  if (single && (is_calendar_word(first) || (!capitalised && looks_like_participle(first)))) return true;
  // A title heads a name the text also gives without it, or stands alone.
  return !lowercase && (is_head_title(first) || is_title_modifier(first) || is_role_word(first));
}

}  // namespace galley::analysis
