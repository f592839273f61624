#pragma once
// A WHATWG-conformant HTML tokenizer over a UTF-8 string. It does no tree
// construction: the caller (the sanitizer) switches states for raw-text
// elements exactly as the tree builder would, through set_state().

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html/token.hpp"

namespace galley::html {

enum class TokenizerState {
  data, rcdata, rawtext, script_data, plaintext, cdata_section
};

struct ParseError {
  std::string code;   // WHATWG parse error name, e.g. "eof-in-tag"
  std::size_t offset; // byte offset
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view input);

  // Produces the next token. Consecutive characters are merged into one
  // `characters` token. Returns false after the end_of_file token was returned.
  bool next(Token& token);

  void set_state(TokenizerState state);
  // The "appropriate end tag" check of RCDATA/RAWTEXT/script states uses this.
  void set_last_start_tag(std::string_view name);
  // Whether CDATA sections are recognised (only in foreign content).
  void set_allow_cdata(bool allow);

  const std::vector<ParseError>& errors() const;

 private:
  struct Impl;
  // Implementation details live in tokenizer.cpp; kept behind a fixed-size
  // state so the tokenizer can be a plain value on the stack.
  std::string_view input_;
  std::size_t pos_ = 0;
  TokenizerState initial_ = TokenizerState::data;
  int state_ = 0;
  int return_state_ = 0;
  std::string last_start_tag_;
  bool allow_cdata_ = false;
  bool emitted_eof_ = false;
  std::vector<ParseError> errors_;
  std::vector<Token> pending_;
  std::size_t pending_head_ = 0;
  Token current_;
  std::string temp_buffer_;
  std::string attr_name_, attr_value_;
  bool in_attr_ = false;
};

// Decodes character references in an attribute value or text the way the
// tokenizer does (used for URL checks of already-decoded values in tests).
std::string decode_character_references(std::string_view text, bool in_attribute);

}  // namespace galley::html
