# Installs galley::core so that other CMake projects can find_package(galley).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS galley_core galley_md4c EXPORT galleyTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY core/include/galley DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES LICENSE THIRD-PARTY-NOTICES.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/galley)
install(FILES web/galley.css DESTINATION ${CMAKE_INSTALL_DATADIR}/galley)
install(EXPORT galleyTargets NAMESPACE galley:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/galley)
if(TARGET galley)
  install(TARGETS galley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

configure_package_config_file(cmake/galleyConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/galleyConfig.cmake"
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/galley)
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/galleyConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/galleyConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/galleyConfigVersion.cmake"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/galley)
