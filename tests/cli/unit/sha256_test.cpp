// SHA-256 of the batch cache keys: the examples of FIPS 180-4 (and its
// two-block 896-bit message), every padding length, digests that do not
// depend on how the bytes were split into update() calls, and the same
// states from the portable block function and from the SHA instructions of
// x86 processors. Every test runs each block function this processor has.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "sha256.hpp"

namespace {

using galley::cli::Sha256;
using galley::cli::Sha256BlockFunction;
using galley::cli::Sha256State;

struct BlockFunction {
  const char* name;
  Sha256BlockFunction compress_blocks;
};

std::vector<BlockFunction> block_functions_of_this_processor() {
  std::vector<BlockFunction> functions{{"portable", galley::cli::sha256_blocks_portable}};
  if (const Sha256BlockFunction hardware = galley::cli::sha256_blocks_hardware()) {
    functions.push_back({"x86 SHA extensions", hardware});
  } else {
    WARN("this processor has no x86 SHA extensions: only the portable block function is tested");
  }
  return functions;
}

std::string digest_of(const std::string& message, Sha256BlockFunction compress_blocks) {
  Sha256 hash(compress_blocks);
  hash.update(message);
  return hash.hex_digest();
}

std::string random_bytes(std::mt19937& random, std::size_t size) {
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
  return bytes;
}

}  // namespace

TEST_CASE("sha256 digests the FIPS 180-4 example messages") {
  for (const BlockFunction& function : block_functions_of_this_processor()) {
    INFO("block function: " << function.name);
    const auto digest = [&](const std::string& message) { return digest_of(message, function.compress_blocks); };
    CHECK(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(digest("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(digest(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
}

TEST_CASE("sha256 pads messages of every length up to several blocks") {
  for (const BlockFunction& function : block_functions_of_this_processor()) {
    INFO("block function: " << function.name);
    // The digests of "", "a", "aa", … (299 'a's), each as hex, hashed in turn:
    // one wrong padding of any length changes the result.
    Sha256 digests(function.compress_blocks);
    for (std::size_t length = 0; length < 300; ++length) {
      digests.update(digest_of(std::string(length, 'a'), function.compress_blocks));
    }
    CHECK(digests.hex_digest() == "dd21bb91165542678c760dec417a174580c2006e5105a25e373c77dd466cdf00");
  }
}

TEST_CASE("sha256 gives the same digest however the bytes are split into updates") {
  for (const BlockFunction& function : block_functions_of_this_processor()) {
    std::mt19937 random(20261206);
    for (int message = 0; message < 200; ++message) {
      const std::string bytes = random_bytes(random, std::uniform_int_distribution<std::size_t>(0, 700)(random));
      const std::string whole = digest_of(bytes, function.compress_blocks);
      Sha256 pieces(function.compress_blocks);
      std::size_t at = 0;
      while (at < bytes.size()) {
        // Mostly short pieces, so that blocks are often completed across calls, and some empty ones.
        const std::size_t size = std::uniform_int_distribution<std::size_t>(0, random() % 4 == 0 ? 200 : 70)(random);
        pieces.update(std::string_view(bytes).substr(at, size));
        at += size;
      }
      INFO("block function: " << function.name << ", message " << message << " of " << bytes.size() << " bytes");
      CHECK(pieces.hex_digest() == whole);
    }
  }
}

// The portable block function is the reference the others are held to.
TEST_CASE("sha256 block functions turn the same states and blocks into the same states") {
  const std::vector<BlockFunction> functions = block_functions_of_this_processor();
  std::mt19937 random(20261207);
  for (int trial = 0; trial < 300; ++trial) {
    // Any state, not only those a message leads to, and up to 9 blocks in one call.
    Sha256State start;
    for (std::uint32_t& word : start) word = static_cast<std::uint32_t>(random());
    const std::size_t count = std::uniform_int_distribution<std::size_t>(0, 9)(random);
    const std::string blocks = random_bytes(random, count * galley::cli::kSha256BlockSize);
    const auto* bytes = reinterpret_cast<const unsigned char*>(blocks.data());
    Sha256State expected = start;
    functions.front().compress_blocks(expected, bytes, count);
    for (const BlockFunction& function : functions) {
      if (&function == &functions.front()) continue;
      Sha256State state = start;
      function.compress_blocks(state, bytes, count);
      INFO("block function: " << function.name << ", trial " << trial << " with " << count << " blocks");
      CHECK(state == expected);
    }
  }
}

TEST_CASE("sha256 digests of random messages agree between the block functions") {
  const std::vector<BlockFunction> functions = block_functions_of_this_processor();
  std::mt19937 random(20261208);
  for (int message = 0; message < 300; ++message) {
    const std::size_t size = std::uniform_int_distribution<std::size_t>(0, random() % 8 == 0 ? 5000 : 300)(random);
    const std::string bytes = random_bytes(random, size);
    const std::string expected = digest_of(bytes, functions.front().compress_blocks);
    for (const BlockFunction& function : functions) {
      if (&function == &functions.front()) continue;
      INFO("block function: " << function.name << ", message " << message << " of " << size << " bytes");
      CHECK(digest_of(bytes, function.compress_blocks) == expected);
    }
  }
}
