# One formatting style for every C++ file in the repository (.clang-format, clang-format 14).
#   cmake --build build --target format        rewrites the files in place
#   cmake --build build --target check-format  fails, naming the files, when one is unformatted
# The same check runs as the CTest test `format` (label `style`), so CI fails on unformatted code.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format-14 clang-format)
if(NOT CLANG_FORMAT_PROGRAM)
  message(WARNING "clang-format not found: the format and check-format targets are not available")
  return()
endif()

set(_td_format_script ${CMAKE_SOURCE_DIR}/scripts/format.sh)
add_custom_target(format
  COMMAND ${_td_format_script} --fix
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "Formatting the C++ sources with ${CLANG_FORMAT_PROGRAM}"
  VERBATIM)
add_custom_target(check-format
  COMMAND ${_td_format_script} --check
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "Checking the format of the C++ sources"
  VERBATIM)
set(TRUSTDESK_FORMAT_CHECK ${_td_format_script} CACHE INTERNAL "")
