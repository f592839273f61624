// The core's JSON reader and writer, checked against nlohmann/json as an
// independent implementation: both must accept and reject the same texts,
// read the same values, and write strings and numbers byte for byte alike.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "analysis/portable_math.hpp"
#include "common/first_failure.hpp"
#include "json/number.hpp"
#include "json/parse_json.hpp"
#include "json/write_json.hpp"

namespace {

using galley::json::Value;

// Text the tests expect to be valid JSON.
Value parse(const std::string& text, galley::json::ParseNotes* notes = nullptr) {
  galley::common::FirstFailure failure;
  Value value = galley::json::parse_text(text, 64, galley::common::codes::invalid_json, failure, notes);
  INFO(text);
  REQUIRE_FALSE(failure.failed());
  return value;
}

// The failure parse_text records for `text` (code "none" when it succeeds).
galley::common::Failure failure_of(const std::string& text, std::size_t max_depth = 64) {
  galley::common::FirstFailure failure;
  const Value value = galley::json::parse_text(text, max_depth, galley::common::codes::invalid_json, failure);
  if (!failure.failed()) return galley::common::Failure{"none", "", ""};
  CHECK(value.is_null());  // nothing half-parsed is returned
  return *failure.failure();
}

bool nlohmann_accepts(const std::string& text) { return nlohmann::json::accept(text); }

}  // namespace

TEST_CASE("valid documents read the same values as nlohmann/json", "[json]") {
  const std::vector<std::string> documents = {
      R"({})",
      R"([])",
      R"("plain")",
      R"(  {"a": 1, "b": [true, false, null], "c": {"d": "e"}}  )",
      R"({"n": [0, -0, 1, -1, 12.5, -0.25, 1e3, 1E+3, 2.5e-3, 9007199254740993, -9223372036854775808]})",
      R"({"big": 18446744073709551616, "bigger": 1e308, "tiny": 1e-400, "long": 0.000000000000000000001})",
      R"({"esc": "\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \ud83d\ude00 \u0000"})",
      "{\"utf8\": \"h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC\"}",
      "\xEF\xBB\xBF{\"bom\": true}",
      "{\"ws\":\t\r\n[ 1 ,\n2 ]\n}",
      R"({"dup": 1, "x": 2, "dup": 3})",
      R"([[[[[[[[[[]]]]]]]]]])",
      R"({"": "empty key", "k": ""})",
      // Quotes after runs of backslashes: escaped after an odd run, closing after an even one.
      R"({"a": "x\\", "b": "\\\"", "c": "\\\\\"q\\\\", "d": "\"\\"})",
  };
  for (const std::string& text : documents) {
    CAPTURE(text);
    REQUIRE(nlohmann_accepts(text));
    const Value ours = parse(text);
    // Our writer's text read back by nlohmann equals nlohmann's own reading
    // (objects compare as maps, so member order does not matter here).
    CHECK(nlohmann::json::parse(galley::json::to_text(ours)) == nlohmann::json::parse(text));
  }
}

TEST_CASE("malformed documents are rejected like nlohmann/json rejects them", "[json]") {
  const std::vector<std::string> documents = {
      "", " ", "{", "}", "[", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[1 2]",
      "01", "-", "-01", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "tru", "nul", "falsey",
      "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"tab\tinside\"", "\"nl\ninside\"", "[1]]", "{} {}",
      "\"\xC3\"", "\"\xFF\"", "\"\xED\xA0\x80\"", "\"\xC0\xAF\"", "/* comment */ {}", "[1e400]", "[-1e400]",
      "\x01", "[\"a\"\x00]",
  };
  for (const std::string& text : documents) {
    CAPTURE(text);
    CHECK_FALSE(nlohmann_accepts(text));
    const galley::common::Failure failure = failure_of(text);
    CHECK(failure.code == "invalid_json");
    CHECK(failure.offset >= 0);
    CHECK(static_cast<std::size_t>(failure.offset) <= text.size());
    CHECK(failure.line >= 1);
    CHECK(failure.column >= 1);
    CHECK(failure.message.rfind("malformed JSON: ", 0) == 0);
  }
}

TEST_CASE("parse errors point at the offending byte", "[json]") {
  struct Case {
    std::string text;
    std::int64_t offset, line, column;
  };
  const std::vector<Case> cases = {
      {"{\n  \"a\": tru\n}", 12, 2, 11},  // the newline where 'e' was expected
      {"[1, 2,]", 6, 1, 7},
      {"{\"a\": 1 \"b\": 2}", 8, 1, 9},
      {"{\"a\": 1}x", 8, 1, 9},
      {"[1e400]", 1, 1, 2},                 // the start of the number
      {"\"a\\qb\"", 3, 1, 4},               // the character after the backslash
      {"\"abc", 4, 1, 5},                   // end of input
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const galley::common::Failure failure = failure_of(c.text);
    CHECK(failure.offset == c.offset);
    CHECK(failure.line == c.line);
    CHECK(failure.column == c.column);
  }
}

TEST_CASE("parse errors name the offending character", "[json]") {
  const auto message = [](const std::string& text) { return failure_of(text).message; };
  CHECK(message("[x]") == "malformed JSON: unexpected 'x'; expected a value");
  CHECK(message("[\xC3\xA9]") == "malformed JSON: unexpected U+00E9; expected a value");
  CHECK(message("[\xF0\x9F\x98\x80]") == "malformed JSON: unexpected U+1F600; expected a value");
  CHECK(message("[\x01]") == "malformed JSON: unexpected U+0001; expected a value");
  CHECK(message("[\xFF]") == "malformed JSON: unexpected byte 0xFF; expected a value");
  CHECK(message("[1") == "malformed JSON: expected ',' or ']' after an array element, got end of input");
  CHECK(message("\"a\tb\"") == "malformed JSON: control character U+0009 in a string must be escaped");
}

TEST_CASE("nesting beyond the limit is a limit error at the opening bracket", "[json]") {
  const galley::common::Failure deep = failure_of("[[[[1]]]]", 3);
  CHECK(deep.code == "limit_exceeded");
  CHECK(deep.offset == 3);
  CHECK(failure_of("[[[1]]]", 3).code == "none");
  CHECK(failure_of("{\"a\":{\"b\":{\"c\":{}}}}", 3).code == "limit_exceeded");
  // Whatever the caller asks for, the depth stays within what recursion can take.
  const std::string thousand_and_one = std::string(1001, '[') + std::string(1001, ']');
  CHECK(failure_of(thousand_and_one, 1u << 30).code == "limit_exceeded");
  CHECK(failure_of(std::string(1000, '[') + std::string(1000, ']'), 1u << 30).code == "none");
}

TEST_CASE("duplicate keys keep the first position and the last value", "[json]") {
  galley::json::ParseNotes notes;
  const Value small = parse(R"({"a": 1, "b": 2, "a": 3, "c": 4, "a": 5})", &notes);
  REQUIRE(small.members().size() == 3);
  CHECK(small.members()[0].key == "a");
  CHECK(small.members()[0].value.text() == "5");
  CHECK(small.members()[1].key == "b");
  CHECK(small.members()[2].key == "c");
  REQUIRE(notes.duplicate_keys.size() == 2);
  CHECK(notes.duplicate_keys[0].path == "/a");
  CHECK(notes.duplicate_keys[0].removed == "1");
  CHECK(notes.duplicate_keys[1].removed == "3");

  // Large objects take the sorting path; the result must be the same.
  std::string text = "{";
  for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
  text += "\"k7\": \"last\", \"k0\": null}";
  galley::json::ParseNotes large_notes;
  const Value nested = parse("[{}, {\"inner\": " + text + "}]", &large_notes);
  const Value& large = *nested[1].find("inner");
  REQUIRE(large.members().size() == 40);
  CHECK(large.members()[0].key == "k0");
  CHECK(large.members()[0].value.is_null());
  CHECK(large.members()[7].key == "k7");
  CHECK(large.members()[7].value.text() == "last");
  CHECK(large.members()[39].key == "k39");
  CHECK(nlohmann::json::parse(galley::json::to_text(large)) == nlohmann::json::parse(text));
  // Each replaced value is reported with the pointer of its key.
  REQUIRE(large_notes.duplicate_keys.size() == 2);
  std::vector<std::string> reported;
  for (const auto& dropped : large_notes.duplicate_keys) reported.push_back(dropped.path + "=" + dropped.removed);
  std::sort(reported.begin(), reported.end());
  CHECK(reported == std::vector<std::string>{"/1/inner/k0=0", "/1/inner/k7=7"});
}

TEST_CASE("unpaired surrogate escapes become U+FFFD and are reported", "[json]") {
  galley::json::ParseNotes notes;
  const Value v = parse(R"(["\ud800", "x\udc00y", "\ud83d\ude00", "\ud800\u0041"])", &notes);
  CHECK(v[0].text() == "\xEF\xBF\xBD");
  CHECK(v[1].text() == "x\xEF\xBF\xBD" "y");
  CHECK(v[2].text() == "\xF0\x9F\x98\x80");
  CHECK(v[3].text() == "\xEF\xBF\xBD" "A");
  CHECK(notes.repaired_surrogates == std::vector<std::size_t>{2, 13, 40});
}

TEST_CASE("numbers keep their token and answer whole-number questions exactly", "[json]") {
  using galley::json::WholeNumber;
  const auto whole = [](const char* token) {
    std::int64_t n = 0;
    const WholeNumber kind = galley::json::to_int64(token, n);
    return std::make_pair(kind, n);
  };
  CHECK(whole("0") == std::make_pair(WholeNumber::ok, std::int64_t{0}));
  CHECK(whole("-0.0e5") == std::make_pair(WholeNumber::ok, std::int64_t{0}));
  CHECK(whole("1200") == std::make_pair(WholeNumber::ok, std::int64_t{1200}));
  CHECK(whole("1.2e3") == std::make_pair(WholeNumber::ok, std::int64_t{1200}));
  CHECK(whole("12000e-1") == std::make_pair(WholeNumber::ok, std::int64_t{1200}));
  CHECK(whole("40.000") == std::make_pair(WholeNumber::ok, std::int64_t{40}));
  CHECK(whole("9223372036854775807") == std::make_pair(WholeNumber::ok, INT64_MAX));
  CHECK(whole("-9223372036854775808") == std::make_pair(WholeNumber::ok, INT64_MIN));
  CHECK(whole("9223372036854775808").first == WholeNumber::out_of_range);
  CHECK(whole("1e19").first == WholeNumber::out_of_range);
  CHECK(whole("1e999999999999999999999").first == WholeNumber::out_of_range);
  CHECK(whole("1.5").first == WholeNumber::fraction);
  CHECK(whole("0.05e1").first == WholeNumber::fraction);
  CHECK(whole("1e-999999999999").first == WholeNumber::fraction);

  CHECK_FALSE(galley::json::exceeds_double("1.7976931348623157e308"));
  CHECK_FALSE(galley::json::exceeds_double("-1.7976931348623158e308"));  // rounds down to the largest double
  CHECK(galley::json::exceeds_double("1.797693134862315808e308"));      // the halfway point rounds up
  CHECK(galley::json::exceeds_double("1e309"));
  CHECK(galley::json::exceeds_double("-100e307"));
  CHECK_FALSE(galley::json::exceeds_double("1e-99999"));
  CHECK_FALSE(galley::json::exceeds_double(std::string(308, '9')));
  CHECK(galley::json::exceeds_double(std::string(309, '9')));
  // The same boundary as a double conversion, on both sides of it.
  for (const char* token : {"1.79769313486231570e308", "1.7976931348623158e308", "1.797693134862315807e308",
                            "1.797693134862315808e308", "179.8e306"}) {
    CAPTURE(token);
    CHECK(galley::json::exceeds_double(token) == std::isinf(std::strtod(token, nullptr)));
  }

  CHECK(parse("[1.50E+2]")[0].text() == "1.50E+2");
}

TEST_CASE("strings are written exactly as nlohmann/json writes them", "[json]") {
  std::vector<std::string> strings = {"", "plain", "quote \" backslash \\ slash /", "\x7F del", "h\xC3\xA9 \xE2\x82\xAC",
                                      "\xF0\x9F\x98\x80", "</script>", "\xE2\x80\xA8 line separator"};
  for (int c = 0; c < 0x20; ++c) strings.push_back(std::string("<") + static_cast<char>(c) + ">");
  for (const std::string& s : strings) {
    CAPTURE(s);
    std::string ours;
    galley::json::append_string(ours, s);
    CHECK(ours == nlohmann::json(s).dump());
  }
}

TEST_CASE("invalid UTF-8 never reaches the output", "[json]") {
  std::string out;
  galley::json::append_string(out, "a\xFF" "b\xC3" "c\xE2\x82" "d\xED\xA0\x80" "e");
  CHECK(out == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e\"");
  CHECK(nlohmann::json::accept(out));
}

TEST_CASE("decimals read like nlohmann/json's shortest form of the rounded double", "[json]") {
  std::mt19937 random(12345);
  std::uniform_real_distribution<double> spread(0.0, 200.0);
  std::vector<double> values = {0.0, 1.0, 0.15, 3.3863, 0.0001, 0.00005, 12.5, 100.0, 0.9999, 0.99995};
  for (int i = 0; i < 2000; ++i) values.push_back(spread(random));
  for (double x : values) {
    const double score = galley::analysis::round_score(x);
    CAPTURE(x, score);
    std::string written;
    galley::json::append_decimal(written, score);
    CHECK(written == nlohmann::json(score).dump());
  }
}

TEST_CASE("indented output matches nlohmann/json's pretty printing", "[json]") {
  const std::string text =
      R"({"a":[],"b":{},"c":[{}],"d":"[]{},:\"","e":[1,{"f":null,"g":[true,false]}],"h":{"i":{"j":"k"}}})";
  const Value v = parse(text);
  const nlohmann::ordered_json reference = nlohmann::ordered_json::parse(text);
  CHECK(galley::json::to_text(v) == reference.dump());
  for (int indent : {0, 1, 2, 4}) {
    CAPTURE(indent);
    CHECK(galley::json::to_text(v, indent) == reference.dump(indent));
  }
}

TEST_CASE("values build, copy and compare", "[json]") {
  Value object = Value::object({{"x", 1}, {"y", "two"}});
  object.set("z", Value::strings({"a", "b"}));
  object.set("x", true);
  CHECK(galley::json::to_text(object) == R"({"x":true,"y":"two","z":["a","b"]})");
  const Value copy = object;
  CHECK(copy == object);
  object.set("y", nullptr);
  CHECK(copy != object);
  CHECK(copy.find("y")->text() == "two");
  CHECK(object.find("missing") == nullptr);
  Value moved = std::move(object);
  CHECK(moved.find("y")->is_null());
}

TEST_CASE("the streaming writer writes what append_compact writes for the same tree", "[json]") {
  const std::string text =
      R"({"a":[],"b":{},"c":[{},[]],"d":"x\"\n\u0001","e":[1,{"f":null,"g":[true,false]}],"h":{"i":{"j":"k"}},"n":18446744073709551615})";
  std::string written;
  galley::json::Writer w(written);
  w.begin_object();
  w.key("a").begin_array().end_array();
  w.key("b").begin_object().end_object();
  w.key("c").begin_array().begin_object().end_object().begin_array().end_array().end_array();
  w.key("d").string("x\"\n\x01");
  w.key("e").begin_array().number(1).begin_object();
  w.key("f").string_or_null("");
  w.key("g").begin_array().boolean(true).boolean(false).end_array();
  w.end_object().end_array();
  w.key("h").value(parse(R"({"i":{"j":"k"}})"));
  w.key("n").number(UINT64_MAX);
  w.end_object();
  CHECK(written == galley::json::to_text(parse(text)));

  std::string spliced;
  galley::json::Writer list(spliced);
  list.begin_array().raw(written).decimal(0.25).decimal(2.0).string_or_null("s").null().end_array();
  CHECK(spliced == "[" + written + ",0.25,2.0,\"s\",null]");
}
