#include "output_checker.hpp"

#include <cstdint>
#include <initializer_list>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "sanitize/policy_rules.hpp"

namespace galley::fuzz {
namespace {

// ---------------------------------------------------------------- elements

namespace in {
constexpr unsigned body = 1u << 0;      // user content (and the templates)
constexpr unsigned layout = 1u << 1;    // the article template only
constexpr unsigned page = 1u << 2;      // the document template's head and root only
}  // namespace in
namespace is {
constexpr unsigned void_element = 1u << 3;
constexpr unsigned special = 1u << 4;   // WHATWG "special" category
constexpr unsigned closes_p = 1u << 5;  // its start tag closes a p in button scope
constexpr unsigned heading = 1u << 6;
}  // namespace is

struct ElementFacts {
  std::string_view name;
  unsigned flags;
};

constexpr unsigned B = in::body, L = in::layout, D = in::page;
constexpr unsigned V = is::void_element, S = is::special, P = is::closes_p, H = is::heading;

// Every element Galley may write (docs/sanitizer.md, docs/html-output.md).
constexpr ElementFacts kElements[] = {
    {"a", B}, {"abbr", B}, {"address", S | P}, {"article", L | S | P}, {"aside", S | P}, {"b", B}, {"bdi", B}, {"bdo", B},
    {"blockquote", B | S | P}, {"body", D | S}, {"br", B | V | S}, {"caption", B | S}, {"cite", B},
    {"code", B}, {"data", 0}, {"dd", B | S | P}, {"del", B}, {"details", B | S | P}, {"dfn", B},
    {"div", B | S | P}, {"dl", B | S | P}, {"dt", B | S | P}, {"em", B}, {"figcaption", B | S | P},
    {"figure", B | S | P}, {"footer", L | S | P}, {"h1", L | S | P | H}, {"h2", B | S | P | H},
    {"h3", B | S | P | H}, {"h4", B | S | P | H}, {"h5", B | S | P | H}, {"h6", B | S | P | H},
    {"head", D | S}, {"header", L | S | P}, {"hgroup", S | P}, {"hr", B | V | S | P}, {"html", D | S}, {"i", B},
    {"iframe", B | S}, {"img", B | V | S}, {"ins", B}, {"kbd", B}, {"li", B | S | P},
    {"link", D | V | S}, {"main", S | P}, {"mark", B}, {"math", B}, {"meta", D | V | S}, {"nav", L | S | P}, {"ol", B | S | P},
    {"p", B | S | P}, {"picture", B}, {"pre", B | S | P}, {"q", B}, {"rp", B}, {"rt", B},
    {"ruby", B}, {"s", B}, {"samp", B}, {"script", D | S}, {"section", L | S | P}, {"small", B},
    {"source", B | V | S}, {"span", B}, {"strong", B}, {"style", D | S}, {"sub", B}, {"summary", B | S | P},
    {"sup", B}, {"table", B | S | P}, {"tbody", B | S}, {"td", B | S}, {"tfoot", B | S},
    {"th", B | S}, {"thead", B | S}, {"time", B}, {"title", D | S}, {"tr", B | S}, {"u", B},
    {"ul", B | S | P}, {"var", B}, {"wbr", B | V | S},
};

// MathML Galley may write inside math (docs/sanitizer.md, MathML); the token
// elements hold text only, and no MathML element carries a link or a style.
constexpr std::string_view kMathml[] = {
    "annotation", "menclose", "merror", "mfrac", "mi", "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom",
    "mprescripts", "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd",
    "mtext", "mtr", "munder", "munderover", "none", "semantics"};
constexpr ElementFacts kMathmlFacts{"", 0};
constexpr std::string_view kMathmlAttributes[] = {
    "dir", "lang", "title", "displaystyle", "scriptlevel", "mathvariant", "display", "form", "fence", "separator",
    "stretchy", "symmetric", "largeop", "movablelimits", "lspace", "rspace", "minsize", "maxsize", "linethickness",
    "width", "height", "depth", "voffset", "columnspan", "rowspan", "accent", "accentunder", "notation", "encoding"};

template <std::size_t N>
bool listed(std::string_view name, const std::string_view (&names)[N]) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

bool is_math_token(std::string_view name) { return name == "mi" || name == "mn" || name == "mo" || name == "ms" || name == "mtext"; }

const ElementFacts* find_element(std::string_view name) {
  for (const ElementFacts& e : kElements) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

// ---------------------------------------------------------------- attributes

enum class Value {
  text, url, srcset, integer, non_negative, choice, rel, heading_id, code_class,
  galley_class, boolean, embed_src, sandbox, meta_content
};

struct AttributeRule {
  std::string_view element;  // "*": any element
  std::string_view name;
  Value value;
  std::string_view choices;  // '|'-separated, for Value::choice
  bool layout_only;          // never on user content
};

constexpr AttributeRule kAttributes[] = {
    {"*", "dir", Value::choice, "ltr|rtl|auto", false},
    {"*", "lang", Value::text, {}, false},
    {"*", "title", Value::text, {}, false},
    {"*", "id", Value::heading_id, {}, false},
    {"a", "href", Value::url, {}, false},
    {"a", "rel", Value::rel, {}, false},
    {"a", "target", Value::choice, "_blank", false},
    {"blockquote", "cite", Value::url, {}, false},
    {"code", "class", Value::code_class, {}, false},
    {"del", "cite", Value::url, {}, false},
    {"del", "datetime", Value::text, {}, false},
    {"details", "open", Value::boolean, {}, false},
    {"figure", "class", Value::galley_class, {}, false},  // the embed template
    {"iframe", "src", Value::embed_src, {}, false},
    {"iframe", "width", Value::non_negative, {}, false},
    {"iframe", "height", Value::non_negative, {}, false},
    {"iframe", "loading", Value::choice, "lazy", false},
    {"iframe", "referrerpolicy", Value::choice, "strict-origin-when-cross-origin", false},
    {"iframe", "sandbox", Value::sandbox, {}, false},
    {"iframe", "allow", Value::text, {}, false},
    {"iframe", "allowfullscreen", Value::boolean, {}, false},
    {"img", "alt", Value::text, {}, false},
    {"img", "width", Value::non_negative, {}, false},
    {"img", "height", Value::non_negative, {}, false},
    {"img", "sizes", Value::text, {}, false},
    {"img", "src", Value::url, {}, false},
    {"img", "srcset", Value::srcset, {}, false},
    {"img", "loading", Value::choice, "lazy", false},
    {"img", "decoding", Value::choice, "async", false},
    {"ins", "cite", Value::url, {}, false},
    {"ins", "datetime", Value::text, {}, false},
    {"li", "value", Value::integer, {}, false},
    {"ol", "reversed", Value::boolean, {}, false},
    {"ol", "start", Value::integer, {}, false},
    {"ol", "type", Value::choice, "1|a|A|i|I", false},
    {"q", "cite", Value::url, {}, false},
    {"source", "media", Value::text, {}, false},
    {"source", "sizes", Value::text, {}, false},
    {"source", "srcset", Value::srcset, {}, false},
    {"source", "type", Value::text, {}, false},
    {"td", "align", Value::choice, "left|center|right", false},
    {"td", "colspan", Value::non_negative, {}, false},
    {"td", "rowspan", Value::non_negative, {}, false},
    {"th", "align", Value::choice, "left|center|right", false},
    {"th", "colspan", Value::non_negative, {}, false},
    {"th", "rowspan", Value::non_negative, {}, false},
    {"th", "scope", Value::choice, "row|col|rowgroup|colgroup", false},
    {"time", "datetime", Value::text, {}, false},
    // The article and document templates.
    {"*", "class", Value::galley_class, {}, true},
    {"*", "aria-label", Value::text, {}, true},
    {"li", "aria-current", Value::choice, "page", true},
    {"meta", "charset", Value::choice, "utf-8", true},
    {"meta", "name", Value::text, {}, true},
    {"meta", "property", Value::text, {}, true},
    {"meta", "content", Value::meta_content, {}, true},
    {"link", "rel", Value::choice, "canonical|stylesheet", true},
    {"link", "href", Value::url, {}, true},
    {"script", "type", Value::choice, "application/ld+json", true},
};

// The rule for `name` on `element`; one naming the element wins over "*".
const AttributeRule* find_rule(std::string_view element, std::string_view name, bool in_user_content) {
  const AttributeRule* wildcard = nullptr;
  for (const AttributeRule& rule : kAttributes) {
    if (rule.name != name || (rule.layout_only && in_user_content)) continue;
    if (rule.element == element) return &rule;
    if (rule.element == "*" && wildcard == nullptr) wildcard = &rule;
  }
  return wildcard;
}

bool is_ascii_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || is_ascii_digit(c); }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from = 0) {
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    if (starts_with_ci(haystack.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return true;
}

bool all_whitespace(std::string_view s) { return all_of(s, is_ascii_whitespace); }

// Splits on runs of ASCII whitespace.
std::vector<std::string_view> tokens_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_whitespace(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_ascii_whitespace(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool has_token(std::string_view value, std::string_view token) {
  for (std::string_view t : tokens_of(value)) {
    if (t == token) return true;
  }
  return false;
}

bool tokens_within(std::string_view value, std::initializer_list<std::string_view> allowed) {
  const std::vector<std::string_view> tokens = tokens_of(value);
  if (tokens.empty()) return false;
  for (std::string_view t : tokens) {
    if (!one_of(t, allowed)) return false;
  }
  return true;
}

bool is_choice(std::string_view value, std::string_view choices) {
  while (true) {
    const std::size_t bar = choices.find('|');
    if (choices.substr(0, bar) == value) return true;
    if (bar == std::string_view::npos) return false;
    choices.remove_prefix(bar + 1);
  }
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Galley escapes every '&' it writes, so the only references in its output are
// the escapes themselves and numeric ones. Decodes them; false when a '&'
// starts anything else (an unescaped ampersand).
bool decode_references(std::string_view s, std::string& out) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
  out.clear();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::string_view rest = s.substr(i + 1);
    bool matched = false;
    for (const auto& [name, ch] : kNamed) {
      if (rest.substr(0, name.size()) == name) {
        out += ch;
        i += name.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (rest.empty() || rest[0] != '#') return false;
    const bool hex = rest.size() > 1 && (rest[1] == 'x' || rest[1] == 'X');
    std::size_t j = hex ? 2 : 1;
    std::uint32_t cp = 0;
    const std::size_t digits_start = j;
    while (j < rest.size() && j - digits_start < 8) {
      const char c = rest[j];
      std::uint32_t d;
      if (is_ascii_digit(c)) d = static_cast<std::uint32_t>(c - '0');
      else if (hex && c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
      else break;
      cp = cp * (hex ? 16u : 10u) + d;
      ++j;
    }
    if (j == digits_start || j >= rest.size() || rest[j] != ';') return false;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
    i += j + 1;
  }
  return true;
}

// ---------------------------------------------------------------- the checker

struct Attr {
  std::string_view name;
  std::string value;  // decoded
  bool has_value;
};

struct Open {
  std::string_view name;
  const ElementFacts* facts;
  bool starts_user_content;  // the galley-body div of the templates
  bool embed_figure;         // figure class="galley-embed …"
  bool mathml = false;       // math and the MathML elements in it
};

class Checker {
 public:
  Checker(std::string_view html, const OutputRules& rules) : html_(html), rules_(rules) {}

  std::string run() {
    if (!is_valid_utf8(html_)) return "output is not valid UTF-8";
    if (html_.find('\0') != std::string_view::npos) return fail_at(html_.find('\0'), "NUL in output");
    if (rules_.frame == Template::document) {
      static constexpr std::string_view kDoctype = "<!DOCTYPE html>";
      if (html_.substr(0, kDoctype.size()) != kDoctype) return "document does not start with <!DOCTYPE html>";
      pos_ = kDoctype.size();
    }
    while (error_.empty() && pos_ < html_.size()) {
      const std::size_t lt = html_.find('<', pos_);
      text(html_.substr(pos_, lt == std::string_view::npos ? std::string_view::npos : lt - pos_));
      if (lt == std::string_view::npos || !error_.empty()) break;
      pos_ = lt;
      tag();
    }
    if (error_.empty() && !stack_.empty()) fail("<" + std::string(stack_.back().name) + "> never closed");
    if (error_.empty() && rules_.frame != Template::body && roots_ != 1) fail("expected exactly one root element");
    return error_;
  }

 private:
  std::string fail_at(std::size_t offset, std::string message) {
    if (error_.empty()) error_ = "at byte " + std::to_string(offset) + ": " + std::move(message);
    return error_;
  }
  void fail(std::string message) { fail_at(pos_, std::move(message)); }
  bool reject(std::string message) {
    fail(std::move(message));
    return false;
  }

  bool in_user_content() const { return rules_.frame == Template::body || user_content_depth_ > 0; }
  const Open* parent() const { return stack_.empty() ? nullptr : &stack_.back(); }
  std::string_view parent_name() const { return stack_.empty() ? std::string_view{} : stack_.back().name; }

  void text(std::string_view t) {
    if (t.empty()) return;
    std::string decoded;
    if (!decode_references(t, decoded)) return fail("unescaped '&' in text");
    if (all_whitespace(t)) return;
    const std::string_view p = parent_name();
    if (p.empty() && rules_.frame != Template::body) return fail("text outside the root element");
    if (one_of(p, {"table", "thead", "tbody", "tfoot", "tr"})) return fail("text directly in <" + std::string(p) + "> would be foster-parented");
    if (one_of(p, {"html", "head", "iframe"})) return fail("text in <" + std::string(p) + ">");
  }

  void tag() {
    const std::string_view rest = html_.substr(pos_);
    if (rest.size() >= 2 && rest[1] == '/') return end_tag();
    if (rest.size() >= 2 && rest[1] == '!') return fail("comment, doctype or CDATA in output");
    if (rest.size() < 2 || !is_ascii_alpha(rest[1])) return fail("raw '<' in text");
    start_tag();
  }

  std::string_view read_name(std::size_t& i) const {
    const std::size_t start = i;
    while (i < html_.size() && is_lower_alnum(html_[i])) ++i;
    return html_.substr(start, i - start);
  }

  void end_tag() {
    std::size_t i = pos_ + 2;
    const std::string_view name = read_name(i);
    if (name.empty() || i >= html_.size() || html_[i] != '>') return fail("malformed end tag");
    if (stack_.empty() || stack_.back().name != name) {
      return fail("</" + std::string(name) + "> does not close the current element" +
                  (stack_.empty() ? std::string() : " <" + std::string(stack_.back().name) + ">"));
    }
    if (stack_.back().starts_user_content) --user_content_depth_;
    stack_.pop_back();
    pos_ = i + 1;
  }

  // Parses `<name attr="v" …>`; pos_ ends after the '>'.
  bool parse_start_tag(std::string_view& name, std::vector<Attr>& attrs, bool& self_closing) {
    std::size_t i = pos_ + 1;
    name = read_name(i);
    self_closing = false;
    while (true) {
      const std::size_t before_space = i;
      while (i < html_.size() && is_ascii_whitespace(html_[i])) ++i;
      if (i >= html_.size()) return reject("unterminated tag");
      if (html_[i] == '>') break;
      if (html_[i] == '/') {
        if (i + 1 < html_.size() && html_[i + 1] == '>') {
          self_closing = true;
          ++i;
          break;
        }
        return reject("stray '/' in tag");
      }
      if (i == before_space) return reject("attributes not separated by whitespace");
      const std::size_t name_start = i;
      while (i < html_.size() && (is_lower_alnum(html_[i]) || html_[i] == '-')) ++i;
      if (i == name_start || !is_ascii_alpha(html_[name_start])) return reject("malformed attribute name");
      Attr attr{html_.substr(name_start, i - name_start), {}, false};
      if (i < html_.size() && html_[i] == '=') {
        ++i;
        if (i >= html_.size() || (html_[i] != '"' && html_[i] != '\'')) {
          return reject("unquoted value of attribute " + std::string(attr.name));
        }
        const char quote = html_[i++];
        const std::size_t end = html_.find(quote, i);
        if (end == std::string_view::npos) return reject("unterminated attribute value");
        const std::string_view raw = html_.substr(i, end - i);
        if (raw.find('<') != std::string_view::npos) return reject("raw '<' in value of " + std::string(attr.name));
        if (!decode_references(raw, attr.value)) return reject("unescaped '&' in value of " + std::string(attr.name));
        attr.has_value = true;
        i = end + 1;
      }
      for (const Attr& a : attrs) {
        if (a.name == attr.name) return reject("duplicate attribute " + std::string(attr.name));
      }
      attrs.push_back(std::move(attr));
    }
    pos_ = i + 1;
    return true;
  }

  void start_tag() {
    const std::size_t tag_offset = pos_;
    std::string_view name;
    std::vector<Attr> attrs;
    bool self_closing = false;
    if (!parse_start_tag(name, attrs, self_closing)) return;
    const std::size_t after = pos_;
    pos_ = tag_offset;  // report problems at the tag

    const bool user = in_user_content();
    const Open* above = parent();
    if (above != nullptr && above->mathml) {
      if (is_math_token(above->name)) return fail("<" + std::string(name) + "> inside MathML <" + std::string(above->name) + ">");
      if (name != "math" && !listed(name, kMathml)) return fail("<" + std::string(name) + "> inside math is not in the MathML subset");
      if (self_closing) return fail("self-closing MathML <" + std::string(name) + ">");
      Open open{name, &kMathmlFacts, false, false, true};
      mathml_attributes(open, attrs);
      if (!error_.empty()) return;
      pos_ = after;
      stack_.push_back(open);
      if (stack_.size() > rules_.max_depth) fail("nesting deeper than " + std::to_string(rules_.max_depth));
      return;
    }
    const ElementFacts* facts = find_element(name);
    if (facts == nullptr) return fail("element <" + std::string(name) + "> is not allowed");
    const bool widened = user && (facts->flags & in::body) == 0 && galley::sanitize::allows_element(rules_.policy, name);
    const bool allowed = (facts->flags & in::body) != 0 || widened ||
                         (!user && (facts->flags & in::layout) != 0 && rules_.frame != Template::body) ||
                         (!user && (facts->flags & in::page) != 0 && rules_.frame == Template::document);
    if (!allowed) return fail("<" + std::string(name) + "> is not allowed " + (user ? "in user content" : "here"));
    if (self_closing && (facts->flags & is::void_element) == 0) return fail("self-closing syntax on non-void <" + std::string(name) + ">");

    Open open{name, facts, false, false, name == "math"};
    attributes(open, attrs, user);
    if (!error_.empty()) return;
    structure(open, user);
    if (!error_.empty()) return;

    if (stack_.empty()) ++roots_;
    pos_ = after;
    if ((facts->flags & is::void_element) != 0) return;
    if (name == "script" || name == "title" || name == "style") return raw_text_element(name);
    if (name == "iframe" && html_.substr(pos_, 9) != "</iframe>") return fail("<iframe> with content");
    if (open.mathml) mathml_attributes(open, attrs);
    if (!error_.empty()) return;
    if (open.starts_user_content) ++user_content_depth_;
    stack_.push_back(open);
    if (stack_.size() > rules_.max_depth) fail("nesting deeper than " + std::to_string(rules_.max_depth));
  }

  void raw_text_element(std::string_view name) {
    const std::string end = "</" + std::string(name) + ">";
    const std::size_t close = find_ci(html_, end, pos_);
    if (close == std::string_view::npos) return fail("<" + std::string(name) + "> never closed");
    const std::string_view content = html_.substr(pos_, close - pos_);
    if (name == "script") {
      if (find_ci(content, "<!--") != std::string_view::npos || find_ci(content, "<script") != std::string_view::npos ||
          find_ci(content, "</script") != std::string_view::npos) {
        return fail("markup inside the JSON-LD script");
      }
      if (!nlohmann::json::accept(content)) return fail("the JSON-LD script is not JSON");
    } else if (name == "style") {
      // galley.css: no markup, so nothing can end the element early or open a comment.
      if (content.find('<') != std::string_view::npos) return fail("'<' inside the <style> element");
      if (++style_count_ > 1) return fail("more than one <style>");
    } else {
      std::string decoded;
      if (content.find('<') != std::string_view::npos) return fail("raw '<' in <title>");
      if (!decode_references(content, decoded)) return fail("unescaped '&' in <title>");
    }
    pos_ = close + end.size();
  }

  const Attr* find_attr(const std::vector<Attr>& attrs, std::string_view name) const {
    for (const Attr& a : attrs) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }

  // Only presentation attributes, never a link, style or anything the policy could add.
  void mathml_attributes(const Open& open, const std::vector<Attr>& attrs) {
    for (const Attr& a : attrs) {
      if (!listed(a.name, kMathmlAttributes)) return fail("attribute " + std::string(a.name) + " on MathML <" + std::string(open.name) + ">");
      if (!a.has_value) return fail("MathML attribute " + std::string(a.name) + " without a value");
    }
  }

  // Classes in user content: Markdown's language-* on code, the embed
  // template's figure, and names the policy allows.
  std::string user_class_problem(const Open& open, const std::string& v) const {
    if (open.name == "figure" && (v == "galley-embed galley-embed-youtube" || v == "galley-embed galley-embed-vimeo")) return "";
    const std::vector<std::string_view> tokens = tokens_of(v);
    if (tokens.empty()) return "empty class";
    for (std::string_view t : tokens) {
      const bool language = open.name == "code" && t.size() > 9 && t.substr(0, 9) == "language-";
      if (!language && !galley::sanitize::allows_class(rules_.policy, open.name, t)) return "class '" + std::string(t) + "' not allowed";
    }
    return "";
  }

  // An attribute the policy added: never a handler or URL (the policy
  // refuses those); an id carries the id prefix.
  std::string widened_problem(const Attr& a) const {
    if (a.name == "id" && a.value.compare(0, rules_.policy.id_prefix().size(), rules_.policy.id_prefix()) != 0) {
      return "id without the policy's id_prefix";
    }
    return "";
  }

  void attributes(Open& open, const std::vector<Attr>& attrs, bool user) {
    for (const Attr& a : attrs) {
      if (a.name.size() > 2 && a.name.substr(0, 2) == "on") return fail("event handler attribute " + std::string(a.name));
      if (open.mathml) continue;  // checked by mathml_attributes
      if (user && a.name == "class") {
        const std::string problem = user_class_problem(open, a.value);
        if (!problem.empty()) return fail("class on <" + std::string(open.name) + ">: " + problem);
        continue;
      }
      const bool heading_id = a.name == "id" && (open.facts->flags & is::heading) != 0;
      if (user && !heading_id && galley::sanitize::allows_attribute(rules_.policy, open.name, a.name) &&
          find_rule(open.name, a.name, user) == nullptr) {
        const std::string problem = widened_problem(a);
        if (!problem.empty()) return fail(std::string(a.name) + " on <" + std::string(open.name) + ">: " + problem);
        continue;
      }
      if (user && a.name == "id" && !heading_id) {
        const std::string problem = widened_problem(a);
        if (!galley::sanitize::allows_attribute(rules_.policy, open.name, "id")) return fail("id on <" + std::string(open.name) + "> in user content");
        if (!problem.empty()) return fail("id on <" + std::string(open.name) + ">: " + problem);
        continue;
      }
      const AttributeRule* rule = find_rule(open.name, a.name, user);
      if (rule == nullptr) return fail("attribute " + std::string(a.name) + " not allowed on <" + std::string(open.name) + ">" + (user ? " in user content" : ""));
      const std::string problem = value_problem(open, *rule, a, attrs);
      if (!problem.empty()) return fail(std::string(a.name) + " on <" + std::string(open.name) + ">: " + problem);
    }
    if (open.name == "a" && find_attr(attrs, "target") != nullptr) {
      const Attr* rel = find_attr(attrs, "rel");
      if (rel == nullptr || !has_token(rel->value, "noopener")) return fail("target=_blank without rel=noopener");
    }
    if (open.name == "script" && find_attr(attrs, "type") == nullptr) return fail("<script> that is not JSON-LD");
    if (open.name == "img" && find_attr(attrs, "src") == nullptr) return fail("<img> without src");
    if (open.name == "iframe") {
      if (find_attr(attrs, "sandbox") == nullptr) return fail("<iframe> without sandbox");
      if (find_attr(attrs, "src") == nullptr) return fail("<iframe> without src");
      const Open* p = parent();
      if (p == nullptr || !p->embed_figure) return fail("<iframe> outside the embed template");
    }
    if (open.name == "figure") {
      const Attr* c = find_attr(attrs, "class");
      open.embed_figure = c != nullptr && has_token(c->value, "galley-embed");
    }
    if (open.name == "div" && !user) {
      const Attr* c = find_attr(attrs, "class");
      open.starts_user_content = c != nullptr && has_token(c->value, "galley-body");
    }
  }

  std::string value_problem(const Open& open, const AttributeRule& rule, const Attr& a, const std::vector<Attr>& attrs) {
    const std::string& v = a.value;
    if (rule.value == Value::boolean) return v.empty() ? "" : "boolean attribute with a value";
    if (!a.has_value) return "missing value";
    switch (rule.value) {
      case Value::text: return "";
      case Value::url: return url_problem(v, open.name == "img");
      case Value::srcset: return srcset_problem(v, open.name == "img");
      case Value::integer: {
        const std::string_view digits = !v.empty() && v[0] == '-' ? std::string_view(v).substr(1) : std::string_view(v);
        // docs/sanitizer.md: an optional '-' and up to 9 digits.
        return !digits.empty() && digits.size() <= 9 && all_of(digits, is_ascii_digit) ? "" : "not an integer";
      }
      case Value::non_negative: return !v.empty() && all_of(v, is_ascii_digit) ? "" : "not a non-negative integer";
      case Value::choice: return is_choice(v, rule.choices) ? "" : "value '" + v + "' not one of " + std::string(rule.choices);
      case Value::rel: return tokens_within(v, {"noopener", "noreferrer", "nofollow", "ugc", "author"}) ? "" : "unexpected rel '" + v + "'";
      case Value::heading_id: return id_problem(open, v);
      case Value::code_class: {
        static constexpr std::string_view kPrefix = "language-";
        if (v.compare(0, kPrefix.size(), kPrefix) != 0 || v.size() == kPrefix.size()) return "not language-*";
        for (char c : std::string_view(v).substr(kPrefix.size())) {
          if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '_' && c != '+' && c != '#' && c != '.' && c != '-') return "bad language name";
        }
        return "";
      }
      case Value::galley_class: {
        const std::vector<std::string_view> tokens = tokens_of(v);
        if (tokens.empty()) return "empty class";
        for (std::string_view t : tokens) {
          if (t.substr(0, 7) != "galley-" || t.size() == 7) return "class '" + std::string(t) + "' is not a galley- class";
          for (char c : t) {
            if (!is_lower_alnum(c) && c != '-') return "class '" + std::string(t) + "' is not a galley- class";
          }
        }
        return "";
      }
      case Value::embed_src: return embed_src_ok(v) ? "" : "not an embed template URL: " + v;
      case Value::sandbox:
        return tokens_within(v, {"allow-scripts", "allow-same-origin", "allow-presentation", "allow-popups"}) ? "" : "sandbox too permissive: " + v;
      case Value::meta_content: {
        const Attr* key = find_attr(attrs, "property");
        if (key == nullptr) key = find_attr(attrs, "name");
        if (key == nullptr) return "";
        const std::string_view k = key->value;
        const bool is_url = k == "og:url" || k == "twitter:url" ||
                            (k.size() >= 6 && (k.substr(k.size() - 6) == ":image" || k.substr(k.size() - 4) == ":url"));
        return is_url ? url_problem(v, true) : "";
      }
      case Value::boolean: break;
    }
    return "";
  }

  std::string id_problem(const Open& open, const std::string& v) {
    if ((open.facts->flags & is::heading) == 0) return "id outside a heading";
    if (v.compare(0, rules_.heading_id_prefix.size(), rules_.heading_id_prefix) != 0) return "id without the prefix";
    if (v.empty()) return "empty id";
    for (char c : v) {
      if (is_ascii_whitespace(c)) return "id with whitespace";
    }
    if (!ids_.insert(v).second) return "duplicate id '" + v + "'";
    return "";
  }

  static bool embed_src_ok(std::string_view v) {
    static constexpr std::string_view kYoutube = "https://www.youtube-nocookie.com/embed/";
    static constexpr std::string_view kVimeo = "https://player.vimeo.com/video/";
    static constexpr std::string_view kVimeoSuffix = "?dnt=1";
    if (v.substr(0, kYoutube.size()) == kYoutube) {
      const std::string_view id = v.substr(kYoutube.size());
      return id.size() == 11 && all_of(id, [](char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '_' || c == '-'; });
    }
    if (v.substr(0, kVimeo.size()) == kVimeo && v.size() > kVimeo.size() + kVimeoSuffix.size() &&
        v.substr(v.size() - kVimeoSuffix.size()) == kVimeoSuffix) {
      const std::string_view id = v.substr(kVimeo.size(), v.size() - kVimeo.size() - kVimeoSuffix.size());
      return id.size() <= 12 && all_of(id, is_ascii_digit);
    }
    return false;
  }

  // The URL as a browser reads it (WHATWG URL: C0 controls and spaces trimmed,
  // tabs and newlines removed) must be relative or use an allowed scheme;
  // javascript:, vbscript: and non-image data: never pass.
  std::string url_problem(std::string_view value, bool image) const {
    std::string url;
    std::size_t begin = 0, end = value.size();
    while (begin < end && static_cast<unsigned char>(value[begin]) <= 0x20) ++begin;
    while (end > begin && static_cast<unsigned char>(value[end - 1]) <= 0x20) --end;
    for (char c : value.substr(begin, end - begin)) {
      if (c != '\t' && c != '\n' && c != '\r') url += c;
    }
    if (url.empty() || !is_ascii_alpha(url[0])) return "";
    std::size_t i = 1;
    while (i < url.size() && (is_ascii_alpha(url[i]) || is_ascii_digit(url[i]) || url[i] == '+' || url[i] == '-' || url[i] == '.')) ++i;
    if (i >= url.size() || url[i] != ':') return "";
    const std::string scheme = lowercase(std::string_view(url).substr(0, i));
    if (scheme == "javascript" || scheme == "vbscript") return "script URL " + url;
    if (scheme == "data") {
      const std::string rest = lowercase(std::string_view(url).substr(i + 1, 11));
      bool image_type = false;
      for (std::string_view type : {"image/png", "image/gif", "image/jpeg", "image/webp", "image/avif"}) {
        const std::string_view r = rest;
        image_type = image_type || (r.substr(0, type.size()) == type && r.size() > type.size() &&
                                    (r[type.size()] == ';' || r[type.size()] == ','));
      }
      if (image && image_type && rules_.allow_data_images) return "";
      return "data URL " + url.substr(0, 40);
    }
    for (const std::string& allowed : rules_.url_schemes) {
      if (lowercase(allowed) == scheme) return "";
    }
    return "scheme '" + scheme + "' not allowed";
  }

  // Image candidates as the srcset parser reads them: a URL up to whitespace
  // (trailing commas end the candidate), then descriptors up to a comma.
  std::string srcset_problem(std::string_view v, bool image) const {
    std::size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && (is_ascii_whitespace(v[i]) || v[i] == ',')) ++i;
      const std::size_t start = i;
      while (i < v.size() && !is_ascii_whitespace(v[i])) ++i;
      std::string_view url = v.substr(start, i - start);
      bool ended = false;
      while (!url.empty() && url.back() == ',') {
        url.remove_suffix(1);
        ended = true;
      }
      if (!url.empty()) {
        const std::string problem = url_problem(url, image);
        if (!problem.empty()) return problem;
      }
      if (ended) continue;
      int parens = 0;
      while (i < v.size() && (v[i] != ',' || parens > 0)) {
        if (v[i] == '(') ++parens;
        if (v[i] == ')' && parens > 0) --parens;
        ++i;
      }
    }
    return "";
  }

  // What the HTML tree builder would do with this start tag, given the open
  // elements: anything that closes, moves or ignores an element is a violation.
  void structure(Open& open, bool user) {
    const std::string_view name = open.name;
    const std::string_view p = parent_name();
    const unsigned flags = open.facts->flags;

    if (name == "h1" && ++h1_count_ > 1) return fail("more than one <h1>");
    if (user && name == "h1") return fail("<h1> in user content");

    if (rules_.frame == Template::document) {
      if (name == "html" && !stack_.empty()) return fail("nested <html>");
      if (name != "html" && stack_.empty()) return fail("<" + std::string(name) + "> outside <html>");
      if (p == "html" && name != "head" && name != "body") return fail("<" + std::string(name) + "> directly in <html>");
      if (p == "head" && !one_of(name, {"meta", "title", "link", "style", "script"})) return fail("<" + std::string(name) + "> in <head>");
      if ((flags & in::page) != 0 && name != "html" && name != "head" && name != "body" && p != "head") {
        return fail("<" + std::string(name) + "> outside <head>");
      }
    }
    if (rules_.frame == Template::article && stack_.empty() && name != "article") {
      return fail("<" + std::string(name) + "> outside the article");
    }

    if ((flags & is::closes_p) != 0) {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (it->name == "p") return fail("<" + std::string(name) + "> would close the enclosing <p>");
        if (one_of(it->name, {"html", "table", "td", "th", "caption", "object", "template", "applet", "marquee", "button"})) break;
      }
    }
    if (name == "a") {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (it->name == "a") return fail("<a> inside <a>");
        if (one_of(it->name, {"td", "th", "caption", "template", "object", "applet", "marquee"})) break;
      }
    }
    if ((flags & is::heading) != 0 && !stack_.empty() && (stack_.back().facts->flags & is::heading) != 0) {
      return fail("heading directly inside a heading");
    }
    if (name == "li" || name == "dd" || name == "dt") {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        const bool closes = name == "li" ? it->name == "li" : one_of(it->name, {"dd", "dt"});
        if (closes) return fail("<" + std::string(name) + "> would close the enclosing <" + std::string(it->name) + ">");
        if ((it->facts->flags & is::special) != 0 && !one_of(it->name, {"address", "div", "p"})) break;
      }
    }
    if (name == "rp" || name == "rt") {
      bool ruby_in_scope = false;
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (it->name == "ruby") {
          ruby_in_scope = true;
          break;
        }
        if (one_of(it->name, {"html", "table", "td", "th", "caption", "object", "template", "applet", "marquee"})) break;
      }
      if (ruby_in_scope && one_of(p, {"dd", "dt", "li", "p", "rp", "rt"})) {
        return fail("<" + std::string(name) + "> would close the enclosing <" + std::string(p) + ">");
      }
    }
    // Table structure: the "in table" insertion modes move or drop anything else.
    if (p == "table" && !one_of(name, {"caption", "thead", "tbody", "tfoot"})) return fail("<" + std::string(name) + "> directly in <table>");
    if (one_of(p, {"thead", "tbody", "tfoot"}) && name != "tr") return fail("<" + std::string(name) + "> directly in <" + std::string(p) + ">");
    if (p == "tr" && name != "td" && name != "th") return fail("<" + std::string(name) + "> directly in <tr>");
    if (one_of(name, {"caption", "thead", "tbody", "tfoot"}) && p != "table") return fail("<" + std::string(name) + "> outside <table>");
    if (name == "tr" && !one_of(p, {"thead", "tbody", "tfoot"})) return fail("<tr> outside a table section");
    if ((name == "td" || name == "th") && p != "tr") return fail("<" + std::string(name) + "> outside <tr>");
  }

  std::string_view html_;
  const OutputRules& rules_;
  std::size_t pos_ = 0;
  std::vector<Open> stack_;
  std::size_t user_content_depth_ = 0;
  std::size_t roots_ = 0;
  std::size_t h1_count_ = 0;
  std::size_t style_count_ = 0;
  std::set<std::string> ids_;
  std::string error_;
};

}  // namespace

OutputRules rules_for(const Options& options) {
  OutputRules rules;
  rules.frame = options.mode == Mode::fragment ? Template::body
                : options.mode == Mode::article ? Template::article
                                                : Template::document;
  rules.heading_id_prefix = options.heading_id_prefix;
  rules.url_schemes = options.policy.schemes();
  rules.allow_data_images = options.policy.data_images_allowed();
  rules.policy = options.policy;
  return rules;
}

std::string check_html(std::string_view html, const OutputRules& rules) { return Checker(html, rules).run(); }

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t length;
    std::uint32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      cp = b & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

}  // namespace galley::fuzz
