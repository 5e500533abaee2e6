"""Looks for planted text in every file under a folder: the scanner of vaultday.py.

A needle is searched in UTF-8, UTF-16LE and UTF-16BE, case-insensitively (the needles are ASCII,
and bytes.lower() only lowers ASCII letters, so a lowered haystack never hides a match), in every
regular file's bytes and in every file and folder name. Raw needles (a binary digest) are
searched as they are. A hit names the file, the offset and what was found.

Run as a script it tests itself: a planted file in each encoding must be caught, a clean one not.
"""
import os
import stat
import sys

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


class Needles:
    def __init__(self):
        self.texts = []  # (label, lowered bytes)
        self.raw = []    # (label, bytes)

    def add_text(self, label, text):
        for encoding in ENCODINGS:
            self.texts.append(("%s (%s)" % (label, encoding.upper()), text.lower().encode(encoding)))

    def add_raw(self, label, data):
        self.raw.append((label, bytes(data)))

    def find(self, data, limit=3):
        """(offset, label) of every needle in `data`, at most `limit` of each."""
        found = []
        lowered = data.lower() if self.texts else b""
        for haystack, needles in ((lowered, self.texts), (data, self.raw)):
            for label, needle in needles:
                at = haystack.find(needle)
                n = 0
                while at >= 0 and n < limit:
                    found.append((at, label))
                    n += 1
                    at = haystack.find(needle, at + 1)
        return sorted(found)


class Scan:
    """The result of one scan: hits, and what was looked at (by kind of file)."""

    def __init__(self):
        self.hits = []    # (path, offset or None for a name, label)
        self.files = 0
        self.unchanged = 0  # files skipped: the same as at the last scan
        self.bytes = 0
        self.kinds = {}   # kind -> number of files

    def count(self, kind):
        self.kinds[kind] = self.kinds.get(kind, 0) + 1


def kind_of(relative):
    """A rough name for what a file is, for the figures (database, WAL, evidence…)."""
    parts = relative.split(os.sep)
    name = parts[-1]
    for folder in parts[:-1]:
        for suffix in (".evidence", ".drafts"):
            if folder.endswith(suffix):
                return suffix[1:]
    for suffix, kind in (("-wal", "wal"), ("-shm", "shm"), ("-journal", "journal"), (".vault", "key file"),
                         (".sqlite", "database"), (".trustdesk", "backup"), (".audit-head", "audit head")):
        if name.endswith(suffix):
            return kind
    return parts[0] if len(parts) > 1 else "other"


def scan(root, needles, skip=(), seen=None, since=None):
    """Every file and name under `root` (symbolic links are not followed), except the paths in
    `skip` (files and folders the test placed there itself on purpose). `seen`, a dict kept
    between scans with the same needles, spares re-reading a file whose inode, size and times are
    unchanged. With `since` (a time.time()), only files changed since then are read (every name
    is still looked at): for a shared folder such as /tmp."""
    result = Scan()
    skip = {os.path.abspath(p) for p in skip}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.abspath(os.path.join(folder, d)) not in skip]
        for name in dirs + files:
            path = os.path.join(folder, name)
            if os.path.abspath(path) in skip:
                continue
            for offset, label in needles.find(name.encode("utf-8", "surrogateescape")):
                result.hits.append((path, None, label))
        for name in files:
            path = os.path.join(folder, name)
            if os.path.abspath(path) in skip:
                continue
            # A store that names files by digest splits it into folders (ab/cdef…).
            parts = os.path.relpath(path, root).split(os.sep)
            in_parts = {label for part in parts for _, label in needles.find(part.encode("utf-8", "surrogateescape"))}
            for _, label in needles.find("".join(parts).encode("utf-8", "surrogateescape")):
                if label not in in_parts:
                    result.hits.append((path, None, label + " across the folder names"))
                    in_parts.add(label)
            try:
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode):
                    continue
                if since is not None and max(info.st_mtime, info.st_ctime) < since:
                    continue
                stamp = (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                if seen is not None and seen.get(path, (None,))[0] == stamp:
                    result.unchanged += 1
                    result.hits += seen[path][1]
                    continue
                with open(path, "rb") as f:
                    data = f.read()
            except (FileNotFoundError, PermissionError):
                continue  # removed while we looked (a -shm at close), or another user's
            result.files += 1
            result.bytes += len(data)
            result.count(kind_of(os.path.relpath(path, root)))
            hits = [(path, offset, label) for offset, label in needles.find(data)]
            result.hits += hits
            if seen is not None:
                seen[path] = (stamp, hits)
    return result


def describe(hit, root):
    path, offset, label = hit
    where = "its name" if offset is None else "offset %d" % offset
    return "%s: %s at %s" % (os.path.relpath(path, root), label, where)


def self_test():
    """The scanner must catch a planted needle in each encoding and in a name, and nothing else."""
    import random
    import string
    import tempfile
    rng = random.SystemRandom()
    marker = "".join(rng.choice(string.ascii_letters) for _ in range(32))
    needles = Needles()
    needles.add_text("marker", marker)
    needles.add_raw("digest", bytes(range(32)))
    failures = []
    with tempfile.TemporaryDirectory() as root:
        filler = bytes(rng.getrandbits(8) for _ in range(5000))
        planted = {
            "utf8": filler + marker.upper().encode("utf-8") + filler,
            "utf16le": filler[:7] + ("x" + marker).encode("utf-16-le") + filler,
            "utf16be": filler[:3] + marker.encode("utf-16-be"),
            "raw": filler + bytes(range(32)),
            "clean": filler + marker[:-1].encode("utf-8") + filler,
        }
        for name, data in planted.items():
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)
        os.mkdir(os.path.join(root, "folder " + marker.lower()))
        # the marker split into a folder's name and a file's, as a store named by digest does
        os.mkdir(os.path.join(root, marker[:10]))
        with open(os.path.join(root, marker[:10], marker[10:]), "wb") as f:
            f.write(filler)
        result = scan(root, needles)
        got = {}
        for path, offset, label in result.hits:
            got.setdefault(os.path.basename(path), []).append((offset, label))
        expected = {
            "utf8": [(5000, "marker (UTF-8)")],
            # ASCII in UTF-16LE after another ASCII character is also ASCII in UTF-16BE
            "utf16le": [(8, "marker (UTF-16-BE)"), (9, "marker (UTF-16-LE)")],
            "utf16be": [(3, "marker (UTF-16-BE)")],
            "raw": [(5000, "digest")],
            "folder " + marker.lower(): [(None, "marker (UTF-8)")],
            marker[10:]: [(None, "marker (UTF-8) across the folder names")],
        }
        if got != expected:
            failures.append("scanner self-test: found %r, expected %r" % (got, expected))
        if result.files != len(planted) + 1:
            failures.append("scanner self-test: scanned %d files, expected %d" % (result.files, len(planted) + 1))
    for f in failures:
        print("FAIL:", f)
    print("leakscan self-test: %s" % ("passed" if not failures else "FAILED"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(self_test())
