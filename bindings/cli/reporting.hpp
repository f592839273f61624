#pragma once
// How the tool reports trouble, and the exit status that goes with it.

#include <string>
#include <string_view>

#include <galley/result.hpp>

#include "file_io.hpp"

namespace galley::cli {

constexpr int kExitSuccess = 0;
constexpr int kExitFailure = 1;  // invalid input, or a file that cannot be read or written
constexpr int kExitUsage = 2;

// An Error for a file the tool could not read or write (code "io_error").
Error io_error(std::string message);
// An Error for a failure of the tool itself (code "internal_error").
Error internal_error(std::string message);
// The limit_exceeded Error for an input refused by its size; `offset` is the
// first byte past the limit, where reading stopped.
Error input_too_large(const InputTooLarge& refused);

// Prints the error as one JSON line on standard error; returns kExitFailure.
int report_error(const Error& error);

// Prints the problem and a pointer to --help as one line on standard error;
// returns kExitUsage.
int report_usage_error(std::string_view message);

// Writes `text` then `ending` to standard output and checks that it arrived
// (a closed pipe is an io_error).
int write_stdout(std::string_view text, std::string_view ending = {});

// The same for text that arrives in pieces: each is handed to put_stdout
// (false once a write failed), then finish_stdout checks that all arrived.
bool put_stdout(std::string_view text);
int finish_stdout(bool written);

}  // namespace galley::cli
