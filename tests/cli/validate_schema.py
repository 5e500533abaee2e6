#!/usr/bin/env python3
"""Checks docs/trustdesk-cases.schema.json against real trustdesk-cli output.

Imports the fixture into a new database, exports it with and without --include-sensitive (and
one case with show --json), and validates every document, and the fixture itself, with the
draft 2020-12 validator (the fixture is a version 1 file, the exports version 3). Also checks
that the schema rejects known-bad documents, so a schema that accepts anything cannot pass.
"""

import argparse
import copy
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("python3-jsonschema is missing: run scripts/deps.sh (Debian package python3-jsonschema).")

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def cli(binary, db, *args, expect=0):
    result = subprocess.run([binary, "--db", str(db), *args], capture_output=True, timeout=120)
    if result.returncode != expect:
        fail(f"trustdesk-cli {' '.join(args)} exited {result.returncode} (expected {expect}):\n"
             f"{result.stderr.decode('utf-8', 'replace')}")
    return result


def validate(validator, name, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        fail(f"{name}: {where}: {error.message}")
    if not errors:
        print(f"ok: {name} matches the schema")


def expect_invalid(validator, name, document):
    if validator.is_valid(document):
        fail(f"the schema accepts a bad document: {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True, help="path of trustdesk-cli")
    parser.add_argument("--schema", required=True, type=Path)
    parser.add_argument("--fixture", required=True, type=Path)
    args = parser.parse_args()

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    fixture = json.loads(args.fixture.read_text(encoding="utf-8"))
    validate(validator, "fixture", fixture)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "cases.sqlite"
        cli(args.cli, db, "import", "--unencrypted", str(args.fixture))

        redacted_path = tmp / "redacted.json"
        full_path = tmp / "full.json"
        cli(args.cli, db, "export", "--out", str(redacted_path))
        cli(args.cli, db, "export", "--include-sensitive", "--out", str(full_path))
        redacted = json.loads(redacted_path.read_text(encoding="utf-8"))
        full = json.loads(full_path.read_text(encoding="utf-8"))
        validate(validator, "export", redacted)
        validate(validator, "export --include-sensitive", full)

        show = cli(args.cli, db, "show", "TD-2025-00017", "--json")
        validate(validator, "show --json", json.loads(show.stdout.decode("utf-8")))

        # The schema's lists must match the program's.
        sensitive = schema["$defs"]["sensitiveClientKey"]["enum"]
        details = schema["$defs"]["sensitiveDetailKey"]["enum"]
        if redacted.get("withheld_fields") != sensitive + details:
            fail(f"withheld_fields of a default export {redacted.get('withheld_fields')} != schema {sensitive + details}")
        if redacted.get("version") != 3:
            fail(f"an export is written as version {redacted.get('version')}, not 3")
        origins = {e.get("captured_origin") for c in full.get("cases", []) for e in c.get("evidence", [])}
        if not origins or not origins <= set(schema["$defs"]["captureOrigin"]["enum"]):
            fail(f"evidence captured_origin {origins} not among the schema's codes")
        if full.get("withheld_fields") != []:
            fail("an --include-sensitive export withholds fields")
        help_text = cli(args.cli, db, "list", "--help").stdout.decode("utf-8")
        match = re.search(r"only cases with this status \(([^)]*)\)", help_text)
        statuses = re.split(r",\s*", match.group(1).strip()) if match else None
        if statuses != schema["$defs"]["caseStatus"]["enum"]:
            fail(f"statuses of list --help {statuses} != schema {schema['$defs']['caseStatus']['enum']}")
        if len(full.get("cases", [])) != len(fixture["cases"]):
            fail("the export does not hold every fixture case")
        for case in redacted.get("cases", []):
            leaked = sorted(set(case.get("client", {})) & set(sensitive))
            if leaked:
                fail(f"{case.get('reference')}: a default export carries {leaked}")
            for incident in case.get("incidents", []):
                if any("contact" in witness for witness in incident.get("witnesses", [])):
                    fail(f"{case.get('reference')}: a default export carries a witness contact")
        contacts = [w.get("contact") for c in full.get("cases", []) for i in c.get("incidents", [])
                    for w in i.get("witnesses", [])]
        if "via the client" not in contacts:
            fail(f"an --include-sensitive export lost the witness contacts: {contacts}")

        # Known-bad documents the schema must reject.
        def broken(change, base=full):
            document = copy.deepcopy(base)
            change(document)
            return document

        first = lambda d: d["cases"][0]
        expect_invalid(validator, "unknown top-level key", broken(lambda d: d.update(extra=1)))
        expect_invalid(validator, "wrong format", broken(lambda d: d.update(format="other")))
        expect_invalid(validator, "version 4", broken(lambda d: d.update(version=4)))
        expect_invalid(validator, "version as text", broken(lambda d: d.update(version="1")))
        expect_invalid(validator, "missing cases", broken(lambda d: d.pop("cases")))
        expect_invalid(validator, "non-sensitive withheld field", broken(lambda d: d.update(withheld_fields=["full_name"])))
        expect_invalid(validator, "withheld field present", broken(lambda d: d.update(withheld_fields=["a_number"])))
        expect_invalid(validator, "withheld witness contact present", broken(lambda d: d.update(withheld_fields=["witness_contact"])))
        expect_invalid(validator, "witness_contact in a version 1 file",
                       broken(lambda d: d.update(version=1), base=redacted))
        expect_invalid(validator, "unknown witness key", broken(lambda d: first(d)["incidents"][0]["witnesses"][0].update(phone="x")))
        expect_invalid(validator, "unknown case key", broken(lambda d: first(d).update(priority="high")))
        expect_invalid(validator, "unknown client key", broken(lambda d: first(d)["client"].update(nickname="x")))
        expect_invalid(validator, "unknown status", broken(lambda d: first(d).update(status="open")))
        expect_invalid(validator, "missing status", broken(lambda d: first(d).pop("status")))
        expect_invalid(validator, "missing opened_on", broken(lambda d: first(d).pop("opened_on")))
        expect_invalid(validator, "null opened_on", broken(lambda d: first(d).update(opened_on=None)))
        expect_invalid(validator, "date with time", broken(lambda d: first(d).update(opened_on="2025-09-08T00:00:00Z")))
        expect_invalid(validator, "bad reference", broken(lambda d: first(d).update(reference="2025-17")))
        expect_invalid(validator, "nameless client", broken(lambda d: first(d)["client"].update(full_name=" ", preferred_name="")))
        expect_invalid(validator, "missing incident date", broken(lambda d: first(d)["incidents"][0].pop("date")))
        expect_invalid(validator, "bad time", broken(lambda d: first(d)["incidents"][0].update(time="8:15")))
        expect_invalid(validator, "unknown violation", broken(lambda d: first(d)["incidents"][0].update(violations=["jaywalking"])))
        expect_invalid(validator, "repeated violation", broken(lambda d: first(d)["incidents"][0].update(violations=["other", "other"])))
        expect_invalid(validator, "empty officer", broken(lambda d: first(d)["incidents"][0]["officers"].append(
            {"name": "", "badge_number": " ", "unit": "B-2", "description": ""})))
        expect_invalid(validator, "upper-case sha256", broken(lambda d: first(d)["evidence"][0].update(sha256="F" * 64)))
        expect_invalid(validator, "missing sha256", broken(lambda d: first(d)["evidence"][0].pop("sha256")))
        expect_invalid(validator, "negative size", broken(lambda d: first(d)["evidence"][0].update(size_bytes=-1)))
        expect_invalid(validator, "fractional size", broken(lambda d: first(d)["evidence"][0].update(size_bytes=1.5)))
        expect_invalid(validator, "local date-time", broken(lambda d: first(d)["evidence"][0].update(added_at="2025-09-08T15:00:00")))
        expect_invalid(validator, "unknown source", broken(lambda d: first(d)["evidence"][0].update(source="police")))
        expect_invalid(validator, "unknown capture origin", broken(lambda d: first(d)["evidence"][0].update(captured_origin="phone")))
        expect_invalid(validator, "complaint without filed_with", broken(lambda d: first(d)["complaints"][0].pop("filed_with")))
        expect_invalid(validator, "follow-up without due_on", broken(lambda d: first(d)["follow_ups"][0].pop("due_on")))
        expect_invalid(validator, "done as text", broken(lambda d: first(d)["follow_ups"][0].update(done="yes")))

    if failures:
        print(f"{len(failures)} problem(s).", file=sys.stderr)
        return 1
    print("interchange schema: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
