"""Helpers shared by the reliability scripts: run trustdesk-cli, make import files, look at a database."""
import copy
import hashlib
import json
import os
import re
import sqlite3
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "cli", "fixtures", "cases.json")
REFERENCE_YEAR = 2001  # demo cases are never older than three years, so this year is ours
SKIP = 77              # CTest SKIP_RETURN_CODE

# Database-layer words a caseworker should never have to read (as in tests/cli/tst_cli.cpp).
JARGON = re.compile(r"\bSQL\b|sqlite3_|SQLITE_|QSQLITE|PRAGMA|no such table|disk image is malformed|"
                    r"file is not a database|Driver|Unable to|database error", re.IGNORECASE)


def template_cases():
    with open(FIXTURE, encoding="utf-8") as f:
        return json.load(f)["cases"]


def make_import_file(path, file_index, count, template=None):
    """A TrustDesk JSON file of `count` cases whose references all start with file_prefix(file_index)."""
    template = template or template_cases()
    cases = []
    for i in range(count):
        c = copy.deepcopy(template[i % len(template)])
        c["reference"] = "%s%04d" % (file_prefix(file_index), i)
        cases.append(c)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "trustdesk-cases", "version": 1, "withheld_fields": [], "cases": cases}, f, ensure_ascii=False)


def file_prefix(file_index):
    return "TD-%04d-%04d" % (REFERENCE_YEAR, file_index)


# The commands that make the database when it does not exist yet: encrypted unless told otherwise.
CREATING = ("init", "import", "demo", "restore")
# The passphrase file of an encrypted database (a script's --vault); None: a plaintext database.
PASSPHRASE_FILE = None
# The trustdesk-cli that reads a vault's cases for count_cases (a vault is opaque to sqlite3).
CLI = None
VAULT_PASSPHRASE = "kill harness passphrase, fictional data only"


def use_vault(cli, folder):
    """Makes every later cli_command/run/count_cases work on encrypted databases."""
    global PASSPHRASE_FILE, CLI
    PASSPHRASE_FILE = os.path.join(folder, "passphrase")
    with open(PASSPHRASE_FILE, "w", encoding="utf-8") as f:
        f.write(VAULT_PASSPHRASE + "\n")
    os.chmod(PASSPHRASE_FILE, 0o600)
    CLI = cli


def cli_command(cli, db, *args):
    """The trustdesk-cli command line for `args` on `db`, plaintext or a vault per PASSPHRASE_FILE."""
    args = list(args)
    if PASSPHRASE_FILE is None:
        if args and args[0] in CREATING:
            args.insert(1, "--unencrypted")
        return [cli, "--db", db, *args]
    return [cli, "--db", db, "--passphrase-file", PASSPHRASE_FILE, *args]


def run(cli, db, *args, timeout=600):
    return subprocess.run(cli_command(cli, db, *args), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def sha256(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


_vault_listing = {}


def _vault_references(db):
    """The references of a vault's cases, through `trustdesk-cli list` (one unlock, so cached
    while the files do not change)."""
    stamp = tuple((os.stat(p).st_mtime_ns, os.stat(p).st_size) if os.path.exists(p) else None
                  for p in (db, db + "-wal"))
    if _vault_listing.get(db, (None,))[0] != stamp:
        r = run(CLI, db, "list")
        if r.returncode != 0:
            raise RuntimeError("list failed on the vault: %s" % r.stderr)
        _vault_listing[db] = (stamp, [line.split("\t", 1)[0] for line in r.stdout.splitlines() if line.strip()])
    return _vault_listing[db][1]


def count_cases(db, where="1", args=()):
    if PASSPHRASE_FILE is not None:
        refs = _vault_references(db)
        if where == "1":
            return len(refs)
        if where.startswith("substr(reference, 1, 12) = ?"):
            return sum(1 for r in refs if r[:12] == args[0])
        raise NotImplementedError("count_cases on a vault: only all cases or a reference prefix")
    con = sqlite3.connect(db, timeout=10)
    try:
        return con.execute("SELECT count(*) FROM cases WHERE " + where, args).fetchone()[0]
    finally:
        con.close()


def imported_count(db, file_index):
    return count_cases(db, "substr(reference, 1, 12) = ?", (file_prefix(file_index),))


class Checker:
    """Collects failures instead of stopping at the first, and prints each as it comes."""

    def __init__(self):
        self.failures = []
        self.checks = 0

    def expect(self, condition, message):
        self.checks += 1
        if not condition:
            self.failures.append(message)
            print("FAIL:", message, flush=True)
        return condition

    def clear_refusal(self, result, what, code=2):
        """A refusal: exit `code`, one plain line on stderr, nothing claiming success."""
        message = result.stderr.strip()
        ok = self.expect(result.returncode == code, "%s: exit %d, expected %d\n%s%s" % (what, result.returncode, code, result.stdout, result.stderr))
        ok &= self.expect(message != "", "%s: no message" % what)
        ok &= self.expect(not JARGON.search(message), "%s: database jargon in the message: %s" % (what, message))
        ok &= self.expect("Imported" not in result.stdout and "Added" not in result.stdout, "%s: claims success: %s" % (what, result.stdout))
        return ok

    def finish(self, name):
        print("%s: %d checks, %d failures" % (name, self.checks, len(self.failures)), flush=True)
        return 0 if not self.failures else 1
