#include "json/object_reader.hpp"

#include <algorithm>
#include <utility>

#include "json/number.hpp"

namespace galley::json {

const char* type_name(const Value& value) {
  switch (value.type()) {
    case Value::Type::null: return "null";
    case Value::Type::boolean: return "boolean";
    case Value::Type::number: return "number";
    case Value::Type::string: return "string";
    case Value::Type::array: return "array";
    case Value::Type::object: return "object";
  }
  return "value";
}

ObjectReader::ObjectReader(const Value& value, std::string path, const common::Code& error_code, common::FirstFailure& failure)
    : object_(value.is_object() ? &value : nullptr), path_(std::move(path)), error_code_(error_code), failure_(failure) {
  if (!object_) failure_.record(error_code_, std::string("expected an object, got ") + type_name(value), path_);
}

ObjectReader ObjectReader::nested(const Value& value, std::string path) const {
  return ObjectReader(value, std::move(path), error_code_, failure_);
}

const Value* ObjectReader::find(std::string_view key) {
  read_.emplace_back(key);
  return peek(key);
}

void ObjectReader::fail(std::string_view key, std::string message) const {
  fail_at(path_of(key), std::move(message));
}

void ObjectReader::fail_at(std::string path, std::string message) const {
  failure_.record(error_code_, std::move(message), std::move(path));
}

void ObjectReader::fail_type(std::string_view key, const char* expected, const Value& got) const {
  fail(key, "'" + std::string(key) + "' must be " + expected + ", got " + type_name(got));
}

std::optional<std::string> ObjectReader::string(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) {
    fail_type(key, "a string", *v);
    return std::nullopt;
  }
  return std::string(v->text());
}

const Value* ObjectReader::required_string_value(std::string_view key) {
  const Value* v = find(key);
  if (!v) {
    fail(key, "'" + std::string(key) + "' is required");
  } else if (!v->is_string()) {
    fail_type(key, "a string", *v);
    v = nullptr;
  }
  return v;
}

std::string ObjectReader::required_string(std::string_view key) {
  const Value* v = required_string_value(key);
  return v ? std::string(v->text()) : std::string();
}

std::string WritableObjectReader::take_required_string(std::string_view key) {
  return required_string_value(key) ? value_.find(key)->take_text() : std::string();
}

Value* WritableObjectReader::writable_value(std::string_view key) { return find(key) ? value_.find(key) : nullptr; }

std::optional<bool> ObjectReader::boolean(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_boolean()) {
    fail_type(key, "a boolean", *v);
    return std::nullopt;
  }
  return v->boolean();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  std::int64_t n = 0;
  const WholeNumber whole = v->is_number() ? to_int64(v->text(), n) : WholeNumber::fraction;
  if (whole == WholeNumber::fraction) {
    fail_type(key, "an integer", *v);
    return std::nullopt;
  }
  if (whole == WholeNumber::out_of_range || n < min || n > max) {
    fail_range(key, min, max);
    return std::nullopt;
  }
  return n;
}

void ObjectReader::fail_range(std::string_view key, std::int64_t min, std::int64_t max) const {
  fail(key, "'" + std::string(key) + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
}

const Value* ObjectReader::array(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_array()) {
    fail_type(key, "an array", *v);
    return nullptr;
  }
  return v;
}

const Value* ObjectReader::object(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_object()) {
    fail_type(key, "an object", *v);
    return nullptr;
  }
  return v;
}

const Value* ObjectReader::value(std::string_view key) { return find(key); }

const Value* ObjectReader::peek(std::string_view key) const { return object_ ? object_->find(key) : nullptr; }

std::vector<std::string> ObjectReader::string_array(std::string_view key) {
  std::vector<std::string> out;
  const Value* arr = array(key);
  if (!arr) return out;
  out.reserve(arr->size());
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const Value& item = (*arr)[i];
    if (!item.is_string()) {
      fail_at(pointer_append(path_of(key), i), std::string("expected a string, got ") + type_name(item));
      return {};
    }
    out.emplace_back(item.text());
  }
  return out;
}

std::vector<std::string> ObjectReader::unread_keys() const {
  std::vector<std::string> out;
  if (!object_) return out;
  for (const Member& m : object_->members()) {
    if (std::find(read_.begin(), read_.end(), m.key) == read_.end()) out.push_back(m.key);
  }
  return out;
}

}  // namespace galley::json
