#pragma once
// Typed, path-aware access to a JSON object. Every getter checks the type and
// throws RenderFailure(error_code, message, JSON pointer) on a mismatch, and
// the reader remembers which keys were read so callers can report the rest.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/codes.hpp"
#include "json/pointer.hpp"
#include "json/value.hpp"

namespace galley::json {

// Short name of a JSON value's type for messages ("string", "array", …).
const char* type_name(const Value& value);

class ObjectReader {
 public:
  // `error_code` is used for every failure (e.g. "invalid_article").
  ObjectReader(const Value& value, std::string path, const common::Code& error_code);

  std::optional<std::string> string(std::string_view key);
  std::string required_string(std::string_view key);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
  // Returns nullptr when absent; throws when present with another type.
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

  [[noreturn]] void fail(std::string_view key, std::string message) const;
  [[noreturn]] void fail_type(std::string_view key, const char* expected, const Value& got) const;
  [[noreturn]] void fail_range(std::string_view key, std::int64_t min, std::int64_t max) const;

 protected:
  const Value* find(std::string_view key);
  const Value& required_string_value(std::string_view key);

 private:
  const Value& object_;
  std::string path_;
  const common::Code& error_code_;
  std::vector<std::string> read_;
};

// A reader over a document its caller owns: required_string that moves a long
// text out of the document instead of copying it (Value::take_text), and
// value() that may be changed so.
class WritableObjectReader : public ObjectReader {
 public:
  WritableObjectReader(Value& value, std::string path, const common::Code& error_code)
      : ObjectReader(value, std::move(path), error_code), value_(value) {}

  std::string take_required_string(std::string_view key);
  Value* writable_value(std::string_view key);

 private:
  Value& value_;
};

}  // namespace galley::json
