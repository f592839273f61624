#include "json/value.hpp"

#include <cstring>
#include <utility>

namespace galley::json {

Value::Value(Type type, std::string_view text) : type_(type) { set_text(text); }

void Value::set_text(std::string_view text) {
  if (text.size() <= sizeof payload_.chars) {
    inline_size_ = static_cast<std::uint8_t>(text.size());
    if (!text.empty()) std::memcpy(payload_.chars, text.data(), text.size());
    return;
  }
  char* block = static_cast<char*>(::operator new(sizeof(std::size_t) + text.size()));
  const std::size_t size = text.size();
  std::memcpy(block, &size, sizeof size);
  std::memcpy(block + sizeof size, text.data(), size);
  payload_.ptr = block;
}

Value::Value(std::string&& s) : type_(Type::string) {
  if (s.size() < kAdoptedTextBytes) {
    set_text(s);
    return;
  }
  payload_.ptr = new std::string(std::move(s));
  adopted_ = true;
}

std::string_view Value::text() const {
  if (text_inline()) return std::string_view(payload_.chars, inline_size_);
  if (adopted_) return *static_cast<const std::string*>(payload_.ptr);
  const char* block = static_cast<const char*>(payload_.ptr);
  std::size_t size;
  std::memcpy(&size, block, sizeof size);
  return std::string_view(block + sizeof size, size);
}

std::string Value::take_text() {
  return adopted_ ? std::move(*static_cast<std::string*>(payload_.ptr)) : std::string(text());
}

Value Value::array(std::vector<Value> items) {
  Value v;
  v.type_ = Type::array;
  v.payload_.ptr = new std::vector<Value>(std::move(items));
  return v;
}

Value Value::object(std::initializer_list<Member> members) {
  std::vector<Member> moved;
  moved.reserve(members.size());
  for (const Member& m : members) moved.push_back(Member{std::move(m.key), std::move(m.value)});
  return object(std::move(moved));
}

Value Value::object(std::vector<Member> members) {
  Value v;
  v.type_ = Type::object;
  v.payload_.ptr = new std::vector<Member>(std::move(members));
  return v;
}

Value Value::strings(const std::vector<std::string>& items) {
  std::vector<Value> values(items.begin(), items.end());
  return array(std::move(values));
}

Value::Value(const Value& other) : type_(other.type_), flag_(other.flag_) {
  switch (type_) {
    case Type::string:
    case Type::number: set_text(other.text()); break;
    case Type::array: payload_.ptr = new std::vector<Value>(other.items()); break;
    case Type::object: payload_.ptr = new std::vector<Member>(other.members()); break;
    case Type::null:
    case Type::boolean: break;
  }
}

Value::~Value() {
  switch (type_) {
    case Type::string:
    case Type::number:
      if (adopted_) delete static_cast<std::string*>(payload_.ptr);
      else if (!text_inline()) ::operator delete(payload_.ptr);
      break;
    case Type::array: delete static_cast<std::vector<Value>*>(payload_.ptr); break;
    case Type::object: delete static_cast<std::vector<Member>*>(payload_.ptr); break;
    case Type::null:
    case Type::boolean: break;
  }
}

void Value::swap(Value& other) noexcept {
  std::swap(type_, other.type_);
  std::swap(flag_, other.flag_);
  std::swap(adopted_, other.adopted_);
  std::swap(inline_size_, other.inline_size_);
  std::swap(payload_, other.payload_);
}

void Value::push_back(Value item) { mutable_items().push_back(std::move(item)); }

const Value* Value::find(std::string_view key) const {
  for (const Member& m : members()) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

Value* Value::find(std::string_view key) { return const_cast<Value*>(static_cast<const Value&>(*this).find(key)); }

void Value::set(std::string_view key, Value value) {
  for (Member& m : mutable_members()) {
    if (m.key == key) {
      m.value = std::move(value);
      return;
    }
  }
  mutable_members().push_back(Member{std::string(key), std::move(value)});
}

bool Value::operator==(const Value& other) const {
  if (type_ != other.type_) return false;
  switch (type_) {
    case Type::null: return true;
    case Type::boolean: return flag_ == other.flag_;
    case Type::string:
    case Type::number: return text() == other.text();
    case Type::array: return items() == other.items();
    case Type::object: {
      const auto& a = members();
      const auto& b = other.members();
      if (a.size() != b.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].key != b[i].key || a[i].value != b[i].value) return false;
      }
      return true;
    }
  }
  return false;
}

}  // namespace galley::json
