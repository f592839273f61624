#include "summary/summary_builder.hpp"

#include "analysis/analyzed_text.hpp"
#include "analysis/text_analysis.hpp"
#include "summary/byline.hpp"
#include "summary/excerpt.hpp"
#include "summary/metadata.hpp"

namespace galley {
namespace {

using Json = nlohmann::ordered_json;

Json string_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json authors_json(const std::vector<Author>& authors) {
  Json list = Json::array();
  for (const Author& a : authors) {
    list.push_back({{"name", a.name}, {"url", string_or_null(a.url)}});
  }
  return list;
}

Json breadcrumbs_json(const std::vector<Link>& crumbs) {
  Json list = Json::array();
  for (const Link& l : crumbs) list.push_back({{"label", l.label}, {"url", string_or_null(l.url)}});
  return list;
}

Json reading_time_json(const analysis::ReadingStats& stats) {
  Json j;
  j["minutes"] = stats.seconds / 60;
  j["seconds"] = stats.seconds % 60;
  j["total_seconds"] = stats.seconds;
  j["words_per_minute"] = stats.rates.words_per_minute;
  j["cjk_characters_per_minute"] = stats.rates.cjk_characters_per_minute;
  return j;
}

Json outline_json(const std::vector<OutlineEntry>& outline) {
  Json list = Json::array();
  for (const OutlineEntry& h : outline) list.push_back({{"level", h.level}, {"text", h.text}, {"id", h.id}});
  return list;
}

Json links_json(const std::vector<LinkEntry>& links) {
  Json list = Json::array();
  for (const LinkEntry& l : links) {
    list.push_back({{"href", l.href}, {"text", l.text}, {"internal", l.internal}});
  }
  return list;
}

Json images_json(const std::vector<ImageEntry>& images) {
  Json list = Json::array();
  for (const ImageEntry& i : images) {
    list.push_back({{"src", i.src}, {"alt", i.alt}, {"caption", i.caption ? Json(*i.caption) : Json(nullptr)}});
  }
  return list;
}

Json removed_json(const RemovedCounts& r) {
  return {{"elements", r.elements}, {"unwrapped", r.unwrapped}, {"attributes", r.attributes},
          {"urls", r.urls},         {"comments", r.comments}};
}

void add_analysis(const BodyContent& body, const std::string& lang, const Options& options, Json& summary) {
  // Split and tokenized once, shared by the three analyses.
  const analysis::AnalyzedText text = analysis::analyze_text(body.text, lang);
  Json sentences = Json::array();
  for (const auto& s : analysis::key_sentences(text, options.key_sentences)) {
    sentences.push_back({{"text", s.text}, {"index", s.index}, {"score", s.score}});
  }
  summary["key_sentences"] = std::move(sentences);
  Json keywords = Json::array();
  for (const auto& k : analysis::keywords(text, options.keywords)) {
    keywords.push_back({{"term", k.term}, {"score", k.score}});
  }
  summary["keywords"] = std::move(keywords);
  Json entities = Json::array();
  for (const auto& e : analysis::entities(text)) {
    entities.push_back({{"text", e.text}, {"kind", e.kind}, {"count", e.count}, {"aliases", e.aliases}});
  }
  summary["entities"] = std::move(entities);
}

}  // namespace

Json build_summary(const Article& a, const BodyContent& body, const Options& options) {
  const analysis::ReadingStats stats =
      analysis::reading_stats(body.text, a.lang, options.words_per_minute, options.cjk_characters_per_minute);
  Json s;
  s["title"] = a.title;
  s["subtitle"] = string_or_null(a.subtitle);
  s["kicker"] = string_or_null(a.kicker);
  s["section"] = string_or_null(a.section);
  s["lang"] = string_or_null(a.lang);
  s["dir"] = string_or_null(a.dir);
  s["id"] = string_or_null(a.id);
  s["url"] = string_or_null(a.url);
  s["authors"] = authors_json(a.authors);
  s["byline"] = string_or_null(join_author_names(a.authors, a.lang));
  s["published"] = string_or_null(a.published);
  s["updated"] = string_or_null(a.updated);
  s["breadcrumbs"] = breadcrumbs_json(a.breadcrumbs);
  s["tags"] = a.tags;
  s["word_count"] = stats.words + stats.cjk_characters;
  s["char_count"] = stats.characters;
  s["reading_time"] = reading_time_json(stats);
  s["excerpt"] = make_excerpt(body.text, options.excerpt_length);
  s["outline"] = outline_json(body.outline);
  s["links"] = links_json(body.links);
  s["images"] = images_json(body.images);
  s["removed"] = removed_json(body.removed);
  add_analysis(body, a.lang, options, s);
  const std::string description = article_description(a, s);
  const MetadataInput metadata{a, options, description, s["word_count"].get<std::size_t>(), s["keywords"]};
  s["jsonld"] = build_jsonld(metadata);
  s["meta"] = build_social_meta(metadata);
  return s;
}

}  // namespace galley
