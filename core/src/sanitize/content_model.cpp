#include "sanitize/content_model.hpp"

namespace galley::sanitize {
namespace {

using Action = StartDecision::Action;

bool is_table_part(Tag t) {
  switch (t) {
    case Tag::caption:
    case Tag::tbody:
    case Tag::thead:
    case Tag::tfoot:
    case Tag::tr:
    case Tag::td:
    case Tag::th:
      return true;
    default:
      return false;
  }
}

bool is_table_section(Tag t) { return t == Tag::tbody || t == Tag::thead || t == Tag::tfoot; }

// Formatting elements: their end tags go through the adoption agency, which
// for a well-nested tree amounts to "close it if it is in scope".
bool is_formatting(Tag t) {
  switch (t) {
    case Tag::a:
    case Tag::b:
    case Tag::code:
    case Tag::em:
    case Tag::i:
    case Tag::s:
    case Tag::small:
    case Tag::strong:
    case Tag::u:
      return true;
    default:
      return false;
  }
}

// Index of the innermost written element, or npos.
std::size_t current(const StackView& stack) {
  for (std::size_t i = stack.tags.size(); i-- > 0;) {
    if (stack.tags[i] != Tag::unknown) return i;
  }
  return npos;
}

Tag tag_at(const StackView& stack, std::size_t index) { return index == npos ? Tag::unknown : stack.tags[index]; }

// The innermost element matching `match` "in scope": the search stops at
// caption/table/td/th (and at ol/ul for list item scope).
template <typename Match>
std::size_t find_in_scope(const StackView& stack, Match match, bool list_item_scope = false) {
  for (std::size_t i = stack.tags.size(); i-- > 0;) {
    const Tag t = stack.tags[i];
    if (t == Tag::unknown) continue;
    if (match(t)) return i;
    if (has_flag(t, flag::scope_boundary)) return npos;
    if (list_item_scope && (t == Tag::ol || t == Tag::ul)) return npos;
  }
  return npos;
}

// Table scope: only table ends the search.
std::size_t find_in_table_scope(const StackView& stack, Tag tag) {
  for (std::size_t i = stack.tags.size(); i-- > 0;) {
    const Tag t = stack.tags[i];
    if (t == tag) return i;
    if (t == Tag::table) return npos;
  }
  return npos;
}

// The innermost table-related element: it decides the insertion mode.
std::size_t table_context(const StackView& stack) {
  for (std::size_t i = stack.tags.size(); i-- > 0;) {
    const Tag t = stack.tags[i];
    if (t == Tag::table || is_table_part(t)) return i;
  }
  return npos;
}

StartDecision close_to(const StackView& stack, std::size_t index) {
  if (index < stack.fence) return {Action::unwrap, 0};
  return {Action::close_first, index};
}

StartDecision in_body(const StackView& stack, Tag tag) {
  const std::size_t cur = current(stack);
  const Tag cur_tag = tag_at(stack, cur);

  // li closes an open li, dd/dt an open dd or dt, unless a special element
  // other than div and p lies in between.
  if (tag == Tag::li || tag == Tag::dd || tag == Tag::dt) {
    for (std::size_t i = stack.tags.size(); i-- > 0;) {
      const Tag t = stack.tags[i];
      if (t == Tag::unknown) continue;
      const bool same_kind = tag == Tag::li ? t == Tag::li : (t == Tag::dd || t == Tag::dt);
      if (same_kind) return close_to(stack, i);
      if (has_flag(t, flag::special) && t != Tag::div && t != Tag::p) break;
    }
  }
  if (has_flag(tag, flag::closes_p)) {
    const std::size_t p = find_in_scope(stack, [](Tag t) { return t == Tag::p; });
    if (p != npos) return close_to(stack, p);
  }
  if (has_flag(tag, flag::heading) && has_flag(cur_tag, flag::heading)) return close_to(stack, cur);
  if (tag == Tag::a) {
    // An open a before the last table cell or caption is closed first.
    for (std::size_t i = stack.tags.size(); i-- > 0;) {
      const Tag t = stack.tags[i];
      if (t == Tag::a) return close_to(stack, i);
      if (t == Tag::td || t == Tag::th || t == Tag::caption) break;
    }
  }
  if (tag == Tag::rt || tag == Tag::rp) {
    if (find_in_scope(stack, [](Tag t) { return t == Tag::ruby; }) == npos) return {Action::unwrap, 0};
    if (has_flag(cur_tag, flag::implied_end)) return close_to(stack, cur);
    return {cur_tag == Tag::ruby ? Action::insert : Action::unwrap, 0};
  }

  switch (tag) {
    case Tag::li:
      return {cur_tag == Tag::ul || cur_tag == Tag::ol ? Action::insert : Action::unwrap, 0};
    case Tag::dd:
    case Tag::dt:
      return {cur_tag == Tag::dl ? Action::insert : Action::unwrap, 0};
    case Tag::source:
      return {cur_tag == Tag::picture ? Action::insert : Action::unwrap, 0};
    default:
      return {Action::insert, 0};
  }
}

}  // namespace

StartDecision place_start_tag(const StackView& stack, Tag tag) {
  const std::size_t context = table_context(stack);
  const Tag mode = tag_at(stack, context);
  switch (mode) {
    case Tag::table:
      if (tag == Tag::caption || is_table_section(tag)) return {Action::insert, 0};
      if (tag == Tag::tr || tag == Tag::td || tag == Tag::th) return {Action::implied_tbody, 0};
      if (tag == Tag::table) return close_to(stack, context);
      return {Action::not_in_table, 0};
    case Tag::tbody:
    case Tag::thead:
    case Tag::tfoot:
      if (tag == Tag::tr) return {Action::insert, 0};
      if (tag == Tag::td || tag == Tag::th) return {Action::implied_tr, 0};
      if (tag == Tag::caption || is_table_section(tag) || tag == Tag::table) return close_to(stack, context);
      return {Action::not_in_table, 0};
    case Tag::tr:
      if (tag == Tag::td || tag == Tag::th) return {Action::insert, 0};
      if (tag == Tag::tr || tag == Tag::caption || is_table_section(tag) || tag == Tag::table) {
        return close_to(stack, context);
      }
      return {Action::not_in_table, 0};
    case Tag::td:
    case Tag::th:
    case Tag::caption:
      if (is_table_part(tag)) return close_to(stack, context);
      return in_body(stack, tag);
    default:
      // Outside tables a browser ignores table-part tags.
      if (is_table_part(tag)) return {Action::unwrap, 0};
      return in_body(stack, tag);
  }
}

std::size_t end_tag_target(const StackView& stack, Tag tag) {
  std::size_t target = npos;
  if (has_flag(tag, flag::heading)) {
    target = find_in_scope(stack, [](Tag t) { return has_flag(t, flag::heading); });
  } else if (tag == Tag::li) {
    target = find_in_scope(stack, [](Tag t) { return t == Tag::li; }, true);
  } else if (tag == Tag::table || is_table_part(tag)) {
    if (table_context(stack) != npos) target = find_in_table_scope(stack, tag);
  } else if (has_flag(tag, flag::void_element)) {
    target = npos;  // </br> and friends close nothing
  } else if (is_formatting(tag) || has_flag(tag, flag::special)) {
    target = find_in_scope(stack, [tag](Tag t) { return t == tag; });
  } else {
    // "Any other end tag": the innermost element of that name, unless a
    // special element comes first.
    for (std::size_t i = stack.tags.size(); i-- > 0;) {
      const Tag t = stack.tags[i];
      if (t == Tag::unknown) continue;
      if (t == tag) {
        target = i;
        break;
      }
      if (has_flag(t, flag::special)) break;
    }
  }
  if (target != npos && target < stack.fence) return npos;
  return target;
}

bool text_allowed(const StackView& stack, bool whitespace_only) {
  const Tag mode = tag_at(stack, table_context(stack));
  if (mode == Tag::table || is_table_section(mode) || mode == Tag::tr) return whitespace_only;
  return true;
}

}  // namespace galley::sanitize
