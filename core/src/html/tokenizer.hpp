#pragma once
// A WHATWG-conformant HTML tokenizer over a UTF-8 string. It does no tree
// construction: the caller (the sanitizer) switches states for raw-text
// elements exactly as the tree builder would, through set_state().

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
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
  // `characters` token. The call that produces the end_of_file token returns
  // true; every call after it returns false (and sets an end_of_file token).
  bool next(Token& token);

  // Takes effect from the next input character on: call it right after the
  // start tag of a raw-text element was returned.
  void set_state(TokenizerState state);
  // The "appropriate end tag" check of RCDATA/RAWTEXT/script states uses this.
  void set_last_start_tag(std::string_view name);
  // Whether CDATA sections are recognised (only in foreign content).
  void set_allow_cdata(bool allow);

  const std::vector<ParseError>& errors() const;

 private:
  // One enumerator per state of the specification; defined in tokenizer.cpp.
  enum class State : unsigned char;
  using ByteSet = std::array<bool, 256>;  // bytes that end a run a state copies as is

  void step();
  void step_text();
  void step_raw_text_end_tag();
  void step_script();
  void step_script_comment_like(State plain, State dash, State dash_dash, State less_than,
                                bool emit_less_than);
  void step_double_escape_boundary(State if_script, State otherwise);
  void step_tag();
  void step_attribute();
  void step_comment();
  void step_doctype();
  void step_doctype_identifier();

  int consume();
  void reconsume(State state);
  void check_input_stream(std::size_t pos);
  std::size_t plain_run_end(const ByteSet& stops) const;
  void append_plain_run(const ByteSet& stops, std::string& out);
  void append_plain_text_run(const ByteSet& stops);
  std::string& text_from(std::size_t offset);
  void append_text_char(int c);
  void append_replacement_text();
  void error(const char* code, std::size_t offset);
  void error_here(const char* code);
  void begin_token(TokenKind kind);
  void start_attribute();
  void finish_attribute_name();
  void drop_duplicate_attribute();
  void emit_tag();
  void emit_current();
  void emit_eof(const char* code);
  void emit_doctype_at_eof();
  bool is_appropriate_end_tag() const;
  std::string& doctype_identifier();

  std::string_view input_;
  std::size_t pos_ = 0;            // next byte to consume
  std::size_t prev_pos_ = 0;       // start of the last consumed character, for reconsume
  std::size_t checked_until_ = 0;  // input-stream errors before this were already reported
  std::size_t token_start_ = 0;    // offset of the '<' that began current_
  std::size_t text_start_ = 0;     // offset of the first character in text_
  State state_;
  State raw_text_state_;           // where a "</" that is no appropriate end tag falls back
  char quote_ = '"';               // quote of the attribute value or DOCTYPE identifier
  bool doctype_identifier_is_system_ = false;
  bool allow_cdata_ = false;
  bool token_ready_ = false;       // current_ is complete; handed out after text_
  bool eof_reached_ = false;
  bool eof_returned_ = false;
  bool drop_attribute_ = false;    // the attribute being built repeats an earlier name
  std::string last_start_tag_;
  std::string text_;               // character data not yet handed out
  std::string temp_buffer_;
  Token current_;
  // Names of current_'s attributes, filled only once a tag has so many that
  // a linear duplicate check would turn quadratic.
  std::unordered_set<std::string> attribute_names_;
  std::vector<ParseError> errors_;
};

// Decodes character references in an attribute value or text the way the
// tokenizer does (used for URL checks of already-decoded values in tests).
std::string decode_character_references(std::string_view text, bool in_attribute);

}  // namespace galley::html
