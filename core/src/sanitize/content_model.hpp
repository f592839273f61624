#pragma once
// The parts of the HTML tree builder ("in body", "in table", … insertion
// modes) that decide where an element may go. The sanitizer asks before every
// start and end tag, and repairs the tree exactly as a browser would, so that
// the serialized output re-parses into the same tree.

#include <cstddef>
#include <vector>

#include "sanitize/element_tables.hpp"

namespace galley::sanitize {

// The stack of open elements, innermost last. Tag::unknown marks an element
// that was not written (its content goes to its parent). Elements below
// `fence` belong to an enclosing structural container and cannot be closed
// by a start or end tag.
struct StackView {
  const std::vector<Tag>& tags;
  std::size_t fence;
};

struct StartDecision {
  enum class Action {
    insert,         // open the element here
    close_first,    // pop the stack down to `close_to` elements, then ask again
    implied_tbody,  // open an implied tbody first, then ask again
    implied_tr,     // open an implied tr first, then ask again
    unwrap,         // drop the tag, keep what follows it (outside tables: a browser ignores it or we
                    // cannot repair what it would do)
    not_in_table    // drop the tag: a browser would move it out of the table
  };
  Action action = Action::insert;
  std::size_t close_to = 0;
};

// Where a start tag of `tag` (a kept element) goes.
StartDecision place_start_tag(const StackView& stack, Tag tag);

// The index of the element an end tag of `tag` closes, or `npos` when it
// closes nothing (not open, out of scope, or below the fence).
constexpr std::size_t npos = static_cast<std::size_t>(-1);
std::size_t end_tag_target(const StackView& stack, Tag tag);

// Whether text may be written at the current position: inside table, tbody,
// thead, tfoot and tr only whitespace may (a browser moves other text out).
bool text_allowed(const StackView& stack, bool whitespace_only);

}  // namespace galley::sanitize
