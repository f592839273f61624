# Helpers for the command-line tests: run galley, then check what it did.
# A failed check stops the script with FATAL_ERROR, which fails the ctest.

# run_galley(<prefix> [STDIN <file>] [MAX_MEMORY_KIB <n>] ARGS <arg>...)
# Sets <prefix>_RC, <prefix>_OUT and <prefix>_ERR in the caller. MAX_MEMORY_KIB
# limits the address space of the process (ulimit -v): an allocation past it
# fails, so a command that succeeds within it never held more.
function(run_galley prefix)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "STDIN;MAX_MEMORY_KIB" "ARGS")
  set(stdin_option)
  if(arg_STDIN)
    set(stdin_option INPUT_FILE "${arg_STDIN}")
  endif()
  set(bounded)
  if(arg_MAX_MEMORY_KIB)
    set(bounded sh -c "ulimit -v ${arg_MAX_MEMORY_KIB} && exec \"$0\" \"$@\"")
  endif()
  execute_process(COMMAND ${bounded} "${GALLEY}" ${arg_ARGS}
    ${stdin_option}
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${prefix}_RC "${rc}" PARENT_SCOPE)
  set(${prefix}_OUT "${out}" PARENT_SCOPE)
  set(${prefix}_ERR "${err}" PARENT_SCOPE)
  string(JOIN " " command galley ${arg_ARGS})
  set(${prefix}_COMMAND "${command}" PARENT_SCOPE)
endfunction()

function(fail what)
  message(FATAL_ERROR "${what}")
endfunction()

function(expect_rc prefix expected)
  if(NOT "${${prefix}_RC}" STREQUAL "${expected}")
    fail("`${${prefix}_COMMAND}` exited with ${${prefix}_RC}, expected ${expected}\n"
         "stdout: ${${prefix}_OUT}\nstderr: ${${prefix}_ERR}")
  endif()
endfunction()

function(expect_equal actual expected what)
  if(NOT "${actual}" STREQUAL "${expected}")
    fail("${what}: got '${actual}', expected '${expected}'")
  endif()
endfunction()

function(expect_contains text needle what)
  string(FIND "${text}" "${needle}" at)
  if(at EQUAL -1)
    fail("${what}: '${needle}' not found in:\n${text}")
  endif()
endfunction()

function(expect_not_contains text needle what)
  string(FIND "${text}" "${needle}" at)
  if(NOT at EQUAL -1)
    fail("${what}: '${needle}' unexpectedly found in:\n${text}")
  endif()
endfunction()

# json_get(<out-var> <json> <member>...): the value (or fails the test).
function(json_get out json)
  string(JSON value ERROR_VARIABLE error GET "${json}" ${ARGN})
  if(error)
    fail("JSON member ${ARGN}: ${error}\nin: ${json}")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# json_type(<out-var> <json> <member>...): OBJECT, ARRAY, STRING, NUMBER, BOOLEAN or NULL.
function(json_type out json)
  string(JSON type ERROR_VARIABLE error TYPE "${json}" ${ARGN})
  if(error)
    fail("JSON member ${ARGN}: ${error}\nin: ${json}")
  endif()
  set(${out} "${type}" PARENT_SCOPE)
endfunction()

function(expect_json_type json expected)
  json_type(type "${json}" ${ARGN})
  expect_equal("${type}" "${expected}" "type of JSON member '${ARGN}'")
endfunction()

# The error printed on stderr: exactly one line holding one JSON object.
# Sets <prefix>_ERROR to that object.
function(expect_error_line prefix)
  set(err "${${prefix}_ERR}")
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines count)
  if(NOT count EQUAL 1 OR NOT err MATCHES "\n$")
    fail("stderr of `${${prefix}_COMMAND}` is not exactly one line:\n${err}")
  endif()
  string(STRIP "${err}" line)
  expect_json_type("${line}" OBJECT)
  set(${prefix}_ERROR "${line}" PARENT_SCOPE)
endfunction()

function(expect_file path)
  if(NOT EXISTS "${path}" OR IS_DIRECTORY "${path}")
    fail("expected file ${path}")
  endif()
endfunction()

function(expect_no_file path)
  if(EXISTS "${path}")
    fail("unexpected file ${path}")
  endif()
endfunction()

# A usage error is one line, "galley: <what is wrong> (see galley --help)",
# not the whole help text.
function(expect_one_line_usage_error err)
  if(NOT err MATCHES "^galley: [^\n]+ \\(see galley --help\\)\n$")
    message(FATAL_ERROR "a usage error is one line ending in a hint, got:\n${err}")
  endif()
endfunction()

function(expect_usage_error)
  run_galley(r ARGS ${ARGN})
  expect_rc(r 2)
  expect_equal("${r_OUT}" "" "stdout of a usage error")
  expect_one_line_usage_error("${r_ERR}")
endfunction()

# A file of `size` zero bytes ("200M" as truncate(1) reads it) that takes no
# disk space; appended to when it exists.
function(make_sparse_file path size)
  find_program(TRUNCATE truncate REQUIRED)
  execute_process(COMMAND "${TRUNCATE}" -s "+${size}" "${path}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    fail("truncate -s +${size} ${path} failed: ${rc}")
  endif()
endfunction()
