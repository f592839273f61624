#include "sanitize/sanitizer.hpp"

#include <optional>
#include <string>
#include <utility>

#include "html/tokenizer.hpp"
#include "text/ascii.hpp"
#include "text/byte_scan.hpp"
#include "sanitize/attribute_values.hpp"
#include "sanitize/content_model.hpp"
#include "sanitize/dropped_content.hpp"
#include "sanitize/element_tables.hpp"
#include "sanitize/policy_rules.hpp"
#include "sanitize/slug.hpp"
#include "sanitize/url_policy.hpp"
#include "sanitize/video_embed.hpp"

namespace galley::sanitize {

namespace {

struct AttributeSpan {
  const AttributeView* data = nullptr;
  std::size_t size = 0;
  const AttributeView* begin() const { return data; }
  const AttributeView* end() const { return data + size; }
};

using text::ascii::is_whitespace;

bool all_whitespace(std::string_view text) {
  for (char c : text) {
    if (!is_whitespace(c)) return false;
  }
  return true;
}

// Text with whitespace runs collapsed to one space and trimmed, for headings,
// link texts and captions.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (is_whitespace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Markup for diagnostics: what was removed, in normalised form.
void append_start_tag_markup(std::string& out, std::string_view name, AttributeSpan attributes) {
  out += '<';
  out.append(name);
  for (const AttributeView& attribute : attributes) {
    out += ' ';
    out.append(attribute.name);
    out.append("=\"");
    serialize::append_escaped_attribute(out, attribute.value);
    out += '"';
  }
  out += '>';
}

std::string start_tag_markup(std::string_view name, AttributeSpan attributes) {
  std::string out;
  append_start_tag_markup(out, name, attributes);
  return out;
}

std::string attribute_markup(const AttributeView& attribute) {
  std::string out(attribute.name);
  out.append("=\"");
  serialize::append_escaped_attribute(out, attribute.value);
  out += '"';
  return out;
}

std::string element_name(std::string_view name) { return "<" + std::string(name) + ">"; }

// A presentational element of old HTML that a kept element can stand for
// without style: the same parser category (formatting, special, ordinary), so
// the tree stays the browser's. `font` only when its face is a monospace one.
struct LegacyElement {
  std::string_view name;
  Tag written_as;
};
constexpr LegacyElement kLegacyElements[] = {
    {"acronym", Tag::abbr}, {"big", Tag::b}, {"center", Tag::div},
    {"font", Tag::code},    {"strike", Tag::s}, {"tt", Tag::code},
};

bool monospace_face(AttributeSpan attributes) {
  for (const AttributeView& attribute : attributes) {
    if (attribute.name != "face") continue;
    const std::string face = text::ascii::lowercase(std::string(attribute.value));
    for (std::string_view family : {"mono", "courier", "consolas"}) {
      if (face.find(family) != std::string::npos) return true;
    }
  }
  return false;
}

const LegacyElement* find_legacy(std::string_view name) {
  for (const LegacyElement& legacy : kLegacyElements) {
    if (legacy.name == name) return &legacy;
  }
  return nullptr;
}

// What a legacy start tag is written as, or nullptr when it is not mapped.
const LegacyElement* legacy_start_tag(std::string_view name, AttributeSpan attributes) {
  const LegacyElement* legacy = find_legacy(name);
  return legacy == nullptr || name != "font" || monospace_face(attributes) ? legacy : nullptr;
}

// Browsers drop one newline right after <pre> when parsing, and no longer add
// one back when serializing, so a pre whose text starts with a newline cannot
// survive a re-parse unchanged. A CR counts: the writer turns it into a LF
// (a CR gets there through "&#13;").
bool starts_with_newline(std::string_view text) {
  return !text.empty() && (text.front() == '\n' || text.front() == '\r');
}

}  // namespace

struct Sanitizer::Impl {
  Impl(const Options& opts, serialize::HtmlWriter& w, common::Diagnostics& d, BodyContent& b, common::FirstFailure& f)
      : options(opts), policy(opts.policy), writer(w), diagnostics(d), body(b), failure(f), urls(opts.policy) {}

  struct Open {
    Tag tag = Tag::unknown;   // Tag::unknown: not written (its content goes to the parent)
    // The name given to open() when it is not the written element's ("h1",
    // "center"; any name for Tag::unknown): most elements need no copy.
    std::string renamed_from;
    bool structural = false;
    std::size_t text_start = 0;
    std::size_t id_position = sanitize::npos;   // headings: where the id attribute goes
    std::size_t outline_index = sanitize::npos;
    std::size_t link_index = sanitize::npos;
    bool video_embed = false;                          // figure: the embed template's
    std::vector<std::size_t> images_awaiting_caption;  // figure
    std::optional<std::string> caption;                // figure

    // The name given to open(), matched by close().
    std::string_view requested() const {
      return tag == Tag::unknown || !renamed_from.empty() ? std::string_view(renamed_from) : sanitize::element_info(tag).name;
    }
  };

  // An attribute as it will be written.
  struct OutAttribute {
    std::string_view name;
    std::string_view value;
    bool boolean = false;
  };

  const Options& options;
  const Policy& policy;
  serialize::HtmlWriter& writer;
  common::Diagnostics& diagnostics;
  BodyContent& body;
  common::FirstFailure& failure;
  sanitize::UrlPolicy urls;
  sanitize::SlugRegistry slugs;
  std::string source;

  std::vector<Open> stack;
  std::vector<Tag> tags;     // stack[i].tag, for the content model
  std::size_t fence = 0;     // elements below belong to a structural container
  std::size_t pre_depth = 0; // open pre elements: whitespace is kept in the visible text

  DroppedContent dropped;
  std::string dropped_removed;
  std::int64_t dropped_offset = -1;
  std::string dropped_root;
  bool dropped_quiet_when_empty = false;  // the iframe of an embed: only content is worth a diagnostic

  bool pre_just_opened = false;      // nothing written since the last <pre>
  bool skip_next_newline = false;    // markup: the token after <pre> loses a leading newline
  std::vector<AttributeView> scratch_attributes;
  std::vector<OutAttribute> out_attributes;  // write_element's
  std::vector<std::string> owned_values;     // write_element's rewritten values (URLs)

  // ---- diagnostics -------------------------------------------------------

  void warn(const common::Code& code, std::string_view message, std::int64_t offset, std::string removed = {}) {
    diagnostics.warn(code, message, source, offset, std::move(removed));
  }

  // `adding`: elements about to be opened.
  // The element (or token) being handled completes; every later call is
  // ignored, so the stack ends at most one token deeper than the limit.
  void check_depth(std::size_t adding = 0) const {
    if (stack.size() + adding + dropped.depth() > options.limits.max_nesting) {
      failure.record_limit(
          "HTML nesting exceeds limits.max_nesting (" + std::to_string(options.limits.max_nesting) + " open elements)",
          source);
    }
  }

  // ---- visible text ------------------------------------------------------

  // Copies runs of ordinary characters in one go: this sees every character
  // of the body.
  void append_visible(std::string_view text) {
    if (pre_depth > 0) append_visible_pre(text);
    else append_visible_collapsed(text);
  }

  // Whitespace runs collapse to one space, none at the start of a line. A
  // single space between two other characters is already that, so words and
  // the single spaces between them are copied as one run.
  void append_visible_collapsed(std::string_view text) {
    std::string& out = body.text;
    const std::size_t size = text.size();
    std::size_t run = 0;
    std::size_t i = 0;
    while (i < size) {
      i = text::bytes::skip_single_spaced_words(text, i);
      const std::size_t end = std::min(i + sizeof(text::bytes::Word), size);
      for (; i < end; ++i) {
        if (!is_whitespace(text[i])) continue;
        if (text[i] == ' ' && i > run && i + 1 < size && !is_whitespace(text[i + 1])) continue;
        out.append(text.data() + run, i - run);
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        run = i + 1;
      }
    }
    out.append(text.data() + run, size - run);
  }

  // As the writer does: a CR LF becomes a LF, a lone CR a LF too.
  void append_visible_pre(std::string_view text) {
    std::string& out = body.text;
    std::size_t i = 0;
    while (i < text.size()) {
      const std::size_t run = i;
      i = text::bytes::find_first(
          text, i, [](text::bytes::Word w) { return text::bytes::equal_to(w, '\r'); }, [](unsigned char c) { return c == '\r'; });
      out.append(text.data() + run, i - run);
      if (i == text.size()) break;
      if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n';
      ++i;
    }
  }

  void text_break(sanitize::TextBreak kind) {
    if (kind == sanitize::TextBreak::none) return;
    std::string& out = body.text;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    const std::size_t wanted = kind == sanitize::TextBreak::line ? 1 : 2;
    std::size_t have = 0;
    while (have < wanted && have < out.size() && out[out.size() - 1 - have] == '\n') ++have;
    out.append(wanted - have, '\n');
  }

  std::string visible_text_since(std::size_t start) const {
    return collapse_whitespace(std::string_view(body.text).substr(std::min(start, body.text.size())));
  }

  // ---- the stack ---------------------------------------------------------

  std::size_t nearest(Tag tag, std::size_t below) const {
    for (std::size_t i = below; i-- > 0;) {
      if (stack[i].tag == tag) return i;
    }
    return sanitize::npos;
  }

  void push(Tag tag, std::string_view requested, bool structural) {
    check_depth(1);
    Open& entry = stack.emplace_back();
    entry.tag = tag;
    if (tag == Tag::unknown || requested != sanitize::element_info(tag).name) entry.renamed_from.assign(requested);
    entry.structural = structural;
    entry.text_start = body.text.size();
    tags.push_back(tag);
    if (structural) fence = stack.size();
  }

  // Pops the innermost element, writing its end tag and completing what was
  // recorded about it.
  void pop() {
    Open& entry = stack.back();
    if (entry.tag != Tag::unknown) {
      const sanitize::ElementInfo& info = sanitize::element_info(entry.tag);
      if (entry.id_position != sanitize::npos) finish_heading(entry);
      if (entry.link_index != sanitize::npos) body.links[entry.link_index].text = visible_text_since(entry.text_start);
      if (entry.tag == Tag::figcaption) finish_figcaption(entry);
      if (entry.tag == Tag::pre) --pre_depth;
      writer.end_tag(info.name);
      pre_just_opened = false;
      text_break(info.text_break);
    }
    const bool structural = entry.structural;
    stack.pop_back();
    tags.pop_back();
    if (structural) {
      fence = 0;
      for (std::size_t i = stack.size(); i-- > 0;) {
        if (stack[i].structural) {
          fence = i + 1;
          break;
        }
      }
    }
  }

  void pop_to(std::size_t size) {
    end_dropped();
    while (stack.size() > size) pop();
  }

  void finish_heading(Open& entry) {
    OutlineEntry& outline = body.outline[entry.outline_index];
    outline.text = visible_text_since(entry.text_start);
    outline.id = slugs.unique(options.heading_id_prefix + sanitize::slugify(outline.text));
    std::string attribute = " id=\"";
    serialize::append_escaped_attribute(attribute, outline.id);
    attribute += '"';
    writer.insert(entry.id_position, attribute);
  }

  void finish_figcaption(const Open& entry) {
    const std::size_t figure = nearest(Tag::figure, stack.size() - 1);
    if (figure == sanitize::npos) return;
    Open& owner = stack[figure];
    if (owner.caption) return;  // the first figcaption is the caption
    owner.caption = visible_text_since(entry.text_start);
    for (std::size_t index : owner.images_awaiting_caption) body.images[index].caption = owner.caption;
    owner.images_awaiting_caption.clear();
  }

  // ---- removed content ---------------------------------------------------

  void begin_dropped(std::string_view name, AttributeSpan attributes, bool self_closing, bool structural,
                     std::int64_t offset, const std::vector<html::Attribute>* token_attributes, bool in_mathml = false) {
    std::string markup = start_tag_markup(name, attributes);
    const bool has_content = in_mathml ? dropped.begin_in_mathml(name, token_attributes, self_closing, structural)
                                       : dropped.begin(name, token_attributes, self_closing, structural);
    if (!has_content) {
      ++body.removed.elements;
      warn(common::codes::removed_element, element_name(name) + " removed", offset, std::move(markup));
      return;
    }
    dropped_removed = std::move(markup);
    dropped_offset = offset;
    dropped_root = std::string(name);
    check_depth();
  }

  void end_dropped() {
    if (!dropped.active() && dropped_root.empty()) return;
    dropped.clear();
    if (dropped_quiet_when_empty && (dropped_removed.empty() || dropped_removed == "</" + dropped_root + ">")) {
      dropped_root.clear();
      dropped_offset = -1;
      dropped_quiet_when_empty = false;
      return;
    }
    dropped_quiet_when_empty = false;
    ++body.removed.elements;
    warn(common::codes::removed_element, element_name(dropped_root) + " removed together with its content", dropped_offset,
         std::move(dropped_removed));
    dropped_removed.clear();
    dropped_root.clear();
    dropped_offset = -1;
  }

  // A start tag inside removed content. Returns true when it was consumed
  // there, false when the removed content ended before it.
  bool dropped_start_tag(std::string_view name, AttributeSpan attributes, bool self_closing, bool structural,
                         const std::vector<html::Attribute>* token_attributes) {
    const DroppedContent::Outcome outcome = dropped.start_tag(name, token_attributes, self_closing, structural);
    if (outcome == DroppedContent::Outcome::ended_before) {
      end_dropped();
      return false;
    }
    append_start_tag_markup(dropped_removed, name, attributes);
    check_depth();
    if (outcome == DroppedContent::Outcome::ended) end_dropped();
    return true;
  }

  void dropped_end_tag_markup(std::string_view name) {
    dropped_removed.append("</");
    dropped_removed.append(name);
    dropped_removed += '>';
  }

  // ---- elements ----------------------------------------------------------

  struct StartTag {
    std::string_view name;
    AttributeSpan attributes;
    bool self_closing = false;     // void_element() or "/>" in markup
    bool structural = false;
    std::int64_t offset = -1;
    const std::vector<html::Attribute>* token_attributes = nullptr;  // markup only
  };

  void start_element(StartTag tag) {
    if (dropped.active()) {
      if (dropped_start_tag(tag.name, tag.attributes, tag.self_closing, tag.structural, tag.token_attributes)) return;
    }
    const Tag mathml = mathml_current();
    if (mathml != Tag::unknown) {
      mathml_start_tag(tag, mathml);
      return;
    }
    // In HTML content a browser reads <image> as <img> (not inside svg).
    if (!tag.structural && tag.name == "image") tag.name = "img";
    const std::string_view requested = tag.name;
    if (tag.name == "h1") {
      warn(common::codes::demoted_heading, "<h1> demoted to <h2>: the article title is the page's only h1", tag.offset,
           start_tag_markup(tag.name, tag.attributes));
      tag.name = "h2";
    }
    const sanitize::ElementInfo* info = sanitize::find_element(tag.name);
    const LegacyElement* legacy = tag.structural ? nullptr : legacy_start_tag(tag.name, tag.attributes);
    if (legacy != nullptr) info = &sanitize::element_info(legacy->written_as);
    const bool is_void = info != nullptr && (info->flags & flag::void_element) != 0;

    if (info != nullptr && info->tag == Tag::iframe && !tag.structural && write_video_embed(tag)) return;
    if (info != nullptr && (info->flags & flag::drop_content) != 0) {
      begin_dropped(tag.name, tag.attributes, tag.self_closing, tag.structural, tag.offset, tag.token_attributes);
      return;
    }
    if (info == nullptr || !allows_element(policy, *info) || sanitize::has_flag(info->tag, flag::mathml)) {
      unwrap(tag, requested, is_void, element_name(tag.name) + " is not allowed; its content is kept");
      return;
    }

    using Action = sanitize::StartDecision::Action;
    const Action placed = make_room(info->tag);
    if (placed == Action::not_in_table) {
      unwrap(tag, requested, is_void,
             element_name(tag.name) + " is not allowed directly inside a table; removed (a browser would move it)");
      return;
    }
    if (placed != Action::insert) {
      unwrap(tag, requested, is_void, element_name(tag.name) + " is not allowed here; its content is kept");
      return;
    }
    if (legacy != nullptr) {
      warn(common::codes::rewritten_element,
           element_name(tag.name) + " written as " + element_name(info->name) + ", which keeps its meaning",
           tag.offset, start_tag_markup(tag.name, tag.attributes));
    }
    write_element(*info, tag, requested, is_void);
  }

  // Makes the changes a browser's tree builder makes before a start tag of
  // `tag` (closing, implied table parts); returns insert when the element can
  // be written now, else why not.
  sanitize::StartDecision::Action make_room(Tag tag) {
    using Action = sanitize::StartDecision::Action;
    while (true) {
      const sanitize::StartDecision decision = sanitize::place_start_tag({tags, fence}, tag);
      switch (decision.action) {
        case Action::close_first: pop_to(decision.close_to); break;
        case Action::implied_tbody: open_implied(Tag::tbody); break;
        case Action::implied_tr: open_implied(Tag::tr); break;
        default: return decision.action;
      }
    }
  }

  // An iframe showing a known provider's player becomes the embed template
  // (where a figure may stand); its content, which no browser shows, is
  // removed. False when it is not such an iframe.
  bool write_video_embed(const StartTag& tag) {
    std::string_view src, title;
    for (const AttributeView& attribute : tag.attributes) {
      if (attribute.name == "src" && src.empty()) src = attribute.value;
      if (attribute.name == "title" && title.empty()) title = attribute.value;
    }
    const std::optional<sanitize::VideoEmbed> embed = sanitize::video_embed_from_url(src);
    if (!embed || !allows_embed_provider(policy, sanitize::provider_name(embed->provider)) ||
        make_room(Tag::figure) != sanitize::StartDecision::Action::insert) {
      return false;
    }
    // Inside the template's own figure (Galley's output read again) only the
    // iframe is written.
    const std::size_t figure = nearest(Tag::figure, stack.size());
    if (figure != sanitize::npos && figure + 1 == stack.size() && stack[figure].video_embed) {
      sanitize::write_video_iframe(writer, *embed, title);
    } else {
      text_break(sanitize::TextBreak::paragraph);
      pre_just_opened = false;
      sanitize::write_video_embed_start(writer, *embed, title);
      writer.end_tag("figure");
      text_break(sanitize::TextBreak::paragraph);
    }
    warn(common::codes::rewritten_element, "<iframe> of a " + std::string(sanitize::provider_name(embed->provider)) +
         " player written as the embed template", tag.offset, start_tag_markup(tag.name, tag.attributes));
    if (dropped.begin(tag.name, tag.token_attributes, tag.self_closing, false)) {
      dropped_root = std::string(tag.name);
      dropped_offset = tag.offset;
      dropped_quiet_when_empty = true;
    }
    return true;
  }

  // ---- MathML ------------------------------------------------------------

  // The innermost written element when it is math or a MathML element in it.
  Tag mathml_current() const {
    for (std::size_t i = tags.size(); i-- > 0;) {
      if (tags[i] != Tag::unknown) return sanitize::is_mathml(tags[i]) ? tags[i] : Tag::unknown;
    }
    return Tag::unknown;
  }

  // Pops MathML elements down to a token element or HTML, as a browser does
  // before a tag that ends foreign content. False when that would cross the fence.
  bool leave_mathml() {
    std::size_t keep = tags.size();
    while (keep > 0 && (tags[keep - 1] == Tag::unknown ||
                        (sanitize::is_mathml(tags[keep - 1]) && !sanitize::has_flag(tags[keep - 1], flag::text_integration)))) {
      --keep;
    }
    while (keep < tags.size() && tags[keep] == Tag::unknown) ++keep;
    if (keep < fence) return false;
    pop_to(keep);
    return true;
  }

  // A start tag while a MathML element is the current node. Only MathML
  // elements of the policy are written, and never inside a token element
  // (mi mo mn ms mtext): a browser reads start tags there as HTML, so the
  // namespace of anything written there would depend on its position. What is
  // not written keeps its text, except content a browser never shows.
  void mathml_start_tag(StartTag& tag, Tag current) {
    const sanitize::ElementInfo* info = sanitize::find_element(tag.name);
    const bool is_void = info != nullptr && (info->flags & flag::void_element) != 0;
    if (sanitize::has_flag(current, flag::text_integration)) {
      if (info != nullptr && (info->flags & flag::drop_content) != 0) {
        begin_dropped(tag.name, tag.attributes, tag.self_closing, tag.structural, tag.offset, tag.token_attributes);
        return;
      }
      unwrap(tag, tag.name, is_void,
             element_name(tag.name) + " is not kept inside a MathML token element; its content is kept");
      return;
    }
    if (sanitize::breaks_out_of_foreign_content(tag.name, tag.token_attributes) ||
        (tag.structural && info != nullptr && !sanitize::is_mathml(info->tag))) {
      if (leave_mathml()) start_element(tag);
      else unwrap(tag, tag.name, is_void, element_name(tag.name) + " is not allowed here; its content is kept");
      return;
    }
    if (info != nullptr && sanitize::is_mathml(info->tag) && allows_element(policy, *info)) {
      write_element(*info, tag, tag.name, false);
      return;
    }
    if (info != nullptr && (info->tag == Tag::annotation_xml || (info->flags & flag::drop_content) != 0)) {
      begin_dropped(tag.name, tag.attributes, tag.self_closing, tag.structural, tag.offset, tag.token_attributes, true);
      return;
    }
    unwrap(tag, tag.name, false, element_name(tag.name) + " is not kept inside MathML; its content is kept");
  }

  // An end tag while a MathML element is the current node ("in foreign
  // content"): it closes the innermost MathML element of its name; true when
  // it was handled so, false when HTML rules decide (after </p> and </br>
  // left MathML).
  bool mathml_end_tag(std::string_view name) {
    if (name == "p" || name == "br") {
      if (!sanitize::has_flag(mathml_current(), flag::text_integration)) leave_mathml();
      return false;
    }
    for (std::size_t i = tags.size(); i-- > 0;) {
      const Tag t = tags[i];
      if (t == Tag::unknown) continue;
      if (!sanitize::is_mathml(t)) return false;
      if (sanitize::element_info(t).name == name) {
        if (i >= fence) pop_to(i);
        return true;
      }
    }
    return false;
  }

  void unwrap(const StartTag& tag, std::string_view requested, bool is_void, std::string message) {
    ++body.removed.unwrapped;
    warn(common::codes::unwrapped_element, std::move(message), tag.offset, start_tag_markup(tag.name, tag.attributes));
    if (tag.structural && !is_void) push(Tag::unknown, requested, true);
  }

  void open_implied(Tag tag) {
    const sanitize::ElementInfo& info = sanitize::element_info(tag);
    pre_just_opened = false;
    writer.start_tag_open(info.name);
    writer.start_tag_close();
    push(tag, info.name, false);
    text_break(info.text_break);
  }

  void write_element(const sanitize::ElementInfo& info, const StartTag& tag, std::string_view requested,
                     bool is_void) {
    // Reused between elements; `owned` never grows past its reserve, so the
    // values in `out` that point into it stay valid.
    std::vector<OutAttribute>& out = out_attributes;
    std::vector<std::string>& owned = owned_values;
    out.clear();
    owned.clear();
    out.reserve(tag.attributes.size + 4);
    owned.reserve(tag.attributes.size);
    filter_attributes(info, tag, out, owned);

    std::string_view href, src, alt, srcset;
    for (const OutAttribute& attribute : out) {
      if (attribute.name == "href") href = attribute.value;
      if (attribute.name == "src") src = attribute.value;
      if (attribute.name == "alt") alt = attribute.value;
      if (attribute.name == "srcset") srcset = attribute.value;
    }
    if (info.tag == Tag::img && src.empty() && !srcset.empty()) {
      // Lazy-loading pages often give only a srcset; a browser shows it, and
      // one of its checked URLs serves browsers without srcset support.
      src = sanitize::fallback_src(srcset);
      out.push_back(OutAttribute{"src", src});
      warn(common::codes::rewritten_element, "<img> without a src takes one from its srcset", tag.offset,
           start_tag_markup(tag.name, tag.attributes));
    }
    if (info.tag == Tag::img && src.empty()) {
      ++body.removed.elements;
      warn(common::codes::removed_element, "<img> without a usable src removed", tag.offset,
           start_tag_markup(tag.name, tag.attributes));
      return;
    }
    if (info.tag == Tag::a && !href.empty()) {
      out.push_back({"rel", policy.nofollow_ugc() ? "noopener noreferrer nofollow ugc" : "noopener noreferrer"});
      if (policy.external_new_tab() && urls.is_external(href)) out.push_back({"target", "_blank"});
    }
    if (info.tag == Tag::img && policy.lazy_images_enabled()) {
      out.push_back({"loading", "lazy"});
      out.push_back({"decoding", "async"});
    }

    text_break(info.text_break);
    // Only an element actually written ends the start of a pre; an unwrapped
    // or dropped one leaves the next text first in the pre.
    pre_just_opened = false;
    writer.start_tag_open(info.name);
    const std::size_t id_position = writer.size();
    for (const OutAttribute& attribute : out) {
      if (attribute.boolean) writer.boolean_attribute(attribute.name);
      else writer.attribute(attribute.name, attribute.value);
    }
    writer.start_tag_close();

    if (is_void) {
      if (info.tag == Tag::img) record_image(src, alt);
      text_break(info.text_break);
      return;
    }
    push(info.tag, requested, tag.structural);
    Open& entry = stack.back();
    if (info.flags & flag::heading) {
      entry.id_position = id_position;
      entry.outline_index = body.outline.size();
      body.outline.push_back(OutlineEntry{info.name[1] - '0', {}, {}});
    }
    if (info.tag == Tag::a && !href.empty()) {
      entry.link_index = body.links.size();
      body.links.push_back(LinkEntry{std::string(href), {}, urls.is_internal(href)});
    }
    if (info.tag == Tag::figure) {
      for (const OutAttribute& attribute : out) {
        entry.video_embed = entry.video_embed || (attribute.name == "class" && embed_class(attribute.value));
      }
    }
    if (info.tag == Tag::pre) {
      ++pre_depth;
      pre_just_opened = true;
      skip_next_newline = !tag.structural;
    }
    // In foreign content "/>" closes the element.
    if (sanitize::is_mathml(info.tag) && tag.self_closing && !tag.structural) pop();
  }

  void record_image(std::string_view src, std::string_view alt) {
    body.images.push_back(ImageEntry{std::string(src), std::string(alt), std::nullopt});
    const std::size_t figure = nearest(Tag::figure, stack.size());
    if (figure == sanitize::npos) return;
    Open& owner = stack[figure];
    if (owner.caption) body.images.back().caption = owner.caption;
    else owner.images_awaiting_caption.push_back(body.images.size() - 1);
  }

  void remove_attribute(const StartTag& tag, const AttributeView& attribute, std::string message) {
    ++body.removed.attributes;
    warn(common::codes::removed_attribute, std::move(message), tag.offset, attribute_markup(attribute));
  }

  void remove_url(const StartTag& tag, std::string_view attribute, std::string_view url) {
    ++body.removed.urls;
    const char* what = attribute == "srcset" ? "candidate (URL or descriptor) not allowed in <" : "URL not allowed in <";
    warn(common::codes::removed_url, what + std::string(tag.name) + " " + std::string(attribute) + ">",
         tag.offset, std::string(url));
  }

  void filter_attributes(const sanitize::ElementInfo& info, const StartTag& tag, std::vector<OutAttribute>& out,
                         std::vector<std::string>& owned) {
    using sanitize::ValueKind;
    const sanitize::UrlUse use = info.tag == Tag::img      ? sanitize::UrlUse::image
                                 : info.tag == Tag::source ? sanitize::UrlUse::source
                                                           : sanitize::UrlUse::link;
    for (const AttributeView& attribute : tag.attributes) {
      bool duplicate = false;
      for (const OutAttribute& kept : out) duplicate = duplicate || kept.name == attribute.name;
      if (duplicate) continue;
      const sanitize::AttributeRule* rule = sanitize::find_attribute_rule(info.tag, attribute.name);
      if (rule == nullptr) rule = sanitize::find_addable_attribute_rule(info.name, attribute.name);
      // A heading's id is generated from its text.
      const bool heading_id = rule != nullptr && rule->kind == ValueKind::id && (info.flags & flag::heading) != 0;
      if (rule == nullptr || heading_id || !allows_attribute(policy, info, attribute.name)) {
        remove_attribute(tag, attribute,
                         "attribute " + std::string(attribute.name) + " removed from <" + std::string(info.name) + ">");
        continue;
      }
      const auto invalid = [&] {
        remove_attribute(tag, attribute,
                         "invalid value of " + std::string(attribute.name) + " on <" + std::string(info.name) + ">");
      };
      switch (rule->kind) {
        case ValueKind::url: {
          std::optional<std::string> url = urls.check(attribute.value, use);
          if (!url || url->empty()) {
            remove_url(tag, attribute.name, attribute.value);
            break;
          }
          if (allows_ids(policy)) prefix_fragment(*url);
          owned.push_back(std::move(*url));
          out.push_back({attribute.name, owned.back()});
          break;
        }
        case ValueKind::srcset: {
          std::vector<std::string> removed;
          std::string srcset = urls.check_srcset(attribute.value, use, removed);
          for (const std::string& url : removed) remove_url(tag, attribute.name, url);
          if (srcset.empty()) {
            if (removed.empty()) invalid();
            break;
          }
          owned.push_back(std::move(srcset));
          out.push_back({attribute.name, owned.back()});
          break;
        }
        case ValueKind::class_list: {
          std::string kept_classes = allowed_classes(info, tag, attribute);
          if (kept_classes.empty()) break;
          owned.push_back(std::move(kept_classes));
          out.push_back({attribute.name, owned.back()});
          break;
        }
        case ValueKind::id: {
          if (attribute.value.empty() || attribute.value.find_first_of(" \t\n\f\r") != std::string_view::npos) {
            invalid();
            break;
          }
          const std::string& prefix = policy.id_prefix();
          owned.push_back(attribute.value.substr(0, prefix.size()) == prefix ? std::string(attribute.value)
                                                                              : prefix + std::string(attribute.value));
          out.push_back({attribute.name, owned.back()});
          break;
        }
        case ValueKind::media: {
          std::optional<std::string> media = sanitize::canonical_media(attribute.value);
          if (!media) {
            invalid();
            break;
          }
          owned.push_back(std::move(*media));
          out.push_back({attribute.name, owned.back()});
          break;
        }
        default: {
          const std::optional<std::string_view> value = sanitize::checked_value(*rule, attribute.value);
          if (!value) invalid();
          else out.push_back({attribute.name, *value, rule->kind == ValueKind::boolean});
          break;
        }
      }
    }
  }

  // The class names of `attribute` the policy allows on the element (and
  // Markdown's language-* on code), space-separated; the others are reported.
  std::string allowed_classes(const sanitize::ElementInfo& info, const StartTag& tag, const AttributeView& attribute) {
    if (info.tag == Tag::figure && embed_class(attribute.value)) return std::string(attribute.value);
    std::string kept_classes, removed_classes;
    std::string_view rest = attribute.value;
    while (!rest.empty()) {
      const std::size_t start = std::min(rest.find_first_not_of(" \t\n\f\r"), rest.size());
      rest.remove_prefix(start);
      const std::size_t end = std::min(rest.find_first_of(" \t\n\f\r"), rest.size());
      const std::string_view name = rest.substr(0, end);
      rest.remove_prefix(end);
      if (name.empty()) continue;
      const bool allowed = (info.tag == Tag::code && sanitize::valid_language_class(name)) ||
                           allows_class(policy, info.name, name);
      std::string& list = allowed ? kept_classes : removed_classes;
      if (!list.empty()) list += ' ';
      list.append(name);
    }
    if (!removed_classes.empty()) {
      remove_attribute(tag, AttributeView{"class", removed_classes},
                       "class names not allowed on <" + std::string(info.name) + "> removed");
    }
    return kept_classes;
  }

  // The class of the embed template's figure, for a provider the policy keeps.
  bool embed_class(std::string_view value) const {
    const std::optional<sanitize::VideoProvider> provider = sanitize::provider_of_figure_class(value);
    return provider && allows_embed_provider(policy, sanitize::provider_name(*provider));
  }

  // With ids allowed, an in-page link "#x" points at the id written as
  // id_prefix + "x"; heading ids keep their own prefix.
  void prefix_fragment(std::string& url) const {
    if (url.size() < 2 || url.front() != '#') return;
    const std::string_view target = std::string_view(url).substr(1);
    const std::string& prefix = policy.id_prefix();
    const std::string& headings = options.heading_id_prefix;
    if (target.substr(0, prefix.size()) == prefix || (!headings.empty() && target.substr(0, headings.size()) == headings)) {
      return;
    }
    url.insert(1, prefix);
  }

  void end_element(std::string_view name) {
    if (dropped.active()) {
      const DroppedContent::Outcome outcome = dropped.end_tag(name);
      if (outcome != DroppedContent::Outcome::ended_before) {
        dropped_end_tag_markup(name);
        if (outcome == DroppedContent::Outcome::ended) end_dropped();
        return;
      }
      end_dropped();
    }
    if (mathml_current() != Tag::unknown && mathml_end_tag(name)) return;
    const sanitize::ElementInfo* info = sanitize::find_element(name);
    const LegacyElement* legacy = find_legacy(name);
    if (legacy != nullptr) info = &sanitize::element_info(legacy->written_as);
    if (info == nullptr) return;
    const std::size_t target = sanitize::end_tag_target({tags, fence}, info->tag);
    // A legacy end tag closes only the element its own start tag became.
    if (target == sanitize::npos || (legacy != nullptr && stack[target].requested() != name)) return;
    pop_to(target);
  }

  void write_text(std::string_view text, std::int64_t offset) {
    if (dropped.active()) {
      dropped_removed.append(text);
      return;
    }
    if (text.empty()) return;
    if (!sanitize::text_allowed({tags, fence}, all_whitespace(text))) {
      warn(common::codes::removed_text, "text is not allowed directly inside a table; removed (a browser would move it)", offset,
           std::string(text));
      return;
    }
    if (pre_just_opened) {
      // Leading newlines of a pre are layout, not content: they are dropped so
      // that the output re-parses and re-serializes to itself.
      while (starts_with_newline(text)) text.remove_prefix(1);
      if (text.empty()) return;
    }
    pre_just_opened = false;
    writer.text(text);
    append_visible(text);
  }

  void close_structural(std::string_view name) {
    skip_next_newline = false;
    if (dropped.active()) {
      if (dropped.has_structural(name)) {
        dropped_end_tag_markup(name);
        if (dropped.close_structural(name) == DroppedContent::Outcome::ended) end_dropped();
        return;
      }
      bool owned_outside = false;
      for (const Open& entry : stack) owned_outside = owned_outside || (entry.structural && entry.requested() == name);
      if (!owned_outside) {
        dropped_end_tag_markup(name);
        return;
      }
      end_dropped();
    }
    for (std::size_t i = stack.size(); i-- > 0;) {
      if (stack[i].structural && stack[i].requested() == name) {
        pop_to(i);
        return;
      }
    }
  }

  void open(std::string_view name, AttributeSpan attributes, bool self_closing) {
    skip_next_newline = false;
    StartTag start;
    start.name = name;
    start.attributes = attributes;
    start.self_closing = self_closing;
    start.structural = true;
    start_element(start);
  }

  // An element with no content: a void element, or an empty one.
  void void_element(std::string_view name, AttributeSpan attributes) {
    open(name, attributes, true);
    const sanitize::ElementInfo* info = sanitize::find_element(name);
    if (info == nullptr || (info->flags & flag::void_element) == 0) close_structural(name);
  }

  // ---- markup ------------------------------------------------------------

  void token(const html::Token& t, std::size_t base_offset, html::Tokenizer& tokenizer) {
    const auto offset = static_cast<std::int64_t>(base_offset + t.offset);
    const bool skip_newline = skip_next_newline;
    skip_next_newline = false;
    switch (t.kind) {
      case html::TokenKind::characters: {
        std::string_view text = t.data;
        if (skip_newline && !dropped.active() && starts_with_newline(text)) text.remove_prefix(1);
        write_text(text, offset);
        break;
      }
      case html::TokenKind::start_tag: {
        scratch_attributes.clear();
        for (const html::Attribute& attribute : t.attributes) scratch_attributes.push_back({attribute.name, attribute.value});
        StartTag tag;
        tag.name = t.name;
        tag.attributes = {scratch_attributes.data(), scratch_attributes.size()};
        tag.self_closing = t.self_closing;
        tag.offset = offset;
        tag.token_attributes = &t.attributes;
        start_element(tag);
        if (dropped.active() && dropped.tokenizer_state() != html::TokenizerState::data) {
          tokenizer.set_state(dropped.tokenizer_state());
          tokenizer.set_last_start_tag(dropped.raw_text_element());
        }
        break;
      }
      case html::TokenKind::end_tag:
        end_element(t.name);
        break;
      case html::TokenKind::comment:
        if (dropped.active()) {
          dropped_removed.append("<!--").append(t.data).append("-->");
        } else {
          ++body.removed.comments;
          warn(common::codes::removed_comment, "comment removed", offset, "<!--" + t.data + "-->");
        }
        break;
      case html::TokenKind::doctype:
        if (dropped.active()) {
          dropped_removed.append("<!DOCTYPE ").append(t.name).append(">");
        } else {
          ++body.removed.elements;
          warn(common::codes::removed_element, "doctype removed", offset, "<!DOCTYPE " + t.name + ">");
        }
        break;
      case html::TokenKind::end_of_file:
        break;
    }
    tokenizer.set_allow_cdata(cdata_allowed());
  }

  // CDATA sections exist only in foreign content.
  bool cdata_allowed() const { return dropped.active() ? dropped.cdata_allowed() : mathml_current() != Tag::unknown; }

  void raw_html(std::string_view html, std::size_t base_offset) {
    html::Tokenizer tokenizer(html);
    if (dropped.active()) {
      if (dropped.tokenizer_state() != html::TokenizerState::data) {
        tokenizer.set_state(dropped.tokenizer_state());
        tokenizer.set_last_start_tag(dropped.raw_text_element());
      }
    }
    tokenizer.set_allow_cdata(cdata_allowed());
    html::Token t;
    std::size_t last_offset = 0;
    while (tokenizer.next(t) && !failure.failed()) {
      if (t.kind == html::TokenKind::end_of_file) break;
      last_offset = t.offset;
      token(t, base_offset, tokenizer);
    }
    report_unfinished_tag(html, base_offset, last_offset, tokenizer);
  }

  // A tag cut off by the end of the input is dropped by the tokenizer; keep
  // it in a diagnostic so that no input disappears silently.
  void report_unfinished_tag(std::string_view html, std::size_t base_offset, std::size_t last_offset,
                             const html::Tokenizer& tokenizer) {
    bool cut_off = false;
    for (const html::ParseError& error : tokenizer.errors()) cut_off = cut_off || error.code == "eof-in-tag";
    if (!cut_off) return;
    std::size_t start = html.size();
    for (std::size_t i = last_offset + 1; i + 1 < html.size(); ++i) {
      const char next = html[i + 1];
      if (html[i] == '<' && (next == '/' || (text::ascii::to_lower(next) >= 'a' && text::ascii::to_lower(next) <= 'z'))) {
        start = i;
        break;
      }
    }
    if (start >= html.size()) start = last_offset;
    const std::string_view tail = html.substr(start);
    if (dropped.active()) {
      dropped_removed.append(tail);
      return;
    }
    warn(common::codes::removed_text, "unfinished tag at the end of the HTML removed", static_cast<std::int64_t>(base_offset + start),
         std::string(tail));
  }
};

Sanitizer::Sanitizer(const Options& options, serialize::HtmlWriter& writer, common::Diagnostics& diagnostics, BodyContent& body,
                     common::FirstFailure& failure)
    : impl_(std::make_unique<Impl>(options, writer, diagnostics, body, failure)) {}

// Defined here, where Impl is complete.
Sanitizer::~Sanitizer() = default;

void Sanitizer::set_source(std::string path) { impl_->source = std::move(path); }

void Sanitizer::open(std::string_view tag, std::initializer_list<AttributeView> attributes) {
  if (!failed()) impl_->open(tag, {attributes.begin(), attributes.size()}, false);
}

void Sanitizer::open(std::string_view tag, const std::vector<AttributeView>& attributes) {
  if (!failed()) impl_->open(tag, {attributes.data(), attributes.size()}, false);
}

void Sanitizer::close(std::string_view tag) {
  if (!failed()) impl_->close_structural(tag);
}

void Sanitizer::void_element(std::string_view tag, std::initializer_list<AttributeView> attributes) {
  if (!failed()) impl_->void_element(tag, {attributes.begin(), attributes.size()});
}

void Sanitizer::void_element(std::string_view tag, const std::vector<AttributeView>& attributes) {
  if (!failed()) impl_->void_element(tag, {attributes.data(), attributes.size()});
}

void Sanitizer::text(std::string_view text) {
  if (failed()) return;
  impl_->skip_next_newline = false;
  impl_->write_text(text, -1);
}

void Sanitizer::raw_html(std::string_view html, std::size_t offset) {
  if (!failed()) impl_->raw_html(html, offset);
}

void Sanitizer::finish() {
  if (failed()) return;
  impl_->skip_next_newline = false;
  impl_->pop_to(0);
  impl_->pre_just_opened = false;
}

std::size_t Sanitizer::depth() const { return impl_->stack.size(); }

common::FirstFailure& Sanitizer::failure() const { return impl_->failure; }

}  // namespace galley::sanitize
