# cmake -DLUPDATE=… -DLUPDATE_ARGS=… -DTS_FILES=… -DPLURAL_TS_FILES=… -P update_ts.cmake
# Refreshes the .ts files in place from the sources (the update_translations target).
include(${CMAKE_CURRENT_LIST_DIR}/lupdate_helpers.cmake)
trustdesk_run_lupdate(FILES ${TS_FILES})
if(PLURAL_TS_FILES)
  trustdesk_run_lupdate(PLURAL_ONLY FILES ${PLURAL_TS_FILES})
endif()
message(STATUS "Refreshed the translation files; translate what is unfinished.")
