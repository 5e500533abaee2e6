#!/usr/bin/env bash
# Benchmark: `trustdesk-cli attach` of one large file against the floor for the same work done by
# standard tools: `openssl dgst -sha256 FILE; cp FILE DEST; sync DEST` (hash, copy, flush to disk).
#
# Usage: tests/bench/bench_attach.sh [path/to/trustdesk-cli]
#   SIZE_MB (default 512)  size of the synthetic input
#   RUNS    (default 3)    runs of each; the best and the median are printed
#   BENCH_DIR (default: the build folder's parent of the CLI, else /tmp) where the files go:
#   the input, the copy and the evidence store sit on the same file system.
# Both sides read the input from a warm page cache (it is read once before timing) and both
# end with the copy flushed to disk (sync FILE = fsync; attach fsyncs before its rename).
set -euo pipefail

cli=${1:-${TRUSTDESK_CLI:-build/bin/trustdesk-cli}}
size_mb=${SIZE_MB:-512}
runs=${RUNS:-3}
base=${BENCH_DIR:-/tmp}
[ -x "$cli" ] || { echo "trustdesk-cli not found at $cli" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }

work=$(mktemp -d "$base/bench_attach.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
input=$work/input.bin
echo "Creating a ${size_mb} MB synthetic file in $work…"
head -c "${size_mb}M" /dev/urandom >"$input"
cat "$input" >/dev/null

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b - a}'; }
stats() { # best and median of the arguments
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "best %.3f s, median %.3f s", a[1], a[int((NR+1)/2)]}'
}

# Warm-up outside the timing: the executables and libraries (Qt, the MIME database) come off
# the disk once, as they would for anyone attaching twice in a session.
warm=$work/warm.sqlite
head -c 1M /dev/urandom >"$work/warm.bin"
openssl dgst -sha256 "$work/warm.bin" >/dev/null
"$cli" --db "$warm" demo --unencrypted --cases 1 >/dev/null
"$cli" --db "$warm" attach "$("$cli" --db "$warm" list | head -n 1 | cut -f1)" "$work/warm.bin" >/dev/null

floor=()
attach=()
for i in $(seq "$runs"); do
  rm -f "$work/dest.bin"
  t0=$(now)
  openssl dgst -sha256 "$input" >/dev/null
  cp "$input" "$work/dest.bin"
  sync "$work/dest.bin"
  t1=$(now)
  floor+=("$(elapsed "$t0" "$t1")")
  rm -f "$work/dest.bin"

  db=$work/run$i.sqlite
  "$cli" --db "$db" demo --unencrypted --cases 1 >/dev/null
  ref=$("$cli" --db "$db" list | head -n 1 | cut -f1)
  t0=$(now)
  "$cli" --db "$db" attach "$ref" "$input" >/dev/null
  t1=$(now)
  attach+=("$(elapsed "$t0" "$t1")")
  chmod -R u+w "$db.evidence"
  rm -rf "$db" "$db"-* "$db.evidence"
done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(openssl version)"
echo "floor  (openssl dgst -sha256; cp; sync): $(stats "${floor[@]}")   runs: ${floor[*]}"
echo "attach (trustdesk-cli attach)          : $(stats "${attach[@]}")   runs: ${attach[*]}"
