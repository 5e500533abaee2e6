#!/usr/bin/env python3
"""Disk full: saving and importing into a database on a full filesystem fail with a clear message
and leave the database consistent and usable once space is free again.

Needs root and a mountable tmpfs (`mount -t tmpfs -o size=2m`); otherwise it says why and exits
77, which CTest reports as skipped. The database lives on the small tmpfs, the import files do
not. For each amount of free space left (none, 16 KiB, 64 KiB, 256 KiB) it runs imports of 50 and
400 cases and a demo of 2500 cases, and checks: exit 2 with a message about the full disk (or
success, when it fitted), nothing partial (an import is all there or absent; demo adds whole
batches), `verify` exits 0 on the full disk and after. Then it frees the space and checks that the
refused imports go through.
Evidence attachment on a full disk is tested with the evidence store.
Usage: diskfull.py --cli PATH
"""
import argparse
import errno
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tdcli import SKIP, Checker, count_cases, imported_count, make_import_file, run  # noqa: E402

DEMO_BATCH = 2000


def fill(folder, leave_free):
    """Fills the filesystem holding `folder`, then gives back `leave_free` bytes."""
    filler = os.path.join(folder, "filler")
    chunk = b"\0" * 65536
    with open(filler, "ab", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError as e:
            if e.errno != errno.ENOSPC:
                raise
        # Byte-wise to the last free byte: tmpfs counts whole pages.
        try:
            while True:
                f.write(b"\0")
        except OSError as e:
            if e.errno != errno.ENOSPC:
                raise
    size = os.path.getsize(filler)
    os.truncate(filler, max(0, size - leave_free))
    return filler


def mount_tmpfs(folder):
    if os.geteuid() != 0:
        return "not running as root"
    try:
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", folder], capture_output=True, text=True)
    except OSError as e:
        return "mount could not run: %s" % e
    if r.returncode != 0:
        return "mount -t tmpfs failed: %s" % r.stderr.strip()
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.environ.get("TRUSTDESK_CLI"))
    args = parser.parse_args()
    if not args.cli:
        parser.error("--cli or TRUSTDESK_CLI is needed")
    work = tempfile.mkdtemp(prefix="trustdesk-diskfull-")
    small = os.path.join(work, "small")
    os.mkdir(small)
    why = mount_tmpfs(small)
    if why:
        shutil.rmtree(work, ignore_errors=True)
        print("SKIP: no small filesystem to fill (%s)" % why)
        return SKIP
    check = Checker()
    try:
        db = os.path.join(small, "cases.sqlite")
        files = {}
        next_index = 1

        def new_file(count):
            nonlocal next_index
            path = os.path.join(work, "import-%d.json" % next_index)
            make_import_file(path, next_index, count)
            files[next_index] = (path, count)
            next_index += 1
            return next_index - 1

        def reset():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            files.clear()
            r = run(args.cli, db, "import", files[new_file(5)][0])
            if r.returncode != 0:
                raise SystemExit("could not prepare the database: %s" % r.stderr)

        def expect_refusal_or_success(what, r):
            """Success, or a refusal that names the full disk."""
            nonlocal refused
            if r.returncode != 0:
                refused += 1
                if check.clear_refusal(r, what):
                    check.expect("disk is full" in r.stderr, "%s: the message does not say the disk is full: %s" % (what, r.stderr.strip()))
            print("%-45s exit %d: %s" % (what, r.returncode, " ".join((r.stderr or r.stdout).split())), flush=True)

        refused = 0
        for leave_free in (0, 16 * 1024, 64 * 1024, 256 * 1024):
            reset()
            before = count_cases(db)
            filler = fill(small, leave_free)
            free = "with %d KiB free" % (leave_free // 1024)
            # Nothing may open the database while the disk is full except the CLI under test
            # (even a reader needs to create the -shm file), so counting waits for free space.
            reported = {}
            for size in (50, 400):
                index = new_file(size)
                r = run(args.cli, db, "import", files[index][0], timeout=120)
                reported[index] = r.returncode == 0
                expect_refusal_or_success("import of %d cases %s" % (size, free), r)
            r = run(args.cli, db, "demo", "--cases", "2500", timeout=120)
            demo_reported = r.returncode == 0
            expect_refusal_or_success("demo of 2500 cases %s" % free, r)

            # verify on the full disk: passes, or cannot read and says so, but never calls it damaged.
            r = run(args.cli, db, "verify", timeout=120)
            if r.returncode != 0:
                check.clear_refusal(r, "verify on the full disk %s" % free)
            print("%-45s exit %d: %s" % ("verify on the full disk " + free, r.returncode, " ".join((r.stderr or r.stdout).split())), flush=True)

            os.remove(filler)
            r = run(args.cli, db, "verify", timeout=120)
            check.expect(r.returncode == 0, "verify with space again (%s before): %d %s" % (free, r.returncode, r.stderr))
            imported = 0
            for i, (path, count) in files.items():
                n = imported_count(db, i)
                check.expect(n in (0, count), "import of %d %s is partial: %d cases" % (count, free, n))
                check.expect(n == count or not reported.get(i), "import of %d %s was reported but has %d cases" % (count, free, n))
                imported += n
            demo_added = count_cases(db) - before - (imported - 5)
            check.expect(demo_added in (0, DEMO_BATCH, 2500), "demo %s added %d cases, not whole batches" % (free, demo_added))
            check.expect(demo_added == 2500 or not demo_reported, "demo %s was reported but added %d" % (free, demo_added))
            # With space again, the refused imports go through.
            for i, (path, count) in list(files.items()):
                if imported_count(db, i) == 0:
                    r = run(args.cli, db, "import", path)
                    check.expect(r.returncode == 0 and imported_count(db, i) == count,
                                 "import of %d with space again (%s before): %d %s" % (count, free, r.returncode, r.stderr))
        r = run(args.cli, db, "verify")
        check.expect(r.returncode == 0, "final verify: %d %s" % (r.returncode, r.stderr))
    finally:
        subprocess.run(["umount", "-l", small])
        shutil.rmtree(work, ignore_errors=True)
    return check.finish("diskfull")


if __name__ == "__main__":
    sys.exit(main())
