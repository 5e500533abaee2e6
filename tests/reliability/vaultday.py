#!/usr/bin/env python3
"""A day of use on an encrypted database, then a search of the disk for what was typed into it.

Issue 13's proof: a fresh random marker (ASCII letters) is planted in every client field, the
narrative, an officer, a witness's name and contact, the complaint and follow-up, an evidence
item's name and description, and the name and content of a file attached as evidence. Then the
real trustdesk-cli works on one vault in a fresh folder, with HOME, TMPDIR and the XDG folders
pointed inside it. Each round:
  save     two imports of marker cases (a save of the case editor is an import here: the CLI
           has no editor);
  edit     with --app (vaultdayapp, the window's storage code): a case edited with the editor's
           revision check, an editor's draft written (sealed) and left on disk, a case deleted,
           the case list read in every sort order both ways as the window pages through it;
  attach   the marker file (name and content) to a case; the evidence list gives its SHA-256;
  search   for the marker: every live marker case must come back (the data is there); list,
           list --status, list --json;
  backup   then verify the backup (exit 0);
  delete   a case saved after the backup is gone after restoring the backup onto the vault;
           the backup restored to a new path finds the marker cases too; in round 1 a plaintext
           backup (made outside the folder) is restored into that copy, encrypted on the way;
  export   export and evidence-export (and a report PDF in round 1) to a folder outside the
           scanned one, the only plaintext the day may make; the marker must be in them;
  kill     a large import of marker cases killed with SIGKILL while it holds SQLite's write
           lock, and (--app) the window's saves of marker cases, one after another, killed after
           a random number of them; each scanned before anything reopens the vault (the WAL
           then holds committed marker pages); then verify exits 0, the import is all or
           nothing, every acknowledged save is there, and the marker cases are still found;
           in round 1 and every 5th an attach of a large file is killed half-way through its
           copy, and the next attach follows;
  passphrase  (round 1 and every 10th) change-passphrase; the old one gives exit 4,
           the new one finds the marker cases.
After each phase, every file and name under the folder (the database, -wal, -shm, .vault,
.drafts, .evidence, the backups, the restored copy, TMPDIR, HOME, XDG) is searched for the
marker and its two halves in UTF-8, UTF-16LE and UTF-16BE, case-insensitively, and for the
attached file's SHA-256 (hex, either case, and raw): any hit fails, naming the file and offset.
At the end the files changed during the day in /tmp, /var/tmp and /dev/shm are searched too, in
case something writes past TMPDIR (the marker is this run's own: nothing else can match).
At the end `sqlite3 FILE 'SELECT count(*) FROM sqlite_master'` must say "not a database" on the
vault, every backup and the restored copy (skipped, with a message, without sqlite3; `SELECT 1`
alone reads no page and succeeds on any file), and verify and search with the last passphrase
must pass.

Routine commands unlock with the recovery-key file (no Argon2id); the passphrase is used where
the day is about it (create, change, the old one refused, the last checks). The unlocks of each
kind are counted and printed.

--expect-leak runs the same day on an --unencrypted database and must find the marker (in the
database, the evidence store, the backups...): proof that the scan can fail. It prints what it
caught. leakscan.py run alone tests the scanner on planted files.

Usage: vaultday.py --cli PATH [--app PATH] [--rounds N] [--kill-cases N] [--workdir DIR] [--keep]
                   [--expect-leak]
Exit 0 when every check passed, 1 otherwise.
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import string
import struct
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import leakscan  # noqa: E402
import tdcli  # noqa: E402
from killharness import write_lock_held  # noqa: E402

YEAR = 2003  # references TD-2003-RRRRNNNN: round RRRR, case NNNN
KILL_YEAR = 2004


def random_letters(rng, n):
    return "".join(rng.choice(string.ascii_letters) for _ in range(n))


def marker_case(reference, m, number):
    """A case with the marker `m` in every field that takes text."""
    return {
        "reference": reference, "status": "intake", "opened_on": "2025-09-08", "closed_on": None,
        "assigned_caseworker": "Caseworker %s" % m,
        "client": {
            "anonymous": False, "full_name": "%s Client%d" % (m, number), "preferred_name": m,
            "preferred_language": "en", "interpreter_needed": False, "phone": "+1 617 555 %s" % m,
            "email": "%s@example.org" % m, "address": "%d %s Lane, Boston" % (number, m),
            "date_of_birth": "1991-04-03", "country_of_birth": m, "immigration_status": "status %s" % m,
            "a_number": "A-%s" % m, "consent_to_file": True, "consent_date": "2025-09-08",
            "notes": "Synthetic %s, not a real person." % m},
        "incidents": [{
            "date": "2025-09-05", "time": "08:15", "location": "%s Station" % m, "police_district": m,
            "agency": "%s Police" % m, "violations": ["pii_sharing"],
            "narrative": "Officers stopped %s and called about the papers of %s." % (m, m),
            "officers": [{"name": "Officer %s" % m, "badge_number": "B-%s" % m, "unit": "Unit %s" % m,
                          "description": "tall, %s" % m}],
            "witnesses": [{"name": "Witness %s" % m, "contact": "%s@example.net" % m,
                           "statement": "I saw %s." % m}]}],
        "evidence": [{
            "original_name": "%s photo.jpg" % m, "media_type": "image/jpeg", "size_bytes": 1000,
            "sha256": hashlib.sha256(("%s %s" % (m, reference)).encode()).hexdigest(),
            "captured_at": None, "added_by": "caseworker", "added_at": "2025-09-08T15:00:00Z",
            "description": "Photo by %s" % m, "source": "client"}],
        "complaints": [{"filed_with": "%s Internal Affairs" % m, "filed_on": "2025-09-20",
                        "channel": "email", "tracking_number": "T-%s" % m, "status": "received"}],
        "follow_ups": [{"due_on": "2025-10-20", "done": False, "note": "Call %s" % m}],
    }


def png_with_text(path, width, height, text, rng):
    """A PNG of random pixels with `text` in a tEXt chunk: metadata a redacted copy must drop."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\0" + bytes(rng.getrandbits(8) for _ in range(width * 3)) for _ in range(height))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"tEXt", b"Comment\0" + text.encode("ascii")) + chunk(b"IDAT", zlib.compress(rows))
                + chunk(b"IEND", b""))


def write_cases(path, cases):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "trustdesk-cases", "version": 1, "withheld_fields": [], "cases": cases}, f)


class Day:
    def __init__(self, args):
        self.args = args
        self.cli = os.path.abspath(args.cli)
        self.app = os.path.abspath(args.app) if args.app else None
        self.vault = not args.expect_leak
        self.rng = random.SystemRandom()
        self.marker = "Vd" + random_letters(self.rng, 30)
        self.check = tdcli.Checker()
        self.base = args.workdir
        self.inputs = os.path.join(self.base, "inputs")    # what the test places: not scanned
        self.exports = os.path.join(self.base, "exports")  # what the user exports: not scanned
        self.root = os.path.join(self.base, "day")          # everything else: scanned
        self.db = os.path.join(self.root, "data", "cases.sqlite")
        self.live = []      # references of marker cases that must be found
        self.gone = []      # references that must not be
        self.backups = []
        self.restored = []
        self.unlocks = {"passphrase": 0, "recovery key": 0}
        self.figures = {"scans": 0, "files scanned": 0, "bytes scanned": 0, "kills mid-write": 0,
                        "kills after the write": 0, "kills mid-save": 0, "kills mid-attach": 0, "leaks": 0,
                        "files unchanged since the last scan": 0, "files read outside the folder": 0}
        self.kinds = {}
        self.seconds = {}   # per phase
        self.started = time.time()
        self.seen = {}      # leakscan's record of files already read with the current needles
        self.killed_imports = []  # the references of each import killed since the last check
        self.acked = []     # references the killed saves acknowledged
        self.leaks = []     # what --expect-leak caught
        self.passphrase_round = 0

    # --- setup ---------------------------------------------------------------------------------

    def setup(self):
        for d in (self.inputs, self.exports, os.path.dirname(self.db), os.path.join(self.root, "backups"),
                  os.path.join(self.root, "restored"), os.path.join(self.root, "tmp"),
                  os.path.join(self.root, "home"), os.path.join(self.root, "run")):
            os.makedirs(d, exist_ok=True)
        os.chmod(os.path.join(self.root, "run"), 0o700)
        env = {"HOME": "home", "TMPDIR": "tmp", "TMP": "tmp", "TEMP": "tmp", "XDG_RUNTIME_DIR": "run",
               "XDG_CONFIG_HOME": "home/.config", "XDG_DATA_HOME": "home/.local/share",
               "XDG_CACHE_HOME": "home/.cache", "XDG_STATE_HOME": "home/.local/state"}
        for name, where in env.items():
            os.environ[name] = os.path.join(self.root, where)
            os.makedirs(os.environ[name], exist_ok=True)
        tempfile.tempdir = None  # nothing of this script goes there, but be sure it looks again
        tdcli.use_vault(self.cli, self.inputs)
        self.recovery_key = os.path.join(self.inputs, "recovery-key")
        if not self.vault:
            tdcli.PASSPHRASE_FILE = None
            self.recovery_key = None
        self.passphrase = tdcli.PASSPHRASE_FILE
        # The attached file: the marker in its name, and in its content in UTF-8 and UTF-16 at
        # places that straddle the 64 KiB chunks of the sealed store.
        m = self.marker
        self.attachment = os.path.join(self.inputs, "statement of %s.txt" % m)
        content = bytearray(os.urandom(200 * 1024))
        for at, text in ((0, "Statement of %s\n" % m), (65536 - 20, m), (131072 - 7, m.upper())):
            content[at:at + len(text)] = text.encode("utf-8")
        wide = m.encode("utf-16-le")
        content[100000:100000 + len(wide)] = wide
        with open(self.attachment, "wb") as f:
            f.write(content)
        self.photo = os.path.join(self.inputs, "%s at the station.png" % m)
        png_with_text(self.photo, 64, 48, "Photo of %s" % m, self.rng)
        digest = hashlib.sha256(content).digest()
        self.digest = digest.hex()
        self.digests = {self.digest}
        self.needles = leakscan.Needles()
        self.needles.add_text("the marker", m)
        self.needles.add_text("the marker's first half", m[:16])
        self.needles.add_text("the marker's second half", m[16:])
        self.needles.add_text("the attached file's SHA-256", self.digest)
        self.needles.add_raw("the attached file's SHA-256 (raw)", digest)
        print("marker %s, attached file SHA-256 %s, work folder %s" % (m, self.digest, self.base), flush=True)

    # --- running the CLI -----------------------------------------------------------------------

    def run(self, *args, db=None, key="recovery", timeout=600):
        """trustdesk-cli on `db` (the day's vault by default), unlocked with `key`: "recovery",
        "passphrase", a passphrase file's path, or None (a command that opens no vault)."""
        db = db or self.db
        argv = [self.cli, "--db", db]
        if self.vault and key is not None:
            if key == "recovery":
                argv += ["--recovery-key-file", self.recovery_key]
                self.unlocks["recovery key"] += 1
            else:
                argv += ["--passphrase-file", self.passphrase if key == "passphrase" else key]
                self.unlocks["passphrase"] += 1
        elif not self.vault and args and args[0] in tdcli.CREATING and not os.path.exists(db):
            args = (args[0], "--unencrypted") + tuple(args[1:])
        return subprocess.run(argv + list(args), stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=timeout)

    def ok(self, result, what, code=0):
        return self.check.expect(result.returncode == code, "%s: exit %d, expected %d\n%s%s"
                                 % (what, result.returncode, code, result.stdout, result.stderr))

    def app_run(self, *args):
        argv = [self.app, "--db", self.db]
        if self.vault:
            argv += ["--recovery-key-file", self.recovery_key]
            self.unlocks["recovery key"] += 1
        return subprocess.run(argv + list(args), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)

    # --- the scan ------------------------------------------------------------------------------

    def scan(self, phase):
        result = leakscan.scan(self.root, self.needles, seen=self.seen)
        self.figures["scans"] += 1
        self.figures["files unchanged since the last scan"] += result.unchanged
        self.figures["files scanned"] += result.files
        self.figures["bytes scanned"] += result.bytes
        for kind, n in result.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + n
        for hit in result.hits:
            line = "after %s: %s" % (phase, leakscan.describe(hit, self.root))
            self.figures["leaks"] += 1
            if self.vault:
                self.check.expect(False, "plaintext on disk " + line)
            else:
                self.leaks.append(line)
        if not self.vault and result.hits:
            print("after %s: %d hits (expected on a plaintext database)" % (phase, len(result.hits)), flush=True)

    # --- the day -------------------------------------------------------------------------------

    def create(self):
        if self.vault:
            r = self.run("init", "--recovery-key-out", self.recovery_key, key="passphrase")
        else:
            r = self.run("init", key=None)
        self.ok(r, "init")
        self.scan("init")

    def reference(self, rnd, n, year=YEAR):
        return "TD-%d-%04d%04d" % (year, rnd, n)

    def save(self, rnd):
        refs = [self.reference(rnd, n) for n in range(1, 5)]
        for i, pair in enumerate((refs[:2], refs[2:])):
            path = os.path.join(self.inputs, "save-%d-%d.json" % (rnd, i))
            write_cases(path, [marker_case(ref, self.marker, rnd * 10 + n) for n, ref in enumerate(pair)])
            self.ok(self.run("import", path), "round %d: import %s" % (rnd, path))
        self.live += refs
        self.scan("saving round %d" % rnd)
        return refs

    def edit_and_delete(self, rnd, refs):
        if not self.app:
            return
        r = self.app_run("--edit", refs[0], "--text", "Edited in round %d: %s called again." % (rnd, self.marker),
                         "--delete", refs[1], "--draft", refs[2], "--sorts")
        self.ok(r, "round %d: vaultdayapp (edit, delete, draft, sorts)" % rnd)
        lines = r.stdout.splitlines()
        self.check.expect("EDITED %s" % refs[0] in lines, "round %d: no edit reported: %s" % (rnd, r.stdout))
        self.check.expect("DELETED %s" % refs[1] in lines, "round %d: no delete reported: %s" % (rnd, r.stdout))
        sorts = [line.split() for line in lines if line.startswith("SORTED ")]
        self.check.expect(len(sorts) >= 10, "round %d: %d sort orders read" % (rnd, len(sorts)))
        self.live.remove(refs[1])
        self.gone.append(refs[1])
        self.scan("editing, deleting and sorting in round %d" % rnd)

    def attach(self, rnd, ref):
        r = self.run("attach", ref, self.attachment, "--description", "Statement of %s" % self.marker,
                     "--source", "witness")
        self.ok(r, "round %d: attach" % rnd)
        if rnd == 1:
            # A photo: the marker in its name and its metadata; faces reads it, redact stores a
            # copy without the metadata.
            r = self.run("attach", ref, self.photo, "--source", "client")
            self.ok(r, "round %d: attach a photo" % rnd)
            r = self.run("evidence", ref)
            photo = [line.split("\t")[1] for line in r.stdout.splitlines() if line.endswith(".png")]
            if self.check.expect(len(photo) == 1, "round %d: the photo is not listed once:\n%s" % (rnd, r.stdout)):
                self.ok(self.run("faces", ref, photo[0]), "round %d: faces" % rnd)
                self.ok(self.run("redact", ref, photo[0], "--box", "0,0,16,16", "--method", "pixelate"),
                        "round %d: redact" % rnd)
        r = self.run("evidence", ref)
        self.ok(r, "round %d: evidence" % rnd)
        self.check.expect(self.digest in r.stdout, "round %d: the evidence list lacks the attached file's SHA-256:\n%s"
                          % (rnd, r.stdout))
        # Every stored file's SHA-256 (the photo's, the redacted copy's) is looked for too.
        for line in r.stdout.splitlines():
            digest = line.split("\t")[0]
            if "\tstored\t" in line and digest not in self.digests:
                self.digests.add(digest)
                self.needles.add_text("the SHA-256 of evidence %s" % digest[:8], digest)
                self.needles.add_raw("the SHA-256 of evidence %s (raw)" % digest[:8], bytes.fromhex(digest))
                self.seen.clear()
        self.scan("attaching in round %d" % rnd)

    def found(self, result):
        return {line.split("\t", 1)[0] for line in result.stdout.splitlines() if line.strip()}

    def search_and_list(self, rnd, db=None, key="recovery", live=None, what=""):
        live = self.live if live is None else live
        r = self.run("search", self.marker, "--limit", "100000", db=db, key=key)
        self.ok(r, "round %d: search%s" % (rnd, what))
        got = self.found(r)
        missing = sorted(set(live) - got)
        extra = sorted(set(self.gone) & got)
        self.check.expect(not missing, "round %d: search%s for the marker misses %s" % (rnd, what, missing))
        self.check.expect(not extra, "round %d: search%s finds deleted cases %s" % (rnd, what, extra))
        return got

    def lists(self, rnd):
        for args in (("list",), ("list", "--status", "intake"), ("list", "--json")):
            r = self.run(*args)
            self.ok(r, "round %d: %s" % (rnd, " ".join(args)))
            self.check.expect(all(ref in r.stdout for ref in self.live),
                              "round %d: %s misses marker cases" % (rnd, " ".join(args)))
        self.scan("searching and listing in round %d" % rnd)

    def backup_and_restore(self, rnd):
        backup = os.path.join(self.root, "backups", "round-%d.trustdesk" % rnd)
        self.ok(self.run("backup", backup), "round %d: backup" % rnd)
        self.ok(self.run("verify", db=backup), "round %d: verify the backup" % rnd)
        self.backups.append(backup)
        self.scan("backing up in round %d" % rnd)
        # A case saved after the backup goes when the backup is restored onto the vault.
        doomed = self.reference(rnd, 9)
        path = os.path.join(self.inputs, "doomed-%d.json" % rnd)
        write_cases(path, [marker_case(doomed, self.marker, 9)])
        self.ok(self.run("import", path), "round %d: import the case the restore removes" % rnd)
        self.ok(self.run("restore", backup), "round %d: restore onto the vault" % rnd)
        self.ok(self.run("show", doomed), "round %d: show a case the restore removed" % rnd, code=2)
        self.gone.append(doomed)
        restored = os.path.join(self.root, "restored", "round-%d.sqlite" % rnd)
        if self.vault:  # a new path opens like the backup: with the same recovery key
            r = self.run("restore", backup, db=restored)
        else:
            r = self.run("restore", backup, db=restored, key=None)
        self.ok(r, "round %d: restore to a new path" % rnd)
        self.restored.append(restored)
        self.search_and_list(rnd, db=restored, what=" in the restored copy")
        if rnd == 1 and self.vault:
            self.plaintext_backup_into(restored)
        self.scan("deleting and restoring in round %d" % rnd)

    def plaintext_backup_into(self, vault):
        """A plaintext backup (made outside the folder, as one from before the office encrypted)
        restored into a vault of the day: it is encrypted on the way, through a copy beside it."""
        plain = os.path.join(self.inputs, "plaintext.sqlite")
        backup = os.path.join(self.inputs, "plaintext-backup.trustdesk")
        ref = self.reference(0, 1)
        path = os.path.join(self.inputs, "plaintext.json")
        write_cases(path, [marker_case(ref, self.marker, 1)])
        for argv in (["import", "--unencrypted", path], ["backup", backup]):
            r = subprocess.run([self.cli, "--db", plain] + argv, stdin=subprocess.DEVNULL, capture_output=True, text=True)
            self.ok(r, "plaintext database: %s" % argv[0])
        self.ok(self.run("restore", backup, db=vault), "a plaintext backup restored into a vault")
        r = self.run("search", self.marker, db=vault)
        self.check.expect(r.returncode == 0 and ref in r.stdout, "the plaintext backup's case is not in the vault:\n%s%s"
                          % (r.stdout, r.stderr))

    def export(self, rnd, ref):
        out = os.path.join(self.exports, "round-%d" % rnd)
        os.makedirs(out)
        exports = [os.path.join(out, "cases.json")]
        self.ok(self.run("export", "--include-sensitive", "--out", exports[0]), "round %d: export" % rnd)
        self.ok(self.run("list", "--csv", "--include", "a_number", "--out", os.path.join(out, "list.csv")),
                "round %d: list --csv" % rnd)
        r = self.run("evidence-export", ref, "--out", os.path.join(out, "evidence"), "--include-original-names")
        self.ok(r, "round %d: evidence-export" % rnd)
        if rnd == 1:
            r = self.run("report", ref, "--out", os.path.join(out, "report.pdf"))
            self.ok(r, "round %d: report" % rnd)
        result = leakscan.scan(out, self.needles)
        labels = {os.path.relpath(path, out): label for path, _, label in result.hits}
        self.check.expect(any(p.startswith("evidence") and "SHA-256" not in label and p.endswith(".txt")
                              for p, label in labels.items()),
                          "round %d: the exported evidence lacks the marker: %s" % (rnd, labels))
        self.check.expect(exports[0] in {path for path, _, _ in result.hits},
                          "round %d: the exported cases lack the marker" % rnd)
        self.scan("exporting in round %d" % rnd)

    def kill_import(self, rnd, attempt):
        """A large import of marker cases (one transaction) killed while it holds the write lock.
        True when the kill landed inside the write."""
        n = self.args.kill_cases
        path = os.path.join(self.inputs, "large-%d-%d.json" % (rnd, attempt))
        refs = [self.reference(rnd * 10 + attempt, i, KILL_YEAR) for i in range(n)]
        write_cases(path, [marker_case(ref, self.marker, i) for i, ref in enumerate(refs)])
        argv = [self.cli, "--db", self.db, "import", path]
        if self.vault:
            argv[3:3] = ["--recovery-key-file", self.recovery_key]
            self.unlocks["recovery key"] += 1
        shm = self.db + "-shm"
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while p.poll() is None and time.monotonic() < deadline and not write_lock_held(shm):
            time.sleep(0.002)
        time.sleep(self.rng.uniform(0, 0.1))
        mid = p.poll() is None and write_lock_held(shm)
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
        p.communicate()
        self.figures["kills mid-write" if mid else "kills after the write"] += 1
        print("round %d: import of %d cases %s" % (rnd, n, "killed inside its write" if mid else
                                                     "not killed inside its write (exit %s)" % p.returncode), flush=True)
        self.scan_after_kill("the SIGKILL of an import in round %d" % rnd)
        self.killed_imports.append(refs)
        return mid

    def kill_saves(self, rnd):
        """The window's saves, one case after another, killed after a random number of them."""
        prefix = "TD-%d-%04d" % (KILL_YEAR, 9000 + rnd)
        argv = [self.app, "--db", self.db, "--saves", "10000", "--like", self.live[0], "--prefix", prefix]
        if self.vault:
            argv[3:3] = ["--recovery-key-file", self.recovery_key]
            self.unlocks["recovery key"] += 1
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wanted = self.rng.randint(3, 40)
        acked = []
        for line in p.stdout:
            if line.startswith("SAVED "):
                acked.append(line.split()[1])
                if len(acked) >= wanted:
                    break
        p.kill()
        p.communicate()
        self.check.expect(len(acked) >= wanted, "round %d: the saves stopped after %d: %s" % (rnd, len(acked), p.stderr))
        print("round %d: saves killed after %d acknowledged" % (rnd, len(acked)), flush=True)
        self.figures["kills mid-save"] += 1
        self.scan_after_kill("the SIGKILL of the window's saves in round %d" % rnd)
        self.acked += acked

    def kill_attach(self, rnd, ref):
        """An attach of a large file killed half-way through its copy into the store's tmp/."""
        big = os.path.join(self.inputs, "video of %s.bin" % self.marker)
        if not os.path.exists(big):
            block = bytearray(os.urandom(1 << 20))
            block[1000:1000 + len(self.marker)] = self.marker.encode("ascii")
            with open(big, "wb") as f:
                for _ in range(self.args.attach_mib):
                    f.write(block)
            digest = hashlib.sha256(bytes(block) * self.args.attach_mib).hexdigest()
            self.needles.add_text("the large file's SHA-256", digest)
            self.seen.clear()
        argv = [self.cli, "--db", self.db, "attach", ref, big]
        if self.vault:
            argv[3:3] = ["--recovery-key-file", self.recovery_key]
            self.unlocks["recovery key"] += 1
        tmp = self.db + ".evidence/tmp"
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        target = self.rng.randint(1, max(1, self.args.attach_mib // 2)) << 20
        deadline = time.monotonic() + 120
        copied = 0
        while p.poll() is None and time.monotonic() < deadline and copied < target:
            try:
                copied = max([os.path.getsize(os.path.join(tmp, n)) for n in os.listdir(tmp)] or [0])
            except OSError:
                pass
            time.sleep(0.002)
        running = p.poll() is None
        if running:
            os.kill(p.pid, signal.SIGKILL)
        p.communicate()
        killed_at = time.monotonic()
        self.check.expect(running, "round %d: the large attach finished before the kill (raise --attach-mib)" % rnd)
        print("round %d: attach killed with %d MiB copied" % (rnd, copied >> 20), flush=True)
        self.figures["kills mid-attach"] += 1
        self.scan_after_kill("the SIGKILL of an attach in round %d" % rnd)
        # The day goes on: the next attach, once the killed copy is no longer "just begun" (a
        # store takes a temporary file under two seconds old for one still being written).
        time.sleep(max(0.0, 2.5 - (time.monotonic() - killed_at)))
        self.ok(self.run("attach", ref, self.attachment), "round %d: attach after the killed attach" % rnd)

    def scan_after_kill(self, phase):
        wal = self.db + "-wal"
        size = os.path.getsize(wal) if os.path.exists(wal) else 0
        self.figures["largest WAL at a kill"] = max(self.figures.get("largest WAL at a kill", 0), size)
        self.scan(phase + ", before reopening (WAL %d bytes)" % size)

    def kill(self, rnd):
        for attempt in range(3):
            if self.kill_import(rnd, attempt):
                break
        if self.app:
            self.kill_saves(rnd)
        if rnd == 1 or rnd % 5 == 0:
            self.kill_attach(rnd, self.live[0])
        self.ok(self.run("verify"), "round %d: verify after the kills" % rnd)
        r = self.run("list")
        self.ok(r, "round %d: list after the kills" % rnd)
        listed = self.found(r)
        for refs in self.killed_imports:
            have = sum(1 for ref in refs if ref in listed)
            self.check.expect(have in (0, len(refs)), "round %d: %d of a killed import's %d cases are there"
                              % (rnd, have, len(refs)))
            if have:
                self.live += refs
        self.killed_imports = []
        lost = [ref for ref in self.acked if ref not in listed]
        self.check.expect(not lost, "round %d: acknowledged saves lost after the kill: %s" % (rnd, lost))
        self.live += [ref for ref in self.acked if ref not in self.live]
        self.acked = []
        self.search_and_list(rnd, what=" after the kills")
        self.scan("reopening after the kills in round %d" % rnd)

    def change_passphrase(self, rnd):
        if not self.vault:
            return
        old = self.passphrase
        new = os.path.join(self.inputs, "passphrase-%d" % rnd)
        with open(new, "w", encoding="utf-8") as f:
            f.write("day %d passphrase, %s\n" % (rnd, random_letters(self.rng, 12)))
        self.ok(self.run("change-passphrase", "--new-passphrase-file", new, key=old), "round %d: change-passphrase" % rnd)
        self.passphrase = new
        self.ok(self.run("verify", key=old), "round %d: the old passphrase" % rnd, code=4)
        self.search_and_list(rnd, key=new, what=" with the new passphrase")
        self.scan("changing the passphrase in round %d" % rnd)

    def sqlite_shell(self):
        shell = shutil.which("sqlite3")
        if not shell:
            print("sqlite3 is not installed: the \"not a database\" check is skipped", flush=True)
            return
        for path in [self.db] + self.backups + self.restored:
            r = subprocess.run([shell, path, "SELECT count(*) FROM sqlite_master"], capture_output=True, text=True)
            said = r.stdout + r.stderr
            if self.vault:
                self.check.expect(r.returncode != 0 and "not a database" in said,
                                  "sqlite3 reads %s: %s" % (os.path.relpath(path, self.root), said.strip()))
            else:
                self.check.expect(r.returncode == 0, "sqlite3 does not read the plaintext %s: %s" % (path, said))

    def outside(self):
        """The shared temporary folders, for files the CLI may have written past TMPDIR (a
        hard-coded /tmp): every name, and every file changed since the day began. The marker is
        this run's own, so nothing another program left there can match."""
        for folder in ("/tmp", "/var/tmp", "/dev/shm"):
            if not os.path.isdir(folder):
                continue
            result = leakscan.scan(folder, self.needles, skip=[self.base], since=self.started - 1)
            self.figures["files read outside the folder"] += result.files
            for hit in result.hits:
                self.check.expect(False, "plaintext outside the folder: %s" % leakscan.describe(hit, folder))

    def finish(self):
        key = "passphrase" if self.vault else None
        self.ok(self.run("verify", key=key), "the end: verify")
        self.search_and_list(self.args.rounds, what=" at the end")
        r = self.run("show", self.live[0], "--include-sensitive")
        self.check.expect(r.returncode == 0 and self.marker in r.stdout, "the end: show lacks the marker:\n%s%s" % (r.stdout, r.stderr))
        self.sqlite_shell()
        self.scan("the end of the day")
        if self.vault:
            self.outside()

    def timed(self, phase, step, *args):
        start = time.monotonic()
        try:
            return step(*args)
        finally:
            self.seconds[phase] = self.seconds.get(phase, 0) + time.monotonic() - start

    def day(self):
        self.setup()
        self.create()
        for rnd in range(1, self.args.rounds + 1):
            start = time.monotonic()
            refs = self.timed("save", self.save, rnd)
            self.timed("edit, delete, sort", self.edit_and_delete, rnd, refs)
            self.timed("attach", self.attach, rnd, refs[0])
            self.timed("search and list", self.search_and_list, rnd)
            self.timed("search and list", self.lists, rnd)
            self.timed("backup, delete, restore", self.backup_and_restore, rnd)
            self.timed("export", self.export, rnd, refs[0])
            self.timed("kill", self.kill, rnd)
            if rnd == 1 or rnd % 10 == 0:
                self.timed("change passphrase", self.change_passphrase, rnd)
            print("round %d: %.1f s, %d checks, %d failures" % (rnd, time.monotonic() - start, self.check.checks,
                                                                len(self.check.failures)), flush=True)
        self.timed("end", self.finish)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--app", help="vaultdayapp: edit, delete, drafts and sorted lists as the window does")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--kill-cases", type=int, default=2000, help="cases in the import that is killed")
    parser.add_argument("--attach-mib", type=int, default=48, help="size of the attach that is killed")
    parser.add_argument("--workdir")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--expect-leak", action="store_true",
                        help="self-check: a plaintext database, where the scan must find the marker")
    args = parser.parse_args()
    keep = args.keep or args.workdir is not None
    args.workdir = os.path.abspath(args.workdir or tempfile.mkdtemp(prefix="vaultday-"))
    start = time.monotonic()
    day = Day(args)
    try:
        day.day()
    finally:
        if not keep:
            shutil.rmtree(args.workdir, ignore_errors=True)
    figures = dict(day.figures, seconds=round(time.monotonic() - start, 1))
    figures.update(("unlocks with the " + k, v) for k, v in day.unlocks.items())
    print("figures: " + ", ".join("%s=%s" % kv for kv in figures.items()), flush=True)
    print("seconds by phase: " + ", ".join("%s=%.1f" % kv for kv in day.seconds.items()), flush=True)
    print("files scanned by kind: " + ", ".join("%s=%d" % kv for kv in sorted(day.kinds.items())), flush=True)
    if not args.app:
        print("without --app: no edit, delete, draft or sorted list as the window does them", flush=True)
    if args.expect_leak:
        caught = sorted({line.split(": ", 1)[1].split(" at ")[0] for line in day.leaks})
        print("self-check on a plaintext database: the scan caught %d hits:" % len(day.leaks))
        for line in caught:
            print("  " + line)
        wanted = ("data/cases.sqlite:", ".evidence/", "backups/", "restored/") + ((".drafts/", "cases.sqlite-wal") if args.app else ())
        for part in wanted:
            day.check.expect(any(part in line for line in day.leaks), "self-check: nothing caught in %s" % part)
        day.check.expect(day.figures["kills mid-write"] + day.figures["kills after the write"] > 0, "no kill")
        return day.check.finish("vaultday --expect-leak")
    day.check.expect(day.figures["kills mid-write"] > 0, "no kill landed inside a write (raise --kill-cases)")
    return day.check.finish("vaultday")


if __name__ == "__main__":
    sys.exit(main())
