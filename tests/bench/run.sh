#!/usr/bin/env bash
# Benchmarks (never timed unit tests): builds what they need, then prints the figures that
# BENCHMARKS.md records. Options go to bench.py, e.g. --runs 5 --reuse --only search.
# Usage: tests/bench/run.sh [--cases 100000] [--runs 5] [--reuse] [--only demo,startup,search,memory]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${TRUSTDESK_BUILD_DIR:-$root/build}"
TRUSTDESK_BUILD_DIR="$build" "$root/scripts/build.sh"
exec python3 "$root/tests/bench/bench.py" --build "$build" "$@"
