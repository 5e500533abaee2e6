#!/usr/bin/env bash
# One command for every test: install what is missing, build, run the whole suite with CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TRUSTDESK_BUILD_DIR:-$root/build}"
TRUSTDESK_BUILD_DIR="$build" "$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
