#include "analysis/stop_words.hpp"

#include <algorithm>
#include <iterator>

#include "analysis/sorted_words.hpp"

namespace galley::analysis {
namespace {

// Function words per language, sorted by byte value so lookups can bisect.
// Words are lowercase; apostrophes are ASCII (callers normalise U+2019).
constexpr std::string_view kEnglish[] = {
    "a", "about", "above", "according", "after", "again", "against", "ago", "all", "almost",
    "along", "already", "also", "although", "always", "am", "among", "an", "and", "another",
    "any", "anyone", "anything", "are", "around", "as", "at", "away", "back", "be", "became",
    "because", "become", "becomes", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "can't", "cannot", "could", "did", "didn't", "do", "does", "doesn't",
    "doing", "don't", "done", "down", "during", "each", "either", "else", "enough", "even",
    "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has",
    "hasn't", "have", "haven't", "having", "he", "he's", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "i'm", "i've", "if", "in", "including",
    "into", "is", "isn't", "it", "it's", "its", "itself", "just", "last", "least", "less",
    "let's", "like", "made", "make", "many", "may", "me", "might", "more", "most", "mr", "mrs",
    "ms", "much", "must", "my", "myself", "near", "neither", "never", "next", "no", "nor",
    "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other",
    "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite",
    "rather", "really", "said", "same", "say", "says", "see", "seen", "several", "shall",
    "she", "she's", "should", "since", "so", "some", "still", "such", "than", "that", "that's",
    "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these",
    "they", "they're", "they've", "this", "those", "though", "through", "thus", "to", "told",
    "too", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was",
    "wasn't", "we", "we're", "we've", "well", "were", "weren't", "what", "whatever", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "won't", "would", "yet", "you", "you're", "your", "yours", "yourself",
    "yourselves",
};

constexpr std::string_view kFrench[] = {
    "afin", "ai", "ainsi", "alors", "après", "au", "aussi", "autre", "autres", "aux",
    "avaient", "avait", "avant", "avec", "avoir", "avons", "bien", "c", "car", "ce", "ceci",
    "cela", "celle", "celles", "celui", "cependant", "ces", "cet", "cette", "ceux", "chaque",
    "chez", "comme", "comment", "d", "dans", "de", "depuis", "des", "deux", "doit", "donc",
    "dont", "du", "déjà", "elle", "elles", "en", "encore", "entre", "est", "et", "eu", "eux",
    "faire", "fait", "fois", "font", "j", "jusqu", "l", "la", "le", "les", "leur", "leurs",
    "lors", "lorsqu", "lorsque", "lui", "m", "mais", "me", "mes", "moi", "moins", "mon",
    "même", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "parce",
    "pas", "peu", "peut", "plus", "pour", "pourquoi", "puis", "puisqu", "puisque", "qu",
    "quand", "que", "quel", "quelle", "quelles", "quels", "qui", "s", "sa", "sans", "se",
    "selon", "sera", "seront", "ses", "si", "son", "sont", "sous", "sur", "t", "ta", "tandis",
    "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "très", "tu", "un", "une",
    "vers", "vos", "votre", "vous", "y", "à", "également", "étaient", "était", "été",
    "être",
};

constexpr std::string_view kGerman[] = {
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere",
    "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim", "bereits", "bin",
    "bis", "bist", "bzw", "da", "damit", "dann", "das", "dass", "dem", "den", "denn", "der",
    "des", "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch",
    "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es",
    "etwa", "euch", "euer", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte",
    "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem",
    "ihren", "ihrer", "im", "in", "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder",
    "jedes", "jetzt", "kann", "kein", "keine", "keinen", "können", "könnte", "man", "manche",
    "mehr", "mein", "meine", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun",
    "nur", "ob", "oder", "ohne", "schon", "sehr", "sei", "sein", "seine", "seinem", "seinen",
    "seiner", "seit", "sich", "sie", "sind", "so", "solche", "soll", "sollte", "sondern",
    "sowie", "um", "und", "uns", "unser", "unter", "viel", "vom", "von", "vor", "war", "waren",
    "warum", "was", "weil", "welche", "welcher", "wenn", "wer", "werde", "werden", "wie",
    "wieder", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen",
    "über",
};

constexpr std::string_view kSpanish[] = {
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "aquí", "así", "aunque",
    "bajo", "bien", "cada", "como", "con", "contra", "cual", "cuando", "de", "del", "desde",
    "donde", "dos", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era",
    "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto",
    "estos", "está", "están", "fue", "fueron", "ha", "había", "han", "hasta", "hay", "la",
    "las", "le", "les", "lo", "los", "me", "mi", "mientras", "muy", "más", "nada", "ni", "no",
    "nos", "nosotros", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por",
    "porque", "que", "quien", "quienes", "qué", "se", "sea", "según", "ser", "si", "sido",
    "sin", "sobre", "su", "sus", "sí", "también", "tan", "tanto", "te", "tiene", "tienen",
    "todo", "todos", "tras", "tu", "un", "una", "uno", "unos", "y", "ya", "él",
};

constexpr std::string_view kRussian[] = {
    "а", "без", "более", "бы", "был", "была", "были", "было",
    "быть", "в", "вам", "вас", "весь", "во", "вот", "все", "всего",
    "всех", "вы", "где", "да", "даже", "для", "до", "его", "ее",
    "ей", "ему", "если", "есть", "еще", "ещё", "её", "же", "за",
    "здесь", "и", "из", "или", "им", "их", "к", "как", "когда",
    "кто", "ли", "либо", "между", "мне", "может", "мы", "на",
    "над", "надо", "не", "него", "нее", "нет", "неё", "ни", "них",
    "но", "ну", "о", "об", "однако", "он", "она", "они", "оно", "от",
    "очень", "по", "под", "после", "при", "с", "со", "так",
    "также", "такой", "там", "те", "тем", "то", "того", "тоже",
    "той", "только", "том", "ты", "у", "уже", "хотя", "чего",
    "чем", "что", "чтобы", "эта", "эти", "это", "этого", "этой",
    "этом", "этот", "я",
};

constexpr std::string_view kArabic[] = {
    "أن", "أنا", "أنه", "أو", "أي", "أيضا", "إذا", "إلى", "إن",
    "التي", "الذي", "الذين", "بعد", "بل", "بين", "تلك", "ثم",
    "حتى", "ذلك", "على", "عليه", "عليها", "عن", "عند", "غير", "في",
    "فيه", "فيها", "قال", "قبل", "قد", "كان", "كانت", "كل", "كما",
    "لا", "لكن", "لم", "لن", "له", "لها", "ما", "مع", "من", "منذ",
    "منه", "منها", "نحن", "هذا", "هذه", "هم", "هو", "هي", "وفي",
    "وقال", "وقد", "وكان", "ومن", "وهو", "وهي",
};

constexpr bool sorted(const std::string_view* first, const std::string_view* last) {
  for (const std::string_view* p = first; p + 1 < last; ++p) {
    if (!(p[0] < p[1])) return false;
  }
  return true;
}
static_assert(sorted(std::begin(kEnglish), std::end(kEnglish)), "English list unsorted");
static_assert(sorted(std::begin(kFrench), std::end(kFrench)), "French list unsorted");
static_assert(sorted(std::begin(kGerman), std::end(kGerman)), "German list unsorted");
static_assert(sorted(std::begin(kSpanish), std::end(kSpanish)), "Spanish list unsorted");
static_assert(sorted(std::begin(kRussian), std::end(kRussian)), "Russian list unsorted");
static_assert(sorted(std::begin(kArabic), std::end(kArabic)), "Arabic list unsorted");

// Characters that work as particles, pronouns or copulas in Chinese running
// text; they split Han runs into candidate terms.
constexpr std::u32string_view kChineseFunctionChars =
    U"的了是在和与及或也都就而把被对从为以于之等这那有我你他她它们个不将并其该已又很更还但由向让给到说会能要可";

}  // namespace

StopWordList stop_words(std::string_view language) {
  const auto list = [](const auto& words) {
    return StopWordList{std::begin(words), std::end(words)};
  };
  if (language == "fr") return list(kFrench);
  if (language == "de") return list(kGerman);
  if (language == "es") return list(kSpanish);
  if (language == "ru") return list(kRussian);
  if (language == "ar") return list(kArabic);
  if (language == "zh" || language == "ja" || language == "ko") return {};
  return list(kEnglish);
}

bool StopWordList::contains(std::string_view lowercase_word) const {
  return contains_word(first, last, lowercase_word);
}

bool is_cjk_function_char(char32_t cp, std::string_view language) {
  if (language == "ja") return false;  // Japanese particles are Hiragana, split by script
  return kChineseFunctionChars.find(cp) != std::u32string_view::npos;
}

}  // namespace galley::analysis
