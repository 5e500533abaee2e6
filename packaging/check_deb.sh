#!/usr/bin/env bash
# ctest helper for packaging_deb_lintian: builds the Debian package from the build tree with
# CPack, as a release would, and holds it to what a Debian maintainer would accept:
#   - lintian reports no error and no warning (informational tags are shown, not fatal);
#   - Depends and Recommends name each package once;
#   - Maintainer and Homepage are no placeholder (example.org, .invalid, localhost…);
#   - the changelog's latest entry is the package's version;
#   - trustdesk-cli.1 documents every command `trustdesk-cli --help` lists.
# Usage: check_deb.sh BUILD_DIR WORK_DIR CPACK CHANGELOG TRUSTDESK_CLI
# Exits 77 (skipped) only when lintian is not installed (Debian package lintian, scripts/deps.sh).
set -euo pipefail
build_dir="$1" work_dir="$2" cpack="$3" changelog="$4" cli="$5"

if ! command -v lintian >/dev/null 2>&1; then
  echo "SKIP: lintian is not installed (apt-get install lintian, or run scripts/deps.sh)"
  exit 77
fi

fail=0
problem() {
  echo "FAIL: $*"
  fail=1
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work_dir" >"$work_dir/cpack.log" 2>&1; then
  cat "$work_dir/cpack.log"
  echo "FAIL: cpack -G DEB failed"
  exit 1
fi
debs=("$work_dir"/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  cat "$work_dir/cpack.log"
  echo "FAIL: expected one .deb in $work_dir, found: ${debs[*]}"
  exit 1
fi
deb="${debs[0]}"
echo "== $deb"
dpkg-deb --field "$deb"
echo

# lintian: E: and W: fail, I: (informational) and the rest are printed only. --fail-on makes the
# exit status say so; the output is checked too, so that a lintian whose exit status means
# something else cannot pass a warning.
echo "== lintian"
set +e
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" >"$work_dir/lintian.log" 2>&1
lintian_rc=$?
set -e
cat "$work_dir/lintian.log"
if [ $lintian_rc -ne 0 ] || grep -qE '^[EW]: ' "$work_dir/lintian.log"; then
  problem "lintian reports errors or warnings (exit status $lintian_rc)"
else
  echo "lintian: no error, no warning"
fi
echo

# Each package once across Depends and Recommends ("libfoo (>= 1), libfoo" is a duplicate too).
relations="$(dpkg-deb --field "$deb" Depends Recommends | sed -E 's/^(Depends|Recommends)://')"
duplicates="$(printf '%s\n' "$relations" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/:[a-z0-9]+//; s/[[:space:]]//g' \
  | grep -v '^$' | sort | uniq -d)"
if [ -n "$duplicates" ]; then
  problem "named more than once in Depends/Recommends: $(echo "$duplicates" | tr '\n' ' ')"
fi

# No placeholder contact or web address (lintian accepts any well-formed domain).
placeholder='example\.(org|com|net)|\.example\b|\.invalid\b|\.test\b|localhost|localdomain'
if dpkg-deb --field "$deb" Maintainer Homepage | grep -qiE "$placeholder"; then
  problem "placeholder address in the control file: $(dpkg-deb --field "$deb" Maintainer Homepage | tr '\n' ' ')"
fi

# The changelog's latest entry must be the version being packaged.
package_version="$(dpkg-deb --field "$deb" Version)"
changelog_version="$(dpkg-parsechangelog --file "$changelog" --show-field Version)"
if [ "$package_version" != "$changelog_version" ]; then
  problem "packaging/debian/changelog's latest entry is $changelog_version, the package is" \
    "$package_version: add an entry"
fi

# The manual page keeps up with the commands.
extract="$work_dir/extract"
dpkg-deb --extract "$deb" "$extract"
manpage="$extract/usr/share/man/man1/trustdesk-cli.1.gz"
if [ -f "$manpage" ]; then
  rendered="$(MANWIDTH=200 LC_ALL=C.UTF-8 man --local-file "$manpage" 2>/dev/null | col -b)"
  commands="$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')"
  if [ -z "$commands" ]; then
    problem "no commands found in \`trustdesk-cli --help\`"
  fi
  for command in $commands; do
    # A command's entry starts its line at the man page's tag indent: "       attach ref file…".
    if ! grep -qE "^ {7}$command( |$)" <<<"$rendered"; then
      problem "trustdesk-cli.1 does not document the command $command"
    fi
  done
else
  problem "no manual page $manpage in the package"
fi

if [ $fail -ne 0 ]; then
  exit 1
fi
rm -rf "$work_dir"
echo "OK: $(basename "$deb")"
