#include "json/parse_json.hpp"

#include <algorithm>

#include "common/limit_error.hpp"
#include "text/ascii.hpp"

namespace galley::json {
namespace {

// Throws when arrays/objects nest deeper than max_depth. A cheap linear scan
// that keeps the recursive value destructor and the parser away from
// adversarial depths.
void check_depth(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        RenderFailure failure = limit_exceeded(
            "JSON nesting deeper than the limit of " + std::to_string(max_depth), "");
        failure.offset = static_cast<std::int64_t>(i);
        throw failure;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 2: ".
std::string plain_message(const char* what) {
  std::string message(what);
  const std::size_t colon = message.find(": ");
  if (message.rfind("[json.exception", 0) == 0 && colon != std::string::npos) message.erase(0, colon + 2);
  return message;
}

// The code unit of a `\uXXXX` escape starting at `pos`, or -1.
long escape_at(std::string_view text, std::size_t pos) {
  if (pos + 6 > text.size() || text[pos] != '\\' || text[pos + 1] != 'u') return -1;
  long value = 0;
  for (std::size_t i = pos + 2; i < pos + 6; ++i) {
    const int digit = ascii::hex_value(text[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Offsets of `\uXXXX` escapes that are unpaired surrogates, in strings only.
std::vector<std::size_t> lone_surrogate_escapes(std::string_view text) {
  std::vector<std::size_t> found;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!in_string) {
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\') {
      const long unit = escape_at(text, i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const long next = escape_at(text, i + 6);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i += 11;
          continue;
        }
        found.push_back(i);
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        found.push_back(i);
      }
      ++i;  // skip the escaped character
    }
  }
  return found;
}

}  // namespace

void locate(std::string_view text, std::size_t offset, std::int64_t& line, std::int64_t& column) {
  offset = std::min(offset, text.size());
  line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  column = static_cast<std::int64_t>(offset - line_start) + 1;
}

nlohmann::json parse_text(std::string_view text, std::size_t max_depth, const std::string& error_code,
                          std::vector<std::size_t>* repaired) {
  check_depth(text, max_depth);
  std::string patched;
  if (text.find("\\u") != std::string_view::npos) {
    const std::vector<std::size_t> lone = lone_surrogate_escapes(text);
    if (!lone.empty()) {
      patched.assign(text);
      // Same length replacement: offsets of everything else stay valid.
      for (std::size_t offset : lone) patched.replace(offset, 6, "\\uFFFD");
      if (repaired) repaired->insert(repaired->end(), lone.begin(), lone.end());
      text = patched;
    }
  }
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    RenderFailure failure(error_code, "malformed JSON: " + plain_message(e.what()), "");
    // e.byte is 1-based and points at the last character read.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    failure.offset = static_cast<std::int64_t>(std::min(offset, text.size()));
    locate(text, offset, failure.line, failure.column);
    throw failure;
  } catch (const nlohmann::json::exception& e) {
    // A number beyond the range of a double: nlohmann names the token
    // ("number overflow parsing '1e400'") but not its position, so find it.
    const std::string message = plain_message(e.what());
    RenderFailure failure(error_code, "malformed JSON: " + message, "");
    const std::size_t open = message.find('\'');
    const std::size_t close = message.rfind('\'');
    if (open != std::string::npos && close > open + 1) {
      const std::size_t at = text.find(std::string_view(message).substr(open + 1, close - open - 1));
      if (at != std::string_view::npos) {
        failure.offset = static_cast<std::int64_t>(at);
        locate(text, at, failure.line, failure.column);
      }
    }
    throw failure;
  }
}

}  // namespace galley::json
