// Fuzz target: the core's JSON parser and writer against nlohmann/json.
// Both must accept the same texts (except where the core deliberately
// differs: it repairs unpaired surrogate escapes, caps nesting depth, and
// reads a NUL byte as a byte where nlohmann/json stops at it as end of input),
// read the same values, and the writer's output, compact or indented, must
// parse back to the same value; writing is a fixed point.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "common/first_failure.hpp"
#include "fuzz_checks.hpp"
#include "json/parse_json.hpp"
#include "json/write_json.hpp"

using namespace galley;
using namespace galley::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(as_text(data, size));
  const bool comparable = text.find('\0') == std::string::npos;
  const bool reference_accepts = comparable && nlohmann::json::accept(text);
  json::ParseNotes notes;
  common::FirstFailure first;
  const json::Value value = json::parse_text(text, json::kDeepestNesting, galley::common::codes::invalid_json, first, &notes);
  if (first.failed()) {
    const common::Failure& failure = *first.failure();
    require(value.is_null(), "a failed parse gives a null value", failure.message);
    require(failure.offset >= 0 && static_cast<std::size_t>(failure.offset) <= text.size(),
            "a parse error has an offset within the text", failure.message);
    if (failure.code == "limit_exceeded") return 0;
    require(failure.code == "invalid_json", "a parse error is invalid_json", failure.message);
    require(failure.line >= 1 && failure.column >= 1, "a parse error has a line and column", failure.message);
    require(!reference_accepts, "text nlohmann/json accepts is accepted", failure.message);
    return 0;
  }
  const std::string written = json::to_text(value);
  require(nlohmann::json::accept(written), "written JSON is valid", written);
  if (comparable && notes.repaired_surrogates.empty()) {
    require(reference_accepts, "text nlohmann/json rejects is rejected", written);
    require(nlohmann::json::parse(written) == nlohmann::json::parse(text), "values read as nlohmann/json reads them",
            written);
  }
  const json::Value reread = json::parse_text(written, json::kDeepestNesting, galley::common::codes::invalid_json, first);
  require(!first.failed() && reread == value, "written JSON reads back as the same value", written);
  require(json::to_text(reread) == written, "writing is a fixed point", written);
  const std::string indented = json::indent_compact(written, 2);
  require(json::parse_text(indented, json::kDeepestNesting, galley::common::codes::invalid_json, first) == value &&
              !first.failed(),
          "indented output reads back as the same value", indented);
  return 0;
}
