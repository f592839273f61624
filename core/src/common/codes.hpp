#pragma once
// Every code the core reports, with its one-line meaning as a comment: the
// error codes that stop a render (galley::Error::code) and the warning codes of
// the diagnostics (galley::Diagnostic::code). Diagnostics and RenderFailure take a Code, so no
// call site can report a code that is not listed here; docs/article-json.md,
// docs/sanitizer.md and bindings/js/index.d.ts list the same codes (checked by
// tests/unit/common/codes_test.cpp).

#include <string_view>

namespace galley::common {

// The meanings are comments rather than strings: the docs hold the same text,
// and the browser's WebAssembly download would otherwise carry it unused.
struct Code {
  std::string_view name;
};

namespace codes {

// Errors: the render stops.
// the text is not JSON
inline constexpr Code invalid_json{"invalid_json"};
// the JSON is not a valid article
inline constexpr Code invalid_article{"invalid_article"};
// the options document is invalid
inline constexpr Code invalid_options{"invalid_options"};
// Summary::from_json was given JSON that is not a Galley summary
inline constexpr Code invalid_summary{"invalid_summary"};
// a configured limit was exceeded
inline constexpr Code limit_exceeded{"limit_exceeded"};
// a bug in Galley
inline constexpr Code internal_error{"internal_error"};

// Warnings: something was repaired, ignored or removed, and the render went on.
// bytes that are not UTF-8 were replaced with U+FFFD
inline constexpr Code invalid_utf8{"invalid_utf8"};
// a key appeared more than once in an object; the last value is used
inline constexpr Code duplicate_key{"duplicate_key"};
// a field Galley does not know was ignored
inline constexpr Code unknown_field{"unknown_field"};
// a block of unknown type was skipped
inline constexpr Code unknown_block_type{"unknown_block_type"};
// a field with an invalid value was ignored
inline constexpr Code invalid_value{"invalid_value"};
// an embed with an unknown provider or a malformed id was skipped
inline constexpr Code invalid_embed{"invalid_embed"};
// neither body nor blocks was given
inline constexpr Code missing_body{"missing_body"};
// an element was removed with its content
inline constexpr Code removed_element{"removed_element"};
// a tag was removed and its content kept
inline constexpr Code unwrapped_element{"unwrapped_element"};
// an attribute was removed
inline constexpr Code removed_attribute{"removed_attribute"};
// a URL was refused by the URL policy
inline constexpr Code removed_url{"removed_url"};
// a comment was removed
inline constexpr Code removed_comment{"removed_comment"};
// text that cannot stay where it is was removed
inline constexpr Code removed_text{"removed_text"};
// a body h1 was written as h2
inline constexpr Code demoted_heading{"demoted_heading"};
// an element was written in an allowed form (legacy tag, video iframe, img src from srcset)
inline constexpr Code rewritten_element{"rewritten_element"};

inline constexpr Code kErrors[] = {invalid_json,    invalid_article, invalid_options,
                                   invalid_summary, limit_exceeded,  internal_error};
inline constexpr Code kWarnings[] = {invalid_utf8,      duplicate_key,   unknown_field,     unknown_block_type,
                                     invalid_value,     invalid_embed,   missing_body,      removed_element,
                                     unwrapped_element, removed_attribute, removed_url,     removed_comment,
                                     removed_text,      demoted_heading,   rewritten_element};

}  // namespace codes
}  // namespace galley::common
