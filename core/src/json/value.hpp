#pragma once
// A JSON value: what the parser builds from the article and options text, and
// what the summary is assembled from before it is written out. Objects keep
// their members in insertion order, which gives the summary its documented
// key order. Numbers keep the token as written (or as the core formatted it),
// so nothing is lost or reformatted when a value is echoed back.
//
// The value is one tag and one pointer: large inputs (millions of array
// elements) cost as little memory as the text they came from allows. Texts
// of up to eight bytes (most numbers, short words) are kept in place of the
// pointer; longer ones take one allocation, size and characters together.
// A long string handed over as a std::string (the parser's article body) is
// kept in it, so that it is neither copied in nor, by take_text(), out.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace galley::json {

struct Member;

class Value {
 public:
  enum class Type : std::uint8_t { null, boolean, number, string, array, object };

  Value() noexcept {}
  Value(std::nullptr_t) noexcept {}
  Value(bool b) noexcept : type_(Type::boolean), flag_(b) {}
  Value(const std::string& s) : Value(Type::string, std::string_view(s)) {}
  Value(std::string&& s);
  Value(std::string_view s) : Value(Type::string, s) {}
  Value(const char* s) : Value(std::string_view(s)) {}
  template <typename Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  Value(Int n) : Value(Type::number, std::to_string(n)) {}

  // A number token exactly as it appears in JSON text (the parser checked it).
  static Value number_token(std::string_view token) { return Value(Type::number, token); }
  static Value array(std::vector<Value> items = {});
  static Value object(std::initializer_list<Member> members = {});
  static Value object(std::vector<Member> members);
  // An array of strings.
  static Value strings(const std::vector<std::string>& items);

  Value(const Value& other);
  Value(Value&& other) noexcept
      : type_(other.type_), flag_(other.flag_), adopted_(other.adopted_), inline_size_(other.inline_size_) {
    payload_ = other.payload_;
    other.type_ = Type::null;
    other.adopted_ = false;
    other.payload_.ptr = nullptr;
  }
  Value& operator=(Value other) noexcept {
    swap(other);
    return *this;
  }
  ~Value();
  void swap(Value& other) noexcept;

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::null; }
  bool is_boolean() const { return type_ == Type::boolean; }
  bool is_number() const { return type_ == Type::number; }
  bool is_string() const { return type_ == Type::string; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }

  // Only valid for the matching type.
  bool boolean() const { return flag_; }
  std::string_view text() const;  // string or number token
  // A string's text, moved out when the value keeps it in a std::string of
  // its own (which is left empty), copied otherwise.
  std::string take_text();
  const std::vector<Value>& items() const { return *static_cast<const std::vector<Value>*>(payload_.ptr); }
  const std::vector<Member>& members() const { return *static_cast<const std::vector<Member>*>(payload_.ptr); }

  // Arrays.
  std::size_t size() const { return items().size(); }
  const Value& operator[](std::size_t index) const { return items()[index]; }
  void push_back(Value item);

  // Objects. find() returns nullptr when the key is absent; set() replaces
  // the value of an existing key in place or appends a new member.
  const Value* find(std::string_view key) const;
  Value* find(std::string_view key);
  void set(std::string_view key, Value value);

  bool operator==(const Value& other) const;
  bool operator!=(const Value& other) const { return !(*this == other); }

 private:
  Value(Type type, std::string_view text);
  void set_text(std::string_view text);  // a string or number's text, into a value that has none
  bool text_inline() const { return inline_size_ != kOutOfLine; }
  std::vector<Value>& mutable_items() { return *static_cast<std::vector<Value>*>(payload_.ptr); }
  std::vector<Member>& mutable_members() { return *static_cast<std::vector<Member>*>(payload_.ptr); }

  static constexpr std::uint8_t kOutOfLine = 0xFF;
  // Shorter strings are copied into a block of their own: a std::string
  // would cost more than the text.
  static constexpr std::size_t kAdoptedTextBytes = 4096;

  Type type_ = Type::null;
  bool flag_ = false;
  bool adopted_ = false;  // string: the out-of-line text is a std::string
  std::uint8_t inline_size_ = kOutOfLine;  // string, number: the text's length when it is kept in `chars`
  union Payload {
    void* ptr;  // out-of-line text (size, then characters, or a std::string), std::vector<Value> or std::vector<Member>
    char chars[sizeof(void*)];
  } payload_{nullptr};
};

struct Member {
  // Mutable so that Value::object can move the members out of its
  // initializer_list (whose elements are const) instead of copying them.
  mutable std::string key;
  mutable Value value;
};

}  // namespace galley::json
