#!/usr/bin/env bash
# Starts TrustDesk under a virtual X server at 1366x768 and saves a screenshot of the screen.
# Usage: scripts/screenshot.sh OUT.png [seconds to wait] [-- trustdesk arguments…]
# Optional: SCREENSHOT_KEYS="ctrl+f n g u y e n Return" types keys (xdotool) before the shot.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"; shift
wait="${1:-4}"; [[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift
bin="${TRUSTDESK_BUILD_DIR:-$root/build}/bin/trustdesk"
export out wait bin
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$bin" "$@" & pid=$!
  sleep "$wait"
  if [[ -n "${SCREENSHOT_KEYS:-}" ]]; then
    # No window manager under Xvfb: give the main window the keyboard focus ourselves.
    win=$(xdotool search --onlyvisible --name "TrustDesk" | head -1)
    [[ -n "$win" ]] && xdotool windowfocus --sync "$win" 2>/dev/null || true
    for k in $SCREENSHOT_KEYS; do xdotool key --delay 60 "$k"; done
    sleep 1.5
  fi
  import -window root "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
' bash "$@"
echo "Saved $out"
