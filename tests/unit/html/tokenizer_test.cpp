#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "html/tokenizer.hpp"

using galley::html::ParseError;
using galley::html::Token;
using galley::html::TokenKind;
using galley::html::Tokenizer;
using galley::html::TokenizerState;

namespace {

struct Tokenized {
  std::vector<Token> tokens;  // without the end_of_file token
  std::vector<ParseError> errors;
};

// Switches states after raw-text start tags the way a tree builder does.
void follow_raw_text_elements(Tokenizer& tokenizer, const Token& token) {
  if (token.kind != TokenKind::start_tag) return;
  const std::string& name = token.name;
  if (name == "title" || name == "textarea") tokenizer.set_state(TokenizerState::rcdata);
  if (name == "style" || name == "xmp" || name == "iframe" || name == "noembed" ||
      name == "noframes" || name == "noscript") {
    tokenizer.set_state(TokenizerState::rawtext);
  }
  if (name == "script") tokenizer.set_state(TokenizerState::script_data);
  if (name == "plaintext") tokenizer.set_state(TokenizerState::plaintext);
  if (name == "svg" || name == "math") tokenizer.set_allow_cdata(true);
}

Tokenized tokenize(std::string_view input, bool follow_raw_text = true) {
  Tokenizer tokenizer(input);
  Tokenized out;
  Token token;
  while (tokenizer.next(token)) {
    if (token.kind == TokenKind::end_of_file) break;
    if (follow_raw_text) follow_raw_text_elements(tokenizer, token);
    out.tokens.push_back(token);
  }
  out.errors = tokenizer.errors();
  return out;
}

std::vector<std::string> error_codes(const Tokenized& result) {
  std::vector<std::string> codes;
  for (const auto& error : result.errors) codes.push_back(error.code);
  return codes;
}

// Compact picture of a token stream: one line per token.
std::string describe(const Tokenized& result) {
  std::string out;
  for (const auto& token : result.tokens) {
    switch (token.kind) {
      case TokenKind::characters: out += "#text " + token.data; break;
      case TokenKind::comment: out += "#comment " + token.data; break;
      case TokenKind::doctype: out += "!doctype " + token.name; break;
      case TokenKind::end_tag: out += "</" + token.name + ">"; break;
      case TokenKind::start_tag:
        out += "<" + token.name;
        for (const auto& attribute : token.attributes) {
          out += " " + attribute.name + "=[" + attribute.value + "]";
        }
        out += token.self_closing ? "/>" : ">";
        break;
      case TokenKind::end_of_file: out += "#eof"; break;
    }
    out += "\n";
  }
  return out;
}

std::string text_of(std::string_view input) {
  const auto result = tokenize(input);
  REQUIRE(result.tokens.size() == 1);
  REQUIRE(result.tokens[0].kind == TokenKind::characters);
  return result.tokens[0].data;
}

}  // namespace

TEST_CASE("data state merges character data into one token", "[tokenizer]") {
  const auto result = tokenize("Hello, <b>bold</b> world &amp; more");
  CHECK(describe(result) == "#text Hello, \n<b>\n#text bold\n</b>\n#text  world & more\n");
  CHECK(result.errors.empty());
  CHECK(result.tokens[0].offset == 0);
  CHECK(result.tokens[1].offset == 7);
  CHECK(result.tokens[4].offset == 18);
}

TEST_CASE("next() returns the end-of-file token once, then false", "[tokenizer]") {
  Tokenizer tokenizer("x");
  Token token;
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::characters);
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::end_of_file);
  CHECK(token.offset == 1);
  CHECK_FALSE(tokenizer.next(token));
  CHECK_FALSE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::end_of_file);
}

TEST_CASE("newlines are normalized", "[tokenizer]") {
  CHECK(text_of("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd");
  const auto result = tokenize("<p title='x\r\ny'>");
  CHECK(result.tokens[0].attributes[0].value == "x\ny");
}

TEST_CASE("tag and attribute states", "[tokenizer]") {
  SECTION("quoting styles, case folding and self-closing") {
    const auto result = tokenize("<DIV Class=\"a b\" id='x' data-n=5 hidden/><br/>");
    CHECK(describe(result) == "<div class=[a b] id=[x] data-n=[5] hidden=[]/>\n<br/>\n");
    CHECK(result.errors.empty());
  }
  SECTION("character references in attribute values") {
    const auto result = tokenize("<a href=x&amp;y title=\"&lt;&#65;&#x42;\">");
    CHECK(describe(result) == "<a href=[x&y] title=[<AB]>\n");
  }
  SECTION("duplicate attributes: the first wins") {
    const auto result = tokenize("<p a=1 A=2 b=3 a=4>");
    CHECK(describe(result) == "<p a=[1] b=[3]>\n");
    CHECK(error_codes(result) == std::vector<std::string>{"duplicate-attribute", "duplicate-attribute"});
  }
  SECTION("duplicates among many attributes") {
    std::string input = "<p";
    for (int i = 0; i < 40; ++i) input += " a" + std::to_string(i) + "=" + std::to_string(i);
    input += " a7=x a39=y a40=z>";
    const auto result = tokenize(input);
    REQUIRE(result.tokens.size() == 1);
    const auto& attributes = result.tokens[0].attributes;
    REQUIRE(attributes.size() == 41);
    CHECK(attributes[7].value == "7");
    CHECK(attributes[39].value == "39");
    CHECK(attributes[40].name == "a40");
    CHECK(error_codes(result) == std::vector<std::string>{"duplicate-attribute", "duplicate-attribute"});
  }
  SECTION("malformed attributes") {
    const auto result = tokenize("<p =x a\"b=c'd e=f\"g h=\"1\"i>");
    CHECK(describe(result) == "<p =x=[] a\"b=[c'd] e=[f\"g] h=[1] i=[]>\n");
    CHECK(error_codes(result) ==
          std::vector<std::string>{"unexpected-equals-sign-before-attribute-name",
                                   "unexpected-character-in-attribute-name",
                                   "unexpected-character-in-unquoted-attribute-value",
                                   "unexpected-character-in-unquoted-attribute-value",
                                   "missing-whitespace-between-attributes"});
  }
  SECTION("end tags drop attributes and report them") {
    const auto result = tokenize("</p class=x />");
    CHECK(describe(result) == "</p>\n");
    CHECK(error_codes(result) ==
          std::vector<std::string>{"end-tag-with-attributes", "end-tag-with-trailing-solidus"});
  }
  SECTION("NUL in names and values becomes U+FFFD") {
    const auto result = tokenize(std::string_view("<a\0 b\0=\"\0\">", 11));
    CHECK(describe(result) == "<a\xEF\xBF\xBD b\xEF\xBF\xBD=[\xEF\xBF\xBD]>\n");
    CHECK(result.errors.size() == 3);
  }
}

TEST_CASE("tags that are no tags", "[tokenizer]") {
  CHECK(describe(tokenize("a < b <3")) == "#text a < b <3\n");
  CHECK(describe(tokenize("</ >")) == "#comment  \n");
  CHECK(describe(tokenize("</>x")) == "#text x\n");
  CHECK(describe(tokenize("<?xml version?>")) == "#comment ?xml version?\n");
  CHECK(describe(tokenize("x<")) == "#text x<\n");
  CHECK(describe(tokenize("x</")) == "#text x</\n");
  CHECK(error_codes(tokenize("</ >")) == std::vector<std::string>{"invalid-first-character-of-tag-name"});
}

TEST_CASE("unclosed tags at end of input are dropped", "[tokenizer]") {
  for (const char* input : {"a<div", "a<div class", "a<div class=", "a<div class=\"x", "a<div class='x",
                            "a<div class=x", "a<div class=\"x\"", "a<div/", "a</div"}) {
    const auto result = tokenize(input);
    INFO(input);
    CHECK(describe(result) == "#text a\n");
    CHECK(error_codes(result) == std::vector<std::string>{"eof-in-tag"});
  }
}

TEST_CASE("comment states", "[tokenizer]") {
  CHECK(describe(tokenize("<!---->")) == "#comment \n");
  CHECK(describe(tokenize("<!--->")) == "#comment \n");
  CHECK(error_codes(tokenize("<!--->")) == std::vector<std::string>{"abrupt-closing-of-empty-comment"});
  CHECK(describe(tokenize("<!-->")) == "#comment \n");
  CHECK(describe(tokenize("<!-- a -- b --->")) == "#comment  a -- b -\n");
  CHECK(describe(tokenize("<!--a--!>b")) == "#comment a\n#text b\n");
  CHECK(error_codes(tokenize("<!--a--!>")) == std::vector<std::string>{"incorrectly-closed-comment"});
  CHECK(describe(tokenize("<!--<!--x-->")) == "#comment <!--x\n");
  CHECK(error_codes(tokenize("<!--<!--x-->")) == std::vector<std::string>{"nested-comment"});
  CHECK(describe(tokenize("<!--x")) == "#comment x\n");
  CHECK(error_codes(tokenize("<!--x")) == std::vector<std::string>{"eof-in-comment"});
  CHECK(describe(tokenize("<!x>")) == "#comment x\n");
  CHECK(error_codes(tokenize("<!x>")) == std::vector<std::string>{"incorrectly-opened-comment"});
}

TEST_CASE("DOCTYPE states", "[tokenizer]") {
  SECTION("identifiers") {
    const auto result = tokenize(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'>");
    REQUIRE(result.tokens.size() == 1);
    const Token& doctype = result.tokens[0];
    CHECK(doctype.kind == TokenKind::doctype);
    CHECK(doctype.name == "html");
    CHECK(doctype.has_public_id);
    CHECK(doctype.public_id == "-//W3C//DTD HTML 4.01//EN");
    CHECK(doctype.has_system_id);
    CHECK(doctype.system_id == "http://www.w3.org/TR/html4/strict.dtd");
    CHECK_FALSE(doctype.force_quirks);
    CHECK(result.errors.empty());
  }
  SECTION("empty identifiers are present, missing ones are not") {
    const auto result = tokenize("<!doctype html system ''>");
    CHECK_FALSE(result.tokens[0].has_public_id);
    CHECK(result.tokens[0].has_system_id);
    CHECK(result.tokens[0].system_id.empty());
  }
  SECTION("force-quirks") {
    CHECK(tokenize("<!DOCTYPE>").tokens[0].force_quirks);
    CHECK(tokenize("<!DOCTYPE>").tokens[0].name.empty());
    CHECK(tokenize("<!DOCTYPE html").tokens[0].force_quirks);
    CHECK(tokenize("<!DOCTYPE html bogus>").tokens[0].force_quirks);
    CHECK(tokenize("<!DOCTYPE html PUBLIC>").tokens[0].force_quirks);
    CHECK(tokenize("<!DOCTYPE html PUBLIC \"x>").tokens[0].force_quirks);
    // Junk after the system identifier is an error but no quirk.
    CHECK_FALSE(tokenize("<!DOCTYPE html SYSTEM \"x\" junk>").tokens[0].force_quirks);
    CHECK(error_codes(tokenize("<!DOCTYPE html PUBLIC\"x\">")) ==
          std::vector<std::string>{"missing-whitespace-after-doctype-public-keyword"});
  }
}

TEST_CASE("named character references", "[tokenizer]") {
  CHECK(text_of("&notin;") == "\xE2\x88\x89");
  CHECK(text_of("&notit;") == "\xC2\xACit;");
  CHECK(error_codes(tokenize("&notit;")) ==
        std::vector<std::string>{"missing-semicolon-after-character-reference"});
  CHECK(text_of("&amp") == "&");
  CHECK(text_of("&copy2024") == "\xC2\xA9" "2024");
  CHECK(text_of("&AMP;&AMP") == "&&");
  CHECK(text_of("&nbsp;") == "\xC2\xA0");
  CHECK(text_of("&NotNestedGreaterGreater;") == "\xE2\xAA\xA2\xCC\xB8");  // two code points
  CHECK(text_of("&CounterClockwiseContourIntegral;") == "\xE2\x88\xB3");
  CHECK(text_of("AT&T & &; &#; &bogus;") == "AT&T & &; &#; &bogus;");
  CHECK(error_codes(tokenize("&bogus;")) == std::vector<std::string>{"unknown-named-character-reference"});
}

TEST_CASE("the historical rule for references in attribute values", "[tokenizer]") {
  const auto result = tokenize("<a href=\"?a=1&amp=2&copy=3&notit;&not;&notx &amp;=\">");
  REQUIRE(result.tokens.size() == 1);
  CHECK(result.tokens[0].attributes[0].value ==
        "?a=1&amp=2&copy=3&notit;\xC2\xAC&notx &=");
}

TEST_CASE("numeric character references", "[tokenizer]") {
  CHECK(text_of("&#65;&#x42;&#X43;&#0068;") == "ABCD");
  CHECK(text_of("&#65x") == "Ax");
  CHECK(text_of("&#x80;&#x9F;&#x81;") == "\xE2\x82\xAC\xC5\xB8\xC2\x81");  // Windows-1252 table
  CHECK(text_of("&#0;&#xD800;&#x110000;&#99999999999999999999;") ==
        "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(text_of("&#xFFFF;") == "\xEF\xBF\xBF");
  CHECK(text_of("&#x;&#a") == "&#x;&#a");
  CHECK(error_codes(tokenize("&#0;&#xD800;&#x110000;&#xFFFF;&#x1;&#x")) ==
        std::vector<std::string>{"null-character-reference", "surrogate-character-reference",
                                 "character-reference-outside-unicode-range",
                                 "noncharacter-character-reference", "control-character-reference",
                                 "absence-of-digits-in-numeric-character-reference"});
}

TEST_CASE("decode_character_references outside the tokenizer", "[tokenizer]") {
  using galley::html::decode_character_references;
  CHECK(decode_character_references("a &lt; b &amp;&amp=1 &#x41;", false) == "a < b &&=1 A");
  CHECK(decode_character_references("a &lt; b &amp;&amp=1 &#x41;", true) == "a < b &&amp=1 A");
  CHECK(decode_character_references("no references", true) == "no references");
}

TEST_CASE("NUL handling differs per state", "[tokenizer]") {
  const std::string_view input("a\0b", 3);
  CHECK(text_of(input) == std::string(input));  // data state keeps it
  const auto result = tokenize(input);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].code == "unexpected-null-character");
  CHECK(result.errors[0].offset == 1);

  const auto rcdata = tokenize(std::string_view("<textarea>a\0b", 13));
  CHECK(rcdata.tokens.at(1).data == "a\xEF\xBF\xBD" "b");
  const auto comment = tokenize(std::string_view("<!--a\0b-->", 10));
  CHECK(comment.tokens.at(0).data == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("input stream errors are reported once with their offsets", "[tokenizer]") {
  const auto result = tokenize("a\x01" "b\xC2\x85" "c\xEF\xB7\x90<p \x01>");
  CHECK(error_codes(result) ==
        std::vector<std::string>{"control-character-in-input-stream", "control-character-in-input-stream",
                                 "noncharacter-in-input-stream", "control-character-in-input-stream"});
  REQUIRE(result.errors.size() == 4);
  CHECK(result.errors[0].offset == 1);
  CHECK(result.errors[1].offset == 3);
  CHECK(result.errors[2].offset == 6);
  CHECK(result.errors[3].offset == 12);
  CHECK(describe(result) == "#text a\x01" "b\xC2\x85" "c\xEF\xB7\x90\n<p \x01=[]>\n");
}

TEST_CASE("RCDATA, RAWTEXT and PLAINTEXT switched mid-stream", "[tokenizer]") {
  CHECK(describe(tokenize("<title>a &amp; <b></title >x")) ==
        "<title>\n#text a & <b>\n</title>\n#text x\n");
  CHECK(describe(tokenize("<textarea></textareax></TEXTAREA>")) ==
        "<textarea>\n#text </textareax>\n</textarea>\n");
  CHECK(describe(tokenize("<style>a &amp; <!-- </p></style>")) ==
        "<style>\n#text a &amp; <!-- </p>\n</style>\n");
  CHECK(describe(tokenize("<xmp></xmp/><b>")) == "<xmp>\n</xmp>\n<b>\n");
  CHECK(describe(tokenize("<plaintext></plaintext><b>&amp;")) ==
        "<plaintext>\n#text </plaintext><b>&amp;\n");
  // Without the switch the same markup is ordinary data.
  CHECK(describe(tokenize("<title><b></title>", false)) == "<title>\n<b>\n</title>\n");
}

TEST_CASE("script data escapes", "[tokenizer]") {
  SECTION("a script start tag inside an escape keeps the first </script>") {
    CHECK(describe(tokenize("<script><!--<script></script>--></script>after")) ==
          "<script>\n#text <!--<script></script>-->\n</script>\n#text after\n");
  }
  SECTION("an escape alone does not hide </script>") {
    CHECK(describe(tokenize("<script><!--a</script>b")) == "<script>\n#text <!--a\n</script>\n#text b\n");
  }
  SECTION("end of input inside an escape") {
    const auto result = tokenize("<script><!--<script>");
    CHECK(describe(result) == "<script>\n#text <!--<script>\n");
    CHECK(error_codes(result) == std::vector<std::string>{"eof-in-script-html-comment-like-text"});
  }
  SECTION("the end tag must be appropriate") {
    CHECK(describe(tokenize("<script></style></script>")) == "<script>\n#text </style>\n</script>\n");
  }
  SECTION("the tag name that set_last_start_tag gives is used") {
    Tokenizer tokenizer("x</foo></script>");
    tokenizer.set_state(TokenizerState::script_data);
    tokenizer.set_last_start_tag("foo");
    Token token;
    REQUIRE(tokenizer.next(token));
    CHECK(token.data == "x");
    REQUIRE(tokenizer.next(token));
    CHECK(token.kind == TokenKind::end_tag);
    CHECK(token.name == "foo");
  }
}

TEST_CASE("CDATA sections only in foreign content", "[tokenizer]") {
  CHECK(describe(tokenize("<![CDATA[x<y]]>")) == "#comment [CDATA[x<y]]\n");
  CHECK(error_codes(tokenize("<![CDATA[x]]>")) == std::vector<std::string>{"cdata-in-html-content"});
  CHECK(describe(tokenize("<svg><![CDATA[x<y]]]>&amp;]]></svg>")) ==
        "<svg>\n#text x<y]&]]>\n</svg>\n");
  const auto unterminated = tokenize("<math><![CDATA[x");
  CHECK(describe(unterminated) == "<math>\n#text x\n");
  CHECK(error_codes(unterminated) == std::vector<std::string>{"eof-in-cdata"});
}
