#!/usr/bin/env bash
# Starts TrustDesk under a virtual X server at 1366x768 and saves a screenshot of the screen.
# Usage: scripts/screenshot.sh OUT.png [seconds to wait] [-- trustdesk arguments…]
# Optional: SCREENSHOT_KEYS="ctrl+f n g u y e n Return" types keys (xdotool) before the shot.
#
# Or every window at once, in one language, for a screenshot review:
#   scripts/screenshot.sh --tour LANG DIR [DATABASE]
# opens each window the menus reach, the case editor's tabs and the lock screen (screentour), on a
# copy of DATABASE (default: 40 fictional demo cases), with a throwaway profile and settings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TRUSTDESK_BUILD_DIR:-$root/build}"
if [[ "${1:-}" == "--tour" ]]; then
  lang="${2:?language, e.g. ar}"; out="${3:?output folder}"; source_db="${4:-}"
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/config/trustdesk.org" "$out"
  if [[ -n "$source_db" ]]; then
    cp "$source_db" "$work/cases.sqlite"
  else
    "$build/bin/trustdesk-cli" --db "$work/cases.sqlite" init --unencrypted >/dev/null
    "$build/bin/trustdesk-cli" --db "$work/cases.sqlite" demo --cases 40 --seed 7 >/dev/null
  fi
  cat >"$work/config/trustdesk.org/TrustDesk.conf" <<CONF
[caseworker]
name=Test Caseworker
role=caseworker

[interface]
language=$lang

[office]
name=Synthetic Legal Aid Office
address=1 Example Street, Boston, MA 02108
phone=617-555-0100
email=intake@example.org
CONF
  HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1366x768x24" "$build/bin/screentour" --db "$work/cases.sqlite" --out "$out"
  exit
fi
out="$1"; shift
wait="${1:-4}"; [[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift
bin="$build/bin/trustdesk"
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
