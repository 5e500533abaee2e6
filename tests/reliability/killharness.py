#!/usr/bin/env python3
"""Crash-safety harness: SIGKILLs trustdesk-cli at random moments while it saves, then checks.

Each round starts one saving command against the same database -- `import FILE` of a generated
TrustDesk JSON file (1 to 500 cases, every reference unique to that file) or `demo --cases N`
(several BEGIN IMMEDIATE batches) -- and kills it after a random delay drawn from the command's
measured run time. Right before the kill the harness looks (without touching the database) at
SQLite's WAL write lock in the -shm file: held means the kill lands inside a write transaction.
After each kill:
  * `trustdesk-cli verify` exits 0 (integrity_check, foreign keys, search index in step);
  * every import the CLI reported ("Imported N case(s)." on stdout, printed after COMMIT) is all
    there, and every import file is there completely or not at all;
  * demo rounds added a whole number of batches (the CLI commits 2000 cases at a time).
Exit status 0 when every round passed, 1 otherwise; figures on stdout.

With --vault the database is encrypted: the harness passes a passphrase file to every command and
counts cases through `trustdesk-cli list`; the kill also lands in the key derivation now and then.

Usage: killharness.py --cli PATH [--kills N] [--seed S] [--max-cases N] [--workdir DIR] [--vault]
"""
import argparse
import fcntl
import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tdcli  # noqa: E402
from tdcli import cli_command, count_cases, imported_count, make_import_file, template_cases  # noqa: E402

DEMO_BATCH = 2000           # app/cli/democommand.cpp kBatchSize
WAL_WRITE_LOCK_OFFSET = 120 # sqlite3 wal.c: WALINDEX_LOCK_OFFSET, lock slot 0 is WAL_WRITE_LOCK


def write_lock_held(shm_path):
    """True when another process holds SQLite's WAL write lock (a write transaction is open).

    F_GETLK only asks; it takes no lock, so the CLI under test is not disturbed."""
    try:
        fd = os.open(shm_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        # struct flock on Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
        request = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, WAL_WRITE_LOCK_OFFSET, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
        return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


class Harness:
    def __init__(self, args):
        self.cli = os.path.abspath(args.cli)
        self.rng = random.Random(args.seed)
        self.work = args.workdir
        self.db = os.path.join(self.work, "cases.sqlite")
        self.max_cases = args.max_cases
        self.template = template_cases()
        self.sizes = [s for s in (1, 10, 100, 500) if s <= self.max_cases] or [1]
        self.demo_sizes = [n for n in (DEMO_BATCH + 500, 2 * DEMO_BATCH + 1000) if n <= max(self.max_cases * 10, DEMO_BATCH + 500)]
        self.durations = {}
        self.next_file = 1
        self.files = {}   # file index -> case count (every file ever started)
        self.reported = set()
        self.figures = {"rounds": 0, "kills": 0, "mid_transaction": 0, "finished_before_kill": 0,
                        "committed_unreported": 0, "rolled_back": 0, "failures": 0}
        self.failures = []

    def cli_run(self, *args, timeout=600):
        return subprocess.run(cli_command(self.cli, self.db, *args), stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)

    def fail(self, message):
        self.figures["failures"] += 1
        self.failures.append(message)
        print("FAIL:", message, flush=True)

    def new_import(self, size):
        index = self.next_file
        self.next_file += 1
        path = os.path.join(self.work, "import-%04d.json" % index)
        make_import_file(path, index, size, self.template)
        self.files[index] = size
        return index, path

    def calibrate(self):
        r = self.cli_run("init")
        if r.returncode != 0:
            raise SystemExit("init failed: %s" % r.stderr)
        for size in self.sizes:
            index, path = self.new_import(size)
            start = time.monotonic()
            r = self.cli_run("import", path)
            self.durations[("import", size)] = time.monotonic() - start
            if r.returncode != 0 or "Imported" not in r.stdout:
                raise SystemExit("calibration import failed: %s %s" % (r.stdout, r.stderr))
            self.reported.add(index)
        for n in self.demo_sizes:
            start = time.monotonic()
            r = self.cli_run("demo", "--cases", str(n), "--seed", str(self.rng.randrange(1 << 30)))
            self.durations[("demo", n)] = time.monotonic() - start
            if r.returncode != 0:
                raise SystemExit("calibration demo failed: %s" % r.stderr)

    def check(self, label):
        r = self.cli_run("verify")
        if r.returncode != 0:
            self.fail("%s: verify exited %d: %s" % (label, r.returncode, (r.stdout + r.stderr).strip()[:2000]))
            return False
        ok = True
        for index, size in self.files.items():
            n = imported_count(self.db, index)
            if n not in (0, size):
                self.fail("%s: import file %d is partial: %d of %d cases" % (label, index, n, size))
                ok = False
            if index in self.reported and n != size:
                self.fail("%s: import file %d was reported committed but has %d of %d cases" % (label, index, n, size))
                ok = False
        return ok

    def round(self, number):
        if self.demo_sizes and self.rng.random() < 0.25:
            n = self.rng.choice(self.demo_sizes)
            kind, key = "demo", ("demo", n)
            args = ["demo", "--cases", str(n), "--seed", str(self.rng.randrange(1 << 30))]
            index = None
        else:
            size = self.rng.choice(self.sizes)
            kind, key = "import", ("import", size)
            index, path = self.new_import(size)
            args = ["import", path]
        before = count_cases(self.db)
        # Up to 1.1x the measured time: most kills land while it works, a few after it finished.
        delay = self.rng.uniform(0, self.durations[key] * 1.1)
        proc = subprocess.Popen(cli_command(self.cli, self.db, *args), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + delay
        shm = self.db + "-shm"
        in_transaction = False
        while True:
            now = time.monotonic()
            if proc.poll() is not None:
                break
            if now >= deadline:
                in_transaction = write_lock_held(shm)
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(min(0.002, deadline - now))
        out, err = proc.communicate(timeout=60)
        killed = proc.returncode == -signal.SIGKILL
        self.figures["rounds"] += 1
        label = "round %d (%s, delay %.3f s)" % (number, " ".join(args[:3]), delay)
        if not killed:
            self.figures["finished_before_kill"] += 1
            if proc.returncode != 0:
                self.fail("%s: exited %d without being killed: %s" % (label, proc.returncode, err.strip()))
        else:
            self.figures["kills"] += 1
            if in_transaction:
                self.figures["mid_transaction"] += 1
        reported = (kind == "import" and "Imported" in out) or (kind == "demo" and "Added" in out)
        if kind == "import" and reported:
            self.reported.add(index)
        self.check(label)
        added = count_cases(self.db) - before
        if kind == "import":
            if killed and added == 0:
                self.figures["rolled_back"] += 1
            elif killed and not reported:
                self.figures["committed_unreported"] += 1
        else:
            n = int(args[2])
            if added % DEMO_BATCH not in (0, n % DEMO_BATCH) or added > n:
                self.fail("%s: demo added %d cases, not whole batches of %d" % (label, added, DEMO_BATCH))
            if reported and added != n:
                self.fail("%s: demo reported %d cases but added %d" % (label, n, added))
            if killed and added == 0:
                self.figures["rolled_back"] += 1
            elif killed and not reported and added == n:
                self.figures["committed_unreported"] += 1

    def run(self, kills):
        self.calibrate()
        print("calibrated run times (s): " + ", ".join("%s %d: %.3f" % (k[0], k[1], v) for k, v in sorted(self.durations.items())), flush=True)
        number = 0
        while self.figures["kills"] < kills and number < kills * 3:
            number += 1
            self.round(number)
            # Keep the database small enough that verify stays quick on long runs.
            if count_cases(self.db) > 60000:
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(self.db + suffix):
                        os.remove(self.db + suffix)
                self.files.clear()
                self.reported.clear()
                if self.cli_run("init").returncode != 0:
                    self.fail("re-init failed")
                    break
        return self.figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.environ.get("TRUSTDESK_CLI"), help="the trustdesk-cli to test")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("TRUSTDESK_KILL_SEED", "20260302")))
    parser.add_argument("--max-cases", type=int, default=500, help="largest import file")
    parser.add_argument("--workdir", help="keep the files here instead of a temporary folder")
    parser.add_argument("--vault", action="store_true",
                        help="an encrypted database (every command unlocks it: about a second each)")
    args = parser.parse_args()
    if not args.cli:
        parser.error("--cli or TRUSTDESK_CLI is needed")
    keep = args.workdir is not None
    if keep:
        os.makedirs(args.workdir, exist_ok=True)
    else:
        args.workdir = tempfile.mkdtemp(prefix="trustdesk-kill-")
    if args.vault:
        tdcli.use_vault(os.path.abspath(args.cli), args.workdir)
    start = time.monotonic()
    try:
        figures = Harness(args).run(args.kills)
    finally:
        if not keep:
            shutil.rmtree(args.workdir, ignore_errors=True)
    figures["seconds"] = round(time.monotonic() - start, 1)
    print("figures: " + ", ".join("%s=%s" % kv for kv in figures.items()), flush=True)
    if figures["kills"] < args.kills:
        print("FAIL: only %d kills landed" % figures["kills"])
        return 1
    return 0 if figures["failures"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
