#include "summary/summary_builder.hpp"

#include "analysis/analyzed_text.hpp"
#include "analysis/text_analysis.hpp"
#include "article/byline.hpp"
#include "summary/excerpt.hpp"
#include "summary/metadata.hpp"
#include "json/write_json.hpp"

namespace galley::summary {
namespace {

void authors_json(json::Writer& w, const std::vector<article::Author>& authors) {
  w.begin_array();
  for (const article::Author& a : authors) {
    w.begin_object();
    w.key("name").string(a.name);
    w.key("url").string_or_null(a.url);
    w.end_object();
  }
  w.end_array();
}

void breadcrumbs_json(json::Writer& w, const std::vector<article::Link>& crumbs) {
  w.begin_array();
  for (const article::Link& l : crumbs) {
    w.begin_object();
    w.key("label").string(l.label);
    w.key("url").string_or_null(l.url);
    w.end_object();
  }
  w.end_array();
}

void strings_json(json::Writer& w, const std::vector<std::string>& strings) {
  w.begin_array();
  for (const std::string& s : strings) w.string(s);
  w.end_array();
}

void reading_time_json(json::Writer& w, const analysis::ReadingStats& stats) {
  w.begin_object();
  w.key("minutes").number(stats.seconds / 60);
  w.key("seconds").number(stats.seconds % 60);
  w.key("total_seconds").number(stats.seconds);
  w.key("words_per_minute").number(stats.rates.words_per_minute);
  w.key("cjk_characters_per_minute").number(stats.rates.cjk_characters_per_minute);
  w.end_object();
}

void outline_json(json::Writer& w, const std::vector<OutlineEntry>& outline) {
  w.begin_array();
  for (const OutlineEntry& h : outline) {
    w.begin_object();
    w.key("level").number(static_cast<std::uint64_t>(h.level));
    w.key("text").string(h.text);
    w.key("id").string(h.id);
    w.end_object();
  }
  w.end_array();
}

void links_json(json::Writer& w, const std::vector<LinkEntry>& links) {
  w.begin_array();
  for (const LinkEntry& l : links) {
    w.begin_object();
    w.key("href").string(l.href);
    w.key("text").string(l.text);
    w.key("internal").boolean(l.internal);
    w.end_object();
  }
  w.end_array();
}

void images_json(json::Writer& w, const std::vector<ImageEntry>& images) {
  w.begin_array();
  for (const ImageEntry& i : images) {
    w.begin_object();
    w.key("src").string(i.src);
    w.key("alt").string(i.alt);
    w.key("caption");
    if (i.caption) w.string(*i.caption);
    else w.null();
    w.end_object();
  }
  w.end_array();
}

void removed_json(json::Writer& w, const RemovedCounts& r) {
  w.begin_object();
  w.key("elements").number(r.elements);
  w.key("unwrapped").number(r.unwrapped);
  w.key("attributes").number(r.attributes);
  w.key("urls").number(r.urls);
  w.key("comments").number(r.comments);
  w.end_object();
}

// key_sentences, keywords and entities; the keywords are also returned for
// the metadata.
std::vector<analysis::Keyword> add_analysis(json::Writer& w, const sanitize::BodyContent& body, const std::string& lang,
                                            const Options& options) {
  if (options.key_sentences == 0 && options.keywords == 0 && !options.entities) {
    for (const char* key : {"key_sentences", "keywords", "entities"}) w.key(key).begin_array().end_array();
    return {};
  }
  // Split and tokenized once, shared by the three analyses.
  const analysis::AnalyzedText text = analysis::analyze_text(body.text, lang);
  w.key("key_sentences").begin_array();
  for (const auto& s : analysis::key_sentences(text, options.key_sentences)) {
    w.begin_object();
    w.key("text").string(s.text);
    w.key("index").number(s.index);
    w.key("score").decimal(s.score);
    w.end_object();
  }
  w.end_array();
  std::vector<analysis::Keyword> keywords = analysis::keywords(text, options.keywords);
  w.key("keywords").begin_array();
  for (const auto& k : keywords) {
    w.begin_object();
    w.key("term").string(k.term);
    w.key("score").decimal(k.score);
    w.end_object();
  }
  w.end_array();
  w.key("entities").begin_array();
  if (options.entities) {
    for (const auto& e : analysis::entities(text)) {
      w.begin_object();
      w.key("text").string(e.text);
      w.key("kind").string(e.kind);
      w.key("count").number(e.count);
      w.key("aliases");
      strings_json(w, e.aliases);
      w.end_object();
    }
  }
  w.end_array();
  return keywords;
}

void meta_json(json::Writer& w, const std::vector<MetaTag>& meta) {
  w.begin_array();
  for (const MetaTag& tag : meta) {
    w.begin_object();
    w.key(tag.attribute).string(tag.key);
    w.key("content").string(tag.content);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

BuiltSummary build_summary(const article::Article& a, const sanitize::BodyContent& body, const Options& options) {
  const analysis::ReadingStats stats =
      analysis::reading_stats(body.text, a.lang, options.words_per_minute, options.cjk_characters_per_minute);
  const std::size_t word_count = stats.words + stats.cjk_characters;
  const std::string excerpt = make_excerpt(body.text, options.excerpt_length);

  BuiltSummary summary;
  std::string& out = summary.json;
  out.reserve(4096 + body.text.size() / 8);
  json::Writer w(out);
  w.begin_object();
  w.key("title").string(a.title);
  w.key("subtitle").string_or_null(a.subtitle);
  w.key("kicker").string_or_null(a.kicker);
  w.key("section").string_or_null(a.section);
  w.key("lang").string_or_null(a.lang);
  w.key("dir").string_or_null(a.dir);
  w.key("id").string_or_null(a.id);
  w.key("url").string_or_null(a.url);
  w.key("authors");
  authors_json(w, a.authors);
  w.key("byline").string_or_null(article::join_author_names(a.authors, a.lang));
  w.key("published").string_or_null(a.published);
  w.key("updated").string_or_null(a.updated);
  w.key("breadcrumbs");
  breadcrumbs_json(w, a.breadcrumbs);
  w.key("tags");
  strings_json(w, a.tags);
  w.key("word_count").number(word_count);
  w.key("char_count").number(stats.characters);
  w.key("reading_time");
  reading_time_json(w, stats);
  w.key("excerpt").string(excerpt);
  w.key("outline");
  outline_json(w, body.outline);
  w.key("links");
  links_json(w, body.links);
  w.key("images");
  images_json(w, body.images);
  w.key("removed");
  removed_json(w, body.removed);
  const std::vector<analysis::Keyword> keywords = add_analysis(w, body, a.lang, options);

  PageMetadata& page = summary.page;
  page.description = article_description(a, excerpt);
  const MetadataInput metadata{a, options, page.description, word_count, keywords};
  page.jsonld = build_jsonld(metadata);
  page.meta = build_social_meta(metadata);
  w.key("jsonld").begin_array();
  for (const std::string& item : page.jsonld) w.raw(item);
  w.end_array();
  w.key("meta");
  meta_json(w, page.meta);
  w.end_object();
  return summary;
}

}  // namespace galley::summary
