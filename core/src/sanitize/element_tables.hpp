#pragma once
// What the sanitizer knows about each element and attribute it handles: the
// default policy (kept, dropped with content) and the facts of the HTML tree
// builder it needs to mirror (void, special, scope boundaries, implied end
// tags, raw-text content). Elements not listed here are unknown and unwrapped.

#include <array>
#include <cstdint>
#include <string_view>

namespace galley::sanitize {

// Alphabetical, so that the table below can be searched by name.
enum class Tag : std::uint8_t {
  a, abbr, address, annotation, annotation_xml, article, aside, b, bdi, bdo, blockquote, br, caption, cite, code,
  data, dd, del, details, dfn, div, dl, dt, em, embed, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header,
  hgroup, hr, i, iframe, img, ins, kbd, li, main, mark, math, menclose, merror, mfrac, mi, mmultiscripts, mn, mo,
  mover, mpadded, mphantom, mprescripts, mroot, mrow, ms, mspace, msqrt, mstyle, msub, msubsup, msup, mtable, mtd,
  mtext, mtr, munder, munderover, nav, noembed, noframes, none, noscript, object, ol, p, picture, plaintext, pre, q,
  rp, rt, ruby, s, samp, script, section, select, semantics, small, source, span, strong, style, sub, summary, sup,
  svg, table, tbody, td, template_, textarea, tfoot, th, thead, time, title, tr, u, ul, var, wbr, xmp,
  unknown
};

// How the tokenizer must read an element's content (the tree builder switches
// the tokenizer state after these start tags).
enum class RawText : std::uint8_t { none, rcdata, rawtext, script_data, plaintext };

// How an element separates visible text from its neighbours.
enum class TextBreak : std::uint8_t { none, line, paragraph };

namespace flag {
constexpr std::uint32_t kept = 1u << 0;           // allowed by the default policy
constexpr std::uint32_t drop_content = 1u << 1;   // removed together with everything inside
constexpr std::uint32_t void_element = 1u << 2;   // no content, no end tag
constexpr std::uint32_t special = 1u << 3;        // WHATWG "special" category
constexpr std::uint32_t closes_p = 1u << 4;       // start tag closes a p in button scope
constexpr std::uint32_t heading = 1u << 5;        // h1–h6
constexpr std::uint32_t scope_boundary = 1u << 6; // ends "in scope" searches (caption table td th)
constexpr std::uint32_t implied_end = 1u << 7;    // closed by "generate implied end tags"
constexpr std::uint32_t foreign_root = 1u << 8;   // svg, math: starts foreign content
constexpr std::uint32_t mathml = 1u << 9;         // a MathML element: written only inside math
constexpr std::uint32_t text_integration = 1u << 10;  // MathML mi mo mn ms mtext: a browser reads HTML start tags in it
constexpr std::uint32_t addable = 1u << 11;       // a policy may add it (add_elements)
}  // namespace flag

struct ElementInfo {
  std::string_view name;
  Tag tag;
  std::uint32_t flags;
  RawText raw_text;
  TextBreak text_break;
};

namespace detail {
using namespace flag;
constexpr std::uint32_t K = kept;
constexpr std::uint32_t D = drop_content;
constexpr std::uint32_t V = void_element;
constexpr std::uint32_t S = special;
constexpr std::uint32_t P = closes_p;
constexpr std::uint32_t H = heading;
constexpr std::uint32_t B = scope_boundary;
constexpr std::uint32_t I = implied_end;
constexpr std::uint32_t F = foreign_root;
constexpr std::uint32_t M = mathml;
constexpr std::uint32_t T = text_integration | special | scope_boundary;  // all five are special and end scopes
constexpr std::uint32_t A = addable;
constexpr RawText no = RawText::none;
constexpr TextBreak inl = TextBreak::none;
constexpr TextBreak line = TextBreak::line;
constexpr TextBreak para = TextBreak::paragraph;

inline constexpr ElementInfo kElements[] = {
    {"a", Tag::a, K, no, inl},
    {"abbr", Tag::abbr, K, no, inl},
    {"address", Tag::address, A | S | P, no, para},
    {"annotation", Tag::annotation, K | M, no, inl},
    {"annotation-xml", Tag::annotation_xml, M, no, inl},
    {"article", Tag::article, A | S | P, no, para},
    {"aside", Tag::aside, A | S | P, no, para},
    {"b", Tag::b, K, no, inl},
    {"bdi", Tag::bdi, K, no, inl},
    {"bdo", Tag::bdo, K, no, inl},
    {"blockquote", Tag::blockquote, K | S | P, no, para},
    {"br", Tag::br, K | S | V, no, line},
    {"caption", Tag::caption, K | S | B, no, line},
    {"cite", Tag::cite, K, no, inl},
    {"code", Tag::code, K, no, inl},
    {"data", Tag::data, A, no, inl},
    {"dd", Tag::dd, K | S | P | I, no, line},
    {"del", Tag::del, K, no, inl},
    {"details", Tag::details, K | S | P, no, para},
    {"dfn", Tag::dfn, K, no, inl},
    {"div", Tag::div, K | S | P, no, line},
    {"dl", Tag::dl, K | S | P, no, para},
    {"dt", Tag::dt, K | S | P | I, no, line},
    {"em", Tag::em, K, no, inl},
    {"embed", Tag::embed, D | S | V, no, inl},
    {"figcaption", Tag::figcaption, K | S | P, no, line},
    {"figure", Tag::figure, K | S | P, no, para},
    {"footer", Tag::footer, A | S | P, no, para},
    {"h1", Tag::h1, S | P | H, no, para},
    {"h2", Tag::h2, K | S | P | H, no, para},
    {"h3", Tag::h3, K | S | P | H, no, para},
    {"h4", Tag::h4, K | S | P | H, no, para},
    {"h5", Tag::h5, K | S | P | H, no, para},
    {"h6", Tag::h6, K | S | P | H, no, para},
    {"header", Tag::header, A | S | P, no, para},
    {"hgroup", Tag::hgroup, A | S | P, no, para},
    {"hr", Tag::hr, K | S | P | V, no, para},
    {"i", Tag::i, K, no, inl},
    {"iframe", Tag::iframe, D | S, RawText::rawtext, inl},
    {"img", Tag::img, K | S | V, no, inl},
    {"ins", Tag::ins, K, no, inl},
    {"kbd", Tag::kbd, K, no, inl},
    {"li", Tag::li, K | S | P | I, no, line},
    {"main", Tag::main, A | S | P, no, para},
    {"mark", Tag::mark, K, no, inl},
    {"math", Tag::math, K | F, no, inl},
    {"menclose", Tag::menclose, K | M, no, inl},
    {"merror", Tag::merror, K | M, no, inl},
    {"mfrac", Tag::mfrac, K | M, no, inl},
    {"mi", Tag::mi, K | M | T, no, inl},
    {"mmultiscripts", Tag::mmultiscripts, K | M, no, inl},
    {"mn", Tag::mn, K | M | T, no, inl},
    {"mo", Tag::mo, K | M | T, no, inl},
    {"mover", Tag::mover, K | M, no, inl},
    {"mpadded", Tag::mpadded, K | M, no, inl},
    {"mphantom", Tag::mphantom, K | M, no, inl},
    {"mprescripts", Tag::mprescripts, K | M, no, inl},
    {"mroot", Tag::mroot, K | M, no, inl},
    {"mrow", Tag::mrow, K | M, no, inl},
    {"ms", Tag::ms, K | M | T, no, inl},
    {"mspace", Tag::mspace, K | M, no, inl},
    {"msqrt", Tag::msqrt, K | M, no, inl},
    {"mstyle", Tag::mstyle, K | M, no, inl},
    {"msub", Tag::msub, K | M, no, inl},
    {"msubsup", Tag::msubsup, K | M, no, inl},
    {"msup", Tag::msup, K | M, no, inl},
    {"mtable", Tag::mtable, K | M, no, inl},
    {"mtd", Tag::mtd, K | M, no, inl},
    {"mtext", Tag::mtext, K | M | T, no, inl},
    {"mtr", Tag::mtr, K | M, no, line},
    {"munder", Tag::munder, K | M, no, inl},
    {"munderover", Tag::munderover, K | M, no, inl},
    {"nav", Tag::nav, A | S | P, no, para},
    {"noembed", Tag::noembed, D | S, RawText::rawtext, inl},
    {"noframes", Tag::noframes, D | S, RawText::rawtext, inl},
    {"none", Tag::none, K | M, no, inl},
    {"noscript", Tag::noscript, D | S, RawText::rawtext, inl},
    {"object", Tag::object, D | S | B, no, inl},
    {"ol", Tag::ol, K | S | P, no, para},
    {"p", Tag::p, K | S | P | I, no, para},
    {"picture", Tag::picture, K, no, inl},
    {"plaintext", Tag::plaintext, D | S, RawText::plaintext, inl},
    {"pre", Tag::pre, K | S | P, no, para},
    {"q", Tag::q, K, no, inl},
    {"rp", Tag::rp, K | I, no, inl},
    {"rt", Tag::rt, K | I, no, inl},
    {"ruby", Tag::ruby, K, no, inl},
    {"s", Tag::s, K, no, inl},
    {"samp", Tag::samp, K, no, inl},
    {"script", Tag::script, D | S, RawText::script_data, inl},
    {"section", Tag::section, A | S | P, no, para},
    {"select", Tag::select, D | S, no, inl},
    {"semantics", Tag::semantics, K | M, no, inl},
    {"small", Tag::small, K, no, inl},
    {"source", Tag::source, K | S | V, no, inl},
    {"span", Tag::span, K, no, inl},
    {"strong", Tag::strong, K, no, inl},
    {"style", Tag::style, D | S, RawText::rawtext, inl},
    {"sub", Tag::sub, K, no, inl},
    {"summary", Tag::summary, K | S | P, no, line},
    {"sup", Tag::sup, K, no, inl},
    {"svg", Tag::svg, D | F, no, inl},
    {"table", Tag::table, K | S | P | B, no, para},
    {"tbody", Tag::tbody, K | S, no, inl},
    {"td", Tag::td, K | S | B, no, line},
    {"template", Tag::template_, D | S | B, no, inl},
    {"textarea", Tag::textarea, D | S, RawText::rcdata, inl},
    {"tfoot", Tag::tfoot, K | S, no, inl},
    {"th", Tag::th, K | S | B, no, line},
    {"thead", Tag::thead, K | S, no, inl},
    {"time", Tag::time, K, no, inl},
    {"title", Tag::title, D | S, RawText::rcdata, inl},
    {"tr", Tag::tr, K | S, no, line},
    {"u", Tag::u, K, no, inl},
    {"ul", Tag::ul, K | S | P, no, para},
    {"var", Tag::var, K, no, inl},
    {"wbr", Tag::wbr, K | S | V, no, inl},
    {"xmp", Tag::xmp, D | S, RawText::rawtext, inl},
};

constexpr bool table_is_consistent() {
  for (std::size_t i = 0; i < std::size(kElements); ++i) {
    if (static_cast<std::size_t>(kElements[i].tag) != i) return false;
    if (i > 0 && !(kElements[i - 1].name < kElements[i].name)) return false;
  }
  return std::size(kElements) == static_cast<std::size_t>(Tag::unknown);
}
static_assert(table_is_consistent(), "kElements must be sorted and follow the order of Tag");
}  // namespace detail

namespace detail {
// For each first letter, where its names begin in the sorted table (and end,
// at the next letter's entry): a lookup compares a handful of names at most.
struct LetterIndex {
  std::uint8_t start[27] = {};
};
constexpr LetterIndex letter_index() {
  LetterIndex index;
  std::size_t entry = 0;
  for (std::size_t letter = 0; letter < 26; ++letter) {
    index.start[letter] = static_cast<std::uint8_t>(entry);
    while (entry < std::size(kElements) && static_cast<std::size_t>(kElements[entry].name[0] - 'a') == letter) ++entry;
  }
  index.start[26] = static_cast<std::uint8_t>(entry);
  return index;
}
inline constexpr LetterIndex kLetterIndex = letter_index();
static_assert(kLetterIndex.start[26] == std::size(kElements), "every element name starts with a-z");
}  // namespace detail

// The entry for a lowercase tag name, or nullptr for unknown elements.
constexpr const ElementInfo* find_element(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return nullptr;
  const std::size_t letter = static_cast<std::size_t>(name[0] - 'a');
  for (std::size_t i = detail::kLetterIndex.start[letter]; i < detail::kLetterIndex.start[letter + 1]; ++i) {
    if (detail::kElements[i].name == name) return &detail::kElements[i];
  }
  return nullptr;
}

constexpr const ElementInfo& element_info(Tag tag) { return detail::kElements[static_cast<std::size_t>(tag)]; }

constexpr bool has_flag(Tag tag, std::uint32_t f) { return tag != Tag::unknown && (element_info(tag).flags & f) != 0; }

// math and the MathML elements inside it.
constexpr bool is_mathml(Tag tag) { return tag == Tag::math || has_flag(tag, flag::mathml); }

// ---- attributes ------------------------------------------------------------

// What an allowed attribute's value must look like to be kept.
enum class ValueKind : std::uint8_t {
  text,            // any value
  url,             // checked and rewritten by the URL policy
  srcset,          // comma-separated image candidates, each URL checked
  integer,         // optional '-' then ASCII digits
  non_negative,    // ASCII digits
  choice,          // one of `choices`: exact, else ASCII case-insensitive (written as listed)
  class_list,      // class names: Markdown's language-[A-Za-z0-9_+#.-]+ on code, the embed template's on
                   // figure, else the policy's allowed_classes
  id,              // an added id: written with the policy's id_prefix
  media,           // media query list or sizes, written canonically (see canonical_media)
  length,          // a MathML length: optional '-', digits and '.', then an optional unit of letters or '%'
  boolean          // written without a value
};

struct AttributeRule {
  std::string_view element;   // "*" for every kept element, "*math" for every MathML element
  std::string_view attribute;
  ValueKind kind;
  std::string_view choices;   // '|'-separated, for ValueKind::choice
};

namespace detail {
inline constexpr AttributeRule kAttributes[] = {
    {"*", "dir", ValueKind::choice, "ltr|rtl|auto"},
    {"*", "lang", ValueKind::text, {}},
    {"*", "title", ValueKind::text, {}},
    {"*math", "displaystyle", ValueKind::choice, "true|false"},
    {"*math", "mathvariant", ValueKind::choice, "normal|bold|italic|bold-italic|double-struck|script|fraktur|sans-serif|monospace"},
    {"*math", "scriptlevel", ValueKind::integer, {}},
    {"annotation", "encoding", ValueKind::text, {}},
    {"math", "display", ValueKind::choice, "block|inline"},
    {"menclose", "notation", ValueKind::text, {}},
    {"mfrac", "linethickness", ValueKind::length, {}},
    {"mo", "fence", ValueKind::choice, "true|false"},
    {"mo", "form", ValueKind::choice, "prefix|infix|postfix"},
    {"mo", "largeop", ValueKind::choice, "true|false"},
    {"mo", "lspace", ValueKind::length, {}},
    {"mo", "maxsize", ValueKind::length, {}},
    {"mo", "minsize", ValueKind::length, {}},
    {"mo", "movablelimits", ValueKind::choice, "true|false"},
    {"mo", "rspace", ValueKind::length, {}},
    {"mo", "separator", ValueKind::choice, "true|false"},
    {"mo", "stretchy", ValueKind::choice, "true|false"},
    {"mo", "symmetric", ValueKind::choice, "true|false"},
    {"mover", "accent", ValueKind::choice, "true|false"},
    {"mpadded", "depth", ValueKind::length, {}},
    {"mpadded", "height", ValueKind::length, {}},
    {"mpadded", "lspace", ValueKind::length, {}},
    {"mpadded", "voffset", ValueKind::length, {}},
    {"mpadded", "width", ValueKind::length, {}},
    {"mspace", "depth", ValueKind::length, {}},
    {"mspace", "height", ValueKind::length, {}},
    {"mspace", "width", ValueKind::length, {}},
    {"mtd", "columnspan", ValueKind::non_negative, {}},
    {"mtd", "rowspan", ValueKind::non_negative, {}},
    {"munder", "accentunder", ValueKind::choice, "true|false"},
    {"munderover", "accent", ValueKind::choice, "true|false"},
    {"munderover", "accentunder", ValueKind::choice, "true|false"},
    {"a", "href", ValueKind::url, {}},
    {"blockquote", "cite", ValueKind::url, {}},
    {"code", "class", ValueKind::class_list, {}},
    {"del", "cite", ValueKind::url, {}},
    {"del", "datetime", ValueKind::text, {}},
    {"details", "open", ValueKind::boolean, {}},
    {"figure", "class", ValueKind::class_list, {}},
    {"img", "alt", ValueKind::text, {}},
    {"img", "height", ValueKind::non_negative, {}},
    {"img", "sizes", ValueKind::media, {}},
    {"img", "src", ValueKind::url, {}},
    {"img", "srcset", ValueKind::srcset, {}},
    {"img", "width", ValueKind::non_negative, {}},
    {"ins", "cite", ValueKind::url, {}},
    {"ins", "datetime", ValueKind::text, {}},
    {"li", "value", ValueKind::integer, {}},
    {"ol", "reversed", ValueKind::boolean, {}},
    {"ol", "start", ValueKind::integer, {}},
    {"ol", "type", ValueKind::choice, "1|a|A|i|I"},
    {"q", "cite", ValueKind::url, {}},
    {"source", "media", ValueKind::media, {}},
    {"source", "sizes", ValueKind::media, {}},
    {"source", "srcset", ValueKind::srcset, {}},
    {"source", "type", ValueKind::text, {}},
    {"td", "align", ValueKind::choice, "left|center|right"},
    {"td", "colspan", ValueKind::non_negative, {}},
    {"td", "rowspan", ValueKind::non_negative, {}},
    {"th", "align", ValueKind::choice, "left|center|right"},
    {"th", "colspan", ValueKind::non_negative, {}},
    {"th", "rowspan", ValueKind::non_negative, {}},
    {"th", "scope", ValueKind::choice, "row|col|rowgroup|colgroup"},
    {"time", "datetime", ValueKind::text, {}},
};
}  // namespace detail

namespace detail {
// For each element, the rules of kAttributes that apply to it (its own, "*",
// and "*math" for MathML ones), in table order: a lookup compares the
// handful of attribute names the element can have.
constexpr std::size_t kMaxRulesPerElement = 24;
struct ElementRules {
  std::uint8_t count = 0;
  std::uint8_t rule[kMaxRulesPerElement] = {};
};
constexpr bool rule_applies(const AttributeRule& rule, const ElementInfo& element) {
  const bool mathml = element.tag == Tag::math || (element.flags & flag::mathml) != 0;
  return rule.element == element.name || rule.element == "*" || (mathml && rule.element == "*math");
}
inline constexpr auto kRulesByElement = [] {
  std::array<ElementRules, std::size(kElements)> table{};
  for (std::size_t e = 0; e < std::size(kElements); ++e) {
    for (std::size_t r = 0; r < std::size(kAttributes); ++r) {
      if (!rule_applies(kAttributes[r], kElements[e])) continue;
      // Too small a kMaxRulesPerElement writes past `rule`, which a constant
      // evaluation refuses: the build stops here.
      table[e].rule[table[e].count++] = static_cast<std::uint8_t>(r);
    }
  }
  return table;
}();
static_assert(std::size(kAttributes) <= 255, "rule indexes are bytes");
}  // namespace detail

// The rule for `attribute` (lowercase) on the element `tag`, or nullptr.
constexpr const AttributeRule* find_attribute_rule(Tag tag, std::string_view attribute) {
  if (tag == Tag::unknown) return nullptr;
  const detail::ElementRules& rules = detail::kRulesByElement[static_cast<std::size_t>(tag)];
  for (std::size_t i = 0; i < rules.count; ++i) {
    const AttributeRule& rule = detail::kAttributes[rules.rule[i]];
    if (rule.attribute == attribute) return &rule;
  }
  return nullptr;
}

// The rule for `attribute` on `element` (both lowercase), or nullptr.
constexpr const AttributeRule* find_attribute_rule(std::string_view element, std::string_view attribute) {
  if (const ElementInfo* info = find_element(element)) return find_attribute_rule(info->tag, attribute);
  // Not an element of the tables: only the rules for every element can apply.
  for (const AttributeRule& rule : detail::kAttributes) {
    if (rule.attribute == attribute && (rule.element == element || rule.element == "*")) return &rule;
  }
  return nullptr;
}

}  // namespace galley::sanitize

namespace galley::sanitize {

// The attributes a policy may add (add_attributes, allowed_classes), with the
// rule their values must follow. A name ending in '*' stands for every name
// with that prefix and at least one more character of [a-z0-9_.-].
namespace detail {
inline constexpr AttributeRule kAddableAttributes[] = {
    {"*", "aria-*", ValueKind::text, {}},
    {"*", "class", ValueKind::class_list, {}},
    {"*", "data-*", ValueKind::text, {}},
    {"*", "id", ValueKind::id, {}},
    {"*", "role", ValueKind::text, {}},
    {"*", "translate", ValueKind::choice, "yes|no"},
    {"a", "hreflang", ValueKind::text, {}},
    {"a", "type", ValueKind::text, {}},
    {"data", "value", ValueKind::text, {}},
    {"td", "headers", ValueKind::text, {}},
    {"th", "abbr", ValueKind::text, {}},
    {"th", "headers", ValueKind::text, {}},
};
}  // namespace detail

// Whether `attribute` is `pattern` or, for a pattern ending in '*', one of
// the names it stands for.
constexpr bool attribute_matches(std::string_view pattern, std::string_view attribute) {
  if (pattern.empty() || pattern.back() != '*') return pattern == attribute;
  const std::string_view prefix = pattern.substr(0, pattern.size() - 1);
  if (attribute.size() <= prefix.size() || attribute.substr(0, prefix.size()) != prefix) return false;
  for (char c : attribute.substr(prefix.size())) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
  }
  return true;
}

// The rule for an attribute a policy may add on `element` ("*": any), or nullptr.
constexpr const AttributeRule* find_addable_attribute_rule(std::string_view element, std::string_view attribute) {
  for (const AttributeRule& rule : detail::kAddableAttributes) {
    if ((rule.element == "*" || rule.element == element) &&
        (rule.attribute == attribute || attribute_matches(rule.attribute, attribute))) {
      return &rule;
    }
  }
  return nullptr;
}

}  // namespace galley::sanitize
