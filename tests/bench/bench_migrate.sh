#!/usr/bin/env bash
# Benchmark: `trustdesk-cli migrate --to URI` of a demo SQLite database into an empty office
# database on a throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh makes and removes it).
#
# Usage: tests/bench/bench_migrate.sh [path/to/trustdesk-cli]
#   CASES (default 100000)  demo cases in the source file
#   SOURCE (optional)       an existing source file to use instead of making one
#   BENCH_DIR (default /tmp) where the source file goes
# Prints the seconds of the migrate (which includes its checks: counts and digests of every
# table read back, the audit chain, every evidence item) and the load average before and after.
set -euo pipefail

cli=$(realpath "${1:-${TRUSTDESK_CLI:-build/bin/trustdesk-cli}}")
cases=${CASES:-100000}
base=${BENCH_DIR:-/tmp}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ -x "$cli" ] || { echo "trustdesk-cli not found at $cli" >&2; exit 1; }

if [ -n "${SOURCE:-}" ]; then
  source_db=$SOURCE
else
  work=$(mktemp -d "$base/bench_migrate.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  source_db=$work/source.db
  echo "Making $cases demo cases in $source_db…"
  "$cli" --db "$source_db" init --unencrypted >/dev/null
  "$cli" --db "$source_db" demo --cases "$cases" >/dev/null
fi
pass=$(mktemp)
echo "bench office passphrase" >"$pass"

run() {
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local start end
  start=$(date +%s.%N)
  "$cli" --db "$source_db" migrate --to "$TRUSTDESK_TEST_PG_URI" --office-passphrase-file "$pass" \
    --json >"$pass.json"
  end=$(date +%s.%N)
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "migrate: %.1f s\n", b - a}'
  grep -E '"(cases|audit_events|incidents|officers)"' "$pass.json"
  rm -f "$pass.json"
}
export -f run
export cli source_db pass
"$root/scripts/pg-test-cluster.sh" bash -c run
rm -f "$pass"
