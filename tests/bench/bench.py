#!/usr/bin/env python3
"""TrustDesk benchmarks on a large synthetic database; prints the figures BENCHMARKS.md records.

  demo      `trustdesk-cli demo --cases N --seed 1` into a new file (also makes the database)
  startup   trustdesk on that database vs a bare Qt Widgets window (bench_barewindow): process
            start to the first painted window (TRUSTDESK_BENCH_EXIT_AFTER_PAINT), under Xvfb
  search    `trustdesk-cli search TERM` vs the same FTS5 statements through the sqlite3 shell,
            whole processes, for a rare, a mid-frequency and a common term; then in-process
            p50/p95 (bench_search: CaseRepository::search and the GUI's CaseListModel query)
  memory    VmHWM/VmRSS of trustdesk after showing the list, and after clicking the first case and
            scrolling with ctrl+End (each fetches the next page of 200 rows) 100 and 700 times
Every timing is the median of --runs runs. Machine load (uptime) is printed first and last.
Usage: bench.py --build DIR [--cases 100000] [--runs 5] [--work DIR] [--reuse] [--only a,b] [--compare-gui PATH]
"""
import argparse
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

RANKING_CAP = 2000  # app/storage/searchindex.h kRankingCap


def median_time(command, runs, env=None, expect=None, check=True):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        r = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
        if check and r.returncode != 0:
            raise SystemExit("%s failed: %d %s" % (" ".join(command), r.returncode, r.stderr))
        if expect and expect not in r.stdout:
            raise SystemExit("%s: %r not in its output: %s %s" % (" ".join(command), expect, r.stdout[:500], r.stderr[:500]))
    return statistics.median(times), times


def fmt(times):
    return "median %.1f ms (runs: %s)" % (statistics.median(times), ", ".join("%.0f" % t for t in times))


def pick_terms(db):
    """A rare (~0.05 %), a mid-frequency (~5 %) and the most common indexed word (>= 4 letters)."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'case_search', 'row')")
        total = con.execute("SELECT count(*) FROM cases").fetchone()[0]
        rows = con.execute("SELECT term, doc FROM temp.vocab WHERE length(term) >= 4 AND term GLOB '[a-z]*' AND term NOT GLOB '*[0-9]*'").fetchall()
    finally:
        con.close()
    # The CLI searches the last word as a prefix, so count what the prefix matches.
    prefix_docs = {}
    for term, _ in rows:
        prefix_docs[term] = 0
    terms = sorted(t for t, _ in rows)
    docs = dict(rows)
    def prefix_count(term):
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        try:
            return con.execute("SELECT count(*) FROM case_search WHERE case_search MATCH ?", ('"%s"*' % term,)).fetchone()[0]
        finally:
            con.close()
    chosen = []
    for target in (0.0005 * total, 0.05 * total):
        candidates = sorted(terms, key=lambda t: abs(docs[t] - target))[:10]
        best = min(candidates, key=lambda t: abs(prefix_count(t) - target))
        chosen.append(best)
    chosen.append(max(terms, key=lambda t: docs[t]))
    del prefix_docs
    return [(t, prefix_count(t)) for t in chosen]


SUMMARY = ("SELECT c.id, c.reference, c.status, c.opened_on, c.assigned_caseworker, cl.anonymous, cl.full_name, cl.preferred_name,"
           " (SELECT max(i.occurred_on) FROM incidents i WHERE i.case_id = c.id)"
           " FROM hits JOIN cases c ON c.id = hits.id JOIN clients cl ON cl.id = c.client_id ORDER BY hits.n;")


def sqlite_shell_command(db, term, ranked):
    """The statements trustdesk-cli search runs (SearchIndex::search, CaseReader::summaries).

    The newest matches up to the ranking cap first; below the cap a bm25-ranked query for the
    top 50, above it the first 50 of those newest matches (one walk of the index, as in the CLI)."""
    match = '"%s"*' % term
    newest = "SELECT rowid AS id FROM case_search WHERE case_search MATCH '%s' ORDER BY rowid DESC LIMIT %d" % (match, RANKING_CAP + 1)
    if ranked:
        sql = ("SELECT count(*) FROM (%s);" % newest
               + "WITH hits AS (SELECT rowid AS id, row_number() OVER () AS n FROM (SELECT rowid FROM case_search WHERE case_search MATCH '%s'"
                 " ORDER BY bm25(case_search, 10.0, 5.0, 3.0, 2.0, 1.0), rowid DESC LIMIT 50)) " % match + SUMMARY)
    else:
        sql = ("WITH newest AS MATERIALIZED (%s), counted AS (SELECT count(*) FROM newest),"
               " hits AS (SELECT id, row_number() OVER () AS n FROM (SELECT id FROM newest LIMIT 50)) SELECT (SELECT * FROM counted), * FROM (%s)"
               % (newest, SUMMARY.rstrip(";"))) + ";"
    return ["sqlite3", "-readonly", db, sql]


class Xvfb:
    def __init__(self):
        self.proc = None
        self.display = None

    def __enter__(self):
        if not shutil.which("Xvfb"):
            return self
        for n in range(91, 120):
            if not os.path.exists("/tmp/.X11-unix/X%d" % n) and not os.path.exists("/tmp/.X%d-lock" % n):
                self.display = ":%d" % n
                break
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists("/tmp/.X11-unix/X%s" % self.display[1:]):
                break
            time.sleep(0.05)
        time.sleep(0.3)
        return self

    def env(self, base):
        env = dict(base)
        if self.proc:
            env["DISPLAY"] = self.display
            env["QT_QPA_PLATFORM"] = "xcb"
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def __exit__(self, *exc):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()


def proc_memory(pid):
    figures = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                figures[key] = int(value.split()[0]) / 1024.0
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("--cases", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "trustdesk-bench"))
    parser.add_argument("--reuse", action="store_true", help="reuse the database from an earlier run")
    parser.add_argument("--only", default="demo,startup,search,memory")
    parser.add_argument("--screenshot", help="save the screen after the memory run's scrolling here (needs ImageMagick's import)")
    parser.add_argument("--compare-gui", metavar="PATH", help="startup: also time this trustdesk binary (e.g. one built from an "
                        "earlier commit), interleaved with the other two, for a before/after in one session")
    args = parser.parse_args()
    only = set(args.only.split(","))
    bin_dir = os.path.join(os.path.abspath(args.build), "bin")
    cli = os.path.join(bin_dir, "trustdesk-cli")
    gui = os.path.join(bin_dir, "trustdesk")
    os.makedirs(args.work, exist_ok=True)
    db = os.path.join(args.work, "bench-%d.sqlite" % args.cases)
    home = tempfile.mkdtemp(prefix="trustdesk-bench-home-")
    base_env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"), XDG_DATA_HOME=os.path.join(home, ".local/share"),
                    XDG_RUNTIME_DIR=home, LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
    # The app asks who is using it at first start: answer once, so startup times the window.
    subprocess.run([cli, "profile", "--name", "Bench Runner", "--role", "benchmark"], capture_output=True, env=base_env, check=True)
    print("load before: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print("cpu: %s, %d cores" % (next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"), os.cpu_count()))

    if "demo" in only or not os.path.exists(db) or not args.reuse:
        demo_runs = args.runs if "demo" in only else 1
        times = []
        for i in range(demo_runs):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            start = time.perf_counter()
            r = subprocess.run([cli, "--db", db, "demo", "--unencrypted", "--cases", str(args.cases), "--seed", "1"], capture_output=True, text=True, env=base_env)
            times.append((time.perf_counter() - start) * 1000)
            if r.returncode != 0:
                raise SystemExit("demo failed: %s" % r.stderr)
        if "demo" in only:
            print("demo --cases %d: %s; file %.0f MB" % (args.cases, fmt(times), os.path.getsize(db) / 1e6))

    if "startup" in only:
        with Xvfb() as x:
            env = x.env(dict(base_env, TRUSTDESK_BENCH_EXIT_AFTER_PAINT="1"))
            # One untimed run of each, so both start from a warm page cache.
            median_time([os.path.join(bin_dir, "bench_barewindow")], 1, env, "first-paint")
            median_time([gui, "--db", db], 1, env, "first-paint")
            if args.compare_gui:
                median_time([args.compare_gui, "--db", db], 1, env, "first-paint")
            bare_all, app_all, other_all = [], [], []
            for _ in range(args.runs):  # interleaved, so load changes hit all alike
                bare_all += median_time([os.path.join(bin_dir, "bench_barewindow")], 1, env, "first-paint")[1]
                app_all += median_time([gui, "--db", db], 1, env, "first-paint")[1]
                if args.compare_gui:
                    other_all += median_time([args.compare_gui, "--db", db], 1, env, "first-paint")[1]
            bare, app = statistics.median(bare_all), statistics.median(app_all)
            print("startup to first paint (%s): bare window %s" % ("Xvfb" if x.proc else "offscreen", fmt(bare_all)))
            print("startup to first paint: trustdesk on %d cases %s" % (args.cases, fmt(app_all)))
            print("startup ratio trustdesk / bare window: %.2f (goal <= 1.5)" % (app / bare))
            if args.compare_gui:
                other = statistics.median(other_all)
                print("startup to first paint: %s %s, ratio %.2f" % (args.compare_gui, fmt(other_all), other / bare))

    if "search" in only:
        terms = pick_terms(db)
        print("search terms (prefix matches): " + ", ".join("%s (%d)" % t for t in terms))
        for term, matches in terms:
            ranked = matches <= RANKING_CAP
            median_time([cli, "--db", db, "search", term], 1, base_env)
            cli_times, shell_times = [], []
            for _ in range(args.runs):
                cli_times += median_time([cli, "--db", db, "search", term], 1, base_env)[1]
                shell_times += median_time(sqlite_shell_command(db, term, ranked), 1, base_env)[1]
            c, s = statistics.median(cli_times), statistics.median(shell_times)
            print("search %-12s %6d matches: trustdesk-cli %s | sqlite3 shell %s | ratio %.2f (goal <= 1.5)" % (term, matches, fmt(cli_times), fmt(shell_times), c / s))
        r = subprocess.run([os.path.join(bin_dir, "bench_search"), "--db", db, "--runs", "200"] + [t for t, _ in terms], capture_output=True, text=True, env=base_env)
        print("in-process (bench_search, 200 runs each):")
        print(r.stdout.rstrip())
        if r.returncode != 0:
            print(r.stderr)

    if "memory" in only:
        with Xvfb() as x:
            if not x.proc or not shutil.which("xdotool"):
                print("memory: skipped (needs Xvfb and xdotool)")
            else:
                env = x.env(base_env)
                results = {"shown": [], "100 ctrl+End": [], "the end (700 ctrl+End)": []}
                for _ in range(max(1, args.runs // 2 + 1)):
                    proc = subprocess.Popen([gui, "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    try:
                        wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)], env=env,
                                             capture_output=True, text=True, timeout=60).stdout.split()[-1]
                        time.sleep(1.5)
                        results["shown"].append(proc_memory(proc.pid))
                        # No window manager under Xvfb: focus the window, click the first row of the
                        # case list (which also opens that case), then ctrl+End through the list.
                        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, capture_output=True)
                        subprocess.run(["xdotool", "mousemove", "--window", wid, "200", "96", "click", "1"], env=env, capture_output=True)
                        time.sleep(0.5)
                        # Each ctrl+End jumps to the last fetched row and the view fetches the next
                        # page of 200; presses that land while a page loads fetch nothing more.
                        for presses, label in ((100, "100 ctrl+End"), (600, "the end (700 ctrl+End)")):
                            for _ in range(presses // 20):
                                subprocess.run(["xdotool", "key", "--delay", "60"] + ["ctrl+End"] * 20, env=env, capture_output=True)
                            time.sleep(1.0)
                            results[label].append(proc_memory(proc.pid))
                        if args.screenshot:
                            subprocess.run(["import", "-window", "root", args.screenshot], env=env, capture_output=True)
                    finally:
                        proc.send_signal(signal.SIGTERM)
                        try:
                            proc.wait(10)
                        except subprocess.TimeoutExpired:
                            proc.kill()
                            proc.wait()
                for label, samples in results.items():
                    print("memory after %-22s: VmRSS median %.0f MB, VmHWM median %.0f MB (runs: %s)" % (
                        label, statistics.median(s["VmRSS"] for s in samples), statistics.median(s["VmHWM"] for s in samples),
                        ", ".join("%.0f/%.0f" % (s["VmRSS"], s["VmHWM"]) for s in samples)))
    print("load after: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
