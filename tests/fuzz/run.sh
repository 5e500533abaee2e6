#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, TRUSTDESK_FUZZ=ON) and runs each for a
# bounded time, starting from the seed corpus in tests/fuzz/corpus/. Any crash, sanitizer report,
# leak or timeout fails the script; the input that caused it is kept in the build folder.
# Usage: tests/fuzz/run.sh [SECONDS per target, default 60]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${TRUSTDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-${TRUSTDESK_FUZZ_SECONDS:-60}}"

if ! command -v clang++ >/dev/null; then
  echo "tests/fuzz/run.sh: clang++ is missing (scripts/deps.sh installs clang)" >&2
  exit 1
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DTRUSTDESK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_caseimporter fuzz_guidancepack

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC

status=0
for target in caseimporter guidancepack; do
  corpus="$build/corpus/$target"      # grows across runs; the committed seeds stay as they are
  artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  dict=()
  if [ -f "$root/tests/fuzz/$target.dict" ]; then
    dict=(-dict="$root/tests/fuzz/$target.dict")
  fi
  echo "== fuzz_$target for ${seconds} s"
  if ! "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" "$root/tests/fuzz/corpus/$target" 2>"$build/fuzz_$target.log"; then
    tail -n 60 "$build/fuzz_$target.log" >&2
    echo "fuzz_$target FAILED; the input is in $artifacts" >&2
    status=1
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ +DONE' "$build/fuzz_$target.log" || true
  fi
done
exit $status
