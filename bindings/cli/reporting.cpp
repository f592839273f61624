#include "reporting.hpp"

#include <cstdio>

#include "arguments.hpp"

namespace galley::cli {

namespace {

Error make_error(const char* code, std::string message) {
  Error error;
  error.code = code;
  error.message = std::move(message);
  return error;
}

}  // namespace

Error io_error(std::string message) { return make_error("io_error", std::move(message)); }

Error internal_error(std::string message) { return make_error("internal_error", std::move(message)); }

Error input_too_large(const InputTooLarge& refused) {
  Error error = make_error("limit_exceeded", refused.what());
  error.offset = static_cast<std::int64_t>(refused.limit);
  return error;
}

int report_error(const Error& error) {
  std::fprintf(stderr, "%s\n", error.to_json().c_str());
  return kExitFailure;
}

int report_usage_error(std::string_view message) {
  std::fprintf(stderr, "galley: %.*s (see galley --help)\n", static_cast<int>(message.size()), message.data());
  return kExitUsage;
}

bool put_stdout(std::string_view text) { return std::fwrite(text.data(), 1, text.size(), stdout) == text.size(); }

int finish_stdout(bool written) {
  if (!written || std::fflush(stdout) != 0) {
    return report_error(io_error("cannot write to standard output"));
  }
  return kExitSuccess;
}

int write_stdout(std::string_view text, std::string_view ending) {
  const bool written = put_stdout(text) && put_stdout(ending);
  return finish_stdout(written);
}

}  // namespace galley::cli
