// Key sentences by TextRank: sentences are nodes, edges weigh the cosine
// similarity of their TF-IDF vectors, and PageRank finds the sentences most
// of the text agrees with.

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analysis/language.hpp"
#include "analysis/portable_math.hpp"
#include "analysis/sentence_splitter.hpp"
#include "analysis/stemmer.hpp"
#include "analysis/stop_words.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"

namespace galley::analysis {
namespace {

// Ranking is quadratic in the number of sentences: only the first ones are
// considered, which for news is where the substance is anyway.
constexpr std::size_t kMaxSentences = 300;
constexpr double kDamping = 0.85;
constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-9;
// Headings, captions and one-word exclamations rarely summarise anything.
constexpr std::size_t kMinTermsForCandidate = 3;

using TermVector = std::vector<std::pair<std::size_t, double>>;  // (term id, weight), sorted by id

// Content terms of a sentence: stemmed words that are not function words or
// numbers; for unspaced scripts, the character bigrams of each run.
std::vector<std::string> sentence_terms(std::string_view sentence, std::string_view language,
                                        const StopWordList& stops) {
  std::vector<std::string> terms;
  for (const Token& token : tokenize(sentence, language)) {
    if (token.is_number) continue;
    if (is_unspaced_script(token.script)) {
      if (token.script == Script::hiragana) continue;  // particles and endings
      std::size_t previous = 0;
      std::size_t i = 0;
      bool first = true;
      while (i < token.text.size()) {
        const std::size_t len = decode_utf8(token.text, i).length;
        if (!first) terms.emplace_back(token.text.substr(previous, i + len - previous));
        first = false;
        previous = i;
        i += len;
      }
      if (token.text.size() == decode_utf8(token.text, 0).length) terms.emplace_back(token.text);
      continue;
    }
    const std::string word = normalize_word(without_possessive(token));
    if (code_point_count(word) < 2 || stops.contains(word)) continue;
    terms.push_back(light_stem(word, language));
  }
  return terms;
}

double dot(const TermVector& a, const TermVector& b) {
  double sum = 0.0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      sum += a[i].second * b[j].second;
      ++i;
      ++j;
    }
  }
  return sum;
}

std::vector<double> page_rank(const std::vector<double>& weights, std::size_t n) {
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) out_weight[i] += weights[i * n + j];
  }
  const double base = (1.0 - kDamping) / static_cast<double>(n);
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n, 0.0);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double incoming = 0.0;
      for (std::size_t j = 0; j < n; ++j) {
        const double w = weights[j * n + i];
        if (w > 0.0) incoming += w / out_weight[j] * score[j];
      }
      next[i] = base + kDamping * incoming;
      change = std::max(change, std::fabs(next[i] - score[i]));
    }
    score.swap(next);
    if (change < kTolerance) break;
  }
  return score;
}

}  // namespace

std::vector<Sentence> key_sentences(std::string_view text, std::string_view lang, std::size_t count) {
  if (count == 0) return {};
  const std::string language = resolve_language(text, lang);
  std::vector<std::string_view> sentences = sentence_views(text, language);
  const std::size_t n = std::min(sentences.size(), kMaxSentences);
  if (n == 0) return {};

  // Term ids come from an ordered map so that nothing depends on hashing.
  const StopWordList stops = stop_words(language);
  std::map<std::string, std::size_t> ids;
  std::vector<std::vector<std::size_t>> term_ids(n);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::string& term : sentence_terms(sentences[s], language, stops)) {
      const auto inserted = ids.emplace(std::move(term), ids.size());
      term_ids[s].push_back(inserted.first->second);
    }
  }
  std::vector<std::size_t> document_frequency(ids.size(), 0);
  std::vector<TermVector> vectors(n);
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t>& terms = term_ids[s];
    std::sort(terms.begin(), terms.end());
    for (std::size_t i = 0; i < terms.size();) {
      std::size_t j = i;
      while (j < terms.size() && terms[j] == terms[i]) ++j;
      vectors[s].emplace_back(terms[i], static_cast<double>(j - i));
      ++document_frequency[terms[i]];
      i = j;
    }
  }
  std::vector<double> norms(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    for (auto& [id, weight] : vectors[s]) {
      weight *= 1.0 + portable_log(static_cast<double>(n) / static_cast<double>(document_frequency[id]));
      norms[s] += weight * weight;
    }
    norms[s] = std::sqrt(norms[s]);
  }
  std::vector<double> weights(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (norms[i] == 0.0 || norms[j] == 0.0) continue;
      const double similarity = dot(vectors[i], vectors[j]) / (norms[i] * norms[j]);
      weights[i * n + j] = similarity;
      weights[j * n + i] = similarity;
    }
  }
  const std::vector<double> scores = page_rank(weights, n);

  // Best first; equal scores go by position. Sentences with too few terms
  // only come in when there are not enough others.
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  const auto candidate = [&](std::size_t i) { return term_ids[i].size() >= kMinTermsForCandidate; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (candidate(a) != candidate(b)) return candidate(a);
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    return a < b;
  });
  order.resize(std::min(count, n));
  std::sort(order.begin(), order.end());

  const double best = *std::max_element(scores.begin(), scores.end());
  std::vector<Sentence> out;
  out.reserve(order.size());
  for (std::size_t i : order) {
    out.push_back({std::string(sentences[i]), i, round_score(scores[i] / best)});
  }
  return out;
}

}  // namespace galley::analysis
