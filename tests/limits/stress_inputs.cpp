#include "stress_inputs.hpp"

#include "json_text.hpp"

namespace galley::hardening {

std::string repeat(std::string_view unit, std::size_t count) {
  std::string out;
  out.reserve(unit.size() * count);
  for (std::size_t i = 0; i < count; ++i) out += unit;
  return out;
}

std::string markdown_article(std::string_view markdown) {
  return R"({"title":"Stress","body":)" + fuzz::json_string(markdown) + "}";
}

std::string html_article(std::string_view html) {
  return R"({"title":"Stress","body":{"format":"html","content":)" + fuzz::json_string(html) + "}}";
}

namespace {

constexpr Expect renders = Expect::renders;
constexpr Expect too_deep = Expect::too_deep;

std::string backticks(std::size_t n) {
  std::string out;
  for (std::size_t run = 1; run < n; ++run) {
    out += 'e';
    out.append(run, '`');
  }
  return out;
}

std::string many_references(std::size_t n) {
  std::string out;
  for (std::size_t i = 1; i < n * 16; ++i) out += "[" + std::to_string(i) + "]: u\n";
  return out + repeat("[0] ", n);
}

std::string deeply_nested_lists(std::size_t n) {
  std::string out;
  for (std::size_t depth = 0; depth < n; ++depth) out += std::string(2 * depth, ' ') + "* a\n";
  return out;
}

}  // namespace

const std::vector<PathologicalCase>& md4c_pathological_cases() {
  static const std::vector<PathologicalCase> cases = {
      {"U+0000", [](std::size_t n) { return repeat(std::string_view("abc\0de\0", 7), n); }, 1, renders},
      {"U+FEFF (Unicode BOM)", [](std::size_t n) { return repeat("\xEF\xBB\xBF" "foo\n\n", n); }, 1, renders},
      {"nested strong emph", [](std::size_t n) { return repeat("*a **a ", n) + "b" + repeat(" a** a*", n); }, 65000, too_deep},
      {"many emph closers with no openers", [](std::size_t n) { return repeat("a_ ", n); }, 65000, renders},
      {"many emph openers with no closers", [](std::size_t n) { return repeat("_a ", n); }, 65000, renders},
      {"many 3-emph openers with no closers", [](std::size_t n) { return repeat("a***", n); }, 65000, renders},
      {"many link closers with no openers", [](std::size_t n) { return repeat("a]", n); }, 65000, renders},
      {"many link openers with no closers", [](std::size_t n) { return repeat("[a", n); }, 65000, renders},
      {"mismatched openers and closers", [](std::size_t n) { return repeat("*a_ ", n); }, 50000, renders},
      {"openers and closers multiple of 3", [](std::size_t n) { return "a**b" + repeat("c* ", n); }, 50000, renders},
      {"link openers and emph closers", [](std::size_t n) { return repeat("[ a_", n); }, 50000, renders},
      {"hard link/emph case", [](std::size_t n) { return repeat("**x [a*b**c*](d)\n\n", n); }, 1, renders},
      {"nested brackets", [](std::size_t n) { return repeat("[", n) + "a" + repeat("]", n); }, 50000, renders},
      {"nested block quotes", [](std::size_t n) { return repeat("> ", n) + "a"; }, 50000, too_deep},
      {"backticks", backticks, 1000, renders},
      {"many links", [](std::size_t n) { return repeat("[t](/u) ", n); }, 50000, renders},
      {"many references", many_references, 20000, renders},
      {"deeply nested lists", deeply_nested_lists, 1000, too_deep},
      {"many html openers and closers", [](std::size_t n) { return repeat("<>", n); }, 50000, renders},
      {"many html proc. inst. openers", [](std::size_t n) { return "x" + repeat("<?", n); }, 50000, renders},
      {"many html CDATA openers", [](std::size_t n) { return "x" + repeat("<![CDATA[", n); }, 50000, renders},
      {"many backticks and escapes", [](std::size_t n) { return repeat("\\``", n); }, 50000, renders},
      {"many broken link titles", [](std::size_t n) { return repeat("[ (](", n); }, 50000, renders},
      {"broken thematic break", [](std::size_t n) { return repeat("* ", n) + "a"; }, 50000, too_deep},
  };
  return cases;
}

namespace {

constexpr std::size_t kUnitBytes = 64 * 1024;

// Repeats `unit` until about kUnitBytes × scale.
std::string fill(std::string_view unit, std::size_t scale) {
  return repeat(unit, (kUnitBytes * scale + unit.size() - 1) / unit.size());
}

constexpr std::string_view kProse =
    "The harbour bridge reopened on Tuesday after *eighteen months* of repairs, the city said. "
    "Engineers replaced [the deck](https://example.com/deck \"Deck\") and **all 412 cables**; traffic "
    "resumes at `06:00`. Officials expect 40,000 crossings a day, up from 31,000 before the closure. "
    "Residents of Port Ellery welcomed the news.\n\n";

constexpr std::string_view kStructure =
    "- first item with _emphasis_\n- second item\n  1. nested\n  2. list\n\n"
    "> A quotation that runs\n> over two lines.\n\n| a | b |\n|---|:-:|\n| 1 | **2** |\n\n"
    "```js\nconst x = a < b;\n```\n\n- [x] done\n- [ ] open ~~struck~~ www.example.com\n\n---\n\n";

constexpr std::string_view kHtml =
    "<p class=\"x\" lang=\"en\">Text <a href=\"/path?q=1&amp;r=2\">link</a> "
    "<b>bold <i>italic</i></b> <img src=\"/i.png\" alt=\"a\" width=\"10\" srcset=\"/i.png 1x, /j.png 2x\"></p>"
    "<ul><li>one</li><li>two <code>x</code></li></ul><table><tr><th>a</th><td>1</td></tr></table>"
    "<blockquote cite=\"https://example.com/\"><p>quote</p></blockquote>\n";

constexpr std::string_view kHostile =
    "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>"
    "<svg><style><img src=x onerror=alert(4)></style></svg><!-- comment --><iframe src=//e.example></iframe>"
    "<p style=\"color:red\" onclick=\"x\">p<form><input value=v><button>b</button></form></p>"
    "<math><mtext><table><mglyph><style><img src=x></style></mglyph></table></mtext></math>\n";

constexpr std::string_view kBlock =
    R"({"type":"paragraph","text":"A paragraph with *emphasis* and a [link](/x), long enough to be a typical one: )"
    R"(blocks of real articles hold a few sentences each, so that a body of some megabytes stays well under )"
    R"(the limit of a hundred thousand blocks."},)"
    R"({"type":"quote","text":"A quotation of a sentence or two.","cite":"Someone"},)"
    R"({"type":"list","items":["one","two"]},)"
    R"({"type":"quote","text":"Quoted.","cite":"Someone"},)"
    R"({"type":"image","src":"/i.jpg","alt":"a","caption":"c"},)"
    R"({"type":"code","language":"c","code":"int x;"},)"
    R"({"type":"html","html":"<p>html <b>block</b></p>"},)"
    R"({"type":"divider"},)";

std::string blocks_article(std::size_t scale) {
  std::string blocks = fill(kBlock, scale);
  blocks.pop_back();  // the last comma
  return R"({"title":"Stress","blocks":[)" + blocks + "]}";
}

std::string nested_divs(std::size_t scale) {
  return html_article(fill(repeat("<div>", 200) + "x" + repeat("</div>", 200), scale));
}

std::string long_attribute(std::size_t scale) {
  return html_article("<p><a href=\"/x\" title=\"" + std::string(kUnitBytes * scale, 'v') + "\">x</a></p>");
}

// Heading ids must be unique: every repeat of a heading gets the next suffix.
std::string repeated_headings(std::size_t scale) { return markdown_article(fill("## Same heading\n\nText.\n\n", scale)); }

std::string numbered_headings(std::size_t scale) {
  std::string markdown;
  for (std::size_t i = 0; markdown.size() < kUnitBytes * scale; ++i) markdown += "## Heading " + std::to_string(i) + "\n\nText.\n\n";
  return markdown_article(markdown);
}

std::string long_line(std::size_t scale) {
  std::string line = fill("word *emphasis* [link](/x) ", scale);
  return markdown_article(line);
}

}  // namespace

const std::vector<Shape>& linear_shapes() {
  static const std::vector<Shape> shapes = {
      {"Markdown prose", [](std::size_t s) { return markdown_article(fill(kProse, s)); }},
      {"Markdown structure", [](std::size_t s) { return markdown_article(fill(kStructure, s)); }},
      {"Markdown one long line", long_line},
      {"Markdown distinct headings", numbered_headings},
      {"Markdown repeated heading", repeated_headings},
      {"HTML body", [](std::size_t s) { return html_article(fill(kHtml, s)); }},
      {"HTML hostile", [](std::size_t s) { return html_article(fill(kHostile, s)); }},
      {"HTML nested 200 deep", nested_divs},
      {"HTML long attribute value", long_attribute},
      {"blocks", blocks_article},
      {"md4c many links", [](std::size_t s) { return markdown_article(repeat("[t](/u) ", 8000 * s)); }},
      {"md4c nested brackets", [](std::size_t s) { return markdown_article(repeat("[", 32000 * s) + "a" + repeat("]", 32000 * s)); }},
      {"md4c emph openers", [](std::size_t s) { return markdown_article(repeat("_a ", 21000 * s)); }},
      {"md4c link references", [](std::size_t s) { return markdown_article(many_references(500 * s)); }},
      {"md4c html openers", [](std::size_t s) { return markdown_article("x" + repeat("<![CDATA[", 7000 * s)); }},
  };
  return shapes;
}

}  // namespace galley::hardening
