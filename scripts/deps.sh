#!/usr/bin/env bash
# Installs the Debian 12 packages TrustDesk needs to build, run and test.
# Only what is missing is installed; sudo is used only when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libgl-dev libvulkan-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libssl-dev libsodium-dev libfontconfig-dev pkg-config
  fonts-noto-core fonts-noto-cjk
  python3 python3-jsonschema
  xvfb xauth poppler-utils desktop-file-utils appstream librsvg2-bin lintian
  bubblewrap qpdf libimage-exiftool-perl dbus-daemon
  libopencv-dev opencv-data
  libxlsxwriter-dev # the case list as .xlsx (docs/case-list-csv.md)
  clang libclang-rt-14-dev clang-format
  # Office mode: the server the postgres-labelled tests run against (scripts/pg-test-cluster.sh
  # makes a throwaway cluster with its initdb and pg_ctl; unaccent and pg_trgm ship in this package
  # on bookworm, so no postgresql-contrib) and runuser from util-linux, to run them when root.
  postgresql-15 util-linux
  libpq-dev # to cancel a running statement on an office server (app/storage/queryinterrupt.cpp)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
