// SHA-256 of the batch cache keys: the examples of FIPS 180-4 (and its
// two-block 896-bit message), every padding length, and digests that do not
// depend on how the bytes were split into update() calls.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "sha256.hpp"

namespace {

using galley::cli::Sha256;

std::string digest_of(const std::string& message) {
  Sha256 hash;
  hash.update(message);
  return hash.hex_digest();
}

}  // namespace

TEST_CASE("sha256 digests the FIPS 180-4 example messages") {
  CHECK(digest_of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(digest_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(digest_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(digest_of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  CHECK(digest_of(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 pads messages of every length up to several blocks") {
  // The digests of "", "a", "aa", … (299 'a's), each as hex, hashed in turn:
  // one wrong padding of any length changes the result.
  Sha256 digests;
  for (std::size_t length = 0; length < 300; ++length) digests.update(digest_of(std::string(length, 'a')));
  CHECK(digests.hex_digest() == "dd21bb91165542678c760dec417a174580c2006e5105a25e373c77dd466cdf00");
}

TEST_CASE("sha256 gives the same digest however the bytes are split into updates") {
  std::mt19937 random(20261206);
  for (int message = 0; message < 200; ++message) {
    std::string bytes(std::uniform_int_distribution<std::size_t>(0, 700)(random), '\0');
    for (char& byte : bytes) byte = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
    const std::string whole = digest_of(bytes);
    Sha256 pieces;
    std::size_t at = 0;
    while (at < bytes.size()) {
      // Mostly short pieces, so that blocks are often completed across calls, and some empty ones.
      const std::size_t size = std::uniform_int_distribution<std::size_t>(0, random() % 4 == 0 ? 200 : 70)(random);
      pieces.update(std::string_view(bytes).substr(at, size));
      at += size;
    }
    INFO("message " << message << " of " << bytes.size() << " bytes");
    CHECK(pieces.hex_digest() == whole);
  }
}
