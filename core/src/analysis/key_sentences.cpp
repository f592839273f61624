// Key sentences by TextRank: sentences are nodes, edges weigh the cosine
// similarity of their TF-IDF vectors, and PageRank finds the sentences most
// of the text agrees with.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzed_text.hpp"
#include "analysis/portable_math.hpp"
#include "analysis/text_analysis.hpp"
#include "analysis/word_tokenizer.hpp"
#include "common/sort_indices.hpp"

namespace galley::analysis {
namespace {

// Only the first sentences are ranked, which for news is where the substance
// is anyway; this bounds the graph to kMaxSentences nodes and
// kMaxSentences × (kMaxSentences − 1) directed edges, and PageRank to
// kMaxIterations passes over them, whatever the length of the text.
constexpr std::size_t kMaxSentences = 300;
constexpr double kDamping = 0.85;
constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-9;
// Headings, captions and one-word exclamations rarely summarise anything.
constexpr std::size_t kMinTermsForCandidate = 3;
// The similarity graph is a matrix when at least 1 / kDenseFraction of the
// pairs of sentences share a term, compressed rows otherwise; always
// compressed rows in the browser build (GALLEY_SPARSE_SENTENCE_GRAPH), where
// the matrix's code weighs on the download and, without SIMD, gains nothing.
// Both forms give the same scores to the bit.
constexpr std::size_t kDenseFraction = 4;
#if defined(GALLEY_SPARSE_SENTENCE_GRAPH)
constexpr bool kMayBeDense = false;
#else
constexpr bool kMayBeDense = true;
#endif

// Numbers a sentence's content terms in order of first occurrence, so that
// nothing depends on hashing: stemmed words that are not function words or
// numbers (by their word-table id); for unspaced scripts, the character
// bigrams of each run (by their text).
class TermNumbering {
 public:
  explicit TermNumbering(const AnalyzedText& text) : by_stem_(text.strings.size(), kNoWord) {}

  void append_terms(const AnalyzedSentence& sentence, std::vector<std::uint32_t>& terms) {
    // Read from each token's form: a whole Token is only made for unspaced text.
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const TokenForm& form = sentence.tokens.form(t);
      if (form.is_number) continue;
      if (is_unspaced_script(form.script)) {
        if (form.script != Script::hiragana) append_bigrams(sentence.tokens[t].text(), terms);  // not particles and endings
        continue;
      }
      if (form.stem != kNoWord) {  // a content word
        std::uint32_t& id = by_stem_[form.stem];
        if (id == kNoWord) id = count_++;
        terms.push_back(id);
      }
    }
  }

  std::size_t count() const { return count_; }

 private:
  // The character bigrams of a run, or its one character.
  void append_bigrams(std::string_view run, std::vector<std::uint32_t>& terms) {
    std::size_t previous = 0;
    std::size_t i = 0;
    bool first = true;
    while (i < run.size()) {
      const std::size_t len = decode_utf8(run, i).length;
      if (!first) terms.push_back(number(run.substr(previous, i + len - previous)));
      first = false;
      previous = i;
      i += len;
    }
    if (run.size() == decode_utf8(run, 0).length) terms.push_back(number(run));
  }

  std::uint32_t number(std::string_view unspaced) {
    return by_text_.emplace(unspaced, count_).second ? count_++ : by_text_.find(unspaced)->second;
  }

  std::vector<std::uint32_t> by_stem_;  // stem id → term number
  std::unordered_map<std::string_view, std::uint32_t> by_text_;
  std::uint32_t count_ = 0;
};

// An array whose every element is written before it is read, so it is not
// zero-filled first (that fill cost as much as filling it).
template <typename T>
std::unique_ptr<T[]> unfilled_array(std::size_t size) {
  return std::unique_ptr<T[]>(new T[size]);
}

// PageRank by power iteration. `next_scores(score, next, base)` sets each
// sentence's next score, damped(base, the sum of the score shares its edges
// bring), every share added in increasing order of source as a pass over a
// dense matrix would: both forms of the graph below give bit-identical sums.
template <typename NextScores>
std::vector<double> page_rank(std::size_t n, const NextScores& next_scores) {
  const double base = (1.0 - kDamping) / static_cast<double>(n);
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n, 0.0);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    next_scores(score, next, base);
    double change = 0.0;
    for (std::size_t k = 0; k < n; ++k) change = std::max(change, std::fabs(next[k] - score[k]));
    score.swap(next);
    if (change < kTolerance) break;
  }
  return score;
}

// A sentence's next score from the sum of the score shares it gets.
inline double damped(double base, double incoming) { return base + kDamping * incoming; }

// The similarity graph as compressed rows: each sentence's neighbours in
// increasing order with the weight of the edge (the graph is symmetric).
// For sparse graphs: on long texts of distinct sentences a tenth of the
// pairs may share a term.
struct SparseGraph {
  std::vector<std::size_t> first;  // n + 1 offsets into `to` and `weight`
  std::unique_ptr<std::uint32_t[]> to;
  std::unique_ptr<double[]> weight;
};

// Four sentences are summed side by side: each sum is a chain of dependent
// additions, and interleaving four chains keeps the processor busy. The four
// are taken in order of degree, so that they have about as many edges and
// little is left to add one chain at a time.
// The edge weights become the score shares in place.
std::vector<double> page_rank(SparseGraph& graph, std::size_t n) {
  double* share = graph.weight.get();
  {
    std::vector<double> out_weight(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t e = graph.first[i]; e < graph.first[i + 1]; ++e) out_weight[i] += graph.weight[e];
    }
    // Symmetric: the edge i → j weighs what j → i does; its share is of j's out weight.
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t e = graph.first[i]; e < graph.first[i + 1]; ++e) share[e] /= out_weight[graph.to[e]];
    }
  }
  const std::uint32_t* from = graph.to.get();
  const double* w = share;
  const auto degree = [&](std::uint32_t i) { return graph.first[i + 1] - graph.first[i]; };
  // Rows by degree, counted out (a degree is below n): no sort.
  std::vector<std::uint32_t> rows(n);
  {
    std::vector<std::size_t> at(n + 1, 0);
    for (std::uint32_t i = 0; i < n; ++i) ++at[degree(i) + 1];
    for (std::size_t d = 0; d < n; ++d) at[d + 1] += at[d];
    for (std::uint32_t i = 0; i < n; ++i) rows[at[degree(i)]++] = i;
  }
  return page_rank(n, [&](const std::vector<double>& score, std::vector<double>& next, double base) {
    const auto incoming = [&](std::size_t i, std::size_t e, double sum) {
      for (; e < graph.first[i + 1]; ++e) sum += w[e] * score[from[e]];
      return sum;
    };
    std::size_t g = 0;
    for (; g + 4 <= n; g += 4) {
      const std::uint32_t* r = &rows[g];
      const std::size_t f[4] = {graph.first[r[0]], graph.first[r[1]], graph.first[r[2]], graph.first[r[3]]};
      const std::size_t common = std::min({degree(r[0]), degree(r[1]), degree(r[2]), degree(r[3])});
      double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
      for (std::size_t k = 0; k < common; ++k) {
        s0 += w[f[0] + k] * score[from[f[0] + k]];
        s1 += w[f[1] + k] * score[from[f[1] + k]];
        s2 += w[f[2] + k] * score[from[f[2] + k]];
        s3 += w[f[3] + k] * score[from[f[3] + k]];
      }
      next[r[0]] = damped(base, incoming(r[0], f[0] + common, s0));
      next[r[1]] = damped(base, incoming(r[1], f[1] + common, s1));
      next[r[2]] = damped(base, incoming(r[2], f[2] + common, s2));
      next[r[3]] = damped(base, incoming(r[3], f[3] + common, s3));
    }
    for (; g < n; ++g) next[rows[g]] = damped(base, incoming(rows[g], graph.first[rows[g]], 0.0));
  });
}

// A pair of doubles multiplied and added as one (SSE2, WebAssembly SIMD):
// left to itself GCC keeps a block's sums in scalar registers. Each lane
// computes what a lone double would, so the sums are the same to the bit.
#if defined(__GNUC__)
constexpr std::size_t kLanes = 2;
using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));
inline Lanes broadcast(double x) { return Lanes{x, x}; }
#else
constexpr std::size_t kLanes = 1;
using Lanes = double;
inline Lanes broadcast(double x) { return x; }
#endif
inline Lanes load(const double* p) {
  Lanes lanes;
  std::memcpy(&lanes, p, sizeof lanes);
  return lanes;
}

// The similarity graph as a matrix, 0 where two sentences share no term, for
// graphs with many edges (most pairs of a short news story share one). Row j
// holds what sentence j gives each sentence; rows are padded with zeros to a
// whole number of blocks of kBlock columns. A pass keeps the sums of a block
// of sentences in registers while it walks down the rows: no gathers, no
// stores, and independent chains of additions. Adding 0 × score leaves a sum
// as it is, so the sums are those of the compressed rows.
class DenseGraph {
 public:
  static constexpr std::size_t kBlock = 8;
  static constexpr std::size_t kLaneGroups = kBlock / kLanes;

  explicit DenseGraph(std::size_t n) : n_(n), stride_((n + kBlock - 1) / kBlock * kBlock), weight_(n * stride_, 0.0) {}

  void add_edge(std::size_t a, std::size_t b, double weight) {
    weight_[a * stride_ + b] = weight;
    weight_[b * stride_ + a] = weight;
  }

  // The weights become the score shares in place.
  std::vector<double> page_rank() {
    for (std::size_t j = 0; j < n_; ++j) {
      double* row = &weight_[j * stride_];
      double out_weight = 0.0;
      for (std::size_t k = 0; k < n_; ++k) out_weight += row[k];
      // Symmetric: row j's weights are j's edges, its shares of j's out weight.
      if (out_weight > 0.0) {
        for (std::size_t k = 0; k < n_; ++k) row[k] /= out_weight;
      }
    }
    return analysis::page_rank(n_, [&](const std::vector<double>& score, std::vector<double>& next, double base) {
      for (std::size_t first = 0; first < n_; first += kBlock) {
        Lanes block[kLaneGroups] = {};
        const double* column = &weight_[first];
        for (std::size_t j = 0; j < n_; ++j, column += stride_) {
          const Lanes s = broadcast(score[j]);
          for (std::size_t g = 0; g < kLaneGroups; ++g) block[g] += load(column + g * kLanes) * s;
        }
        double sums[kBlock];
        std::memcpy(sums, block, sizeof sums);
        for (std::size_t k = 0; k < kBlock && first + k < n_; ++k) next[first + k] = damped(base, sums[k]);
      }
    });
  }

 private:
  std::size_t n_;
  std::size_t stride_;
  std::vector<double> weight_;
};

}  // namespace

std::vector<Sentence> key_sentences(std::string_view text, std::string_view lang, std::size_t count) {
  if (count == 0) return {};
  return key_sentences(analyze_text(text, lang), count);
}

std::vector<Sentence> key_sentences(const AnalyzedText& text, std::size_t count) {
  if (count == 0) return {};
  const std::size_t n = std::min(text.sentence_count(), kMaxSentences);
  if (n == 0) return {};

  // Each sentence's terms, sorted, then as (term, weight) with its term frequency.
  TermNumbering numbering(text);
  std::vector<std::uint32_t> terms;
  std::vector<std::size_t> term_count(n);
  for (std::size_t s = 0; s < n; ++s) {
    const std::size_t begin = terms.size();
    numbering.append_terms(text.sentence(s), terms);
    term_count[s] = terms.size() - begin;
    common::sort_indices(terms.data() + begin, terms.data() + terms.size());
  }
  const std::size_t term_total = numbering.count();
  std::vector<std::size_t> document_frequency(term_total, 0);
  std::vector<std::uint32_t> vector_term;
  std::vector<double> vector_weight;
  std::vector<std::size_t> first_entry(n + 1, 0);
  for (std::size_t s = 0, at = 0; s < n; ++s) {
    first_entry[s] = vector_term.size();
    const std::size_t end = at + term_count[s];
    while (at < end) {
      std::size_t j = at;
      while (j < end && terms[j] == terms[at]) ++j;
      vector_term.push_back(terms[at]);
      vector_weight.push_back(static_cast<double>(j - at));
      ++document_frequency[terms[at]];
      at = j;
    }
  }
  first_entry[n] = vector_term.size();
  const std::unique_ptr<double[]> idf = unfilled_array<double>(term_total);
  for (std::size_t id = 0; id < term_total; ++id) {
    idf[id] = 1.0 + portable_log(static_cast<double>(n) / static_cast<double>(document_frequency[id]));
  }
  std::vector<double> norms(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::size_t e = first_entry[s]; e < first_entry[s + 1]; ++e) {
      vector_weight[e] *= idf[vector_term[e]];
      norms[s] += vector_weight[e] * vector_weight[e];
    }
    norms[s] = std::sqrt(norms[s]);
  }

  // Sentences sharing a term, through an inverted index: for each term, the
  // sentences that have it with its weight there, in order of sentence.
  std::vector<std::size_t> first_posting(term_total + 1, 0);
  for (const std::uint32_t t : vector_term) ++first_posting[t + 1];
  for (std::size_t t = 0; t < term_total; ++t) first_posting[t + 1] += first_posting[t];
  const std::unique_ptr<std::uint32_t[]> posting_sentence = unfilled_array<std::uint32_t>(vector_term.size());
  const std::unique_ptr<double[]> posting_weight = unfilled_array<double>(vector_term.size());
  {
    std::vector<std::size_t> fill(first_posting.begin(), first_posting.end() - 1);
    for (std::size_t s = 0; s < n; ++s) {
      for (std::size_t e = first_entry[s]; e < first_entry[s + 1]; ++e) {
        const std::size_t p = fill[vector_term[e]]++;
        posting_sentence[p] = static_cast<std::uint32_t>(s);
        posting_weight[p] = vector_weight[e];
      }
    }
  }
  // The dot products of sentence i with each later sentence j: the products
  // of shared terms added in increasing term id. (j, i) would add the same
  // products in the same order, so each edge is computed once and entered in
  // both rows, and its cosine's denominator is multiplied in one order.
  // Only sentences sharing a term become edges.
  std::vector<std::size_t> own_posting(first_posting.begin(), first_posting.end() - 1);
  // At most n (n − 1) / 2 edges, n being bounded: room for all of them up
  // front, so adding one is a store, not a call that may reallocate.
  std::vector<std::size_t> later_first(n + 1, 0);
  const std::unique_ptr<std::uint32_t[]> later_to = unfilled_array<std::uint32_t>(n * (n - 1) / 2);
  const std::unique_ptr<double[]> later_weight = unfilled_array<double>(n * (n - 1) / 2);
  std::size_t edges = 0;
  std::vector<std::size_t> degree(n, 0);
  std::vector<double> dot(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t e = first_entry[i]; e < first_entry[i + 1]; ++e) {
      // Sentences come in order, so the postings before i's own are the
      // earlier sentences' and those after it the later ones'.
      const std::uint32_t t = vector_term[e];
      for (std::size_t p = own_posting[t]++ + 1; p < first_posting[t + 1]; ++p) {
        dot[posting_sentence[p]] += vector_weight[e] * posting_weight[p];
      }
    }
    // Without a branch: about half of the pairs may share a term, in no
    // order a predictor could guess. Every pair is written; an edge is kept.
    for (std::size_t j = i + 1; j < n; ++j) {
      const bool shared = dot[j] != 0.0;
      later_to[edges] = static_cast<std::uint32_t>(j);
      later_weight[edges] = dot[j] / (norms[i] * norms[j]);
      degree[j] += shared;
      edges += shared;
      dot[j] = 0.0;
    }
    degree[i] += edges - later_first[i];
    later_first[i + 1] = edges;
  }
  // The matrix when at least a quarter of the pairs are edges: a pass over
  // it then costs no more than over the edges, whose sums wait on gathers.
  std::vector<double> scores;
  if (kMayBeDense && edges >= n * (n - 1) / 2 / kDenseFraction) {
    DenseGraph graph(n);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t e = later_first[i]; e < later_first[i + 1]; ++e) graph.add_edge(i, later_to[e], later_weight[e]);
    }
    scores = graph.page_rank();
  } else {
    // Compressed rows, each in increasing order of neighbour: row i's earlier
    // neighbours are entered by their own rows, which come first.
    SparseGraph graph;
    graph.first.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) graph.first[i + 1] = graph.first[i] + degree[i];
    graph.to = unfilled_array<std::uint32_t>(graph.first[n]);
    graph.weight = unfilled_array<double>(graph.first[n]);
    std::vector<std::size_t> fill(graph.first.begin(), graph.first.end() - 1);
    const auto add_edge = [&graph, &fill](std::size_t row, std::size_t column, double weight) {
      graph.to[fill[row]] = static_cast<std::uint32_t>(column);
      graph.weight[fill[row]++] = weight;
    };
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t e = later_first[i]; e < later_first[i + 1]; ++e) {
        add_edge(i, later_to[e], later_weight[e]);
        add_edge(later_to[e], i, later_weight[e]);
      }
    }
    scores = page_rank(graph, n);
  }

  // Best first; equal scores go by position. Sentences with too few terms
  // only come in when there are not enough others.
  std::vector<std::uint32_t> order = common::identity_indices(n);
  const auto candidate = [&](std::size_t i) { return term_count[i] >= kMinTermsForCandidate; };
  // Only the first `count` are shown: they are put in front and sorted, the
  // rest left unsorted (the order is total, so the head is the same).
  const std::size_t shown = std::min(count, n);
  common::sort_first(order, shown, [&](std::uint32_t a, std::uint32_t b) {
    if (candidate(a) != candidate(b)) return candidate(a);
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    return a < b;
  });
  order.resize(shown);
  common::sort_indices(order.data(), order.data() + order.size());

  const double best = *std::max_element(scores.begin(), scores.end());
  std::vector<Sentence> out;
  out.reserve(order.size());
  for (std::size_t i : order) {
    out.push_back({std::string(text.sentence(i).text), i, round_score(scores[i] / best)});
  }
  return out;
}

}  // namespace galley::analysis
