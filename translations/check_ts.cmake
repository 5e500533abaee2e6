# Re-runs lupdate on copies of the committed .ts files; any difference means a string was added,
# changed or removed in the sources without refreshing the translations (update_translations).
# PLURAL_TS_FILES (English) hold only the plural forms and are refreshed with -pluralonly.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(copy_ts out_var)
  set(copies)
  foreach(ts IN LISTS ARGN)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
  endforeach()
  set(${out_var} ${copies} PARENT_SCOPE)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/lupdate_helpers.cmake)

copy_ts(copies ${TS_FILES})
trustdesk_run_lupdate(FILES ${copies})
if(PLURAL_TS_FILES)
  copy_ts(plural_copies ${PLURAL_TS_FILES})
  trustdesk_run_lupdate(PLURAL_ONLY FILES ${plural_copies})
endif()

set(stale)
foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(READ "${ts}" committed)
  file(READ "${WORK_DIR}/${name}" refreshed)
  if(NOT committed STREQUAL refreshed)
    list(APPEND stale "${name}")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "These translation files are out of date with the sources: ${stale}\n"
    "Run: cmake --build build --target update_translations, translate, and commit them.")
endif()
message(STATUS "Translation files match the sources.")
