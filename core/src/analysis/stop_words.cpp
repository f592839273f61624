#include "analysis/stop_words.hpp"

#include "analysis/word_list.hpp"

namespace galley::analysis {
namespace {

// Function words per language in the sorted form of sorted_words.hpp.
// Words are lowercase; apostrophes are ASCII (callers normalise U+2019).
constexpr std::string_view kEnglish =
    "\n"
    "a\nabout\nabove\naccording\nafter\nagain\nagainst\nago\nall\nalmost\nalong\nalready\nalso\n"
    "although\nalways\nam\namong\nan\nand\nanother\nany\nanyone\nanything\nare\naround\nas\nat\n"
    "away\nback\nbe\nbecame\nbecause\nbecome\nbecomes\nbeen\nbefore\nbeing\nbelow\nbetween\nboth\n"
    "but\nby\ncan\ncan't\ncannot\ncould\ndid\ndidn't\ndo\ndoes\ndoesn't\ndoing\ndon't\ndone\ndown\n"
    "during\neach\neither\nelse\nenough\neven\never\nevery\nfew\nfor\nfrom\nfurther\nget\ngets\n"
    "got\nhad\nhas\nhasn't\nhave\nhaven't\nhaving\nhe\nhe's\nher\nhere\nhers\nherself\nhim\n"
    "himself\nhis\nhow\nhowever\ni\ni'm\ni've\nif\nin\nincluding\ninto\nis\nisn't\nit\nit's\nits\n"
    "itself\njust\nlast\nleast\nless\nlet's\nlike\nmade\nmake\nmany\nmay\nme\nmight\nmore\nmost\n"
    "mr\nmrs\nms\nmuch\nmust\nmy\nmyself\nnear\nneither\nnever\nnext\nno\nnor\nnot\nnow\nof\noff\n"
    "often\non\nonce\none\nonly\nonto\nor\nother\nothers\nour\nours\nourselves\nout\nover\nown\n"
    "per\nperhaps\nquite\nrather\nreally\nsaid\nsame\nsay\nsays\nsee\nseen\nseveral\nshall\nshe\n"
    "she's\nshould\nsince\nso\nsome\nstill\nsuch\nthan\nthat\nthat's\nthe\ntheir\ntheirs\nthem\n"
    "themselves\nthen\nthere\nthere's\nthese\nthey\nthey're\nthey've\nthis\nthose\nthough\n"
    "through\nthus\nto\ntold\ntoo\ntoward\ntowards\nunder\nuntil\nup\nupon\nus\nvery\nvia\nwas\n"
    "wasn't\nwe\nwe're\nwe've\nwell\nwere\nweren't\nwhat\nwhatever\nwhen\nwhere\nwhether\nwhich\n"
    "while\nwho\nwhom\nwhose\nwhy\nwill\nwith\nwithin\nwithout\nwon't\nwould\nyet\nyou\nyou're\n"
    "your\nyours\nyourself\nyourselves\n";

constexpr std::string_view kFrench =
    "\n"
    "afin\nai\nainsi\nalors\naprès\nau\naussi\nautre\nautres\naux\navaient\navait\navant\navec\n"
    "avoir\navons\nbien\nc\ncar\nce\nceci\ncela\ncelle\ncelles\ncelui\ncependant\nces\ncet\ncette\n"
    "ceux\nchaque\nchez\ncomme\ncomment\nd\ndans\nde\ndepuis\ndes\ndeux\ndoit\ndonc\ndont\ndu\n"
    "déjà\nelle\nelles\nen\nencore\nentre\nest\net\neu\neux\nfaire\nfait\nfois\nfont\nj\njusqu\nl\n"
    "la\nle\nles\nleur\nleurs\nlors\nlorsqu\nlorsque\nlui\nm\nmais\nme\nmes\nmoi\nmoins\nmon\n"
    "même\nn\nne\nni\nnos\nnotre\nnous\non\nont\nou\noù\npar\nparce\npas\npeu\npeut\nplus\npour\n"
    "pourquoi\npuis\npuisqu\npuisque\nqu\nquand\nque\nquel\nquelle\nquelles\nquels\nqui\ns\nsa\n"
    "sans\nse\nselon\nsera\nseront\nses\nsi\nson\nsont\nsous\nsur\nt\nta\ntandis\nte\ntes\ntoi\n"
    "ton\ntous\ntout\ntoute\ntoutes\ntrès\ntu\nun\nune\nvers\nvos\nvotre\nvous\ny\nà\négalement\n"
    "étaient\nétait\nété\nêtre\n";

constexpr std::string_view kGerman =
    "\n"
    "aber\nalle\nallem\nallen\naller\nalles\nals\nalso\nam\nan\nandere\nanderen\nanderer\nanderes\n"
    "auch\nauf\naus\nbei\nbeim\nbereits\nbin\nbis\nbist\nbzw\nda\ndamit\ndann\ndas\ndass\ndem\n"
    "den\ndenn\nder\ndes\ndessen\ndie\ndies\ndiese\ndiesem\ndiesen\ndieser\ndieses\ndoch\ndort\n"
    "du\ndurch\nein\neine\neinem\neinen\neiner\neines\ner\nes\netwa\neuch\neuer\nfür\ngegen\n"
    "gewesen\nhab\nhabe\nhaben\nhat\nhatte\nhatten\nhier\nhin\nhinter\nich\nihm\nihn\nihnen\nihr\n"
    "ihre\nihrem\nihren\nihrer\nim\nin\nins\nist\nja\njede\njedem\njeden\njeder\njedes\njetzt\n"
    "kann\nkein\nkeine\nkeinen\nkönnen\nkönnte\nman\nmanche\nmehr\nmein\nmeine\nmit\nmuss\nmusste\n"
    "nach\nnicht\nnichts\nnoch\nnun\nnur\nob\noder\nohne\nschon\nsehr\nsei\nsein\nseine\nseinem\n"
    "seinen\nseiner\nseit\nsich\nsie\nsind\nso\nsolche\nsoll\nsollte\nsondern\nsowie\num\nund\n"
    "uns\nunser\nunter\nviel\nvom\nvon\nvor\nwar\nwaren\nwarum\nwas\nweil\nwelche\nwelcher\nwenn\n"
    "wer\nwerde\nwerden\nwie\nwieder\nwir\nwird\nwo\nwurde\nwurden\nzu\nzum\nzur\nzwar\nzwischen\n"
    "über\n";

constexpr std::string_view kSpanish =
    "\n"
    "a\nal\nalgo\nalgunas\nalgunos\nante\nantes\naquí\nasí\naunque\nbajo\nbien\ncada\ncomo\ncon\n"
    "contra\ncual\ncuando\nde\ndel\ndesde\ndonde\ndos\ndurante\ne\nel\nella\nellas\nellos\nen\n"
    "entre\nera\neran\nes\nesa\nesas\nese\neso\nesos\nesta\nestas\neste\nesto\nestos\nestá\nestán\n"
    "fue\nfueron\nha\nhabía\nhan\nhasta\nhay\nla\nlas\nle\nles\nlo\nlos\nme\nmi\nmientras\nmuy\n"
    "más\nnada\nni\nno\nnos\nnosotros\no\notra\notras\notro\notros\npara\npero\npoco\npor\nporque\n"
    "que\nquien\nquienes\nqué\nse\nsea\nsegún\nser\nsi\nsido\nsin\nsobre\nsu\nsus\nsí\ntambién\n"
    "tan\ntanto\nte\ntiene\ntienen\ntodo\ntodos\ntras\ntu\nun\nuna\nuno\nunos\ny\nya\nél\n";

constexpr std::string_view kRussian =
    "\n"
    "а\nбез\nболее\nбы\nбыл\nбыла\nбыли\nбыло\nбыть\nв\nвам\nвас\nвесь\nво\nвот\nвсе\nвсего\nвсех\n"
    "вы\nгде\nда\nдаже\nдля\nдо\nего\nее\nей\nему\nесли\nесть\nеще\nещё\nеё\nже\nза\nздесь\nи\nиз\n"
    "или\nим\nих\nк\nкак\nкогда\nкто\nли\nлибо\nмежду\nмне\nможет\nмы\nна\nнад\nнадо\nне\nнего\n"
    "нее\nнет\nнеё\nни\nних\nно\nну\nо\nоб\nоднако\nон\nона\nони\nоно\nот\nочень\nпо\nпод\nпосле\n"
    "при\nс\nсо\nтак\nтакже\nтакой\nтам\nте\nтем\nто\nтого\nтоже\nтой\nтолько\nтом\nты\nу\nуже\n"
    "хотя\nчего\nчем\nчто\nчтобы\nэта\nэти\nэто\nэтого\nэтой\nэтом\nэтот\nя\n";

constexpr std::string_view kArabic =
    "\n"
    "أن\nأنا\nأنه\nأو\nأي\nأيضا\nإذا\nإلى\nإن\nالتي\nالذي\nالذين\nبعد\nبل\nبين\nتلك\nثم\nحتى\nذلك\n"
    "على\nعليه\nعليها\nعن\nعند\nغير\nفي\nفيه\nفيها\nقال\nقبل\nقد\nكان\nكانت\nكل\nكما\nلا\nلكن\nلم\n"
    "لن\nله\nلها\nما\nمع\nمن\nمنذ\nمنه\nمنها\nنحن\nهذا\nهذه\nهم\nهو\nهي\nوفي\nوقال\nوقد\nوكان\n"
    "ومن\nوهو\nوهي\n";

static_assert(is_word_list(kEnglish), "English list unsorted or malformed");
static_assert(is_word_list(kFrench), "French list unsorted or malformed");
static_assert(is_word_list(kGerman), "German list unsorted or malformed");
static_assert(is_word_list(kSpanish), "Spanish list unsorted or malformed");
static_assert(is_word_list(kRussian), "Russian list unsorted or malformed");
static_assert(is_word_list(kArabic), "Arabic list unsorted or malformed");

// Characters that work as particles, pronouns or copulas in Chinese running
// text; they split Han runs into candidate terms.
constexpr std::u32string_view kChineseFunctionChars =
    U"的了是在和与及或也都就而把被对从为以于之等这那有我你他她它们个不将并其该已又很更还但由向让给到说会能要可";

// A language's list, with its index where the build has indexes.
template <const std::string_view& List>
StopWordList stop_list() {
#if defined(GALLEY_COMPACT_WORD_LISTS)
  return {List};
#else
  return {List, WordIndexOf<List>::slots, WordIndexOf<List>::mask};
#endif
}

}  // namespace

StopWordList stop_words(std::string_view language) {
  if (language == "fr") return stop_list<kFrench>();
  if (language == "de") return stop_list<kGerman>();
  if (language == "es") return stop_list<kSpanish>();
  if (language == "ru") return stop_list<kRussian>();
  if (language == "ar") return stop_list<kArabic>();
  if (language == "zh" || language == "ja" || language == "ko") return {};
  return stop_list<kEnglish>();
}

bool StopWordList::contains(std::string_view lowercase_word) const {
#if !defined(GALLEY_COMPACT_WORD_LISTS)
  if (index != nullptr) return indexed_contains(words, index, index_mask, lowercase_word, word_hash(lowercase_word));
#endif
  return contains_word(words, lowercase_word);
}

bool is_cjk_function_char(char32_t cp, std::string_view language) {
  if (language == "ja") return false;  // Japanese particles are Hiragana, split by script
  return kChineseFunctionChars.find(cp) != std::u32string_view::npos;
}

}  // namespace galley::analysis
