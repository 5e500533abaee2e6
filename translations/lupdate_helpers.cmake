# Runs lupdate over .ts files, working around one limit of Qt 6.4's lupdate: it refuses to update
# a file that holds translations when it has no plural rules for the file's language ("won't be
# updated: … target language is not recognized"), which is the case for Haitian Creole (ht) and
# Cape Verdean Creole (kea). For the run, such a file is given a stand-in language with the same
# plural rules (nouns do not change with a number, so one form, like Vietnamese) and gets its own
# language back afterwards. lrelease and QTranslator handle ht and kea fine.
set(TRUSTDESK_TS_STAND_INS "ht=vi" "kea=vi")

function(trustdesk_run_lupdate)
  cmake_parse_arguments(arg "PLURAL_ONLY" "" "FILES" ${ARGN})
  set(swapped)
  foreach(ts IN LISTS arg_FILES)
    if(NOT EXISTS "${ts}")
      continue()
    endif()
    file(READ "${ts}" text)
    foreach(pair IN LISTS TRUSTDESK_TS_STAND_INS)
      string(REPLACE "=" ";" pair "${pair}")
      list(GET pair 0 lang)
      list(GET pair 1 stand_in)
      if(text MATCHES "<TS version=\"[^\"]*\" language=\"${lang}\">")
        string(REPLACE "language=\"${lang}\">" "language=\"${stand_in}\">" text "${text}")
        file(WRITE "${ts}" "${text}")
        list(APPEND swapped "${ts}=${lang}=${stand_in}")
      endif()
    endforeach()
  endforeach()

  set(extra)
  if(arg_PLURAL_ONLY)
    set(extra -pluralonly)
  endif()
  execute_process(COMMAND "${LUPDATE}" ${LUPDATE_ARGS} ${extra} -ts ${arg_FILES}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)

  # Give every swapped file its own language back, even when lupdate failed.
  foreach(entry IN LISTS swapped)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 ts)
    list(GET entry 1 lang)
    list(GET entry 2 stand_in)
    file(READ "${ts}" text)
    string(REPLACE "language=\"${stand_in}\">" "language=\"${lang}\">" text "${text}")
    file(WRITE "${ts}" "${text}")
  endforeach()

  if(NOT rc EQUAL 0 OR err MATCHES "won't be updated")
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
  endif()
endfunction()
