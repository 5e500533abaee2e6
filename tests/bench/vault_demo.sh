#!/usr/bin/env bash
# `trustdesk-cli demo --cases N` into a plaintext database and into a vault, alternately, in one
# run (the machine is shared: the load average is printed with each figure). The vault's time
# includes its one Argon2id unlock (~1 s). Never a timed test; the figures go to BENCHMARKS.md.
# Usage: tests/bench/vault_demo.sh [CASES] [RUNS] [DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="${TRUSTDESK_CLI:-$root/build/bin/trustdesk-cli}"
cases="${1:-100000}"
runs="${2:-2}"
dir="$(mktemp -d "${3:-${TMPDIR:-/tmp}}/vault-demo-XXXXXX")"
trap 'rm -rf "$dir"' EXIT
printf 'fictional bench passphrase\n' >"$dir/pass"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
for run in $(seq "$runs"); do
  rm -rf "$dir"/plain* "$dir"/vault*
  "$cli" --db "$dir/plain.sqlite" init --unencrypted >/dev/null
  "$cli" --db "$dir/vault.sqlite" --passphrase-file "$dir/pass" init --recovery-key-out "$dir/vault.rk" >/dev/null
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  p=$(seconds "$cli" --db "$dir/plain.sqlite" demo --cases "$cases")
  v=$(seconds "$cli" --db "$dir/vault.sqlite" --passphrase-file "$dir/pass" demo --cases "$cases")
  printf 'run %s (load %s): plaintext %.2f s, vault %.2f s, ratio %.2f\n' "$run" "$load" "$p" "$v" "$(echo "$v / $p" | bc -l)"
done
