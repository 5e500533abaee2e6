#!/usr/bin/env bash
# One command for every test: install what is missing, build, run the whole suite with CTest,
# run the storage tests again on a throwaway PostgreSQL cluster (label `postgres`), then build and
# run the suite again with ASan and UBSan.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TRUSTDESK_BUILD_DIR:-$root/build}"
TRUSTDESK_BUILD_DIR="$build" "$root/scripts/build.sh"
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 -LE postgres "$@")

# Office mode: the tests labelled `postgres` against a cluster made and removed around them
# (scripts/deps.sh installs postgresql-15). REQUIRED: a missing cluster fails, it is never skipped.
# The script's arguments are not passed on: `-L core` and `-L postgres` together select nothing.
(cd "$build" && TRUSTDESK_TEST_PG_REQUIRED=1 "$root/scripts/pg-test-cluster.sh" \
  ctest --output-on-failure --parallel "$(nproc)" --timeout 600 --no-tests=error -L postgres)

# The same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer in a second
# folder (TRUSTDESK_SANITIZE). TRUSTDESK_SKIP_SANITIZE=1 skips it for a quick local run.
if [ -z "${TRUSTDESK_SKIP_SANITIZE:-}" ]; then
  asan="${TRUSTDESK_ASAN_BUILD_DIR:-$build-asan}"
  TRUSTDESK_BUILD_DIR="$asan" "$root/scripts/build.sh" -DTRUSTDESK_SANITIZE=ON
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
  export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
  (cd "$asan" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE postgres "$@")
fi
