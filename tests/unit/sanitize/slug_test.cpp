#include <catch2/catch.hpp>

#include "sanitize/slug.hpp"

using galley::sanitize::slugify;
using galley::sanitize::SlugRegistry;

TEST_CASE("slugify keeps lowercase ASCII letters and digits", "[slug]") {
  CHECK(slugify("Hello World") == "hello-world");
  CHECK(slugify("Version 2.0 -- what's new?") == "version-2-0-what-s-new");
  CHECK(slugify("  leading and trailing  ") == "leading-and-trailing");
  CHECK(slugify("a&b<c>") == "a-b-c");
}

TEST_CASE("slugify keeps other letters and digits as UTF-8", "[slug]") {
  CHECK(slugify("Über Straße") == "über-straße");
  CHECK(slugify("Ελληνικά κείμενα") == "ελληνικά-κείμενα");
  CHECK(slugify("日本語の見出し") == "日本語の見出し");
  CHECK(slugify("Привет, мир!") == "привет-мир");
  CHECK(slugify("hindi: हिन्दी") == "hindi-हिन्दी");  // combining vowel signs stay
}

TEST_CASE("slugify falls back to section", "[slug]") {
  CHECK(slugify("") == "section");
  CHECK(slugify("!!! ??? ...") == "section");
  CHECK(slugify("\xF0\x9F\x98\x80") == "section");  // an emoji is no letter
}

TEST_CASE("slug registry makes ids unique", "[slug]") {
  SlugRegistry registry;
  CHECK(registry.unique("h-intro") == "h-intro");
  CHECK(registry.unique("h-intro") == "h-intro-2");
  CHECK(registry.unique("h-intro") == "h-intro-3");
  CHECK(registry.unique("h-intro-2") == "h-intro-2-2");
  CHECK(registry.unique("h-other") == "h-other");
}
