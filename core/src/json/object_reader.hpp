#pragma once
// Typed, path-aware access to a JSON object. Every getter checks the type; a
// mismatch records a failure (error_code, message, JSON pointer) and reads as
// absent. The reader remembers which keys were read so callers can report the
// rest.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/codes.hpp"
#include "common/first_failure.hpp"
#include "json/pointer.hpp"
#include "json/value.hpp"

namespace galley::json {

// Short name of a JSON value's type for messages ("string", "array", …).
const char* type_name(const Value& value);

class ObjectReader {
 public:
  // `error_code` is used for every failure (e.g. "invalid_article"). A value
  // that is not an object is a failure, and the reader then finds no keys.
  ObjectReader(const Value& value, std::string path, const common::Code& error_code, common::FirstFailure& failure);
  // A reader of `value` at `path` that records failures as this one does.
  ObjectReader nested(const Value& value, std::string path) const;

  std::optional<std::string> string(std::string_view key);
  std::string required_string(std::string_view key);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
  // Returns nullptr when absent, and when present with another type (a failure).
  const Value* array(std::string_view key);
  const Value* object(std::string_view key);
  // Any present value, unchecked (for values with several allowed types).
  const Value* value(std::string_view key);
  std::vector<std::string> string_array(std::string_view key);

  std::string path_of(std::string_view key) const { return pointer_append(path_, key); }
  const std::string& path() const { return path_; }
  // The value at `key` without marking it read (nullptr when absent).
  const Value* peek(std::string_view key) const;
  // Keys present in the object that no getter asked for, in document order.
  std::vector<std::string> unread_keys() const;

  void fail(std::string_view key, std::string message) const;
  // A failure of the value at `path` (a JSON pointer), inside this object.
  void fail_at(std::string path, std::string message) const;
  void fail_type(std::string_view key, const char* expected, const Value& got) const;
  void fail_range(std::string_view key, std::int64_t min, std::int64_t max) const;
  bool failed() const { return failure_.failed(); }

 protected:
  const Value* find(std::string_view key);
  // nullptr when absent or not a string (a failure).
  const Value* required_string_value(std::string_view key);

 private:
  const Value* object_;  // nullptr when the value is not an object
  std::string path_;
  const common::Code& error_code_;
  common::FirstFailure& failure_;
  std::vector<std::string> read_;
};

// A reader over a document its caller owns: required_string that moves a long
// text out of the document instead of copying it (Value::take_text), and
// value() that may be changed so.
class WritableObjectReader : public ObjectReader {
 public:
  WritableObjectReader(Value& value, std::string path, const common::Code& error_code, common::FirstFailure& failure)
      : ObjectReader(value, std::move(path), error_code, failure), value_(value) {}

  std::string take_required_string(std::string_view key);
  Value* writable_value(std::string_view key);

 private:
  Value& value_;
};

}  // namespace galley::json
