# ctest helper for packaging_install_tree_valid: installs the build tree into STAGE_DIR/usr,
# checks that the desktop integration files landed where desktop environments look for them,
# and runs `appstreamcli validate-tree` on the result.
# Inputs: BUILD_DIR, STAGE_DIR, APPSTREAMCLI, APP_ID, ICON_SIZES (comma-separated, may be empty).
foreach(var BUILD_DIR STAGE_DIR APPSTREAMCLI APP_ID)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_install_tree.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${STAGE_DIR})
set(prefix ${STAGE_DIR}/usr)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(expected
  bin/trustdesk
  bin/trustdesk-cli
  libexec/trustdesk/trustdesk-cli-print
  share/applications/${APP_ID}.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/man/man1/trustdesk.1.gz
  share/man/man1/trustdesk-cli.1.gz
  share/doc/trustdesk/copyright
  share/doc/trustdesk/changelog.Debian.gz)
string(REPLACE "," ";" sizes "${ICON_SIZES}")
foreach(size IN LISTS sizes)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

set(missing)
foreach(f IN LISTS expected)
  if(NOT EXISTS ${prefix}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " missing_text)
  message(FATAL_ERROR "not installed under ${prefix}:\n  ${missing_text}")
endif()

# The installed trustdesk-cli finds the installed trustdesk-cli-print for the commands that print.
execute_process(COMMAND ${prefix}/bin/trustdesk-cli guidance list
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR out STREQUAL "")
  message(FATAL_ERROR "installed trustdesk-cli guidance list failed (${rc}):\n${out}${err}")
endif()

# Each PNG must really be NxN: read width and height from the IHDR chunk.
foreach(size IN LISTS sizes)
  set(png ${prefix}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
  file(READ ${png} header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 32 8 w_hex)
  string(SUBSTRING "${header}" 40 8 h_hex)
  math(EXPR w "0x${w_hex}")
  math(EXPR h "0x${h_hex}")
  if(NOT w EQUAL size OR NOT h EQUAL size)
    message(FATAL_ERROR "${png} is ${w}x${h}, expected ${size}x${size}")
  endif()
endforeach()

execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --no-color ${STAGE_DIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()
file(REMOVE_RECURSE ${STAGE_DIR})
