#include <catch2/catch.hpp>

#include <string>

#include "common/first_failure.hpp"
#include "serialize/html_writer.hpp"

using galley::serialize::HtmlWriter;

TEST_CASE("html writer escapes text", "[html_writer]") {
  std::string out;
  HtmlWriter w(out);
  w.text("a & b < c > d \"quoted\" 'single'");
  CHECK(out == "a &amp; b &lt; c &gt; d \"quoted\" 'single'");
}

TEST_CASE("html writer escapes attribute values and quotes them", "[html_writer]") {
  std::string out;
  HtmlWriter w(out);
  w.start_tag_open("a");
  w.attribute("title", "x\" onmouseover=\"alert(1)<>&");
  w.boolean_attribute("hidden");
  w.start_tag_close();
  w.end_tag("a");
  CHECK(out == "<a title=\"x&quot; onmouseover=&quot;alert(1)&lt;&gt;&amp;\" hidden></a>");
}

TEST_CASE("html writer replaces NUL and normalises line breaks", "[html_writer]") {
  std::string out;
  HtmlWriter w(out);
  w.text(std::string("a\0b", 3));
  CHECK(out == "a\xEF\xBF\xBD" "b");
  out.clear();
  w.text("one\r\ntwo\rthree\n");
  CHECK(out == "one\ntwo\nthree\n");
  out.clear();
  w.start_tag_open("p");
  w.attribute("title", std::string("x\r\ny\0", 5));
  CHECK(out == "<p title=\"x\ny\xEF\xBF\xBD\"");
}

TEST_CASE("html writer writes raw markup verbatim", "[html_writer]") {
  std::string out;
  HtmlWriter w(out);
  w.raw("<!DOCTYPE html>");
  CHECK(out == "<!DOCTYPE html>");
  CHECK(w.size() == out.size());
}

TEST_CASE("html writer stops at max_output_bytes", "[html_writer]") {
  std::string out;
  galley::common::FirstFailure failure;
  HtmlWriter w(out, 16, failure);
  w.text("0123456789");
  CHECK_FALSE(failure.failed());
  w.text("0123456789");
  REQUIRE(failure.failed());
  CHECK(failure.failure()->code == "limit_exceeded");
  CHECK(failure.failure()->message == "rendered HTML exceeds limits.max_output_bytes (16 bytes)");
  // The write that passes the limit is left out, and so is every later one.
  CHECK(out == "0123456789");
  w.start_tag_open("b");
  w.raw("x");
  CHECK(out == "0123456789");
}

TEST_CASE("html writer counts escaped growth against the limit", "[html_writer]") {
  std::string out;
  galley::common::FirstFailure failure;
  HtmlWriter w(out, 12, failure);
  // 4 input bytes, 16 output bytes.
  w.text("<<<<");
  CHECK(failure.failed());
}

TEST_CASE("append_escaped helpers", "[html_writer]") {
  std::string out;
  galley::serialize::append_escaped_text(out, "<b>\"");
  CHECK(out == "&lt;b&gt;\"");
  out.clear();
  galley::serialize::append_escaped_attribute(out, "<b>\"&");
  CHECK(out == "&lt;b&gt;&quot;&amp;");
}
