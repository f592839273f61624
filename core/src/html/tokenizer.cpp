// The tokenizer of the WHATWG HTML standard ("Tokenization"), state by state.
// It works on bytes: every character the states treat specially is ASCII, so
// the bytes of other characters simply take the "anything else" branches.
// Runs of bytes that a state only copies are appended in one go.

#include "html/tokenizer.hpp"

#include <utility>

#include "html/char_refs.hpp"
#include "text/utf8.hpp"

namespace galley::html {

enum class Tokenizer::State : unsigned char {
  data, rcdata, rawtext, script_data, plaintext,
  tag_open, end_tag_open, tag_name,
  // RCDATA, RAWTEXT and script data (escaped or not) share the end tag states;
  // raw_text_state_ tells which of them to fall back to.
  raw_text_less_than_sign, raw_text_end_tag_open, raw_text_end_tag_name,
  script_data_less_than_sign, script_data_escape_start, script_data_escape_start_dash,
  script_data_escaped, script_data_escaped_dash, script_data_escaped_dash_dash,
  script_data_escaped_less_than_sign, script_data_double_escape_start,
  script_data_double_escaped, script_data_double_escaped_dash,
  script_data_double_escaped_dash_dash, script_data_double_escaped_less_than_sign,
  script_data_double_escape_end,
  before_attribute_name, attribute_name, after_attribute_name, before_attribute_value,
  attribute_value_quoted, attribute_value_unquoted, after_attribute_value_quoted,
  self_closing_start_tag,
  bogus_comment, markup_declaration_open, comment_start, comment_start_dash, comment,
  comment_less_than_sign, comment_less_than_sign_bang, comment_less_than_sign_bang_dash,
  comment_less_than_sign_bang_dash_dash, comment_end_dash, comment_end, comment_end_bang,
  doctype, before_doctype_name, doctype_name, after_doctype_name,
  // The public and system identifier states are alike; which one is meant
  // is in doctype_identifier_is_system_.
  after_doctype_identifier_keyword, before_doctype_identifier, doctype_identifier_quoted,
  after_doctype_public_identifier, between_doctype_public_and_system_identifiers,
  after_doctype_system_identifier, bogus_doctype,
  cdata_section, cdata_section_bracket, cdata_section_end,
};

namespace {

using ByteSet = std::array<bool, 256>;

constexpr int kEof = -1;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr const char* kUnexpectedNull = "unexpected-null-character";
constexpr const char* kEofInTag = "eof-in-tag";
constexpr const char* kEofInComment = "eof-in-comment";
constexpr const char* kEofInScriptComment = "eof-in-script-html-comment-like-text";
// Tags with more attributes than this check duplicates through a hash set.
constexpr std::size_t kLinearDuplicateCheckLimit = 16;

constexpr ByteSet byte_set(std::string_view bytes) {
  ByteSet set{};
  for (char b : bytes) set[static_cast<unsigned char>(b)] = true;
  return set;
}

// Bytes that always end a fast run: NUL and CR (handled by the states), C0
// controls and DEL (input-stream errors), and the lead bytes of sequences
// that may be C1 controls or noncharacters.
constexpr ByteSet kSlowBytes = byte_set(std::string_view(
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0D\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17"
    "\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F\x7F\xC2\xEF\xF0\xF1\xF2\xF3\xF4",
    37));

// What each copying state stops at (besides kSlowBytes).
constexpr ByteSet kDataStops = byte_set("&<");  // data, RCDATA
constexpr ByteSet kRawTextStops = byte_set("<");  // RAWTEXT, script data
constexpr ByteSet kNoStops = byte_set("");  // PLAINTEXT
constexpr ByteSet kDashLessThanStops = byte_set("-<");  // comments, escaped script data
constexpr ByteSet kBogusCommentStops = byte_set(">");
constexpr ByteSet kDoubleQuotedStops = byte_set("\"&");
constexpr ByteSet kSingleQuotedStops = byte_set("'&");
constexpr ByteSet kUnquotedStops = byte_set("\t\n\f &>\"'<=`");
constexpr ByteSet kCdataStops = byte_set("]");

constexpr bool is_whitespace(int c) { return c == '\t' || c == '\n' || c == '\f' || c == ' '; }
constexpr bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_alpha(int c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
constexpr char lower(int c) { return static_cast<char>(is_upper(c) ? c + ('a' - 'A') : c); }
constexpr char as_char(int c) { return static_cast<char>(c); }

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_word) {
  if (text.size() < lower_word.size()) return false;
  for (std::size_t i = 0; i < lower_word.size(); ++i) {
    if (lower(static_cast<unsigned char>(text[i])) != lower_word[i]) return false;
  }
  return true;
}

// The "preprocessing the input stream" error for the character at `pos`, if any.
const char* input_stream_error(std::string_view input, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(input[pos]);
  char32_t cp = lead;
  if (lead >= 0x80) {
    if (text::utf8::valid_sequence_length(input, pos) == 0) return nullptr;
    std::size_t at = pos;
    cp = text::utf8::decode(input, at);
  }
  if (cp == 0 || cp == '\r') return nullptr;
  if (is_control(cp) && !is_ascii_whitespace(cp)) return "control-character-in-input-stream";
  if (is_noncharacter(cp)) return "noncharacter-in-input-stream";
  return nullptr;
}

void clear_token(Token& token) {
  token.kind = TokenKind::end_of_file;
  token.name.clear();
  token.attributes.clear();
  token.self_closing = false;
  token.data.clear();
  token.force_quirks = false;
  token.has_public_id = false;
  token.has_system_id = false;
  token.public_id.clear();
  token.system_id.clear();
  token.offset = 0;
}

struct DoctypeIdentifierErrors {
  const char* missing_whitespace_after_keyword;
  const char* missing;
  const char* missing_quote;
  const char* abrupt;
};
constexpr DoctypeIdentifierErrors kPublicIdentifierErrors = {
    "missing-whitespace-after-doctype-public-keyword", "missing-doctype-public-identifier",
    "missing-quote-before-doctype-public-identifier", "abrupt-doctype-public-identifier"};
constexpr DoctypeIdentifierErrors kSystemIdentifierErrors = {
    "missing-whitespace-after-doctype-system-keyword", "missing-doctype-system-identifier",
    "missing-quote-before-doctype-system-identifier", "abrupt-doctype-system-identifier"};

}  // namespace

Tokenizer::Tokenizer(std::string_view input)
    : input_(input), state_(State::data), raw_text_state_(State::rcdata) {
  text_.reserve(input.size() < 4096 ? input.size() : 4096);
}

void Tokenizer::set_state(TokenizerState state) {
  switch (state) {
    case TokenizerState::data: state_ = State::data; break;
    case TokenizerState::rcdata: state_ = State::rcdata; break;
    case TokenizerState::rawtext: state_ = State::rawtext; break;
    case TokenizerState::script_data: state_ = State::script_data; break;
    case TokenizerState::plaintext: state_ = State::plaintext; break;
    case TokenizerState::cdata_section: state_ = State::cdata_section; break;
  }
}

void Tokenizer::set_last_start_tag(std::string_view name) { last_start_tag_.assign(name); }
void Tokenizer::set_allow_cdata(bool allow) { allow_cdata_ = allow; }
const std::vector<ParseError>& Tokenizer::errors() const { return errors_; }

bool Tokenizer::next(Token& token) {
  if (eof_returned_) {
    clear_token(token);
    token.offset = input_.size();
    return false;
  }
  while (!token_ready_ && !eof_reached_) step();
  if (!text_.empty()) {
    clear_token(token);
    token.kind = TokenKind::characters;
    token.offset = text_start_;
    token.data.swap(text_);
    text_.clear();
    return true;
  }
  if (token_ready_) {
    token_ready_ = false;
    std::swap(token, current_);
    return true;
  }
  clear_token(token);
  token.offset = input_.size();
  eof_returned_ = true;
  return true;
}

// ---------------------------------------------------------------------------
// Input

int Tokenizer::consume() {
  prev_pos_ = pos_;
  if (pos_ >= input_.size()) return kEof;
  const auto c = static_cast<unsigned char>(input_[pos_]);
  check_input_stream(pos_);
  ++pos_;
  if (c == '\r') {
    // Newline normalization: CR LF and lone CR both become LF.
    if (pos_ < input_.size() && input_[pos_] == '\n') ++pos_;
    return '\n';
  }
  return c;
}

void Tokenizer::reconsume(State state) {
  pos_ = prev_pos_;
  state_ = state;
}

// Reports each input-stream error once, however often its character is
// reconsumed or looked at.
void Tokenizer::check_input_stream(std::size_t pos) {
  if (pos < checked_until_ || pos >= input_.size()) return;
  checked_until_ = pos + 1;
  if (!kSlowBytes[static_cast<unsigned char>(input_[pos])]) return;
  if (const char* code = input_stream_error(input_, pos)) error(code, pos);
}

std::size_t Tokenizer::plain_run_end(const ByteSet& stops) const {
  std::size_t pos = pos_;
  while (pos < input_.size()) {
    const auto c = static_cast<unsigned char>(input_[pos]);
    if (stops[c]) break;
    if (kSlowBytes[c] && (c < 0x80 || input_stream_error(input_, pos) != nullptr)) break;
    ++pos;
  }
  return pos;
}

void Tokenizer::append_plain_run(const ByteSet& stops, std::string& out) {
  const std::size_t end = plain_run_end(stops);
  out.append(input_.substr(pos_, end - pos_));
  pos_ = end;
}

void Tokenizer::append_plain_text_run(const ByteSet& stops) {
  const std::size_t end = plain_run_end(stops);
  if (end == pos_) return;
  text_from(pos_).append(input_.substr(pos_, end - pos_));
  pos_ = end;
}

// ---------------------------------------------------------------------------
// Output

std::string& Tokenizer::text_from(std::size_t offset) {
  if (text_.empty()) text_start_ = offset;
  return text_;
}

void Tokenizer::append_text_char(int c) { text_from(prev_pos_).push_back(as_char(c)); }

void Tokenizer::append_replacement_text() {
  error_here(kUnexpectedNull);
  text_from(prev_pos_).append(kReplacement);
}

void Tokenizer::error(const char* code, std::size_t offset) {
  errors_.push_back(ParseError{code, offset});
}

void Tokenizer::error_here(const char* code) { error(code, prev_pos_); }

void Tokenizer::begin_token(TokenKind kind) {
  clear_token(current_);
  current_.kind = kind;
  current_.offset = token_start_;
  drop_attribute_ = false;
  attribute_names_.clear();
}

void Tokenizer::start_attribute() {
  drop_duplicate_attribute();
  current_.attributes.emplace_back();
}

// Leaving the attribute name state: a repeated name is an error, and the
// attribute is dropped once its value has been read.
void Tokenizer::finish_attribute_name() {
  auto& attributes = current_.attributes;
  const std::string& name = attributes.back().name;
  bool duplicate = false;
  if (attributes.size() <= kLinearDuplicateCheckLimit) {
    for (std::size_t i = 0; i + 1 < attributes.size() && !duplicate; ++i) {
      duplicate = attributes[i].name == name;
    }
  } else {
    if (attribute_names_.empty()) {
      for (std::size_t i = 0; i + 1 < attributes.size(); ++i) attribute_names_.insert(attributes[i].name);
    }
    duplicate = !attribute_names_.insert(name).second;
  }
  if (duplicate) {
    error_here("duplicate-attribute");
    drop_attribute_ = true;
  }
}

void Tokenizer::drop_duplicate_attribute() {
  if (!drop_attribute_) return;
  current_.attributes.pop_back();
  drop_attribute_ = false;
}

void Tokenizer::emit_tag() {
  drop_duplicate_attribute();
  if (current_.kind == TokenKind::end_tag) {
    if (!current_.attributes.empty()) error_here("end-tag-with-attributes");
    if (current_.self_closing) error_here("end-tag-with-trailing-solidus");
    current_.attributes.clear();
  } else {
    last_start_tag_ = current_.name;
  }
  token_ready_ = true;
}

void Tokenizer::emit_current() { token_ready_ = true; }

void Tokenizer::emit_eof(const char* code) {
  if (code != nullptr) error(code, input_.size());
  eof_reached_ = true;
}

void Tokenizer::emit_doctype_at_eof() {
  current_.force_quirks = true;
  emit_current();
  emit_eof("eof-in-doctype");
}

bool Tokenizer::is_appropriate_end_tag() const {
  return !last_start_tag_.empty() && current_.name == last_start_tag_;
}

std::string& Tokenizer::doctype_identifier() {
  return doctype_identifier_is_system_ ? current_.system_id : current_.public_id;
}

// ---------------------------------------------------------------------------
// States

void Tokenizer::step() {
  switch (state_) {
    case State::data:
    case State::rcdata:
    case State::rawtext:
    case State::script_data:
    case State::plaintext:
    case State::cdata_section:
    case State::cdata_section_bracket:
    case State::cdata_section_end:
      return step_text();
    case State::raw_text_less_than_sign:
    case State::raw_text_end_tag_open:
    case State::raw_text_end_tag_name:
      return step_raw_text_end_tag();
    case State::script_data_less_than_sign:
    case State::script_data_escape_start:
    case State::script_data_escape_start_dash:
    case State::script_data_escaped_less_than_sign:
    case State::script_data_double_escaped_less_than_sign:
      return step_script();
    case State::script_data_escaped:
    case State::script_data_escaped_dash:
    case State::script_data_escaped_dash_dash:
      return step_script_comment_like(State::script_data_escaped, State::script_data_escaped_dash,
                                      State::script_data_escaped_dash_dash,
                                      State::script_data_escaped_less_than_sign, false);
    case State::script_data_double_escaped:
    case State::script_data_double_escaped_dash:
    case State::script_data_double_escaped_dash_dash:
      return step_script_comment_like(
          State::script_data_double_escaped, State::script_data_double_escaped_dash,
          State::script_data_double_escaped_dash_dash,
          State::script_data_double_escaped_less_than_sign, true);
    case State::script_data_double_escape_start:
      return step_double_escape_boundary(State::script_data_double_escaped,
                                         State::script_data_escaped);
    case State::script_data_double_escape_end:
      return step_double_escape_boundary(State::script_data_escaped,
                                         State::script_data_double_escaped);
    case State::tag_open:
    case State::end_tag_open:
    case State::tag_name:
    case State::self_closing_start_tag:
      return step_tag();
    case State::before_attribute_name:
    case State::attribute_name:
    case State::after_attribute_name:
    case State::before_attribute_value:
    case State::attribute_value_quoted:
    case State::attribute_value_unquoted:
    case State::after_attribute_value_quoted:
      return step_attribute();
    case State::bogus_comment:
    case State::markup_declaration_open:
    case State::comment_start:
    case State::comment_start_dash:
    case State::comment:
    case State::comment_less_than_sign:
    case State::comment_less_than_sign_bang:
    case State::comment_less_than_sign_bang_dash:
    case State::comment_less_than_sign_bang_dash_dash:
    case State::comment_end_dash:
    case State::comment_end:
    case State::comment_end_bang:
      return step_comment();
    case State::doctype:
    case State::before_doctype_name:
    case State::doctype_name:
    case State::after_doctype_name:
    case State::after_doctype_public_identifier:
    case State::between_doctype_public_and_system_identifiers:
    case State::after_doctype_system_identifier:
    case State::bogus_doctype:
      return step_doctype();
    case State::after_doctype_identifier_keyword:
    case State::before_doctype_identifier:
    case State::doctype_identifier_quoted:
      return step_doctype_identifier();
  }
}

// Data, RCDATA, RAWTEXT, script data, PLAINTEXT and CDATA section states.
void Tokenizer::step_text() {
  switch (state_) {
    case State::data:
    case State::rcdata: {
      const bool rcdata = state_ == State::rcdata;
      append_plain_text_run(kDataStops);
      const int c = consume();
      if (c == '&') {
        pos_ = consume_character_reference(input_, prev_pos_, false, text_from(prev_pos_), &errors_);
      } else if (c == '<') {
        token_start_ = prev_pos_;
        state_ = State::tag_open;
        if (rcdata) {
          raw_text_state_ = State::rcdata;
          state_ = State::raw_text_less_than_sign;
        }
      } else if (c == 0) {
        if (rcdata) {
          append_replacement_text();
        } else {
          error_here(kUnexpectedNull);  // and kept as it is
          append_text_char(c);
        }
      } else if (c == kEof) {
        emit_eof(nullptr);
      } else {
        append_text_char(c);
      }
      return;
    }
    case State::rawtext:
    case State::script_data:
    case State::plaintext: {
      append_plain_text_run(state_ == State::plaintext ? kNoStops : kRawTextStops);
      const int c = consume();
      if (c == '<' && state_ != State::plaintext) {
        token_start_ = prev_pos_;
        if (state_ == State::rawtext) {
          raw_text_state_ = State::rawtext;
          state_ = State::raw_text_less_than_sign;
        } else {
          state_ = State::script_data_less_than_sign;
        }
      } else if (c == 0) {
        append_replacement_text();
      } else if (c == kEof) {
        emit_eof(nullptr);
      } else {
        append_text_char(c);
      }
      return;
    }
    case State::cdata_section: {
      append_plain_text_run(kCdataStops);
      const int c = consume();
      if (c == ']') {
        state_ = State::cdata_section_bracket;
      } else if (c == kEof) {
        emit_eof("eof-in-cdata");
      } else {
        append_text_char(c);  // NUL included: CDATA keeps it
      }
      return;
    }
    case State::cdata_section_bracket: {
      const int c = consume();
      if (c == ']') {
        state_ = State::cdata_section_end;
      } else {
        text_from(prev_pos_).push_back(']');
        reconsume(State::cdata_section);
      }
      return;
    }
    case State::cdata_section_end: {
      const int c = consume();
      if (c == ']') {
        text_from(prev_pos_).push_back(']');
      } else if (c == '>') {
        state_ = State::data;
      } else {
        text_from(prev_pos_).append("]]");
        reconsume(State::cdata_section);
      }
      return;
    }
    default:
      return;
  }
}

// "<" and "</name" inside RCDATA, RAWTEXT and (escaped) script data: only the
// end tag of the element that opened the raw text ends it.
void Tokenizer::step_raw_text_end_tag() {
  const int c = consume();
  switch (state_) {
    case State::raw_text_less_than_sign:
      if (c == '/') {
        temp_buffer_.clear();
        state_ = State::raw_text_end_tag_open;
      } else {
        text_from(token_start_).push_back('<');
        reconsume(raw_text_state_);
      }
      return;
    case State::raw_text_end_tag_open:
      if (is_alpha(c)) {
        begin_token(TokenKind::end_tag);
        reconsume(State::raw_text_end_tag_name);
      } else {
        text_from(token_start_).append("</");
        reconsume(raw_text_state_);
      }
      return;
    case State::raw_text_end_tag_name:
      if (is_appropriate_end_tag()) {
        if (is_whitespace(c)) {
          state_ = State::before_attribute_name;
          return;
        }
        if (c == '/') {
          state_ = State::self_closing_start_tag;
          return;
        }
        if (c == '>') {
          state_ = State::data;
          emit_tag();
          return;
        }
      }
      if (is_alpha(c)) {
        current_.name.push_back(lower(c));
        temp_buffer_.push_back(as_char(c));
        return;
      }
      text_from(token_start_).append("</").append(temp_buffer_);
      reconsume(raw_text_state_);
      return;
    default:
      return;
  }
}

// The "<!", "<!-" and "<script" transitions of script data.
void Tokenizer::step_script() {
  const int c = consume();
  switch (state_) {
    case State::script_data_less_than_sign:
      if (c == '/') {
        temp_buffer_.clear();
        raw_text_state_ = State::script_data;
        state_ = State::raw_text_end_tag_open;
      } else if (c == '!') {
        text_from(token_start_).append("<!");
        state_ = State::script_data_escape_start;
      } else {
        text_from(token_start_).push_back('<');
        reconsume(State::script_data);
      }
      return;
    case State::script_data_escape_start:
    case State::script_data_escape_start_dash:
      if (c == '-') {
        append_text_char(c);
        state_ = state_ == State::script_data_escape_start ? State::script_data_escape_start_dash
                                                           : State::script_data_escaped_dash_dash;
      } else {
        reconsume(State::script_data);
      }
      return;
    case State::script_data_escaped_less_than_sign:
      if (c == '/') {
        temp_buffer_.clear();
        raw_text_state_ = State::script_data_escaped;
        state_ = State::raw_text_end_tag_open;
      } else if (is_alpha(c)) {
        temp_buffer_.clear();
        text_from(token_start_).push_back('<');
        reconsume(State::script_data_double_escape_start);
      } else {
        text_from(token_start_).push_back('<');
        reconsume(State::script_data_escaped);
      }
      return;
    case State::script_data_double_escaped_less_than_sign:
      if (c == '/') {
        temp_buffer_.clear();
        append_text_char(c);
        state_ = State::script_data_double_escape_end;
      } else {
        reconsume(State::script_data_double_escaped);
      }
      return;
    default:
      return;
  }
}

// Script data escaped and double escaped states with their "dash" and "dash
// dash" variants: they differ only in what '<' does.
void Tokenizer::step_script_comment_like(State plain, State dash, State dash_dash,
                                         State less_than, bool emit_less_than) {
  if (state_ == plain) append_plain_text_run(kDashLessThanStops);
  const int c = consume();
  if (c == '-') {
    append_text_char(c);
    if (state_ != dash_dash) state_ = state_ == plain ? dash : dash_dash;
  } else if (c == '<') {
    if (emit_less_than) {
      append_text_char(c);
    } else {
      token_start_ = prev_pos_;
    }
    state_ = less_than;
  } else if (c == '>' && state_ == dash_dash) {
    append_text_char(c);
    state_ = State::script_data;
  } else if (c == 0) {
    append_replacement_text();
    state_ = plain;
  } else if (c == kEof) {
    emit_eof(kEofInScriptComment);
  } else {
    append_text_char(c);
    state_ = plain;
  }
}

// Script data double escape start and end states: "script" followed by a
// space, '/' or '>' toggles between escaped and double escaped.
void Tokenizer::step_double_escape_boundary(State if_script, State otherwise) {
  const int c = consume();
  if (is_whitespace(c) || c == '/' || c == '>') {
    state_ = temp_buffer_ == "script" ? if_script : otherwise;
    append_text_char(c);
  } else if (is_alpha(c)) {
    temp_buffer_.push_back(lower(c));
    append_text_char(c);
  } else {
    reconsume(otherwise);
  }
}

// Tag open, end tag open, tag name and self-closing start tag states.
void Tokenizer::step_tag() {
  const int c = consume();
  switch (state_) {
    case State::tag_open:
      if (c == '!') {
        state_ = State::markup_declaration_open;
      } else if (c == '/') {
        state_ = State::end_tag_open;
      } else if (is_alpha(c)) {
        begin_token(TokenKind::start_tag);
        reconsume(State::tag_name);
      } else if (c == '?') {
        error_here("unexpected-question-mark-instead-of-tag-name");
        begin_token(TokenKind::comment);
        reconsume(State::bogus_comment);
      } else if (c == kEof) {
        text_from(token_start_).push_back('<');
        emit_eof("eof-before-tag-name");
      } else {
        error_here("invalid-first-character-of-tag-name");
        text_from(token_start_).push_back('<');
        reconsume(State::data);
      }
      return;
    case State::end_tag_open:
      if (is_alpha(c)) {
        begin_token(TokenKind::end_tag);
        reconsume(State::tag_name);
      } else if (c == '>') {
        error_here("missing-end-tag-name");
        state_ = State::data;
      } else if (c == kEof) {
        text_from(token_start_).append("</");
        emit_eof("eof-before-tag-name");
      } else {
        error_here("invalid-first-character-of-tag-name");
        begin_token(TokenKind::comment);
        reconsume(State::bogus_comment);
      }
      return;
    case State::tag_name:
      // Tag names are short: no fast run.
      if (is_whitespace(c)) {
        state_ = State::before_attribute_name;
      } else if (c == '/') {
        state_ = State::self_closing_start_tag;
      } else if (c == '>') {
        state_ = State::data;
        emit_tag();
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        current_.name.append(kReplacement);
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        current_.name.push_back(lower(c));
      }
      return;
    case State::self_closing_start_tag:
      if (c == '>') {
        current_.self_closing = true;
        state_ = State::data;
        emit_tag();
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        error_here("unexpected-solidus-in-tag");
        reconsume(State::before_attribute_name);
      }
      return;
    default:
      return;
  }
}

// Attribute name and value states.
void Tokenizer::step_attribute() {
  if (state_ == State::attribute_value_quoted) {
    append_plain_run(quote_ == '"' ? kDoubleQuotedStops : kSingleQuotedStops,
                     current_.attributes.back().value);
  } else if (state_ == State::attribute_value_unquoted) {
    append_plain_run(kUnquotedStops, current_.attributes.back().value);
  }
  const int c = consume();
  switch (state_) {
    case State::before_attribute_name:
      if (is_whitespace(c)) return;
      if (c == '/' || c == '>' || c == kEof) {
        reconsume(State::after_attribute_name);
      } else if (c == '=') {
        error_here("unexpected-equals-sign-before-attribute-name");
        start_attribute();
        current_.attributes.back().name.push_back('=');
        state_ = State::attribute_name;
      } else {
        start_attribute();
        reconsume(State::attribute_name);
      }
      return;
    case State::attribute_name:
      if (is_whitespace(c) || c == '/' || c == '>' || c == kEof) {
        finish_attribute_name();
        reconsume(State::after_attribute_name);
      } else if (c == '=') {
        finish_attribute_name();
        state_ = State::before_attribute_value;
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        current_.attributes.back().name.append(kReplacement);
      } else {
        if (c == '"' || c == '\'' || c == '<') error_here("unexpected-character-in-attribute-name");
        current_.attributes.back().name.push_back(lower(c));
      }
      return;
    case State::after_attribute_name:
      if (is_whitespace(c)) return;
      if (c == '/') {
        state_ = State::self_closing_start_tag;
      } else if (c == '=') {
        state_ = State::before_attribute_value;
      } else if (c == '>') {
        state_ = State::data;
        emit_tag();
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        start_attribute();
        reconsume(State::attribute_name);
      }
      return;
    case State::before_attribute_value:
      if (is_whitespace(c)) return;
      if (c == '"' || c == '\'') {
        quote_ = as_char(c);
        state_ = State::attribute_value_quoted;
      } else if (c == '>') {
        error_here("missing-attribute-value");
        state_ = State::data;
        emit_tag();
      } else {
        reconsume(State::attribute_value_unquoted);
      }
      return;
    case State::attribute_value_quoted: {
      std::string& value = current_.attributes.back().value;
      if (c == quote_) {
        state_ = State::after_attribute_value_quoted;
      } else if (c == '&') {
        pos_ = consume_character_reference(input_, prev_pos_, true, value, &errors_);
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        value.append(kReplacement);
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        value.push_back(as_char(c));
      }
      return;
    }
    case State::attribute_value_unquoted: {
      std::string& value = current_.attributes.back().value;
      if (is_whitespace(c)) {
        state_ = State::before_attribute_name;
      } else if (c == '&') {
        pos_ = consume_character_reference(input_, prev_pos_, true, value, &errors_);
      } else if (c == '>') {
        state_ = State::data;
        emit_tag();
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        value.append(kReplacement);
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') {
          error_here("unexpected-character-in-unquoted-attribute-value");
        }
        value.push_back(as_char(c));
      }
      return;
    }
    case State::after_attribute_value_quoted:
      if (is_whitespace(c)) {
        state_ = State::before_attribute_name;
      } else if (c == '/') {
        state_ = State::self_closing_start_tag;
      } else if (c == '>') {
        state_ = State::data;
        emit_tag();
      } else if (c == kEof) {
        emit_eof(kEofInTag);
      } else {
        error_here("missing-whitespace-between-attributes");
        reconsume(State::before_attribute_name);
      }
      return;
    default:
      return;
  }
}

// Markup declaration open, bogus comment and comment states.
void Tokenizer::step_comment() {
  std::string& data = current_.data;
  if (state_ == State::markup_declaration_open) {
    check_input_stream(pos_);  // the character looked at comes before any error here
    const std::string_view rest = input_.substr(pos_);
    if (rest.substr(0, 2) == "--") {
      pos_ += 2;
      begin_token(TokenKind::comment);
      state_ = State::comment_start;
    } else if (starts_with_ignoring_case(rest, "doctype")) {
      pos_ += 7;
      state_ = State::doctype;
    } else if (rest.substr(0, 7) == "[CDATA[") {
      pos_ += 7;
      if (allow_cdata_) {
        state_ = State::cdata_section;
      } else {
        error("cdata-in-html-content", pos_ - 1);
        begin_token(TokenKind::comment);
        data.assign("[CDATA[");
        state_ = State::bogus_comment;
      }
    } else {
      error("incorrectly-opened-comment", pos_);
      begin_token(TokenKind::comment);
      state_ = State::bogus_comment;
    }
    return;
  }
  if (state_ == State::bogus_comment) {
    append_plain_run(kBogusCommentStops, data);
  } else if (state_ == State::comment) {
    append_plain_run(kDashLessThanStops, data);
  }
  const int c = consume();
  switch (state_) {
    case State::bogus_comment:
      if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == kEof) {
        emit_current();
        emit_eof(nullptr);
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        data.append(kReplacement);
      } else {
        data.push_back(as_char(c));
      }
      return;
    case State::comment_start:
    case State::comment_start_dash:
      if (c == '-') {
        state_ = state_ == State::comment_start ? State::comment_start_dash : State::comment_end;
      } else if (c == '>') {
        error_here("abrupt-closing-of-empty-comment");
        state_ = State::data;
        emit_current();
      } else if (c == kEof && state_ == State::comment_start_dash) {
        emit_current();
        emit_eof(kEofInComment);
      } else {
        if (state_ == State::comment_start_dash) data.push_back('-');
        reconsume(State::comment);
      }
      return;
    case State::comment:
      if (c == '<') {
        data.push_back('<');
        state_ = State::comment_less_than_sign;
      } else if (c == '-') {
        state_ = State::comment_end_dash;
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        data.append(kReplacement);
      } else if (c == kEof) {
        emit_current();
        emit_eof(kEofInComment);
      } else {
        data.push_back(as_char(c));
      }
      return;
    case State::comment_less_than_sign:
      if (c == '!') {
        data.push_back('!');
        state_ = State::comment_less_than_sign_bang;
      } else if (c == '<') {
        data.push_back('<');
      } else {
        reconsume(State::comment);
      }
      return;
    case State::comment_less_than_sign_bang:
      if (c == '-') {
        state_ = State::comment_less_than_sign_bang_dash;
      } else {
        reconsume(State::comment);
      }
      return;
    case State::comment_less_than_sign_bang_dash:
      if (c == '-') {
        state_ = State::comment_less_than_sign_bang_dash_dash;
      } else {
        reconsume(State::comment_end_dash);
      }
      return;
    case State::comment_less_than_sign_bang_dash_dash:
      if (c != '>' && c != kEof) error_here("nested-comment");
      reconsume(State::comment_end);
      return;
    case State::comment_end_dash:
      if (c == '-') {
        state_ = State::comment_end;
      } else if (c == kEof) {
        emit_current();
        emit_eof(kEofInComment);
      } else {
        data.push_back('-');
        reconsume(State::comment);
      }
      return;
    case State::comment_end:
      if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == '!') {
        state_ = State::comment_end_bang;
      } else if (c == '-') {
        data.push_back('-');
      } else if (c == kEof) {
        emit_current();
        emit_eof(kEofInComment);
      } else {
        data.append("--");
        reconsume(State::comment);
      }
      return;
    case State::comment_end_bang:
      if (c == '-') {
        data.append("--!");
        state_ = State::comment_end_dash;
      } else if (c == '>') {
        error_here("incorrectly-closed-comment");
        state_ = State::data;
        emit_current();
      } else if (c == kEof) {
        emit_current();
        emit_eof(kEofInComment);
      } else {
        data.append("--!");
        reconsume(State::comment);
      }
      return;
    default:
      return;
  }
}

// DOCTYPE states, except the public/system identifier ones.
void Tokenizer::step_doctype() {
  const int c = consume();
  switch (state_) {
    case State::doctype:
      if (is_whitespace(c)) {
        state_ = State::before_doctype_name;
      } else if (c == '>') {
        reconsume(State::before_doctype_name);
      } else if (c == kEof) {
        begin_token(TokenKind::doctype);
        emit_doctype_at_eof();
      } else {
        error_here("missing-whitespace-before-doctype-name");
        reconsume(State::before_doctype_name);
      }
      return;
    case State::before_doctype_name:
      if (is_whitespace(c)) return;
      begin_token(TokenKind::doctype);
      if (c == '>') {
        error_here("missing-doctype-name");
        current_.force_quirks = true;
        state_ = State::data;
        emit_current();
      } else if (c == kEof) {
        emit_doctype_at_eof();
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        current_.name.append(kReplacement);
        state_ = State::doctype_name;
      } else {
        current_.name.push_back(lower(c));
        state_ = State::doctype_name;
      }
      return;
    case State::doctype_name:
      if (is_whitespace(c)) {
        state_ = State::after_doctype_name;
      } else if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == 0) {
        error_here(kUnexpectedNull);
        current_.name.append(kReplacement);
      } else if (c == kEof) {
        emit_doctype_at_eof();
      } else {
        current_.name.push_back(lower(c));
      }
      return;
    case State::after_doctype_name:
      if (is_whitespace(c)) return;
      if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == kEof) {
        emit_doctype_at_eof();
      } else if (starts_with_ignoring_case(input_.substr(prev_pos_), "public") ||
                 starts_with_ignoring_case(input_.substr(prev_pos_), "system")) {
        doctype_identifier_is_system_ = lower(c) == 's';
        pos_ = prev_pos_ + 6;
        state_ = State::after_doctype_identifier_keyword;
      } else {
        error_here("invalid-character-sequence-after-doctype-name");
        current_.force_quirks = true;
        reconsume(State::bogus_doctype);
      }
      return;
    case State::after_doctype_public_identifier:
    case State::between_doctype_public_and_system_identifiers:
      if (is_whitespace(c)) {
        state_ = State::between_doctype_public_and_system_identifiers;
      } else if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == '"' || c == '\'') {
        if (state_ == State::after_doctype_public_identifier) {
          error_here("missing-whitespace-between-doctype-public-and-system-identifiers");
        }
        doctype_identifier_is_system_ = true;
        current_.has_system_id = true;
        quote_ = as_char(c);
        state_ = State::doctype_identifier_quoted;
      } else if (c == kEof) {
        emit_doctype_at_eof();
      } else {
        error_here("missing-quote-before-doctype-system-identifier");
        current_.force_quirks = true;
        reconsume(State::bogus_doctype);
      }
      return;
    case State::after_doctype_system_identifier:
      if (is_whitespace(c)) return;
      if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == kEof) {
        emit_doctype_at_eof();
      } else {
        error_here("unexpected-character-after-doctype-system-identifier");
        reconsume(State::bogus_doctype);
      }
      return;
    case State::bogus_doctype:
      if (c == '>') {
        state_ = State::data;
        emit_current();
      } else if (c == 0) {
        error_here(kUnexpectedNull);
      } else if (c == kEof) {
        emit_current();
        emit_eof(nullptr);
      }
      return;
    default:
      return;
  }
}

// After the PUBLIC/SYSTEM keyword, before the identifier, and inside it.
void Tokenizer::step_doctype_identifier() {
  const DoctypeIdentifierErrors& errors =
      doctype_identifier_is_system_ ? kSystemIdentifierErrors : kPublicIdentifierErrors;
  const int c = consume();
  if (state_ == State::doctype_identifier_quoted) {
    if (c == quote_) {
      state_ = doctype_identifier_is_system_ ? State::after_doctype_system_identifier
                                             : State::after_doctype_public_identifier;
    } else if (c == 0) {
      error_here(kUnexpectedNull);
      doctype_identifier().append(kReplacement);
    } else if (c == '>') {
      error_here(errors.abrupt);
      current_.force_quirks = true;
      state_ = State::data;
      emit_current();
    } else if (c == kEof) {
      emit_doctype_at_eof();
    } else {
      doctype_identifier().push_back(as_char(c));
    }
    return;
  }
  if (is_whitespace(c)) {
    state_ = State::before_doctype_identifier;
  } else if (c == '"' || c == '\'') {
    if (state_ == State::after_doctype_identifier_keyword) {
      error_here(errors.missing_whitespace_after_keyword);
    }
    (doctype_identifier_is_system_ ? current_.has_system_id : current_.has_public_id) = true;
    quote_ = as_char(c);
    state_ = State::doctype_identifier_quoted;
  } else if (c == '>') {
    error_here(errors.missing);
    current_.force_quirks = true;
    state_ = State::data;
    emit_current();
  } else if (c == kEof) {
    emit_doctype_at_eof();
  } else {
    error_here(errors.missing_quote);
    current_.force_quirks = true;
    reconsume(State::bogus_doctype);
  }
}

}  // namespace galley::html
