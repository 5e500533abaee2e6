# One INTERFACE target carries the language level, warnings and Qt hygiene
# defines, so every TrustDesk target (library, executable, test) builds alike.
option(TRUSTDESK_WERROR "Treat compiler warnings as errors (on in CI)" OFF)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  set(TRUSTDESK_WERROR ON CACHE BOOL "" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

add_library(trustdesk_options INTERFACE)
target_compile_features(trustdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(trustdesk_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wcast-qual -Wnon-virtual-dtor
  -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
  $<$<BOOL:${TRUSTDESK_WERROR}>:-Werror>)
target_compile_definitions(trustdesk_options INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_JAVA_STYLE_ITERATORS
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  TRUSTDESK_VERSION="${PROJECT_VERSION}")

# AddressSanitizer + UndefinedBehaviorSanitizer for the whole suite (scripts/test.sh runs the
# suite this way too, in a second build folder). Any UB report fails the test.
option(TRUSTDESK_SANITIZE "Build every TrustDesk target with ASan and UBSan" OFF)
# libFuzzer targets in tests/fuzz (clang only); implies the sanitizers.
option(TRUSTDESK_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(TRUSTDESK_SANITIZE OR TRUSTDESK_FUZZ)
  set(_td_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  if(TRUSTDESK_FUZZ)
    list(APPEND _td_sanitizers -fsanitize=fuzzer-no-link)
  endif()
  target_compile_options(trustdesk_options INTERFACE ${_td_sanitizers} -fno-omit-frame-pointer)
  target_link_options(trustdesk_options INTERFACE ${_td_sanitizers})
endif()

# The product's own code builds every QString from a literal explicitly (QStringLiteral, u""_s,
# QLatin1String, tr()): no silent conversion from const char * and its codec questions. Linked
# PRIVATE by the product's targets only; tests may still write QString s = "…".
add_library(trustdesk_strict_strings INTERFACE)
target_compile_definitions(trustdesk_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII)
