#pragma once
// The analysis reads text as Unicode code points: the text stage's Unicode
// facts are its vocabulary, named once here for the whole stage.

#include "text/unicode.hpp"

namespace galley::analysis {

using text::append_utf8;
using text::code_point_count;
using text::decode_utf8;
using text::decode_utf8_before;
using text::DecodedChar;
using text::is_cjk;
using text::is_combining_mark;
using text::is_digit;
using text::is_letter;
using text::is_lower;
using text::is_space;
using text::is_unspaced_script;
using text::is_upper;
using text::is_word_char;
using text::kReplacementChar;
using text::Script;
using text::script_of;
using text::to_lower;
using text::to_upper;

}  // namespace galley::analysis
