#!/usr/bin/env python3
"""A TrustDesk database locked by another process: trustdesk-cli explains, exits 2, leaves it alone.

tests/cli/tst_cli.cpp covers the other bad files (empty, truncated, random bytes, another
application's SQLite, newer schema, read-only); this covers locks held by another program:
  * a writer holding `BEGIN EXCLUSIVE` (python's sqlite3 module, and the sqlite3 shell):
    in WAL mode readers go on reading (list, search, verify exit 0), writers (import, demo)
    wait out the busy timeout and refuse;
  * a connection in `locking_mode=EXCLUSIVE` that has written: nobody else may even read.
Each run must end within the busy timeout plus a margin (no hang), exit 0 or 2 with one
plain-language line, and leave the database file and its WAL byte-for-byte as they were.
Usage: lockeddatabase.py --cli PATH
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tdcli import Checker, make_import_file, run, sha256  # noqa: E402

BUSY_TIMEOUT = 5.0  # app/storage/database.cpp QSQLITE_BUSY_TIMEOUT
MARGIN = 10.0

PY_LOCKER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "exclusive-mode":
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    con.execute("UPDATE cases SET assigned_caseworker = assigned_caseworker WHERE id = 0")
    con.execute("COMMIT")  # the exclusive lock stays until the connection closes
else:
    con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(120)
"""


def start_locker(kind, db):
    if kind == "sqlite3-shell":
        shell = shutil.which("sqlite3")
        if not shell:
            return None
        proc = subprocess.Popen([shell, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        proc.stdin.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n")
        proc.stdin.flush()
    else:
        proc = subprocess.Popen([sys.executable, "-c", PY_LOCKER, db, kind], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if line != "locked":
        proc.kill()
        raise SystemExit("the %s locker did not start: %s %s" % (kind, line, proc.stderr.read()))
    return proc


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.environ.get("TRUSTDESK_CLI"))
    args = parser.parse_args()
    if not args.cli:
        parser.error("--cli or TRUSTDESK_CLI is needed")
    check = Checker()
    work = tempfile.mkdtemp(prefix="trustdesk-locked-")
    try:
        db = os.path.join(work, "cases.sqlite")
        seed_file = os.path.join(work, "seed.json")
        more_file = os.path.join(work, "more.json")
        make_import_file(seed_file, 1, 5)
        make_import_file(more_file, 2, 5)
        if run(args.cli, db, "import", seed_file).returncode != 0:
            raise SystemExit("could not prepare the database")

        commands = {
            "import": (["import", more_file], True),
            "demo": (["demo", "--cases", "3"], True),
            "list": (["list"], False),
            "search": (["search", "Example"], False),
            "verify": (["verify"], False),
        }
        for locker_kind in ("python", "sqlite3-shell", "exclusive-mode"):
            locker = start_locker(locker_kind, db)
            if locker is None:
                print("skipped the %s locker: the sqlite3 shell is not installed" % locker_kind)
                continue
            try:
                before = (sha256(db), sha256(db + "-wal"))
                for name, (cli_args, writes) in commands.items():
                    what = "%s while %s holds the lock" % (name, locker_kind)
                    start = time.monotonic()
                    try:
                        r = run(args.cli, db, *cli_args, timeout=BUSY_TIMEOUT + MARGIN)
                    except subprocess.TimeoutExpired:
                        check.expect(False, "%s: still running after %.0f s (hangs)" % (what, BUSY_TIMEOUT + MARGIN))
                        continue
                    elapsed = time.monotonic() - start
                    check.expect(r.returncode >= 0, "%s: crashed with signal %d" % (what, -r.returncode))
                    blocked = writes or locker_kind == "exclusive-mode"
                    if blocked:
                        if check.clear_refusal(r, what):
                            check.expect("in use by another program" in r.stderr, "%s: does not say the database is in use: %s" % (what, r.stderr))
                    else:
                        check.expect(r.returncode == 0, "%s: a reader should not be blocked in WAL mode: exit %d %s" % (what, r.returncode, r.stderr))
                    check.expect(elapsed < BUSY_TIMEOUT + MARGIN, "%s: took %.1f s" % (what, elapsed))
                    check.expect((sha256(db), sha256(db + "-wal")) == before, "%s: the database changed" % what)
                    print("%-45s exit %d in %.1f s: %s" % (what, r.returncode, elapsed, r.stderr.strip() or r.stdout.strip().split("\n")[0]), flush=True)
            finally:
                locker.kill()
                locker.communicate()
        # With the lock gone, the same import goes through: the refusals left nothing behind.
        r = run(args.cli, db, "import", more_file)
        check.expect(r.returncode == 0 and "Imported 5" in r.stdout, "import after the locks: %d %s" % (r.returncode, r.stderr))
        r = run(args.cli, db, "verify")
        check.expect(r.returncode == 0, "verify after the locks: %d %s" % (r.returncode, r.stderr))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return check.finish("lockeddatabase")


if __name__ == "__main__":
    sys.exit(main())
