# Turns web/galley.css into a C++ header, so that the core (which does no I/O)
# can inline the stylesheet into document-mode pages.
# Run as: cmake -DSTYLESHEET=<galley.css> -DOUTPUT=<header> -P <this file>
#
# Comments, indentation and blank lines are left out of the embedded copy:
# every document-mode page carries it.

cmake_minimum_required(VERSION 3.20)

foreach(_var STYLESHEET OUTPUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "EmbedStylesheet: -D${_var}=... is required")
  endif()
endforeach()

file(READ "${STYLESHEET}" _css)
# /* ... */ comments (the stylesheet puts none inside strings).
string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" _css "${_css}")
string(REGEX REPLACE "\n[ \t]+" "\n" _css "${_css}")
string(REGEX REPLACE "\n\n+" "\n" _css "${_css}")
string(STRIP "${_css}" _css)

set(_delimiter "galleycss")
string(TOLOWER "${_css}" _lower)
foreach(_forbidden ")${_delimiter}\"" "</style" "<!--")
  string(FIND "${_lower}" "${_forbidden}" _at)
  if(NOT _at EQUAL -1)
    message(FATAL_ERROR "EmbedStylesheet: ${STYLESHEET} must not contain '${_forbidden}'")
  endif()
endforeach()

file(WRITE "${OUTPUT}" "// Generated from web/galley.css by cmake/EmbedStylesheet.cmake.
#pragma once

#include <string_view>

namespace galley::stylesheet {

// The stylesheet inlined into document-mode pages without a stylesheet_url.
inline constexpr std::string_view kGalleyCss = R\"${_delimiter}(${_css}
)${_delimiter}\";

}  // namespace galley::stylesheet
")
