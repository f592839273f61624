// Key sentences by TextRank: sentences are nodes, edges weigh the cosine
// similarity of their TF-IDF vectors, and PageRank finds the sentences most
// of the text agrees with.

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/analyzed_text.hpp"
#include "analysis/portable_math.hpp"
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
std::vector<std::string_view> sentence_terms(const AnalyzedSentence& sentence) {
  std::vector<std::string_view> terms;
  terms.reserve(sentence.tokens.size());
  for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
    const Token& token = sentence.tokens[t];
    if (token.is_number) continue;
    if (is_unspaced_script(token.script)) {
      if (token.script == Script::hiragana) continue;  // particles and endings
      std::size_t previous = 0;
      std::size_t i = 0;
      bool first = true;
      while (i < token.text.size()) {
        const std::size_t len = decode_utf8(token.text, i).length;
        if (!first) terms.push_back(token.text.substr(previous, i + len - previous));
        first = false;
        previous = i;
        i += len;
      }
      if (token.text.size() == decode_utf8(token.text, 0).length) terms.push_back(token.text);
      continue;
    }
    if (sentence.content(t)) terms.push_back(sentence.stems[t]);
  }
  return terms;
}

// Sentence i's vector spread over all term ids, so that its dot product
// with another vector is one pass over the other's terms. Products are added
// in increasing term id, as a merge of the two sorted vectors would.
class SpreadVector {
 public:
  explicit SpreadVector(std::size_t terms) : weight_(terms, 0.0), owner_(terms, kNobody) {}

  void assign(const TermVector& v, std::size_t owner) {
    for (const auto& [id, weight] : v) {
      weight_[id] = weight;
      owner_[id] = owner;
    }
    current_ = owner;
  }

  double dot(const TermVector& other) const {
    double sum = 0.0;
    for (const auto& [id, weight] : other) {
      if (owner_[id] == current_) sum += weight_[id] * weight;
    }
    return sum;
  }

 private:
  static constexpr std::size_t kNobody = static_cast<std::size_t>(-1);
  std::vector<double> weight_;
  std::vector<std::size_t> owner_;  // which assigned vector weight_[id] belongs to
  std::size_t current_ = kNobody;
};

std::vector<double> page_rank(const std::vector<double>& weights, std::size_t n) {
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) out_weight[i] += weights[i * n + j];
  }
  // Each sentence's positive incoming edges, in order of source, with the
  // share w / out_weight precomputed: the iterations then skip the zeros and
  // still add the same terms in the same order.
  struct Edge {
    std::size_t from;
    double share;
  };
  std::vector<std::size_t> first_edge(n + 1, 0);
  std::vector<Edge> edges;
  for (std::size_t i = 0; i < n; ++i) {
    first_edge[i] = edges.size();
    for (std::size_t j = 0; j < n; ++j) {
      const double w = weights[j * n + i];
      if (w > 0.0) edges.push_back({j, w / out_weight[j]});
    }
  }
  first_edge[n] = edges.size();
  const double base = (1.0 - kDamping) / static_cast<double>(n);
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n, 0.0);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double incoming = 0.0;
      for (std::size_t e = first_edge[i]; e < first_edge[i + 1]; ++e) incoming += edges[e].share * score[edges[e].from];
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
  return key_sentences(analyze_text(text, lang), count);
}

std::vector<Sentence> key_sentences(const AnalyzedText& text, std::size_t count) {
  if (count == 0) return {};
  const std::vector<AnalyzedSentence>& sentences = text.sentences;
  const std::size_t n = std::min(sentences.size(), kMaxSentences);
  if (n == 0) return {};

  // Ids are numbered in order of first occurrence, so nothing depends on hashing.
  std::unordered_map<std::string_view, std::size_t> ids;
  std::vector<std::vector<std::size_t>> term_ids(n);
  for (std::size_t s = 0; s < n; ++s) {
    const std::vector<std::string_view> terms = sentence_terms(sentences[s]);
    term_ids[s].reserve(terms.size());
    for (std::string_view term : terms) {
      const auto inserted = ids.emplace(term, ids.size());
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
  std::vector<double> idf(ids.size());
  for (std::size_t id = 0; id < ids.size(); ++id) {
    idf[id] = 1.0 + portable_log(static_cast<double>(n) / static_cast<double>(document_frequency[id]));
  }
  std::vector<double> norms(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    for (auto& [id, weight] : vectors[s]) {
      weight *= idf[id];
      norms[s] += weight * weight;
    }
    norms[s] = std::sqrt(norms[s]);
  }
  std::vector<double> weights(n * n, 0.0);
  SpreadVector spread(ids.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (norms[i] == 0.0) continue;
    spread.assign(vectors[i], i);
    for (std::size_t j = i + 1; j < n; ++j) {
      if (norms[j] == 0.0) continue;
      const double similarity = spread.dot(vectors[j]) / (norms[i] * norms[j]);
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
    out.push_back({std::string(sentences[i].text), i, round_score(scores[i] / best)});
  }
  return out;
}

}  // namespace galley::analysis
