"""Till latency with 1,000,000 members (not part of the default test run).

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_gui_latency.py [--members N] [--runs N]

* scan: from the last key of a keyboard-wedge scan (Enter) to the member panel painted
  (``show_member`` repaints the panel before emitting ``member_shown``); target p95 < 50 ms;
* sale: from "complete sale" (F12) to the member's balance updated on screen; target p95 < 100 ms.

The database is built once and cached in /tmp: the demo store (program, staff, history) plus
bulk-inserted members and cards mirroring what ``enroll`` writes to those two tables (valid
EAN-13 card numbers in the card prefix, E.164 phones, casefolded name keys). Rows go in with
SQLAlchemy core ``executemany``; enrolling a million members one by one would take hours.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = "2026-03-03T17:00:00+00:00"
CACHE = Path("/tmp/loyalty-bench")


def card_number(n: int) -> str:
    from hardware.scanning import gs1_check_digit
    body = f"298{n:09d}"
    return body + str(gs1_check_digit(body))


def build_database(members: int) -> Path:
    from sqlalchemy import insert
    from terminal.app import build_demo_database, make_clock
    from terminal.store.database import open_database
    from terminal.store.models import Card, Member

    path = CACHE / f"bench-{members}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for leftover in CACHE.glob(tmp.name + "*"):
        leftover.unlink()
    build_demo_database(tmp, make_clock(NOW))
    db = open_database(tmp)
    at = datetime(2025, 6, 1, tzinfo=timezone.utc)
    batch = 50_000
    started = time.perf_counter()
    with db.writer.begin() as conn:
        for start in range(0, members, batch):
            member_rows, card_rows = [], []
            for n in range(start, min(start + batch, members)):
                member_id = str(uuid.UUID(int=random.getrandbits(128), version=4))
                name = f"Bench Member {n:07d}"
                member_rows.append(dict(id=member_id, origin_terminal=1, program_version=1, name=name,
                                        phone=f"+1332{n:07d}", email=None, birthday=None, marketing_consent=False,
                                        status="active", merged_into=None, merged_at=None, referrer_id=None,
                                        enrolled_at=at, updated_at=at, debt=0, name_key=name.casefold()))
                card_rows.append(dict(id=str(uuid.uuid4()), origin_terminal=1, program_version=1,
                                      number=card_number(n), member_id=member_id, status="active", issued_at=at,
                                      replaced_by=None))
            conn.execute(insert(Member.__table__), member_rows)
            conn.execute(insert(Card.__table__), card_rows)
            print(f"  {start + len(member_rows):>9,} members ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    db.dispose()
    tmp.rename(path)
    return path


def table(rows):
    print(f"{'measure':<34}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'target':>10}")
    for name, values, target in rows:
        values = sorted(values)
        p95 = values[max(0, int(round(0.95 * len(values))) - 1)]
        print(f"{name:<34}{len(values):>6}{statistics.median(values):>10.1f}{p95:>10.1f}{max(values):>10.1f}"
              f"{'< ' + str(target):>10}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--db", help="a database to copy instead of the bulk-inserted one (python -m tests.bench)")
    parser.add_argument("--card", help="with --db: the card scanned every time")
    parser.add_argument("--json-out", help="also write the samples (ms) here as JSON")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from terminal.app import TerminalConfig, build_terminal
    from terminal.ui.main import create_window, stylesheet
    app.setStyleSheet(stylesheet())

    source = Path(args.db) if args.db else build_database(args.members)
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / "run.db"
    # A stale -wal/-shm left by an earlier run would be replayed into the fresh copy.
    for leftover in (CACHE / "run.db-wal", CACHE / "run.db-shm", CACHE / "run.printjobs.sqlite"):
        leftover.unlink(missing_ok=True)
    shutil.copy(source, work)
    clock = [0.0]
    terminal = build_terminal(TerminalConfig(db=str(work), now=NOW, scanner="sim:", printer="sim:",
                                             display="sim:", sync_interval_ms=600000,
                                             cashier_sign_in=False))
    window = create_window(terminal, "en", wedge_clock=lambda: clock[0])
    window.resize(1366, 800)
    window.show()

    def wait_for(signal, action, timeout_ms=10000):
        loop, got = QEventLoop(), []
        def done(*a):
            got.append(time.perf_counter())
            loop.quit()
        signal.connect(done)
        QTimer.singleShot(timeout_ms, loop.quit)
        t0 = action()
        if not got:
            loop.exec()
        signal.disconnect(done)
        if not got:
            raise TimeoutError(signal)
        return (got[0] - t0) * 1000

    def scan(code):
        target = QApplication.focusWidget() or window
        for char in code:
            QTest.keyClick(target, char)
            clock[0] += 0.004
        t0 = time.perf_counter()
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
        return t0

    rng = random.Random(1)
    scans, sales = [], []
    for i in range(args.runs + 5):
        code = args.card or card_number(rng.randrange(args.members))
        ms = wait_for(window.member_shown, lambda: scan(code))
        window.sale.add_product("COFFEE-REG")
        loop = QEventLoop()
        window.preview_ready.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        window.preview_ready.disconnect(loop.quit)
        def complete():
            t0 = time.perf_counter()
            window.complete_sale()
            return t0
        sale_ms = wait_for(window.sale_completed, complete)
        if i >= 5:  # warm-up runs are not counted
            scans.append(ms)
            sales.append(sale_ms)
        window.clear_member()
        settle = QEventLoop()  # wait for the worker to drain without spinning processEvents()
        poll = QTimer()
        poll.timeout.connect(lambda: settle.quit() if not (window.runner.pending or window.device_runner.pending) else None)
        poll.start(2)
        settle.exec()
        poll.stop()
    print(f"\n{args.db or format(args.members, ',') + ' members'}, {args.runs} runs\n")
    table([("scan -> member panel painted", scans, "50"), ("complete sale -> balance updated", sales, "100")])
    if args.json_out:
        import json
        Path(args.json_out).write_text(json.dumps({"scan": scans, "sale": sales}))
    window.shutdown()
    terminal.close()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
