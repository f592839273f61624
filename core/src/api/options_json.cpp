// Options::from_json: the JSON form of the render options (docs/options.md).
// Unknown keys are errors so that a misspelt option never silently falls back
// to its default.
#include <galley/options.hpp>
#include <galley/result.hpp>

#include "api/json_document.hpp"
#include "common/first_failure.hpp"
#include "json/object_reader.hpp"
#include "json/parse_json.hpp"
#include "text/ascii.hpp"

namespace galley {
namespace {

constexpr const common::Code& kInvalidOptions = common::codes::invalid_options;
constexpr std::int64_t kMaxCount = 1000000000;

void reject_unread(const json::ObjectReader& reader) {
  const std::vector<std::string> unread = reader.unread_keys();
  if (!unread.empty()) reader.fail(unread.front(), "unknown option '" + unread.front() + "'");
}

Mode parse_mode(const json::ObjectReader& reader, const std::string& name) {
  if (name == "fragment") return Mode::fragment;
  if (name == "article") return Mode::article;
  if (name == "document") return Mode::document;
  reader.fail("mode", "'mode' must be one of fragment, article, document");
  return Mode::fragment;
}

template <typename Setter>
void apply_bool(json::ObjectReader& reader, const char* key, Setter set) {
  if (const auto v = reader.boolean(key)) set(*v);
}

// Why the policy refuses `name` (on element `tag`, where that matters); empty when allowed.
using Refusal = std::string (*)(std::string_view tag, std::string_view name);

// The strings of the array at `key`; one that `refusal` objects to fails
// with its own JSON pointer, so the message names exactly what was refused.
std::vector<std::string> checked_strings(json::ObjectReader& r, std::string_view key, std::string_view tag,
                                         Refusal refusal) {
  std::vector<std::string> items = r.string_array(key);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string why = refusal(tag, items[i]);
    if (!why.empty()) {
      r.fail_at(json::pointer_append(r.path_of(key), i), why);
      return {};
    }
  }
  return items;
}

std::string refuse_provider(std::string_view, std::string_view name) { return Policy::refusal_for_embed_provider(name); }
std::string refuse_element(std::string_view, std::string_view name) { return Policy::refusal_for_element(name); }

void read_widening(json::ObjectReader& r, Policy& policy) {
  if (r.array("embed_providers")) policy.embed_providers(checked_strings(r, "embed_providers", {}, refuse_provider));
  for (std::string& tag : checked_strings(r, "add_elements", {}, refuse_element)) policy.add_element(std::move(tag));
  // {"a": ["hreflang"], "*": ["data-*"]}: a list per element name.
  for (const char* key : {"add_attributes", "allowed_classes"}) {
    const json::Value* lists = r.object(key);
    if (lists == nullptr) continue;
    const bool classes = key[1] == 'l';
    json::ObjectReader per_tag = r.nested(*lists, r.path_of(key));
    for (const json::Member& item : lists->members()) {
      const std::string tag = text::ascii::lowercase(item.key);
      std::vector<std::string> names = checked_strings(
          per_tag, item.key, tag, classes ? Refusal(Policy::refusal_for_class) : Refusal(Policy::refusal_for_attribute));
      if (classes) {
        policy.allow_classes(tag, std::move(names));
      } else {
        for (std::string& name : names) policy.add_attribute(tag, std::move(name));
      }
    }
  }
  if (auto prefix = r.string("id_prefix")) {
    const std::string why = Policy::refusal_for_id_prefix(*prefix);
    if (!why.empty()) r.fail("id_prefix", why);
    policy.id_prefix(std::move(*prefix));
  }
}

void read_policy(json::ObjectReader r, Policy& policy) {
  apply_bool(r, "allow_data_images", [&](bool v) { policy.allow_data_images(v); });
  apply_bool(r, "add_nofollow_ugc", [&](bool v) { policy.add_nofollow_ugc(v); });
  apply_bool(r, "external_links_in_new_tab", [&](bool v) { policy.external_links_in_new_tab(v); });
  apply_bool(r, "lazy_images", [&](bool v) { policy.lazy_images(v); });
  if (auto v = r.string("base_url")) policy.base_url(std::move(*v));
  if (auto v = r.string("site_url")) policy.site_url(std::move(*v));
  if (r.array("url_schemes")) policy.url_schemes(r.string_array("url_schemes"));
  for (std::string& tag : r.string_array("remove_elements")) policy.remove_element(std::move(tag));
  if (const json::Value* attrs = r.object("remove_attributes")) {
    // {"img": ["title", "srcset"], "*": ["title"]}
    json::ObjectReader per_tag = r.nested(*attrs, r.path_of("remove_attributes"));
    for (const json::Member& item : attrs->members()) {
      for (std::string& attribute : per_tag.string_array(item.key)) {
        policy.remove_attribute(item.key, std::move(attribute));
      }
    }
  }
  read_widening(r, policy);
  reject_unread(r);
}

void read_limits(json::ObjectReader r, Limits& limits) {
  const auto read = [&](const char* key, std::size_t& target) {
    if (const auto v = r.integer(key, 1, INT64_MAX)) target = static_cast<std::size_t>(*v);
  };
  read("max_input_bytes", limits.max_input_bytes);
  read("max_json_depth", limits.max_json_depth);
  read("max_blocks", limits.max_blocks);
  read("max_nesting", limits.max_nesting);
  read("max_output_bytes", limits.max_output_bytes);
  // Browsers stop nesting elements at a fixed depth (Chromium: 512); deeper
  // output would be re-parsed into a different tree.
  if (limits.max_nesting > 400) r.fail("max_nesting", "'max_nesting' must be at most 400");
  if (limits.max_json_depth > json::kDeepestNesting) {
    r.fail("max_json_depth", "'max_json_depth' must be at most " + std::to_string(json::kDeepestNesting));
  }
  reject_unread(r);
}

Options read_options(const json::Value& value, common::FirstFailure& failure) {
  Options options;
  json::ObjectReader r(value, "", kInvalidOptions, failure);
  if (const auto mode = r.string("mode")) options.mode = parse_mode(r, *mode);
  if (const json::Value* policy = r.object("policy")) read_policy(r.nested(*policy, r.path_of("policy")), options.policy);
  if (const json::Value* limits = r.object("limits")) read_limits(r.nested(*limits, r.path_of("limits")), options.limits);
  if (auto v = r.string("heading_id_prefix")) {
    const std::string why = Policy::refusal_for_id_prefix(*v);
    if (!why.empty()) r.fail("heading_id_prefix", why);
    options.heading_id_prefix = std::move(*v);
  }
  if (const auto v = r.integer("words_per_minute", 0, 100000)) options.words_per_minute = static_cast<unsigned>(*v);
  if (const auto v = r.integer("cjk_characters_per_minute", 0, 100000)) {
    options.cjk_characters_per_minute = static_cast<unsigned>(*v);
  }
  if (const auto v = r.integer("excerpt_length", 0, kMaxCount)) options.excerpt_length = static_cast<std::size_t>(*v);
  if (const auto v = r.integer("key_sentences", 0, 1000)) options.key_sentences = static_cast<std::size_t>(*v);
  if (const auto v = r.integer("keywords", 0, 1000)) options.keywords = static_cast<std::size_t>(*v);
  if (const auto v = r.boolean("entities")) options.entities = *v;
  if (auto v = r.string("stylesheet_url")) options.stylesheet_url = std::move(*v);
  reject_unread(r);
  return options;
}

}  // namespace

std::string_view to_string(Mode mode) {
  switch (mode) {
    case Mode::fragment: return "fragment";
    case Mode::article: return "article";
    case Mode::document: return "document";
  }
  return "fragment";
}

std::optional<Options> Options::from_json(std::string_view text, Error* error) {
  constexpr std::size_t kOptionsDepth = 16;
  std::optional<Options> options = api::read_json_document(text, kOptionsDepth, kInvalidOptions, error, read_options);
  // Every problem with options is an options error, too-deep nesting included.
  if (!options && error) error->code = std::string(kInvalidOptions.name);
  return options;
}

}  // namespace galley
