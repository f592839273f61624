#pragma once
// Drives md4c's callback parser with a C++ handler object. The parse stops
// early once the handler says it has stopped (a failure of the render). md4c
// is C, so no exception may unwind through it: in builds with exceptions,
// each callback catches, parks the exception and aborts the parse, and
// parse_markdown rethrows it once md_parse has returned.
// It also drops the blanks md4c 0.4.8 leaves where CommonMark strips them:
// tabs before heading content ("#\tFoo") and tabs (with any spaces beside
// them) at the end of a line or of a block's inline content ("Foo\t\n").

#include <exception>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include <md4c.h>

namespace galley::markdown {

// Handler needs: enter_block(MD_BLOCKTYPE, const void*), leave_block(…),
// enter_span(MD_SPANTYPE, const void*), leave_span(…),
// text(MD_TEXTTYPE, std::string_view), and bool stopped().
template <class Handler>
class Md4cDriver {
 public:
  // md4c reads up to one byte past the end of the text (at least in 0.4.8),
  // so it only ever gets a std::string, whose terminating NUL makes that safe.
  // False when md4c cannot parse the text: larger than it can address, or
  // out of memory.
  static bool parse(const std::string& markdown, unsigned flags, Handler& handler) {
    if (markdown.size() > std::numeric_limits<MD_SIZE>::max()) return false;
    MD_PARSER parser{};
    parser.flags = flags;
    parser.enter_block = enter_block;
    parser.leave_block = leave_block;
    parser.enter_span = enter_span;
    parser.leave_span = leave_span;
    parser.text = text;
    Md4cDriver driver(handler, markdown);
    const int result = md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &driver);
#if defined(__cpp_exceptions)
    if (driver.error_) std::rethrow_exception(driver.error_);
#endif
    // Unless a callback stopped it, md4c fails only when its allocations do.
    return result == 0 || handler.stopped();
  }

 private:
  Md4cDriver(Handler& handler, std::string_view document) : handler_(handler), document_(document) {}

  // Nonzero stops md_parse.
  template <class Call>
  static int guarded(void* userdata, Call&& call) noexcept {
    auto& driver = *static_cast<Md4cDriver*>(userdata);
#if defined(__cpp_exceptions)
    try {
      call(driver);
    } catch (...) {
      driver.error_ = std::current_exception();
      return 1;
    }
#else
    call(driver);
#endif
    return driver.handler_.stopped() ? 1 : 0;
  }

  static int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    return guarded(userdata, [&](Md4cDriver& d) {
      d.release_held_text(true);
      d.at_heading_start_ = type == MD_BLOCK_H;
      d.handler_.enter_block(type, detail);
    });
  }
  static int leave_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    return guarded(userdata, [&](Md4cDriver& d) {
      d.release_held_text(true);
      d.handler_.leave_block(type, detail);
    });
  }
  static int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
    return guarded(userdata, [&](Md4cDriver& d) {
      d.release_held_text(false);
      d.at_heading_start_ = false;
      d.handler_.enter_span(type, detail);
    });
  }
  static int leave_span(MD_SPANTYPE type, void* detail, void* userdata) {
    return guarded(userdata, [&](Md4cDriver& d) {
      d.release_held_text(false);
      d.handler_.leave_span(type, detail);
    });
  }
  static int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    return guarded(userdata, [&](Md4cDriver& d) { d.filter_text(type, std::string_view(text, size)); });
  }

  static bool is_blank(char c) { return c == ' ' || c == '\t'; }

  // Plain text ending in a blank is held back until the next event shows
  // whether a line or the inline content ends there.
  void filter_text(MD_TEXTTYPE type, std::string_view text) {
    if (at_heading_start_) {
      at_heading_start_ = false;
      if (type == MD_TEXT_NORMAL) {
        while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
        if (text.empty()) return;
      }
    }
    release_held_text(type == MD_TEXT_SOFTBR);
    if (type == MD_TEXT_NORMAL && !text.empty() && is_blank(text.back())) {
      hold(text);
      return;
    }
    handler_.text(type, text);
  }

  // Text inside the document stays there until the parse ends, so only a
  // piece md4c wrote elsewhere is copied.
  void hold(std::string_view text) {
    const std::less_equal<const char*> not_after;
    const char* begin = document_.data();
    const char* end = begin + document_.size();
    if (not_after(begin, text.data()) && not_after(text.data() + text.size(), end)) {
      held_text_ = text;
    } else {
      held_copy_.assign(text);
      held_text_ = held_copy_;
    }
    holding_text_ = true;
  }

  void release_held_text(bool at_line_end) {
    if (!holding_text_) return;
    holding_text_ = false;
    std::string_view text = held_text_;
    if (at_line_end) {
      while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
      if (text.empty()) return;
    }
    handler_.text(MD_TEXT_NORMAL, text);
  }

  Handler& handler_;
  const std::string_view document_;
#if defined(__cpp_exceptions)
  std::exception_ptr error_;
#endif
  bool at_heading_start_ = false;  // nothing of the heading's content seen yet
  bool holding_text_ = false;
  std::string_view held_text_;  // into the document or held_copy_
  std::string held_copy_;
};

template <class Handler>
bool parse_markdown(const std::string& markdown, unsigned flags, Handler& handler) {
  return Md4cDriver<Handler>::parse(markdown, flags, handler);
}

}  // namespace galley::markdown
