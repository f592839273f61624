#include "json/object_reader.hpp"

#include <algorithm>
#include <utility>

#include "common/render_failure.hpp"
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

ObjectReader::ObjectReader(const Value& value, std::string path, const common::Code& error_code)
    : object_(value), path_(std::move(path)), error_code_(error_code) {
  if (!object_.is_object()) {
    common::throw_failure(error_code_, std::string("expected an object, got ") + type_name(object_), path_);
  }
}

const Value* ObjectReader::find(std::string_view key) {
  read_.emplace_back(key);
  return peek(key);
}

void ObjectReader::fail(std::string_view key, std::string message) const {
  common::throw_failure(error_code_, std::move(message), path_of(key));
}

void ObjectReader::fail_type(std::string_view key, const char* expected, const Value& got) const {
  fail(key, "'" + std::string(key) + "' must be " + expected + ", got " + type_name(got));
}

std::optional<std::string> ObjectReader::string(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) fail_type(key, "a string", *v);
  return std::string(v->text());
}

const Value& ObjectReader::required_string_value(std::string_view key) {
  const Value* v = find(key);
  if (!v) fail(key, "'" + std::string(key) + "' is required");
  if (!v->is_string()) fail_type(key, "a string", *v);
  return *v;
}

std::string ObjectReader::required_string(std::string_view key) { return std::string(required_string_value(key).text()); }

std::string WritableObjectReader::take_required_string(std::string_view key) {
  required_string_value(key);
  return value_.find(key)->take_text();
}

Value* WritableObjectReader::writable_value(std::string_view key) { return find(key) ? value_.find(key) : nullptr; }

std::optional<bool> ObjectReader::boolean(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_boolean()) fail_type(key, "a boolean", *v);
  return v->boolean();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const Value* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number()) fail_type(key, "an integer", *v);
  std::int64_t n = 0;
  switch (to_int64(v->text(), n)) {
    case WholeNumber::ok: break;
    case WholeNumber::fraction: fail_type(key, "an integer", *v);
    case WholeNumber::out_of_range: fail_range(key, min, max);
  }
  if (n < min || n > max) fail_range(key, min, max);
  return n;
}

void ObjectReader::fail_range(std::string_view key, std::int64_t min, std::int64_t max) const {
  fail(key, "'" + std::string(key) + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
}

const Value* ObjectReader::array(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_array()) fail_type(key, "an array", *v);
  return v;
}

const Value* ObjectReader::object(std::string_view key) {
  const Value* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_object()) fail_type(key, "an object", *v);
  return v;
}

const Value* ObjectReader::value(std::string_view key) { return find(key); }

const Value* ObjectReader::peek(std::string_view key) const {
  return object_.find(key);
}

std::vector<std::string> ObjectReader::string_array(std::string_view key) {
  std::vector<std::string> out;
  const Value* arr = array(key);
  if (!arr) return out;
  out.reserve(arr->size());
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const Value& item = (*arr)[i];
    if (!item.is_string()) {
      common::throw_failure(error_code_, std::string("expected a string, got ") + type_name(item),
                            pointer_append(path_of(key), i));
    }
    out.emplace_back(item.text());
  }
  return out;
}

std::vector<std::string> ObjectReader::unread_keys() const {
  std::vector<std::string> out;
  for (const Member& m : object_.members()) {
    if (std::find(read_.begin(), read_.end(), m.key) == read_.end()) out.push_back(m.key);
  }
  return out;
}

}  // namespace galley::json
