#include "summary/summary_builder.hpp"

#include "analysis/analyzed_text.hpp"
#include "analysis/text_analysis.hpp"
#include "article/byline.hpp"
#include "summary/excerpt.hpp"
#include "summary/metadata.hpp"

namespace galley::summary {
namespace {

using json::Value;

Value string_or_null(const std::string& s) { return s.empty() ? Value() : Value(s); }

Value authors_json(const std::vector<article::Author>& authors) {
  Value list = Value::array();
  for (const article::Author& a : authors) list.push_back(Value::object({{"name", a.name}, {"url", string_or_null(a.url)}}));
  return list;
}

Value breadcrumbs_json(const std::vector<article::Link>& crumbs) {
  Value list = Value::array();
  for (const article::Link& l : crumbs) list.push_back(Value::object({{"label", l.label}, {"url", string_or_null(l.url)}}));
  return list;
}

Value reading_time_json(const analysis::ReadingStats& stats) {
  return Value::object({{"minutes", stats.seconds / 60},
                        {"seconds", stats.seconds % 60},
                        {"total_seconds", stats.seconds},
                        {"words_per_minute", stats.rates.words_per_minute},
                        {"cjk_characters_per_minute", stats.rates.cjk_characters_per_minute}});
}

Value outline_json(const std::vector<OutlineEntry>& outline) {
  Value list = Value::array();
  for (const OutlineEntry& h : outline) {
    list.push_back(Value::object({{"level", h.level}, {"text", h.text}, {"id", h.id}}));
  }
  return list;
}

Value links_json(const std::vector<LinkEntry>& links) {
  Value list = Value::array();
  for (const LinkEntry& l : links) {
    list.push_back(Value::object({{"href", l.href}, {"text", l.text}, {"internal", l.internal}}));
  }
  return list;
}

Value images_json(const std::vector<ImageEntry>& images) {
  Value list = Value::array();
  for (const ImageEntry& i : images) {
    list.push_back(Value::object({{"src", i.src}, {"alt", i.alt}, {"caption", i.caption ? Value(*i.caption) : Value()}}));
  }
  return list;
}

Value removed_json(const RemovedCounts& r) {
  return Value::object({{"elements", r.elements},
                        {"unwrapped", r.unwrapped},
                        {"attributes", r.attributes},
                        {"urls", r.urls},
                        {"comments", r.comments}});
}

void add_analysis(const sanitize::BodyContent& body, const std::string& lang, const Options& options, Value& summary) {
  if (options.key_sentences == 0 && options.keywords == 0 && !options.entities) {
    for (const char* key : {"key_sentences", "keywords", "entities"}) summary.set(key, Value::array());
    return;
  }
  // Split and tokenized once, shared by the three analyses.
  const analysis::AnalyzedText text = analysis::analyze_text(body.text, lang);
  Value sentences = Value::array();
  for (const auto& s : analysis::key_sentences(text, options.key_sentences)) {
    sentences.push_back(Value::object({{"text", s.text}, {"index", s.index}, {"score", Value::decimal(s.score)}}));
  }
  summary.set("key_sentences", std::move(sentences));
  Value keywords = Value::array();
  for (const auto& k : analysis::keywords(text, options.keywords)) {
    keywords.push_back(Value::object({{"term", k.term}, {"score", Value::decimal(k.score)}}));
  }
  summary.set("keywords", std::move(keywords));
  Value entities = Value::array();
  if (options.entities) {
    for (const auto& e : analysis::entities(text)) {
      entities.push_back(Value::object(
          {{"text", e.text}, {"kind", e.kind}, {"count", e.count}, {"aliases", Value::strings(e.aliases)}}));
    }
  }
  summary.set("entities", std::move(entities));
}

}  // namespace

Value build_summary(const article::Article& a, const sanitize::BodyContent& body, const Options& options) {
  const analysis::ReadingStats stats =
      analysis::reading_stats(body.text, a.lang, options.words_per_minute, options.cjk_characters_per_minute);
  const std::size_t word_count = stats.words + stats.cjk_characters;
  Value s = Value::object({{"title", a.title},
                           {"subtitle", string_or_null(a.subtitle)},
                           {"kicker", string_or_null(a.kicker)},
                           {"section", string_or_null(a.section)},
                           {"lang", string_or_null(a.lang)},
                           {"dir", string_or_null(a.dir)},
                           {"id", string_or_null(a.id)},
                           {"url", string_or_null(a.url)},
                           {"authors", authors_json(a.authors)},
                           {"byline", string_or_null(article::join_author_names(a.authors, a.lang))},
                           {"published", string_or_null(a.published)},
                           {"updated", string_or_null(a.updated)},
                           {"breadcrumbs", breadcrumbs_json(a.breadcrumbs)},
                           {"tags", Value::strings(a.tags)},
                           {"word_count", word_count},
                           {"char_count", stats.characters},
                           {"reading_time", reading_time_json(stats)},
                           {"excerpt", make_excerpt(body.text, options.excerpt_length)},
                           {"outline", outline_json(body.outline)},
                           {"links", links_json(body.links)},
                           {"images", images_json(body.images)},
                           {"removed", removed_json(body.removed)}});
  add_analysis(body, a.lang, options, s);
  const std::string description = article_description(a, s);
  const MetadataInput metadata{a, options, description, word_count, *s.find("keywords")};
  Value jsonld = build_jsonld(metadata);
  Value meta = build_social_meta(metadata);
  s.set("jsonld", std::move(jsonld));
  s.set("meta", std::move(meta));
  return s;
}

}  // namespace galley::summary
