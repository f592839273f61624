# cmake -DBUILD_DIR=… -DCONFIG=… -DCONSUMER_DIR=… -DWORK_DIR=… -DGENERATOR=…
#       -DCXX_COMPILER=… -DVERSION=… -DSANITIZE=ON|OFF
#       [-DEXECUTABLE=name] [-DRUN_ARGS=a;b] [-DEXPECTED_OUTPUT=regex]
#       -P install_and_consume.cmake
# Installs the build, builds the consumer project against it and runs its
# EXECUTABLE (default galley_consumer) with RUN_ARGS; its output must match
# EXPECTED_OUTPUT when given.
if(NOT DEFINED EXECUTABLE)
  set(EXECUTABLE galley_consumer)
endif()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix "${WORK_DIR}/prefix")
set(consumer_build "${WORK_DIR}/consumer-build")
file(REMOVE_RECURSE "${WORK_DIR}")

run("cmake --install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${CONFIG}")
file(GLOB_RECURSE config_files "${prefix}/*/galleyConfig.cmake")
if(NOT config_files)
  message(FATAL_ERROR "galleyConfig.cmake was not installed under ${prefix}")
endif()
if(NOT EXISTS "${prefix}/include/galley/galley.hpp")
  message(FATAL_ERROR "the public headers were not installed")
endif()
foreach(notice LICENSE THIRD-PARTY-NOTICES.md)
  if(NOT EXISTS "${prefix}/share/doc/galley/${notice}")
    message(FATAL_ERROR "${notice} was not installed in share/doc/galley")
  endif()
endforeach()
if(NOT EXISTS "${prefix}/share/galley/galley.css")
  message(FATAL_ERROR "galley.css was not installed in share/galley")
endif()
run("installed galley --version" "${prefix}/bin/galley" --version)
if(NOT run_output STREQUAL "galley ${VERSION}\n")
  message(FATAL_ERROR "installed galley --version printed '${run_output}'")
endif()

set(sanitize_flags)
if(SANITIZE)
  set(sanitize_flags "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
endif()
run("configuring the consumer" "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${consumer_build}"
  -G "${GENERATOR}" "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
  "-DCMAKE_BUILD_TYPE=${CONFIG}" "-DEXPECTED_VERSION=${VERSION}" ${sanitize_flags})
run("building the consumer" "${CMAKE_COMMAND}" --build "${consumer_build}" --config "${CONFIG}")
file(GLOB_RECURSE consumer "${consumer_build}/${EXECUTABLE}" "${consumer_build}/${EXECUTABLE}.exe")
if(NOT consumer)
  message(FATAL_ERROR "the consumer executable was not built")
endif()
list(GET consumer 0 consumer)
run("running the consumer" "${consumer}" ${RUN_ARGS})
message(STATUS "${run_output}")
if(DEFINED EXPECTED_OUTPUT AND NOT run_output MATCHES "${EXPECTED_OUTPUT}")
  message(FATAL_ERROR "the consumer's output does not match '${EXPECTED_OUTPUT}'")
endif()
