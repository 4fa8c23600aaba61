"""``python -m tests.bench``: every performance figure of the product, each beside its floor.

A figure is timed at two data sizes; its floor is the same operation done the cheapest way
on the same file in the same run (raw ``sqlite3``, or a bare ``python -c`` for whole
processes), so each figure also reads as a ratio to what the machine and SQLite allow.

    python -m tests.bench                          # 100k and 1M members, everything
    python -m tests.bench --members 20000,100000   # smaller sizes (a quick look)
    python -m tests.bench --only lookup,sale       # some figures
    python -m tests.bench --sync-entries 100000    # the sync figures' size (0: skip them)
    python -m tests.bench --only report --entries 1000000,5000000   # the report at 1M and 5M entries

Data sets are built once (see ``tests/bench/data.py``) and cached in
``LOYALTY_BENCH_CACHE`` (default ``/tmp/loyalty-bench-suite``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import data
from .data import CACHE, ROOT, log

PY = sys.executable


@dataclass
class Row:
    figure: str
    size: str
    samples: list[float]             # ms
    target: str = ""
    floor: list[float] = field(default_factory=list)
    unit: str = "ms"
    note: str = ""

    def stats(self):
        values = sorted(self.samples)
        return statistics.median(values), rank(values, 0.95), rank(values, 0.99)


def rank(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    index = max(0, min(len(values) - 1, int(-(-q * len(values) // 1)) - 1))
    return values[index]


def timed(fn, runs: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def process_samples(argv: list[str], runs: int, env=None, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall times (ms) and peak RSS (MB) of ``runs`` runs of a process (``warmup`` unmeasured
    first; none for a process that changes its database: a second import would only refuse
    duplicates, a second expiry find nothing due)."""
    times, rss = [], []
    for i in range(runs + warmup):
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
        peak = HighWater(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read()
        proc.stderr.close()
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {err.decode()[-2000:]}")
        if i >= warmup:
            times.append(elapsed)
            rss.append(peak.result_mb() or usage.ru_maxrss / 1024)
    return times, rss


class HighWater:
    """Watches a process's peak resident memory (VmHWM, kB) in /proc until it exits. wait4's
    ru_maxrss is no good here: on Linux it also counts what the child held at fork, a copy of
    this benchmark process, which holds large data sets by then."""

    def __init__(self, pid: int):
        import threading
        self.pid, self.peak = pid, 0
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        path = f"/proc/{self.pid}/status"
        while True:
            try:
                with open(path) as handle:
                    for line in handle:
                        if line.startswith("VmHWM:"):
                            self.peak = max(self.peak, int(line.split()[1]))
                        elif line.startswith("State:") and line.split()[1] == "Z":
                            return
            except OSError:
                return
            time.sleep(0.02)

    def result_mb(self) -> float:
        self.thread.join(timeout=1)
        return self.peak / 1024


# --------------------------------------------------------------------------- figures

def fig_lookup(rows, members: int, store: Path, runs: int) -> None:
    from terminal.services.lookup import resolve
    from terminal.services.uow import UnitOfWork
    from terminal.store.database import open_database
    db = open_database(store, create=False)
    picks = data.some_members(members, runs + 3, seed=11)
    cards = [data.card_of(store, n) for n in picks]
    phones = [data.phone(n) for n in picks]
    size = f"{members:,} members"
    raw = sqlite3.connect(store)

    def service(refs):
        it = iter(refs)

        def one():
            with UnitOfWork(db, write=False) as uow:
                program, _ = uow.program()
                member = resolve(uow, program, next(it))
                assert member.name
        return one

    def floor_phone():
        it = iter(picks)

        def one():
            row = raw.execute("SELECT * FROM members WHERE phone = ? AND status != 'merged' "
                              "ORDER BY enrolled_at, id LIMIT 1", (data.e164(next(it)),)).fetchone()
            assert row
        return one

    def floor_card():
        it = iter(cards)

        def one():
            row = raw.execute("SELECT m.* FROM cards c JOIN members m ON m.id = c.member_id WHERE c.number = ? "
                              "ORDER BY c.issued_at LIMIT 1", (next(it),)).fetchone()
            assert row
        return one

    rows.append(Row("member lookup by phone (service)", size, timed(service(phones), runs), "p95 < 1 ms",
                    timed(floor_phone(), runs)))
    rows.append(Row("member lookup by card (service)", size, timed(service(cards), runs), "p95 < 1 ms",
                    timed(floor_card(), runs)))
    raw.close()
    db.dispose()


def fig_sale(rows, members: int, store: Path, runs: int) -> None:
    """A complete sale (rules, ledger, lots, journal) committed, through ``Loyalty.sale``; the
    floor writes the same rows with raw sqlite3 in one committed transaction."""
    from terminal.domain.clock import FixedClock
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database
    work = data.work_copy(store, "sale.db")
    db = open_database(work, create=False, background_checkpoints=True)   # as the till opens it
    app = Loyalty(db, FixedClock(data.BENCH_NOW))
    picks = iter(data.some_members(members, runs + 3, seed=21))

    def one():
        app.clock.advance(seconds=1)
        app.sale(app.request(member=data.e164(next(picks)), lines=["grocery=12.50"]))
    samples = timed(one, runs)
    db.dispose()

    raw = sqlite3.connect(work, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    floor_picks = iter(data.some_members(members, runs + 3, seed=22))

    def floor():
        raw.execute("BEGIN IMMEDIATE")
        member = raw.execute("SELECT id, debt FROM members WHERE phone = ?", (data.e164(next(floor_picks)),)).fetchone()
        raw.execute("SELECT * FROM lots WHERE member_id = ? AND remaining > 0", (member[0],)).fetchall()
        raw.execute("UPDATE counters SET value = value + 1 WHERE name = 'receipt'")
        sale, line, entry = (str(uuid.uuid4()) for _ in range(3))
        at = "2026-02-11 17:00:00.000000"
        raw.execute("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
                    "SELECT 99, coalesce(max(seq), 0) + 1, ?, 'sales', 'x', ?, ?, 0, '{}', 'd', 'h' FROM facts "
                    "WHERE origin = 99", (sale, member[0], at))
        raw.execute("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
                    "SELECT 99, max(seq) + 1, ?, 'sale_lines', 'x', ?, ?, 0, '{}', 'd', 'h' FROM facts "
                    "WHERE origin = 99", (line, member[0], at))
        raw.execute("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
                    "SELECT 99, max(seq) + 1, ?, 'ledger_entries', 'x', ?, ?, 0, '{}', 'd', 'h' FROM facts "
                    "WHERE origin = 99", (entry, member[0], at))
        raw.execute("INSERT INTO lots (entry_id, member_id, expires_at, remaining, seq) VALUES (?, ?, ?, 12, 1)",
                    (entry, member[0], "2027-02-11 05:00:00.000000"))
        raw.execute("COMMIT")
    floor_samples = timed(floor, runs)
    raw.close()
    rows.append(Row("sale with member, committed (service)", f"{members:,} members", samples, "p95 < 5 ms",
                    floor_samples, note="floor: the sale's rows with raw sqlite3"))


def compile_once() -> None:
    """Byte-compile the product's own packages before timing whole processes, as an installed
    till has them (pip compiles a wheel's modules at install). Without this, a checkout run
    with PYTHONDONTWRITEBYTECODE=1 (as the agents' shells are) compiled about sixty of the
    product's modules from source in every timed process, about 150 ms of CPU of a
    ``member show`` that its floor never pays (SQLAlchemy's come compiled from site-packages)."""
    if getattr(compile_once, "done", False):
        return
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "terminal"), str(ROOT / "hardware")],
                   check=True, stdout=subprocess.DEVNULL)
    compile_once.done = True


def bare_python_floor(store: Path) -> list[str]:
    return [PY, "-c", "import sqlalchemy\n"
            f"e = sqlalchemy.create_engine('sqlite:///{store}')\n"
            "with e.connect() as c:\n"
            f"    c.exec_driver_sql(\"SELECT * FROM members WHERE phone = '{data.e164(7)}'\").fetchall()\n"]


def fig_cli(rows, members: int, store: Path, runs: int) -> None:
    compile_once()
    work = data.work_copy(store, "cli.db")
    loyalty = [PY, "-m", "terminal.cli.main", "--db", str(work), "--now", data.BENCH_NOW.isoformat(), "--json"]
    floor, _ = process_samples(bare_python_floor(work), runs)
    show, _ = process_samples(loyalty + ["member", "show", data.phone(5)], runs)
    sale, _ = process_samples(loyalty + ["sale", "--member", data.phone(6), "--amount", "9.99"], runs)
    size = f"{members:,} members"
    rows.append(Row("loyalty --json member show (process)", size, show, "<= 1.25 x floor", floor,
                    note="floor: python -c 'import sqlalchemy; one query'"))
    rows.append(Row("loyalty --json sale (process)", size, sale, "<= 1.25 x floor", floor))


def fig_import(rows, members: int, runs: int) -> None:
    source = data.csv_file(members)
    times, rss = [], []
    floor = []
    for i in range(runs):
        work = data.work_copy(data.base_db(), "import.db")
        t, r = process_samples(data.import_command(work, source), 1, warmup=0)
        times += t
        rss += r
        work = data.work_copy(data.base_db(), "import-floor.db")
        started = time.perf_counter()
        raw_import(work, source)
        floor.append((time.perf_counter() - started) * 1000)
    size = f"{members:,} CSV rows"
    rows.append(Row("member import (process)", size, [t / 1000 for t in times], "< 60 s at 1M",
                    [f / 1000 for f in floor], unit="s", note="floor: csv + executemany into members, cards"))
    rows.append(Row("  its peak resident memory", size, rss, "bounded", [], unit="MB"))


def raw_import(path: Path, source: Path) -> None:
    import csv
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("BEGIN IMMEDIATE")
    at = "2026-01-05 15:00:00.000000"
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        members, cards = [], []
        for n, row in enumerate(reader):
            member = str(uuid.uuid4())
            members.append((member, row["name"], row["name"].casefold(), row["phone"], at, at))
            cards.append((str(uuid.uuid4()), f"raw{n}", member, at))
            if len(members) == 5000:
                _raw_flush(connection, members, cards)
        _raw_flush(connection, members, cards)
    connection.execute("COMMIT")
    connection.close()


def _raw_flush(connection, members, cards):
    connection.executemany("INSERT INTO members (id, origin_terminal, name, name_key, phone, marketing_consent, "
                           "status, enrolled_at, updated_at, debt) VALUES (?, 1, ?, ?, ?, 0, 'active', ?, ?, 0)",
                           members)
    connection.executemany("INSERT INTO cards (id, origin_terminal, number, member_id, status, issued_at, replacement) "
                           "VALUES (?, 1, ?, ?, 'active', ?, 0)", cards)
    members.clear()
    cards.clear()


def fig_expiry(rows, members: int, store: Path, runs: int) -> None:
    times, floor = [], []
    for _ in range(runs):
        work = data.work_copy(store, "expire.db")
        t, _ = process_samples([PY, "-m", "terminal.cli.main", "--db", str(work), "--now",
                                data.EXPIRY_NOW.isoformat(), "--json", "expire"], 1, warmup=0)
        times += t
        work = data.work_copy(store, "expire-floor.db")
        started = time.perf_counter()
        connection = sqlite3.connect(work, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        due = "2027-01-06 17:00:00.000000"
        connection.execute("INSERT INTO ledger_entries (id, seq, member_id, at, kind, points, lot_id, derived, "
                           "origin_terminal) SELECT 'x' || entry_id, 0, member_id, expires_at, 'expire', -remaining, "
                           "entry_id, 1, 0 FROM lots WHERE remaining > 0 AND expires_at <= ?", (due,))
        connection.execute("UPDATE lots SET remaining = 0 WHERE remaining > 0 AND expires_at <= ?", (due,))
        connection.execute("COMMIT")
        connection.close()
        floor.append((time.perf_counter() - started) * 1000)
    rows.append(Row("expire a month's lots (loyalty expire)", f"{members:,} members", [t / 1000 for t in times],
                    "< 30 s at 1M", [f / 1000 for f in floor], unit="s", note="floor: INSERT..SELECT + UPDATE"))


REPORT_IN_PLACE = 4 << 30   # bytes


def fig_report(rows, members: int, store: Path, runs: int) -> None:
    from terminal.domain.clock import FixedClock
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database
    # The report writes nothing here (no lot is due at BENCH_NOW), so a store too large to copy
    # beside itself (5,000,000 members: some 18 GB) is read where it is.
    work = store if store.stat().st_size > REPORT_IN_PLACE else data.work_copy(store, "report.db")
    db = open_database(work, create=False)
    app = Loyalty(db, FixedClock(data.BENCH_NOW))
    samples = timed(lambda: app.daily_report(data.REPORT_DAY), runs)
    db.dispose()
    raw = sqlite3.connect(work)
    start, end = "2026-02-10 05:00:00.000000", "2026-02-11 05:00:00.000000"

    def floor():
        raw.execute("SELECT count(*), sum(total), sum(discount), count(distinct member_id) FROM sales "
                    "WHERE at >= ? AND at < ?", (start, end)).fetchall()
        raw.execute("SELECT kind, sum(points) FROM ledger_entries WHERE at >= ? AND at < ? GROUP BY kind",
                    (start, end)).fetchall()
        raw.execute("SELECT at, total FROM sales WHERE at >= ? AND at < ?", (start, end)).fetchall()
    floor_samples = timed(floor, runs)
    raw.close()
    entries = data.ledger_entries(work)
    rows.append(Row(f"daily report, a day of {data.SALES_PER_DAY:,} sales", f"{entries:,} ledger entries", samples,
                    "p95 < 200 ms", floor_samples, note="floor: the day's sums with raw sqlite3"))


def fig_gui_start(rows, members: int, store: Path, runs: int, demo: bool) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    floor_code = ("import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
                  "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1366, 800); w.show()\n"
                  "QTimer.singleShot(0, w.close); app.exec()\n")
    floor, _ = process_samples([PY, "-c", floor_code], runs, env)
    compile_once()
    work = data.work_copy(store, "gui.db")
    argv = [PY, "-m", "terminal.ui.main", "--db", str(work), "--now", data.BENCH_NOW.isoformat(), "--scanner", "sim:",
            "--printer", "sim:", "--display", "sim:", "--exit-after", "0"]
    times, rss = process_samples(argv, runs, env)
    size = f"{members:,} members"
    rows.append(Row("loyalty-terminal start to window (process)", size, times, "< 2000 ms", floor,
                    note="floor: python -c 'QApplication; QMainWindow.show()'"))
    rows.append(Row("  its peak resident memory", size, rss, "< 300 MB", [], unit="MB"))
    if demo:
        times, rss = process_samples([PY, "-m", "terminal.ui.main", "--demo", "--exit-after", "0"], runs, env)
        rows.append(Row("loyalty-terminal --demo start to window", "demo store", times, "< 2000 ms", floor))
        rows.append(Row("  its peak resident memory", "demo store", rss, "< 300 MB", [], unit="MB"))


def fig_gui_latency(rows, members: int, store: Path, runs: int) -> None:
    work = data.work_copy(store, "latency.db")
    out = CACHE / "work" / "latency.json"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    subprocess.run([PY, str(ROOT / "tests" / "bench" / "bench_gui_latency.py"), "--db", str(work), "--runs", str(runs),
                    "--card", data.card_of(store, 3), "--json-out", str(out)], check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL)
    result = json.loads(out.read_text())
    size = f"{members:,} members"
    rows.append(Row("till: scan -> member panel painted", size, result["scan"], "p95 < 50 ms"))
    rows.append(Row("till: complete sale -> balance shown", size, result["sale"], "p95 < 100 ms"))


def fig_sync(rows, entries: int, terminals: int, shape: str = "sales") -> None:
    """``shape``: ``sales`` (sources rung through the sale use case: hours at 100,000 entries
    here) or ``import`` (opening balances through the bulk import: one-entry families)."""
    out = CACHE / "work" / "sync.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("LOYALTY_BENCH_SYNC_CACHE", str(CACHE / "sync"))
    subprocess.run([PY, str(ROOT / "tests" / "bench" / "bench_sync.py"), "--entries", str(entries), "--terminals",
                    str(terminals), "--data", shape, "--json-out", str(out)], check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL)
    for figure, size, seconds, rate, target in json.loads(out.read_text()):
        unit = "ms" if "(ms)" in figure else "s"
        if unit == "ms":   # median and p95 of the sales rung meanwhile
            rows.append(Row("sync: " + figure.replace(" (ms)", ""), size, [seconds, rate], "p95 < 100 ms",
                            note="median, p95 of the sales"))
        else:
            rows.append(Row("sync: " + figure, size, [seconds], target, unit="s",
                            note=f"{rate:,.0f} entries/s" if rate else ""))


# --------------------------------------------------------------------------- table

def fmt(value: float, unit: str) -> str:
    if value != value:
        return ""
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def table(rows: list[Row], markdown: bool) -> str:
    head = ["figure", "data", "n", "median", "p95", "p99", "target", "floor (median)", "ratio"]
    lines = []
    for row in rows:
        median, p95, p99 = row.stats()
        if "median, p95" in row.note:
            median, p95, p99 = row.samples[0], row.samples[1], float("nan")
        floor = statistics.median(row.floor) if row.floor else float("nan")
        ratio = f"{median / floor:.2f}x" if row.floor and floor else ""
        lines.append([row.figure, row.size, str(len(row.samples)), fmt(median, row.unit), fmt(p95, row.unit),
                      fmt(p99, row.unit), row.target, fmt(floor, row.unit), ratio])
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(x) for x in column) for column in zip(head, *lines)]
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths))]
    out += ["  ".join(x.ljust(w) for x, w in zip(line, widths)) for line in lines]
    return "\n".join(out)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}; load average {load[0]:.1f} at the end")


FIGURES = ("lookup", "sale", "cli", "import", "expiry", "report", "gui", "latency", "sync")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", default="100000,1000000", help="member counts, comma-separated")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"figures: {','.join(FIGURES)}")
    parser.add_argument("--runs", type=int, default=200, help="runs of each in-process figure")
    parser.add_argument("--process-runs", type=int, default=15, help="runs of each whole-process figure")
    parser.add_argument("--import-runs", type=int, default=1, help="runs of the import and the expiry")
    parser.add_argument("--gui-runs", type=int, default=100, help="scans and sales of the till latency")
    parser.add_argument("--sync-entries", type=int, default=100_000, help="ledger entries synced (0: no sync)")
    parser.add_argument("--sync-terminals", type=int, default=8)
    parser.add_argument("--sync-data", choices=("sales", "import"), default="sales",
                        help="the sync sources: sales rung through the sale use case, or imported balances")
    parser.add_argument("--entries", default="", help="the daily report's data sets by ledger entries, comma-"
                        "separated (1000000,5000000: members = entries, each with an opening entry, plus the "
                        "day's sales); default: the --members sizes")
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.members.split(",") if x]
    report_sizes = [int(x) for x in args.entries.split(",") if x] or sizes
    only = set(args.only.split(","))
    unknown = only - set(FIGURES)
    if unknown:
        parser.error(f"unknown figures {', '.join(sorted(unknown))}")
    rows: list[Row] = []
    started = time.time()
    stores = {}

    def store(members: int) -> Path:
        if members not in stores:
            stores[members] = data.store_db(members)
            data.make_current(stores[members])
        return stores[members]

    data.make_current(data.base_db())

    for members in sizes:   # every data set first, so the figures run back to back
        if only - {"import", "sync", "report"}:
            store(members)
    if "report" in only:
        for members in report_sizes:
            store(members)
    for figure in FIGURES:
        if figure not in only or figure == "sync":
            continue
        for members in report_sizes if figure == "report" else sizes:
            log(f"{figure}: {members:,} members")
            if figure == "lookup":
                fig_lookup(rows, members, store(members), args.runs)
            elif figure == "sale":
                fig_sale(rows, members, store(members), args.runs)
            elif figure == "cli":
                fig_cli(rows, members, store(members), args.process_runs)
            elif figure == "import":
                fig_import(rows, members, args.import_runs)
            elif figure == "expiry":
                fig_expiry(rows, members, store(members), args.import_runs)
            elif figure == "report":
                fig_report(rows, members, store(members), max(20, args.runs // 4))
            elif figure == "gui":
                fig_gui_start(rows, members, store(members), max(3, args.process_runs // 3),
                              demo=members == sizes[-1])
            elif figure == "latency":
                fig_gui_latency(rows, members, store(members), args.gui_runs)
    if "sync" in only and args.sync_entries:
        log(f"sync: {args.sync_entries:,} entries, {args.sync_terminals} terminals")
        fig_sync(rows, args.sync_entries, args.sync_terminals, args.sync_data)
    print()
    print(table(rows, args.markdown))
    print(f"\n{machine()}; {time.time() - started:.0f} s in all")
