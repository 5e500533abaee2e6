#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster, then removes the cluster.
#
#   scripts/pg-test-cluster.sh ctest -L postgres
#   scripts/pg-test-cluster.sh psql            # a look around; everything is gone on exit
#
# The cluster lives in a fresh temporary folder and listens on a unix socket there only (no TCP,
# so nothing else on the machine can reach it and two runs never fight over a port). Trust
# authentication (but for the members of one test group, below), fsync off: it holds only synthetic test data and is deleted afterwards.
# The command gets:
#   TRUSTDESK_TEST_PG_URI  postgresql:///postgres?host=<socket folder>&user=td  (a superuser; test
#                          fixtures create a database of their own per test function from it)
#   PGHOST, PGUSER, PGDATABASE  the same, for psql and friends
# Its exit code is the script's.
#
# initdb refuses to run as root, and CI runs as root: then the server runs as the `postgres` system
# user (which the postgresql-common package creates with the server; `nobody` otherwise), owning
# only the temporary folder; the command itself still runs as the caller. We do this by hand
# rather than with pg_virtualenv because pg_virtualenv listens on a localhost TCP port and, as
# root, registers the cluster under /etc/postgresql for its lifetime; here nothing outside the
# temporary folder is touched.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGUMENT...]" >&2
  exit 2
fi

pgbin="${TRUSTDESK_PG_BINDIR:-}"
if [ -z "$pgbin" ]; then
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    pgbin=/usr/lib/postgresql/15/bin
  elif command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    pgbin="$(pg_config --bindir)"
  else
    echo "$0: PostgreSQL's initdb was not found; scripts/deps.sh installs postgresql-15" >&2
    exit 1
  fi
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
  server_user=postgres
  id -u "$server_user" >/dev/null 2>&1 || server_user=nobody
  as_server=(runuser -u "$server_user" --)
  # The server user must reach the folder: the caller's TMPDIR may be private (/root/…).
  dir="$(mktemp -d /tmp/td-pg.XXXXXX)"
  chown "$server_user" "$dir"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/td-pg.XXXXXX")"
fi
chmod 0700 "$dir"

cleanup() {
  local rc=$?
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_server[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_server[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U td --no-sync -E UTF8 \
  --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
# One test-only exception to trust: members of the group trustdesk_test_scram (which a test
# creates) must log in with a SCRAM-SHA-256 password, so tests can show that a password set by
# `trustdesk-cli staff add --password-file` works at login (tests/postgres/tst_staffpasswords.cpp).
hba="$dir/data/pg_hba.conf"
"${as_server[@]}" sh -c '{ echo "local all +trustdesk_test_scram scram-sha-256"; cat "$1"; } \
  >"$1.new" && mv "$1.new" "$1"' sh "$hba"
if ! "${as_server[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 1
fi

export PGHOST="$dir" PGUSER=td PGDATABASE=postgres
export TRUSTDESK_TEST_PG_URI="postgresql:///postgres?host=$dir&user=td"
echo "pg-test-cluster: $TRUSTDESK_TEST_PG_URI" >&2
set +e
"$@"
rc=$?
set -e
exit "$rc"
