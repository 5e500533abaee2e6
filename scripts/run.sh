#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build, launch TrustDesk.
#   scripts/run.sh            opens the default database (created on first run)
#   scripts/run.sh --sample   opens a separate database filled with 2,000 fictional cases
#   scripts/run.sh --db FILE  opens FILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TRUSTDESK_BUILD_DIR:-$root/build}"
TRUSTDESK_BUILD_DIR="$build" "$root/scripts/build.sh"

if [ "${1:-}" = "--sample" ]; then
  shift
  sample_dir="${XDG_DATA_HOME:-$HOME/.local/share}/TrustDesk"
  sample="$sample_dir/sample.trustdesk"
  if [ ! -f "$sample" ]; then
    echo "Creating sample database with 2,000 fictional cases: $sample"
    "$build/bin/trustdesk-cli" --db "$sample" demo --unencrypted --cases 2000 --seed 1
  fi
  exec "$build/bin/trustdesk" --db "$sample" "$@"
fi
exec "$build/bin/trustdesk" "$@"
