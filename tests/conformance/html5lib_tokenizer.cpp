// Runs html5lib's tokenizer tests (GALLEY_SHARED_DIR/corpora/html5lib-tokenizer,
// format in its README.md) against galley::html::Tokenizer. Tokens must match
// exactly; parse errors (codes, then positions) are compared too and reported
// on their own line.
// Exit status: 0 when every token test passes, 1 otherwise, 77 when the
// corpus is absent.

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "html/tokenizer.hpp"
#include "text/utf8.hpp"

namespace {

using nlohmann::json;
using galley::html::Token;
using galley::html::TokenKind;
using galley::html::Tokenizer;
using galley::html::TokenizerState;

constexpr int kExitSkipped = 77;
constexpr std::size_t kFailuresShown = 25;

std::optional<TokenizerState> state_named(const std::string& name) {
  if (name == "Data state") return TokenizerState::data;
  if (name == "PLAINTEXT state") return TokenizerState::plaintext;
  if (name == "RCDATA state") return TokenizerState::rcdata;
  if (name == "RAWTEXT state") return TokenizerState::rawtext;
  if (name == "Script data state") return TokenizerState::script_data;
  if (name == "CDATA section state") return TokenizerState::cdata_section;
  return std::nullopt;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads "\uHHHH" at text[pos]; returns the unit or -1.
long utf16_escape_at(const std::string& text, std::size_t pos) {
  if (pos + 6 > text.size() || text[pos] != '\\' || text[pos + 1] != 'u') return -1;
  long unit = 0;
  for (std::size_t i = pos + 2; i < pos + 6; ++i) {
    const int digit = hex_digit(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// The second round of unescaping of "doubleEscaped" tests. Returns nullopt
// when the text holds a lone surrogate, which UTF-8 cannot express.
std::optional<std::string> unescape_utf16(const std::string& text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const long unit = utf16_escape_at(text, pos);
    if (unit < 0) {
      out.push_back(text[pos++]);
      continue;
    }
    pos += 6;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const long low = utf16_escape_at(text, pos);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      pos += 6;
      cp = static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      return std::nullopt;
    }
    galley::text::utf8::append(out, cp);
  }
  return out;
}

// Applies unescape_utf16 to every string in a JSON value.
bool unescape_strings(json& value) {
  if (value.is_string()) {
    auto text = unescape_utf16(value.get<std::string>());
    if (!text) return false;
    value = *text;
    return true;
  }
  if (value.is_array() || value.is_object()) {
    for (auto& item : value) {
      if (!unescape_strings(item)) return false;
    }
    if (value.is_object()) {  // keys may be escaped as well
      json rebuilt = json::object();
      for (auto& [key, item] : value.items()) {
        auto unescaped_key = unescape_utf16(key);
        if (!unescaped_key) return false;
        rebuilt[*unescaped_key] = item;
      }
      value = std::move(rebuilt);
    }
  }
  return true;
}

json nullable(bool present, const std::string& text) { return present ? json(text) : json(nullptr); }

json token_as_json(const Token& token) {
  switch (token.kind) {
    case TokenKind::doctype:
      return json::array({"DOCTYPE", nullable(!token.name.empty(), token.name),
                          nullable(token.has_public_id, token.public_id),
                          nullable(token.has_system_id, token.system_id), !token.force_quirks});
    case TokenKind::start_tag: {
      json attributes = json::object();
      for (const auto& attribute : token.attributes) attributes[attribute.name] = attribute.value;
      json out = json::array({"StartTag", token.name, attributes});
      if (token.self_closing) out.push_back(true);
      return out;
    }
    case TokenKind::end_tag:
      return json::array({"EndTag", token.name});
    case TokenKind::comment:
      return json::array({"Comment", token.data});
    case TokenKind::characters:
      return json::array({"Character", token.data});
    case TokenKind::end_of_file:
      break;
  }
  return json();
}

struct PositionedError {
  std::string code;
  std::size_t line = 0, column = 0;
};

// html5lib counts 1-based lines and columns in UTF-16 units, with CR LF as one
// line break.
PositionedError positioned(const std::string& input, const galley::html::ParseError& error) {
  PositionedError out{error.code, 1, 1};
  for (std::size_t i = 0; i < error.offset && i < input.size(); ++i) {
    const auto byte = static_cast<unsigned char>(input[i]);
    const bool crlf = byte == '\r' && i + 1 < input.size() && input[i + 1] == '\n';
    if (byte == '\n' || (byte == '\r' && !crlf)) {
      ++out.line;
      out.column = 1;
    } else if ((byte & 0xC0) != 0x80 && !crlf) {
      out.column += byte >= 0xF0 ? 2 : 1;  // astral characters are surrogate pairs
    }
  }
  return out;
}

struct Run {
  json tokens = json::array();
  std::vector<PositionedError> errors;
};

Run tokenize(const std::string& input, TokenizerState state, const json& test) {
  Tokenizer tokenizer(input);
  tokenizer.set_state(state);
  if (test.contains("lastStartTag")) tokenizer.set_last_start_tag(test["lastStartTag"].get<std::string>());
  Run run;
  Token token;
  while (tokenizer.next(token) && token.kind != TokenKind::end_of_file) {
    run.tokens.push_back(token_as_json(token));
  }
  for (const auto& error : tokenizer.errors()) run.errors.push_back(positioned(input, error));
  return run;
}

std::string joined(const std::vector<PositionedError>& errors) {
  std::string out;
  for (const auto& error : errors) {
    out += (out.empty() ? "" : ", ") + error.code + "@" + std::to_string(error.line) + ":" +
           std::to_string(error.column);
  }
  return "[" + out + "]";
}

bool same_codes(const std::vector<PositionedError>& a, const std::vector<PositionedError>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const auto& x, const auto& y) { return x.code == y.code; });
}

bool same_positions(const std::vector<PositionedError>& a, const std::vector<PositionedError>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.line == y.line && x.column == y.column;
  });
}

struct Tally {
  std::size_t passed = 0, failed = 0, skipped = 0, surrogate_skips = 0;
  std::size_t errors_matched = 0, error_code_mismatches = 0, error_position_mismatches = 0;
};

void run_test(const std::string& file, const json& test, Tally& tally) {
  const std::string description = test.value("description", "");
  json states = test.value("initialStates", json::array({"Data state"}));
  std::string input = test["input"].get<std::string>();
  json expected_tokens = test["output"];
  const json error_list = test.value("errors", json::array());
  if (test.value("doubleEscaped", false)) {
    auto unescaped = unescape_utf16(input);
    if (!unescaped || !unescape_strings(expected_tokens)) {
      tally.skipped += states.size();
      tally.surrogate_skips += states.size();
      return;
    }
    input = *unescaped;
  }
  std::vector<PositionedError> expected_errors;
  for (const auto& error : error_list) {
    expected_errors.push_back({error["code"].get<std::string>(), error["line"].get<std::size_t>(),
                              error["col"].get<std::size_t>()});
  }

  for (const auto& state_name : states) {
    const auto state = state_named(state_name.get<std::string>());
    if (!state) {
      std::cout << "unknown initial state " << state_name << " in " << file << "\n";
      ++tally.failed;
      continue;
    }
    const Run run = tokenize(input, *state, test);
    const std::string where = file + ": " + description + " (" + state_name.get<std::string>() + ")";
    if (run.tokens == expected_tokens) {
      ++tally.passed;
    } else {
      if (tally.failed < kFailuresShown) {
        std::cout << "TOKENS " << where << "\n  input:    " << json(input).dump()
                  << "\n  expected: " << expected_tokens.dump() << "\n  actual:   " << run.tokens.dump()
                  << "\n";
      }
      ++tally.failed;
    }
    const bool codes_match = same_codes(run.errors, expected_errors);
    if (codes_match && same_positions(run.errors, expected_errors)) {
      ++tally.errors_matched;
    } else {
      if (tally.error_code_mismatches + tally.error_position_mismatches < kFailuresShown) {
        std::cout << "ERRORS " << where << "\n  input:    " << json(input).dump()
                  << "\n  expected: " << joined(expected_errors) << "\n  actual:   " << joined(run.errors)
                  << "\n";
      }
      ++(codes_match ? tally.error_position_mismatches : tally.error_code_mismatches);
    }
  }
}

}  // namespace

int main() {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(GALLEY_SHARED_DIR) / "corpora" / "html5lib-tokenizer";
  if (!fs::is_directory(corpus)) {
    std::cout << "html5lib tokenizer: corpus not found at " << corpus.string() << ", skipped\n";
    return kExitSkipped;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  Tally tally;
  std::size_t xml_violation_skips = 0;
  for (const auto& path : files) {
    std::ifstream stream(path, std::ios::binary);
    const json suite = json::parse(stream);
    const std::string name = path.filename().string();
    if (suite.contains("tests")) {
      for (const auto& test : suite["tests"]) run_test(name, test, tally);
    }
    // These expect the "coercing an HTML DOM into an infoset" tweaks, which
    // are no part of tokenization.
    if (suite.contains("xmlViolationTests")) {
      xml_violation_skips += suite["xmlViolationTests"].size();
    }
  }
  tally.skipped += xml_violation_skips;

  std::cout << "skipped: " << tally.surrogate_skips
            << " with lone surrogates (not expressible in UTF-8), " << xml_violation_skips
            << " XML-infoset coercion tests\n";
  std::cout << "parse errors: " << tally.errors_matched << " matched, " << tally.error_code_mismatches
            << " with other codes, " << tally.error_position_mismatches << " at other positions\n";
  std::cout << "html5lib tokenizer: " << tally.passed << " passed, " << tally.failed << " failed, "
            << tally.skipped << " skipped\n";
  return tally.failed == 0 ? 0 : 1;
}
