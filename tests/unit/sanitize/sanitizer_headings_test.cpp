// Heading ids and the outline.
#include <catch2/catch.hpp>

#include "sanitizer_run.hpp"

using namespace sanitizer_test;

// ---- headings ------------------------------------------------------------------

TEST_CASE("headings get unique ids and form the outline", "[sanitizer]") {
  Run run;
  CHECK(run.html("<h2>Intro</h2><h3 id=\"user\">Über uns</h3><h2>Intro</h2><h4></h4>") ==
        "<h2 id=\"h-intro\">Intro</h2><h3 id=\"h-über-uns\">Über uns</h3><h2 id=\"h-intro-2\">Intro</h2>"
        "<h4 id=\"h-section\"></h4>");
  REQUIRE(run.body.outline.size() == 4);
  CHECK(run.body.outline[0].level == 2);
  CHECK(run.body.outline[0].text == "Intro");
  CHECK(run.body.outline[0].id == "h-intro");
  CHECK(run.body.outline[1].level == 3);
  CHECK(run.body.outline[1].text == "Über uns");
  CHECK(run.body.outline[2].id == "h-intro-2");
  CHECK(run.body.outline[3].id == "h-section");
}

TEST_CASE("h1 is demoted to h2", "[sanitizer]") {
  Run run;
  CHECK(run.html("<h1 title=\"t\">Title</h1>") == "<h2 id=\"h-title\" title=\"t\">Title</h2>");
  CHECK(run.count("demoted_heading") == 1);
  REQUIRE(run.body.outline.size() == 1);
  CHECK(run.body.outline[0].level == 2);

  Run structural;
  structural.sanitizer.open("h1");
  structural.sanitizer.text("Also");
  structural.sanitizer.close("h1");
  structural.sanitizer.finish();
  CHECK(structural.out == "<h2 id=\"h-also\">Also</h2>");
  CHECK(structural.count("demoted_heading") == 1);
}

TEST_CASE("heading id prefix and ids across several bodies", "[sanitizer]") {
  Options options;
  options.heading_id_prefix = "sec-";
  Run run(options);
  run.sanitizer.raw_html("<h2>A &amp; B</h2>", 0);
  run.sanitizer.finish();
  run.sanitizer.raw_html("<h2>a-b</h2>", 0);
  run.sanitizer.finish();
  CHECK(run.out == "<h2 id=\"sec-a-b\">A &amp; B</h2><h2 id=\"sec-a-b-2\">a-b</h2>");
}

TEST_CASE("heading text excludes alt text and collapses whitespace", "[sanitizer]") {
  Run run;
  run.html("<h2>  Hello\n <img src=\"/x.png\" alt=\"ignored\"> <em>world</em> </h2>");
  REQUIRE(run.body.outline.size() == 1);
  CHECK(run.body.outline[0].text == "Hello world");
  CHECK(run.body.outline[0].id == "h-hello-world");
}
