#pragma once
// A light, rule-based stemmer: folds plurals and the most common inflections
// so that "sanctions" and "sanction" count as one term. It never needs to be
// linguistically right, only consistent.

#include <string>
#include <string_view>

namespace galley::analysis {

// `word` must already be normalized (normalize_word). Languages without
// rules are returned unchanged.
std::string light_stem(std::string_view word, std::string_view language);

}  // namespace galley::analysis
