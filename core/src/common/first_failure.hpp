#pragma once
// The failure that stops a render, passed as a value rather than thrown: the
// core builds without C++ exceptions (the browser's WebAssembly build leaves
// their support out, several KB). Every stage that can fail records into one
// FirstFailure shared by the render; a stage finishes the step it is in and
// its driver stops at the next step; galley::render then returns the failure
// as the structured galley::Error. Only the first failure is kept: anything
// that fails after it is a consequence.

#include <cstdint>
#include <optional>
#include <string>

#include "common/codes.hpp"

namespace galley::common {

struct Failure {
  std::string_view code;
  std::string message;
  std::string path;  // JSON pointer, or empty
  // Position in the JSON text, for malformed JSON only (-1 otherwise).
  std::int64_t line = -1, column = -1, offset = -1;
};

class FirstFailure {
 public:
  bool failed() const { return failure_.has_value(); }
  const std::optional<Failure>& failure() const { return failure_; }
  std::optional<Failure>& failure() { return failure_; }

  // Out of line and never inlined: a failing call site carries one call, not
  // the construction of the failure (which weighs in the WebAssembly size).
  void record(const Code& code, std::string message, std::string path);
  // For a configured limit (Limits) that is exceeded.
  void record_limit(std::string message, std::string path);

 private:
  std::optional<Failure> failure_;
};

}  // namespace galley::common
