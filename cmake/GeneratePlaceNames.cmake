# Writes the place-name tables entity recognition looks names up in, from
# data installed by Debian packages (scripts/setup-system.sh):
#   iso-codes  /usr/share/iso-codes/json/iso_3166-1.json  country names and
#                                                         common names
#              /usr/share/iso-codes/json/iso_3166-2.json  first-level
#                                                         subdivisions of the
#                                                         SUBDIVISION_TYPES
#   tzdata     /usr/share/zoneinfo/tzdata.zi              the cities that name
#                                                         time zones
# Run as: cmake -DISO_3166_1=<json> -DISO_3166_2=<json> -DTZDATA=<tzdata.zi>
#               -DOUTPUT=<header> -P <this file>
#
# Each table is one string in the form of core/src/analysis/sorted_words.hpp:
# lowercase names sorted by byte value, each followed by a newline. Names with
# a comma or bracket ("Korea, Republic of") are left out (iso-codes gives
# their common names), and so are generic words that name many regions
# ("Central", "North") and would turn ordinary capitalised words into places.

cmake_minimum_required(VERSION 3.20)

foreach(_var ISO_3166_1 ISO_3166_2 TZDATA OUTPUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "GeneratePlaceNames: -D${_var}=... is required")
  endif()
  if(NOT _var STREQUAL "OUTPUT" AND NOT EXISTS "${${_var}}")
    message(FATAL_ERROR "GeneratePlaceNames: ${${_var}} does not exist "
      "(install iso-codes and tzdata: scripts/setup-system.sh)")
  endif()
endforeach()

# Subdivision types that are large, well-known units (German Länder, Swiss
# cantons, Spanish autonomous communities, the emirates of the UAE, the
# countries of the UK, Hong Kong and Macao), plus the states of the
# STATE_COUNTRIES and the provinces of the PROVINCE_COUNTRIES (where news
# names them often). Districts, municipalities, parishes, départements and
# the provinces of other countries are left out: there are thousands, few
# appear in news, many are also common words or surnames, and every name
# costs download size in the WebAssembly build (docs/text-analysis.md).
set(SUBDIVISION_TYPES "Land" "Canton" "Emirate" "Country" "Autonomous community" "Special administrative region")
set(STATE_COUNTRIES AU BR IN MX US)
set(PROVINCE_COUNTRIES CA CN)

set(GENERIC_WORDS
  central capital centre center north south east west eastern western northern southern
  midlands coast coastal island islands lakes mountain pacific atlantic arctic indian
  national federal metropolitan)

# ASCII lowercase plus the accented capitals of Latin-1 and Latin Extended-A
# that place names use; entity recognition lowercases words the same way.
set(_accented_upper À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï Ñ Ò Ó Ô Õ Ö Ø Ù Ú Û Ü Ý Þ Ā Ă Ą Ć Č Ď Đ Ē Ė Ę Ě Ğ Ī Į İ Ķ Ļ Ľ Ł Ń Ņ Ň Ō Ő Œ Ř Ś Ş Š Ţ Ť Ū Ů Ű Ų Ź Ż Ž)
set(_accented_lower à á â ã ä å æ ç è é ê ë ì í î ï ñ ò ó ô õ ö ø ù ú û ü ý þ ā ă ą ć č ď đ ē ė ę ě ğ ī į i ķ ļ ľ ł ń ņ ň ō ő œ ř ś ş š ţ ť ū ů ű ų ź ż ž)

function(_galley_normalized_name raw out)
  string(TOLOWER "${raw}" _name)
  foreach(_upper _lower IN ZIP_LISTS _accented_upper _accented_lower)
    string(REPLACE "${_upper}" "${_lower}" _name "${_name}")
  endforeach()
  string(REPLACE "_" " " _name "${_name}")
  string(REPLACE "’" "'" _name "${_name}")
  if(_name MATCHES "[],()0-9/[]" OR _name IN_LIST GENERIC_WORDS OR _name STREQUAL "")
    set(${out} "" PARENT_SCOPE)
  else()
    set(${out} "${_name}" PARENT_SCOPE)
  endif()
endfunction()

# The list as one C++ string literal split over lines of about 100 bytes.
function(_galley_word_table names out)
  list(REMOVE_DUPLICATES names)
  list(SORT names)
  set(_literal "    \"\\n\"\n    \"")
  set(_line_length 0)
  foreach(_name IN LISTS names)
    string(LENGTH "${_name}" _length)
    if(_line_length GREATER 0 AND _line_length GREATER 90)
      string(APPEND _literal "\"\n    \"")
      set(_line_length 0)
    endif()
    string(REPLACE "\"" "\\\"" _escaped "${_name}")
    string(APPEND _literal "${_escaped}\\n")
    math(EXPR _line_length "${_line_length} + ${_length} + 2")
  endforeach()
  string(APPEND _literal "\"")
  list(LENGTH names _count)
  set(${out} "${_literal}" PARENT_SCOPE)
  set(${out}_COUNT ${_count} PARENT_SCOPE)
endfunction()

# ---- countries: "name" and "common_name" fields ---------------------------
file(STRINGS "${ISO_3166_1}" _lines ENCODING UTF-8 REGEX "\"(name|common_name)\": ")
set(_countries "")
foreach(_line IN LISTS _lines)
  string(REGEX REPLACE "^ *\"[a-z_]+\": \"(.*)\",?$" "\\1" _raw "${_line}")
  _galley_normalized_name("${_raw}" _name)
  if(_name)
    list(APPEND _countries "${_name}")
  endif()
endforeach()

# ---- subdivisions: each entry lists "code", "name", then "type" -----------
file(STRINGS "${ISO_3166_2}" _lines ENCODING UTF-8 REGEX "\"(code|name|type)\": ")
set(_subdivisions "")
set(_pending "")
set(_country "")
foreach(_line IN LISTS _lines)
  string(REGEX REPLACE "^ *\"([a-z]+)\": \"(.*)\",?$" "\\1;\\2" _field "${_line}")
  list(GET _field 0 _key)
  list(GET _field 1 _value)
  if(_key STREQUAL "code")
    string(SUBSTRING "${_value}" 0 2 _country)
  elseif(_key STREQUAL "name")
    set(_pending "${_value}")
  elseif(_value IN_LIST SUBDIVISION_TYPES OR (_value STREQUAL "State" AND _country IN_LIST STATE_COUNTRIES) OR
         (_value STREQUAL "Province" AND _country IN_LIST PROVINCE_COUNTRIES))
    # "Illes Balears [Islas Baleares]": the local name, then another one.
    string(REGEX REPLACE "^(.*) \\[(.*)\\]$" "\\1;\\2" _forms "${_pending}")
    foreach(_form IN LISTS _forms)
      _galley_normalized_name("${_form}" _name)
      if(_name AND NOT _name IN_LIST _countries)
        list(APPEND _subdivisions "${_name}")
      endif()
    endforeach()
  endif()
endforeach()

# ---- cities: the second part of zone and link names in continent areas ----
# Antarctic research stations and the towns of three-part names
# (America/Indiana/Vevay) are left out; the larger of the latter also have a
# two-part link (America/Buenos_Aires).
file(STRINGS "${TZDATA}" _lines ENCODING UTF-8 REGEX "^[ZL] ")
set(_cities "")
foreach(_line IN LISTS _lines)
  string(REGEX MATCHALL "(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_'-]+( |$)"
         _zones "${_line}")
  foreach(_zone IN LISTS _zones)
    string(STRIP "${_zone}" _zone)
    string(REGEX REPLACE "^.*/" "" _raw "${_zone}")
    # Abbreviations such as Australia/ACT and NSW are no city names.
    if(_raw MATCHES "^[A-Z]+$")
      continue()
    endif()
    _galley_normalized_name("${_raw}" _name)
    if(_name AND NOT _name IN_LIST _countries AND NOT _name IN_LIST _subdivisions)
      list(APPEND _cities "${_name}")
    endif()
  endforeach()
endforeach()

_galley_word_table("${_countries}" COUNTRIES)
_galley_word_table("${_subdivisions}" SUBDIVISIONS)
_galley_word_table("${_cities}" CITIES)
foreach(_table COUNTRIES SUBDIVISIONS CITIES)
  if(${_table}_COUNT LESS 100)
    message(FATAL_ERROR "GeneratePlaceNames: only ${${_table}_COUNT} names for ${_table}; "
      "is the installed iso-codes or tzdata in an unexpected format?")
  endif()
endforeach()

file(WRITE "${OUTPUT}.tmp" "// Generated by cmake/GeneratePlaceNames.cmake from iso-codes and tzdata; do not edit.
// ${COUNTRIES_COUNT} country names, ${SUBDIVISIONS_COUNT} subdivision names, ${CITIES_COUNT} city names.
#pragma once
#include <string_view>
namespace galley::analysis::place_names {
constexpr std::string_view kCountries =
${COUNTRIES};
constexpr std::string_view kSubdivisions =
${SUBDIVISIONS};
constexpr std::string_view kCities =
${CITIES};
}  // namespace galley::analysis::place_names
")
# Only touch the header when its content changes, so that rebuilding is cheap.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
