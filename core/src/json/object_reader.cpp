#include "json/object_reader.hpp"

#include <algorithm>

#include "common/limit_error.hpp"

namespace galley::json {

std::string pointer_append(std::string_view pointer, std::string_view token) {
  std::string out;
  out.reserve(pointer.size() + token.size() + 1);
  out.append(pointer);
  out.push_back('/');
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

std::string pointer_append(std::string_view pointer, std::size_t index) {
  return pointer_append(pointer, std::to_string(index));
}

const char* type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "number";
    default: return "value";
  }
}

ObjectReader::ObjectReader(const Json& value, std::string path, std::string error_code)
    : object_(value), path_(std::move(path)), error_code_(std::move(error_code)) {
  if (!object_.is_object()) {
    throw RenderFailure(error_code_, std::string("expected an object, got ") + type_name(object_), path_);
  }
}

const Json* ObjectReader::find(std::string_view key) {
  read_.emplace_back(key);
  return peek(key);
}

void ObjectReader::fail(std::string_view key, std::string message) const {
  throw RenderFailure(error_code_, std::move(message), path_of(key));
}

void ObjectReader::fail_type(std::string_view key, const char* expected, const Json& got) const {
  fail(key, "'" + std::string(key) + "' must be " + expected + ", got " + type_name(got));
}

std::optional<std::string> ObjectReader::string(std::string_view key) {
  const Json* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) fail_type(key, "a string", *v);
  return v->get<std::string>();
}

std::string ObjectReader::required_string(std::string_view key) {
  const Json* v = find(key);
  if (!v) fail(key, "'" + std::string(key) + "' is required");
  if (!v->is_string()) fail_type(key, "a string", *v);
  return v->get<std::string>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key) {
  const Json* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_boolean()) fail_type(key, "a boolean", *v);
  return v->get<bool>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const Json* v = find(key);
  if (!v || v->is_null()) return std::nullopt;
  std::int64_t n = 0;
  if (v->is_number_integer()) {
    n = v->get<std::int64_t>();
  } else if (v->is_number_unsigned()) {
    // Only values above INT64_MAX are stored unsigned; they are out of any range we accept.
    const auto u = v->get<std::uint64_t>();
    if (max < 0 || u > static_cast<std::uint64_t>(max)) fail_range(key, min, max);
    n = static_cast<std::int64_t>(u);
  } else if (v->is_number_float()) {
    const double d = v->get<double>();
    if (!(d >= -9.0e18 && d <= 9.0e18) || d != static_cast<double>(static_cast<std::int64_t>(d))) {
      fail_type(key, "an integer", *v);
    }
    n = static_cast<std::int64_t>(d);
  } else {
    fail_type(key, "an integer", *v);
  }
  if (n < min || n > max) fail_range(key, min, max);
  return n;
}

void ObjectReader::fail_range(std::string_view key, std::int64_t min, std::int64_t max) const {
  fail(key, "'" + std::string(key) + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
}

const Json* ObjectReader::array(std::string_view key) {
  const Json* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_array()) fail_type(key, "an array", *v);
  return v;
}

const Json* ObjectReader::object(std::string_view key) {
  const Json* v = find(key);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_object()) fail_type(key, "an object", *v);
  return v;
}

const Json* ObjectReader::value(std::string_view key) { return find(key); }

const Json* ObjectReader::peek(std::string_view key) const {
  const auto it = object_.find(std::string(key));
  return it == object_.end() ? nullptr : &*it;
}

std::vector<std::string> ObjectReader::string_array(std::string_view key) {
  std::vector<std::string> out;
  const Json* arr = array(key);
  if (!arr) return out;
  out.reserve(arr->size());
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const Json& item = (*arr)[i];
    if (!item.is_string()) {
      throw RenderFailure(error_code_, std::string("expected a string, got ") + type_name(item),
                          pointer_append(path_of(key), i));
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::vector<std::string> ObjectReader::unread_keys() const {
  std::vector<std::string> out;
  for (const auto& item : object_.items()) {
    if (std::find(read_.begin(), read_.end(), item.key()) == read_.end()) out.push_back(item.key());
  }
  return out;
}

}  // namespace galley::json
