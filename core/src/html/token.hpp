#pragma once
// Tokens produced by the HTML tokenizer (WHATWG "tokenization" section).

#include <cstddef>
#include <string>
#include <vector>

namespace galley::html {

struct Attribute {
  std::string name;   // lowercased
  std::string value;  // character references decoded
};

enum class TokenKind { doctype, start_tag, end_tag, comment, characters, end_of_file };

struct Token {
  TokenKind kind = TokenKind::end_of_file;
  std::string name;                    // tag name (lowercased) or doctype name
  std::vector<Attribute> attributes;   // start tags; duplicates already dropped (first wins)
  bool self_closing = false;
  std::string data;                    // characters or comment text
  // doctype only
  bool force_quirks = false;
  bool has_public_id = false, has_system_id = false;
  std::string public_id, system_id;
  std::size_t offset = 0;              // byte offset of the token's start in the input
};

}  // namespace galley::html
