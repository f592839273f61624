# Third-party code: md4c, always compiled from its fetched sources so that
# native and WebAssembly builds parse Markdown identically, and nlohmann/json
# (header-only, from the system or a staged include folder for Emscripten),
# which only the CLI and the tests use: the core has its own JSON code.

set(GALLEY_MD4C_DIR "${GALLEY_THIRD_PARTY_DIR}/md4c")
if(NOT EXISTS "${GALLEY_MD4C_DIR}/src/md4c.c" OR NOT EXISTS "${GALLEY_MD4C_DIR}/.galley-verified")
  message(STATUS "md4c sources absent: running scripts/fetch-md4c.sh")
  execute_process(
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/scripts/fetch-md4c.sh"
    RESULT_VARIABLE _galley_fetch_rc)
  if(NOT _galley_fetch_rc EQUAL 0)
    message(FATAL_ERROR "Could not fetch md4c sources (scripts/fetch-md4c.sh failed)")
  endif()
endif()

# The md4c parser alone: md4c-html is deliberately not built, and md4c's
# entity table is replaced by the compact one core/CMakeLists.txt generates
# from the same src/entity.c (see cmake/GenerateEntityTable.cmake).
add_library(galley_md4c STATIC "${GALLEY_MD4C_DIR}/src/md4c.c")
target_include_directories(galley_md4c SYSTEM PUBLIC
  $<BUILD_INTERFACE:${GALLEY_MD4C_DIR}/src>)
target_compile_definitions(galley_md4c PRIVATE MD4C_USE_UTF8)
set_target_properties(galley_md4c PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 99)

if(EMSCRIPTEN)
  # Never put /usr/include on the Emscripten include path: stage only nlohmann/.
  set(_galley_json_stage "${CMAKE_BINARY_DIR}/staged-include")
  if(NOT EXISTS "${_galley_json_stage}/nlohmann/json.hpp")
    file(COPY /usr/include/nlohmann DESTINATION "${_galley_json_stage}")
  endif()
  add_library(galley_json INTERFACE)
  target_include_directories(galley_json SYSTEM INTERFACE $<BUILD_INTERFACE:${_galley_json_stage}>)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  add_library(galley_json INTERFACE)
  target_link_libraries(galley_json INTERFACE nlohmann_json::nlohmann_json)
endif()
