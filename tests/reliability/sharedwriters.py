#!/usr/bin/env python3
"""Shared-database stress test: the app and trustdesk-cli on one database lose no write.

Runs, at the same time and on one database:
  * stressapp, an app-like process that keeps connections open the way the window does (a main
    one, an editor's evidence panel) and opens short-lived ones as background jobs do, while it
    saves and edits cases and prints "ACK <reference>" / "EDIT <reference> <value>" for each
    save that returned success;
  * --writers processes' worth of trustdesk-cli writers, each importing one-case files with
    references of its own and attaching an evidence file now and then (acknowledged = exit 0);
  * a reader running list, search, verify and report (each opens and closes the database: the
    close is where a process that believes it is alone checkpoints and deletes the WAL), and a
    writer that also runs `demo`;
  * a backup loop: `backup` while everything else runs, then `verify` on the backup, which must
    hold every case acknowledged before that backup started.
Afterwards `verify` and `audit verify` (one unbroken audit chain) must pass on the database and
every acknowledged write must be found:
each reference, each edit's last value, each attached file. Figures on stdout.

With --vault the database is encrypted: every CLI run gets a passphrase file, the app-like process
unlocks it once, and the checks read the vault through `stressapp --query`.

Usage: sharedwriters.py --cli PATH --app PATH [--rounds N] [--writers W] [--workdir DIR] [--vault]
Exit status 0 when nothing was lost, 1 otherwise.
"""
import argparse
import copy
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tdcli  # noqa: E402
from tdcli import Checker, run, template_cases  # noqa: E402

APP_YEAR = 2002
WRITER_YEAR = 2003  # writer w uses references TD-2003-w0nnnn


APP = None  # the stressapp binary, which also reads a vault for rows() (--vault)


def rows(db, sql):
    """The rows of `sql` on `db`, read-only: through sqlite3, or for a vault through stressapp
    --query (text columns, NULL as "")."""
    if tdcli.PASSPHRASE_FILE is None:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=30)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()
    r = subprocess.run([APP, "--db", db, "--passphrase-file", tdcli.PASSPHRASE_FILE, "--query", sql],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError("query on the vault failed: %s" % r.stderr)
    return [tuple(line.split("\t")) for line in r.stdout.splitlines()]


class Ledger:
    """What each process was told had been written, and when."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cases = {}      # reference -> time acknowledged
        self.edits = {}      # reference -> last acknowledged assigned caseworker
        self.evidence = {}   # reference -> set of sha256
        self.demo_cases = 0  # cases `demo` said it added (their references are its own)
        self.reports = 0     # complaint reports `report` said it wrote (each is recorded)
        self.app_backups = []  # backups the app-like process wrote itself
        self.errors = []

    def ack_case(self, reference):
        with self.lock:
            self.cases[reference] = time.monotonic()

    def acked_before(self, moment):
        with self.lock:
            return {r for r, t in self.cases.items() if t <= moment}


def writer(args, db, index, ledger, stop_after, work):
    template = template_cases()[0]
    previous = None
    for n in range(stop_after):
        reference = "TD-%d-%d%05d" % (WRITER_YEAR, index, n)
        case = copy.deepcopy(template)
        case["reference"] = reference
        path = os.path.join(work, "w%d-%d.json" % (index, n))
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"format": "trustdesk-cases", "version": 2, "withheld_fields": [], "cases": [case]}, f, ensure_ascii=False)
        r = run(args.cli, db, "import", path, timeout=120)
        if r.returncode == 0:
            ledger.ack_case(reference)
            previous = reference
        else:
            with ledger.lock:
                ledger.errors.append("import %s: exit %d: %s" % (reference, r.returncode, r.stderr.strip()))
        if index == 1 and n % 5 == 4:
            r = run(args.cli, db, "demo", "--cases", "2", "--seed", str(n), timeout=120)
            if r.returncode == 0:
                with ledger.lock:
                    ledger.demo_cases += 2
            else:
                with ledger.lock:
                    ledger.errors.append("demo: exit %d: %s" % (r.returncode, r.stderr.strip()))
        if previous and n % 3 == 2:
            evidence = os.path.join(work, "w%d-%d.txt" % (index, n))
            payload = ("evidence %s round %d\n" % (previous, n)).encode()
            with open(evidence, "wb") as f:
                f.write(payload)
            r = run(args.cli, db, "attach", previous, evidence, "--description", "stress", timeout=120)
            if r.returncode == 0:
                import hashlib
                with ledger.lock:
                    ledger.evidence.setdefault(previous, set()).add(hashlib.sha256(payload).hexdigest())
            else:
                with ledger.lock:
                    ledger.errors.append("attach %s: exit %d: %s" % (previous, r.returncode, r.stderr.strip()))


def reader(args, db, ledger, done, work):
    """Reads, checks and prints (report runs in trustdesk-cli-print and records each report)."""
    commands = [("list",), ("search", "Example"), ("verify",), ("report",)]
    i = 0
    while not done.is_set():
        cmd = commands[i % len(commands)]
        if cmd == ("report",):
            with ledger.lock:
                refs = sorted(ledger.cases)
            if not refs:
                i += 1
                continue
            cmd = ("report", refs[-1], "--out", os.path.join(work, "report-%d.pdf" % i))
        r = run(args.cli, db, *cmd, timeout=120)
        if r.returncode != 0:
            with ledger.lock:
                ledger.errors.append("%s: exit %d: %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
        elif cmd[0] == "report":
            with ledger.lock:
                ledger.reports += 1
        i += 1


def backups(args, db, ledger, done, work, results):
    i = 0
    while not done.is_set():
        target = os.path.join(work, "backup-%d.trustdesk" % i)
        started = time.monotonic()
        expected = ledger.acked_before(started)
        r = run(args.cli, db, "backup", target, timeout=300)
        if r.returncode != 0:
            with ledger.lock:
                ledger.errors.append("backup %d: exit %d: %s" % (i, r.returncode, r.stderr.strip()))
        else:
            v = run(args.cli, target, "verify", timeout=300)
            present = {row[0] for row in rows(target, "SELECT reference FROM cases")}
            results.append((i, v.returncode, len(expected), len(expected - present)))
        i += 1
        time.sleep(0.2)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--rounds", type=int, default=60, help="app rounds; each writer does rounds/2 imports")
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--workdir")
    parser.add_argument("--vault", action="store_true",
                        help="an encrypted database (every process unlocks it: about a second each)")
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    global APP
    APP = os.path.abspath(args.app)

    work = args.workdir or tempfile.mkdtemp(prefix="td-shared-")
    os.makedirs(work, exist_ok=True)
    if args.vault:
        tdcli.use_vault(args.cli, work)
    db = os.path.join(work, "shared.sqlite")
    check = Checker()
    started = time.monotonic()
    try:
        r = run(args.cli, db, "init")
        if not check.expect(r.returncode == 0, "init: %s" % r.stderr):
            return check.finish("sharedwriters")
        ledger = Ledger()
        done = threading.Event()
        backup_results = []

        vault = ["--passphrase-file", tdcli.PASSPHRASE_FILE] if args.vault else []
        app = subprocess.Popen([args.app, "--db", db, "--rounds", str(args.rounds), "--year", str(APP_YEAR),
                                "--backups", os.path.join(work, "app-backup")] + vault,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        app_edits = {}

        def read_app():
            for line in app.stdout:
                parts = line.rstrip("\n").split(" ", 2)
                if parts[0] == "ACK":
                    ledger.ack_case(parts[1])
                elif parts[0] == "EDIT":
                    app_edits[parts[1]] = parts[2]
                elif parts[0] == "BACKUP":
                    ledger.app_backups.append((parts[1], int(parts[2])))
        app_reader = threading.Thread(target=read_app)
        app_reader.start()

        per_writer = max(1, args.rounds // 2)
        threads = [threading.Thread(target=writer, args=(args, db, w + 1, ledger, per_writer, work)) for w in range(args.writers)]
        side = [threading.Thread(target=reader, args=(args, db, ledger, done, work)),
                threading.Thread(target=backups, args=(args, db, ledger, done, work, backup_results))]
        for t in threads + side:
            t.start()
        for t in threads:
            t.join()
        app_err = app.stderr.read()
        app_code = app.wait(timeout=600)
        app_reader.join()
        done.set()
        for t in side:
            t.join()

        check.expect(app_code == 0, "the app-like process failed (exit %d): %s" % (app_code, app_err.strip()))
        for e in ledger.errors:
            check.expect(False, e)

        # Everything has closed: now look.
        v = run(args.cli, db, "verify")
        check.expect(v.returncode == 0, "verify after the run: exit %d\n%s%s" % (v.returncode, v.stdout, v.stderr))
        # Every process appended to one audit log at once: it must still be one unbroken chain.
        v = run(args.cli, db, "audit", "verify")
        check.expect(v.returncode == 0, "audit verify after the run: exit %d\n%s%s" % (v.returncode, v.stdout, v.stderr))
        stored = {row[0]: row[1] for row in rows(db, "SELECT reference, assigned_caseworker FROM cases")}
        evidence = {}
        for ref, sha in rows(db, "SELECT c.reference, e.sha256 FROM evidence e JOIN cases c ON c.id = e.case_id"):
            evidence.setdefault(ref, set()).add(sha)
        incidents = {row[0]: int(row[1]) for row in rows(db,
            "SELECT c.reference, count(i.id) FROM cases c LEFT JOIN incidents i ON i.case_id = c.id GROUP BY c.id")}
        lost = sorted(set(ledger.cases) - set(stored))
        check.expect(not lost, "%d acknowledged cases are missing: %s" % (len(lost), ", ".join(lost[:10])))
        lost_edits = [r for r, value in app_edits.items() if stored.get(r) != value]
        check.expect(not lost_edits, "%d acknowledged edits are missing: %s" % (len(lost_edits), ", ".join(lost_edits[:10])))
        lost_files = sum(len(shas - evidence.get(ref, set())) for ref, shas in ledger.evidence.items())
        check.expect(lost_files == 0, "%d acknowledged evidence files are missing" % lost_files)
        half = [r for r in ledger.cases if r in incidents and incidents[r] == 0]
        check.expect(not half, "cases stored without their incidents: %s" % ", ".join(half[:10]))
        for i, code, expected, missing in backup_results:
            check.expect(code == 0, "backup %d does not verify (exit %d)" % (i, code))
            check.expect(missing == 0, "backup %d lacks %d of the %d cases acknowledged before it began" % (i, missing, expected))
        check.expect(len(backup_results) > 0, "no backup was taken while the others wrote")
        # The app's own backups (what File > Back Up does, on a connection of the busy window).
        for path, cases_before in ledger.app_backups:
            v = run(args.cli, path, "verify")
            check.expect(v.returncode == 0, "the app's backup %s does not verify: %s" % (os.path.basename(path), v.stderr))
            n = int(rows(path, "SELECT count(*) FROM cases WHERE reference LIKE 'TD-%d-%%'" % APP_YEAR)[0][0])
            check.expect(n >= cases_before, "the app's backup %s holds %d of its %d cases" % (os.path.basename(path), n, cases_before))
        expected_total = len(ledger.cases) + ledger.demo_cases
        check.expect(len(stored) == expected_total, "%d cases stored, %d acknowledged (%d of them by demo)"
                     % (len(stored), expected_total, ledger.demo_cases))
        recorded = int(rows(db, "SELECT count(*) FROM generated_reports")[0][0])
        check.expect(recorded == ledger.reports, "%d reports recorded, %d acknowledged" % (recorded, ledger.reports))

        acked_files = sum(len(s) for s in ledger.evidence.values())
        print("processes: 1 app-like (%d rounds, 2 held connections + 1 per round), %d CLI writers, 1 CLI reader, 1 backup loop"
              % (args.rounds, args.writers))
        print("acknowledged: %d cases (+%d by demo), %d edits, %d evidence files, %d reports; backups: %d by the CLI (%d verified), %d by the app"
              % (len(ledger.cases), ledger.demo_cases, len(app_edits), acked_files, ledger.reports, len(backup_results),
                 sum(1 for b in backup_results if b[1] == 0 and b[3] == 0), len(ledger.app_backups)))
        print("lost: %d cases, %d edits, %d evidence files; %.1f s"
              % (len(lost), len(lost_edits), lost_files, time.monotonic() - started))
        return check.finish("sharedwriters")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
