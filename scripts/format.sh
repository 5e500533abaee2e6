#!/usr/bin/env bash
# Formats (--fix) or checks (--check, the default) every C++ file git knows of with the
# repository's .clang-format. clang-format 14 is the reference version (Debian 12).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:---check}"
cf="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$cf" ]; then
  echo "clang-format is not installed (Debian: apt-get install clang-format)" >&2
  exit 2
fi
# Outside a git checkout (a source tarball) every C++ file under the source folders counts.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked files and new ones not yet added (but not ignored ones, such as build/).
  mapfile -d '' files < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h')
else
  mapfile -d '' files < <(find app ui tests -name '*.cpp' -print0 -o -name '*.h' -print0)
fi
case "$mode" in
  --fix)
    printf '%s\0' "${files[@]}" | xargs -0 -r "$cf" -i --style=file
    ;;
  --check)
    bad=()
    for f in "${files[@]}"; do
      [ -f "$f" ] || continue
      if ! "$cf" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
      fi
    done
    if [ ${#bad[@]} -gt 0 ]; then
      echo "Not formatted with .clang-format (${#bad[@]} files; run scripts/format.sh --fix):" >&2
      printf '  %s\n' "${bad[@]}" >&2
      exit 1
    fi
    echo "All ${#files[@]} C++ files are formatted."
    ;;
  *)
    echo "usage: scripts/format.sh [--check|--fix]" >&2
    exit 1
    ;;
esac
