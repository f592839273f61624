#pragma once
// Render options. Every field has a safe default; Options::from_json reads the
// same settings from JSON (the form the CLI and the JS package use).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <galley/policy.hpp>

namespace galley {

struct Error;

enum class Mode {
  fragment,   // the body only
  article,    // a complete <article> with header, byline, hero, body and footer
  document    // a complete HTML5 page around the article
};

// Hard limits on work and memory. Exceeding any is a `limit_exceeded` error.
struct Limits {
  std::size_t max_input_bytes = 32u * 1024u * 1024u;   // article JSON text
  std::size_t max_json_depth = 64;                      // nesting of JSON arrays/objects (at most 1000)
  std::size_t max_blocks = 100000;                      // entries of `blocks`
  std::size_t max_nesting = 256;                        // open HTML elements in the body
  std::size_t max_output_bytes = 128u * 1024u * 1024u;  // rendered HTML
};

struct Options {
  Mode mode = Mode::fragment;
  Policy policy = Policy::defaults();
  Limits limits;

  // Prefix of generated heading ids; keeps them out of the way of DOM globals.
  std::string heading_id_prefix = "h-";
  // Reading speed for summary.reading_time in words per minute; 0 uses the
  // rate of the article's language (docs/text-analysis.md).
  unsigned words_per_minute = 0;
  // Characters per minute for scripts written without spaces (Han, Kana,
  // Hangul); 0 uses the rate of the article's language.
  unsigned cjk_characters_per_minute = 0;
  // Target length of summary.excerpt in characters (Unicode scalar values).
  std::size_t excerpt_length = 200;
  // Number of sentences in summary.key_sentences.
  std::size_t key_sentences = 3;
  // Number of entries in summary.keywords.
  std::size_t keywords = 10;
  // Whether to find summary.entities. With entities off and no key sentences
  // or keywords asked for, the body text is not analysed at all, which is
  // the fastest render.
  bool entities = true;
  // Stylesheet linked from `document` mode output; empty: the page inlines
  // galley.css instead.
  std::string stylesheet_url;

  // Parses options from JSON. Unknown keys are an error (a typo must not
  // silently fall back to a default). On failure returns std::nullopt and fills *error.
  static std::optional<Options> from_json(std::string_view json, Error* error);
};

std::string_view to_string(Mode mode);

}  // namespace galley
