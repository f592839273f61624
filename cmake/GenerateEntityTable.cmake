# Writes the compact table of HTML named character references that
# core/src/html/entity_table.cpp searches, derived from md4c's src/entity.c.
# Run as: cmake -DENTITY_SOURCE=<md4c>/src/entity.c -DOUTPUT=<header> -P <this file>
#
# md4c's table spends a pointer, two 32-bit code points and a separate
# "&name;" string on each of its entries. Here every entry is the name, one
# byte (1-8) giving the length of its UTF-8 text, then that text, all in one
# string sorted by name; every STRIDE-th entry's offset forms a small index
# that a lookup bisects (only among the slots of its first letter) before
# scanning at most STRIDE entries. The entries after an indexed one are
# front-coded: a byte giving how many leading bytes the name shares with the
# previous name, then only the rest of the name ("NotSucceedsSlantEqual"
# after "NotSucceedsEqual" is 11 and "SlantEqual"), which takes 0.8 KB (gzip)
# off the WebAssembly module. Scanning a front-coded run compares only the
# bytes after the shared ones, so STRIDE 16 keeps lookups about as fast as
# md4c's bsearch.

cmake_minimum_required(VERSION 3.20)

# md4c 0.4.8 lists 2125 names with ';' plus 6 legacy spellings without it
# ("&frac12", "&sup1", ...) that repeat a ';' entry.
set(EXPECTED_ENTRIES 2131)
set(EXPECTED_NAMES 2125)
set(STRIDE 16)

foreach(_var ENTITY_SOURCE OUTPUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "GenerateEntityTable: -D${_var}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${ENTITY_SOURCE}")
  message(FATAL_ERROR "GenerateEntityTable: ${ENTITY_SOURCE} does not exist "
    "(run scripts/fetch-md4c.sh)")
endif()

# Entries look like:    { "&AElig;", { 198, 0 } },
set(_entry_regex "\\{ *\"&([A-Za-z0-9]+)(;?)\" *, *\\{ *([0-9]+) *, *([0-9]+) *\\} *\\}")
file(STRINGS "${ENTITY_SOURCE}" _lines REGEX "${_entry_regex}")

set(_entries "")
set(_legacy "")
set(_entry_count 0)
foreach(_line IN LISTS _lines)
  string(REGEX MATCH "${_entry_regex}" _match "${_line}")
  set(_name "${CMAKE_MATCH_1}")
  set(_value "${CMAKE_MATCH_3} ${CMAKE_MATCH_4}")
  math(EXPR _entry_count "${_entry_count} + 1")
  if(CMAKE_MATCH_2 STREQUAL ";")
    if(DEFINED _value_of_${_name})
      message(FATAL_ERROR "GenerateEntityTable: '${_name}' is listed twice in ${ENTITY_SOURCE}")
    endif()
    set(_value_of_${_name} "${_value}")
    # The space sorts below every name character, so "sup" precedes "sup1".
    list(APPEND _entries "${_name} ${_value}")
  else()
    list(APPEND _legacy "${_name} ${_value}")
  endif()
endforeach()

list(LENGTH _entries _name_count)
if(NOT _entry_count EQUAL EXPECTED_ENTRIES OR NOT _name_count EQUAL EXPECTED_NAMES)
  message(FATAL_ERROR "GenerateEntityTable: expected ${EXPECTED_ENTRIES} entries "
    "(${EXPECTED_NAMES} names ending in ';') in ${ENTITY_SOURCE}, found ${_entry_count} "
    "(${_name_count}). Is third_party/md4c the version scripts/fetch-md4c.sh pins?")
endif()

# A legacy spelling adds nothing as long as it means what its ';' form means.
foreach(_item IN LISTS _legacy)
  string(REPLACE " " ";" _fields "${_item}")
  list(POP_FRONT _fields _name)
  string(REPLACE ";" " " _value "${_fields}")
  if(NOT "${_value_of_${_name}}" STREQUAL "${_value}")
    message(FATAL_ERROR "GenerateEntityTable: '&${_name}' differs from '&${_name};' "
      "in ${ENTITY_SOURCE}")
  endif()
endforeach()

# Appends to `out_var` the C++ escape of one byte: always three octal digits,
# so a digit that follows can never be read as part of it.
function(append_byte_escape byte out_var)
  math(EXPR _d0 "${byte} >> 6")
  math(EXPR _d1 "(${byte} >> 3) & 7")
  math(EXPR _d2 "${byte} & 7")
  set(${out_var} "${${out_var}}\\${_d0}${_d1}${_d2}" PARENT_SCOPE)
endfunction()

# Sets `out_var` to the number of leading bytes that `a` and `b` share.
function(common_prefix_length a b out_var)
  string(LENGTH "${a}" _a_length)
  string(LENGTH "${b}" _b_length)
  set(_shared 0)
  while(_shared LESS _a_length AND _shared LESS _b_length)
    string(SUBSTRING "${a}" ${_shared} 1 _a_byte)
    string(SUBSTRING "${b}" ${_shared} 1 _b_byte)
    if(NOT _a_byte STREQUAL _b_byte)
      break()
    endif()
    math(EXPR _shared "${_shared} + 1")
  endwhile()
  set(${out_var} ${_shared} PARENT_SCOPE)
endfunction()

# Appends to `out_var` the C++ octal escapes of the UTF-8 encoding of `cp`
# and adds its byte count to `length_var`.
function(append_utf8 cp out_var length_var)
  if(cp LESS 128)
    set(_bytes ${cp})
  elseif(cp LESS 2048)
    math(EXPR _b0 "0xC0 | (${cp} >> 6)")
    math(EXPR _b1 "0x80 | (${cp} & 0x3F)")
    set(_bytes ${_b0} ${_b1})
  elseif(cp LESS 65536)
    if(cp GREATER_EQUAL 55296 AND cp LESS_EQUAL 57343)
      message(FATAL_ERROR "GenerateEntityTable: surrogate code point ${cp}")
    endif()
    math(EXPR _b0 "0xE0 | (${cp} >> 12)")
    math(EXPR _b1 "0x80 | ((${cp} >> 6) & 0x3F)")
    math(EXPR _b2 "0x80 | (${cp} & 0x3F)")
    set(_bytes ${_b0} ${_b1} ${_b2})
  elseif(cp LESS_EQUAL 1114111)
    math(EXPR _b0 "0xF0 | (${cp} >> 18)")
    math(EXPR _b1 "0x80 | ((${cp} >> 12) & 0x3F)")
    math(EXPR _b2 "0x80 | ((${cp} >> 6) & 0x3F)")
    math(EXPR _b3 "0x80 | (${cp} & 0x3F)")
    set(_bytes ${_b0} ${_b1} ${_b2} ${_b3})
  else()
    message(FATAL_ERROR "GenerateEntityTable: code point ${cp} is beyond Unicode")
  endif()
  set(_text "${${out_var}}")
  foreach(_byte IN LISTS _bytes)
    append_byte_escape(${_byte} _text)
  endforeach()
  list(LENGTH _bytes _count)
  math(EXPR _length "${${length_var}} + ${_count}")
  set(${out_var} "${_text}" PARENT_SCOPE)
  set(${length_var} "${_length}" PARENT_SCOPE)
endfunction()

list(SORT _entries COMPARE STRING CASE SENSITIVE)

set(_literal "")
set(_index "")
set(_index_initials "")
set(_offset 0)
set(_longest 0)
set(_ordinal 0)
set(_previous "")
foreach(_item IN LISTS _entries)
  string(REPLACE " " ";" _fields "${_item}")
  list(GET _fields 0 _name)
  list(GET _fields 1 _first)
  list(GET _fields 2 _second)
  if(NOT _previous STRLESS _name)
    message(FATAL_ERROR "GenerateEntityTable: names out of order at '${_previous}', '${_name}'")
  endif()
  if(NOT _name MATCHES "^[A-Za-z]")
    message(FATAL_ERROR "GenerateEntityTable: '&${_name};' does not start with a letter")
  endif()
  if(_first EQUAL 0)
    message(FATAL_ERROR "GenerateEntityTable: '&${_name};' has no code point")
  endif()

  math(EXPR _step "${_ordinal} % ${STRIDE}")
  if(_step EQUAL 0)
    list(APPEND _index ${_offset})
    string(SUBSTRING "${_name}" 0 1 _initial)
    list(APPEND _index_initials "${_initial}")
    set(_entry_head "${_name}")
  else()
    # Sorted names: the shared part is never the whole name, so the rest
    # starts with a name byte.
    common_prefix_length("${_previous}" "${_name}" _shared)
    string(SUBSTRING "${_name}" ${_shared} -1 _rest)
    set(_entry_head "")
    append_byte_escape(${_shared} _entry_head)
    string(APPEND _entry_head "${_rest}")
  endif()
  set(_previous "${_name}")

  set(_text "")
  set(_text_length 0)
  append_utf8(${_first} _text _text_length)
  if(NOT _second EQUAL 0)
    append_utf8(${_second} _text _text_length)
  endif()
  set(_length_escape "")
  append_byte_escape(${_text_length} _length_escape)
  string(APPEND _literal "    \"${_entry_head}${_length_escape}${_text}\"\n")

  string(LENGTH "${_name}" _name_length)
  if(_name_length GREATER _longest)
    set(_longest ${_name_length})
  endif()
  string(LENGTH "${_entry_head}" _head_length)
  if(NOT _step EQUAL 0)
    math(EXPR _head_length "${_head_length} - 3")  # the escape \NNN is one byte
  endif()
  math(EXPR _offset "${_offset} + ${_head_length} + 1 + ${_text_length}")
  math(EXPR _ordinal "${_ordinal} + 1")
endforeach()

if(_offset GREATER 65535)
  message(FATAL_ERROR "GenerateEntityTable: ${_offset} bytes of entries do not fit 16-bit offsets")
endif()
list(LENGTH _index _index_count)
string(REPLACE ";" ", " _index_text "${_index}")

# For each byte from 'A' to one past 'z': the first index slot whose name
# starts with that byte or a later one. A lookup then bisects only the slots
# of its name's first letter.
set(_slots_by_initial "")
set(_slot 0)
foreach(_code RANGE 65 123)
  string(ASCII ${_code} _byte)
  while(_slot LESS _index_count)
    list(GET _index_initials ${_slot} _initial)
    if(NOT _initial STRLESS _byte)
      break()
    endif()
    math(EXPR _slot "${_slot} + 1")
  endwhile()
  list(APPEND _slots_by_initial ${_slot})
endforeach()
list(LENGTH _slots_by_initial _initial_count)
string(REPLACE ";" ", " _slots_by_initial_text "${_slots_by_initial}")

file(WRITE "${OUTPUT}" "// Generated from md4c's src/entity.c by cmake/GenerateEntityTable.cmake.
#pragma once

#include <cstddef>
#include <cstdint>

namespace galley::html::entity_data {

inline constexpr std::size_t kLongestName = ${_longest};

// Each entry: the name (without '&' and ';'), a byte 1-8 giving the length
// of the entry's UTF-8 text, then the text. Sorted by name, byte by byte.
// Only the entries that kIndex points to hold their whole name; each other
// one starts with a byte giving how many leading bytes its name shares with
// the previous entry's name, followed by the rest of its name.
inline constexpr char kEntries[${_offset} + 1] =
${_literal};

// Offset in kEntries of every ${STRIDE}th entry, starting with the first.
inline constexpr std::uint16_t kIndex[${_index_count}] = {${_index_text}};

// kSlotsByInitial[c - 'A']: the first slot of kIndex whose name starts with
// byte c or a later one, for c from 'A' to one past 'z'.
inline constexpr std::uint16_t kSlotsByInitial[${_initial_count}] = {${_slots_by_initial_text}};

}  // namespace galley::html::entity_data
")
