"""Head-office sync at volume (not part of the default test run).

    python tests/bench/bench_sync.py [--entries 100000] [--terminals 8] [--pg URL]

* push: a terminal with ``--entries`` ledger entries (and their sales, lines and enrollments)
  sends them to a fresh head office; target under 15 s for 100,000 entries;
* pull: a second terminal of the same store receives them, then projects the families they
  touch; target under 15 s for 100,000 entries (both times are printed);
* sale during pull: the second terminal rings sales every 50 ms while it pulls (the sync on
  another thread, as the till's sync worker does); their latencies;
* N terminals at once: ``--terminals`` tills, each with entries/N, push at the same moment
  (separate processes); the aggregate entries/s (no global lock at head office).

Data (``--data sales``, the reference): sales of 1.00-50.00 to a member each (one earn entry
each, a first-purchase bonus the first time), members enrolled by the bulk member import and
sales rung through the sale use case one unit of work each, built once and cached in
``LOYALTY_BENCH_SYNC_CACHE`` (default /tmp/loyalty-bench-sync); the sale use case is the cost
(about 10 ms a sale on a quiet machine), ``--build-only`` builds them ahead. ``--data import``:
one member with an opening balance per entry, all through the bulk import (seconds; the same 3
facts per entry, one-entry families). Head office is a new database on the PostgreSQL named by
``--pg`` (default ``LOYALTY_TEST_PG``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sync"))

CACHE = Path(os.environ.get("LOYALTY_BENCH_SYNC_CACHE", "/tmp/loyalty-bench-sync"))
START = datetime(2026, 5, 4, 7, 0, tzinfo=timezone.utc)
DEFAULT_PG = os.environ.get("LOYALTY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _program():
    from chain import PROGRAM
    return PROGRAM


def build_source(path: Path, entries: int, terminal: int, store: str, data: str = "sales") -> Path:
    """A terminal database with ``entries`` ledger entries that never synced (cached).

    ``sales``: a tenth of the entries are members (bulk import), the rest sales rung through
    the sale use case, one unit of work each (about 10 ms a sale on a quiet machine: the sale
    use case is the cost; 100,000 entries take a quarter of an hour, much more on a busy one).
    ``import``: one member per entry with an opening balance, all through the bulk member
    import (seconds): the same 3 facts per entry, but one-entry families, so the pull projects
    ten times as many of them."""
    if path.exists():
        return path
    if data == "import":
        return _build_imported(path, entries, terminal, store)
    from terminal.domain.clock import FixedClock
    from terminal.domain.program import parse_program
    from terminal.services import sales
    from terminal.services.loyalty import Loyalty
    from terminal.services.uow import UnitOfWork
    from terminal.store.database import open_database
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    clock = FixedClock(START)
    db = open_database(partial)
    app = Loyalty(db, clock)
    app.initialise(store=store, terminal=terminal, program=parse_program(_program()), manager_pin="1357")
    members = max(1, entries // 10)
    # Enrollments through the bulk member import (the path a store's first day takes): the
    # same member and card facts as enroll, in a fraction of the time.
    roster = partial.with_name(partial.name + "-members.csv")
    with open(roster, "w", encoding="utf-8") as handle:
        handle.write("name,phone\n")
        handle.writelines(f"Member {terminal}-{n},+4930{terminal:03d}{n:06d}\n" for n in range(members))
    imported = app.import_members(str(roster))
    roster.unlink()
    if imported["rejected"] or imported["imported"] != members:
        raise RuntimeError(f"bench roster refused: {imported['rejected'][:3]}")
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(partial)) as connection:   # closed: the last close checkpoints the WAL
        by_phone = dict(connection.execute("SELECT m.phone, c.number FROM members m JOIN cards c ON c.member_id = m.id"))
    cards = [by_phone[f"+4930{terminal:03d}{n:06d}"] for n in range(members)]
    needed = entries - members   # a member's first sale also pays the welcome bonus: one entry more
    # One unit of work per sale, as at the till: each sale is its own transaction in the journal
    # (a pull applies whole transactions; 500 sales in one would be one 1,500-fact transaction).
    for made in range(needed):
        with UnitOfWork(db, now=clock.now()) as uow:
            program, version = uow.program()
            request = app.request(member=cards[made % members], amount=f"{1 + made % 50}.00")
            sales.record_sale(uow, program, version, clock.now(), request)
            uow.commit()
        if made % 500 == 499:
            clock.advance(seconds=30)
    db.dispose()
    _finish(partial, path)
    return path


def _build_imported(path: Path, entries: int, terminal: int, store: str) -> Path:
    from terminal.domain.clock import FixedClock
    from terminal.domain.program import parse_program
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    db = open_database(partial)
    app = Loyalty(db, FixedClock(START))
    app.initialise(store=store, terminal=terminal, program=parse_program(_program()), manager_pin="1357")
    roster = partial.with_name(partial.name + "-members.csv")
    with open(roster, "w", encoding="utf-8") as handle:
        handle.write("name,phone,balance\n")
        handle.writelines(f"Member {terminal}-{n},+4930{terminal:03d}{n:06d},{1 + n % 50}\n" for n in range(entries))
    imported = app.import_members(str(roster), pin="1357")
    roster.unlink()
    if imported["rejected"] or imported["imported"] != entries:
        raise RuntimeError(f"bench roster refused: {imported['rejected'][:3]}")
    db.dispose()
    _finish(partial, path)
    return path


def _finish(partial: Path, path: Path) -> None:
    """The built database under its name, whole (its WAL checkpointed into it), alone."""
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()


def _build(args) -> str:
    return str(build_source(*args))


def build_all(plan: list) -> None:
    """The sources not cached yet, two processes at a time (the big one alongside the small)."""
    missing = [p for p in plan if not p[0].exists()]
    if len(missing) > 1:
        with multiprocessing.get_context("spawn").Pool(min(2, os.cpu_count() or 1)) as pool:
            pool.map(_build, missing, chunksize=1)
    for p in missing:
        build_source(*p)


def new_hq(pg: str):
    from terminal.sync.admin import publish_program
    from terminal.sync.hq import connect_hq, init_hq
    from terminal.domain.program import parse_program
    from sqlalchemy.engine import make_url
    name = f"loyalty_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(pg).set(database=name).render_as_string(hide_password=False)
    engine = connect_hq(url)
    init_hq(engine)
    publish_program(engine, parse_program(_program()), START)
    engine.dispose()
    return url, name


def drop_hq(pg: str, name: str) -> None:
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for (role,) in connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                          {"p": f"{name}\\_%"}).all():
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def ledger_entries(db_path: Path) -> int:
    import sqlite3
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT count(*) FROM ledger_entries WHERE derived = 0").fetchone()[0]


def registered_copy(source: Path, work: Path, hq_url: str, store: str) -> Path:
    from terminal.store.database import open_database
    from terminal.sync.register import register_here
    target = work / source.name
    shutil.copy(source, target)
    db = open_database(target)
    register_here(db, hq_url, store, None)
    db.dispose()
    return target


def timed_sync(db_path: Path, now: datetime, progress=None) -> tuple[dict, float]:
    from terminal.store.database import open_database
    from terminal.sync.engine import run_sync
    db = open_database(db_path)
    try:
        started = time.perf_counter()
        result = run_sync(db, None, now, progress)
        return result, time.perf_counter() - started
    finally:
        db.dispose()


def _push_one(args) -> tuple[int, float, float]:
    """In its own process: get ready (imports, database), wait for the common start, push."""
    path, now, start_at = args
    from terminal.sync import engine  # noqa: F401 - imported before the start, not timed
    time.sleep(max(0.0, start_at - time.time()))
    started = time.time()
    result, _ = timed_sync(Path(path), now)
    return result["pushed"], started, time.time()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--terminals", type=int, default=8)
    parser.add_argument("--pg", default=DEFAULT_PG)
    parser.add_argument("--data", choices=("sales", "import"), default="sales",
                        help="sources: sales rung through the sale use case, or imported opening balances")
    parser.add_argument("--build-only", action="store_true", help="build the cached sources and stop")
    parser.add_argument("--json-out", help="also write the rows here as JSON (python -m tests.bench)")
    args = parser.parse_args(argv)
    rows = []
    per = args.entries // args.terminals
    tag = "" if args.data == "sales" else f"-{args.data}"
    shape = "sales" if args.data == "sales" else "imported balances"   # said in each row's data
    plan = [(CACHE / f"source-{args.entries}{tag}.db", args.entries, 1, "A", args.data)] + [
        (CACHE / f"source-{per}-t{k}{tag}.db", per, k, f"S{k}", args.data) for k in range(1, args.terminals + 1)]
    build_all(plan)
    if args.build_only:
        return
    source = build_source(*plan[0])
    entries = ledger_entries(source)
    hq_url, hq_name = new_hq(args.pg)
    work = CACHE / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    now = START + timedelta(days=2)
    try:
        one = registered_copy(source, work, hq_url, "A")
        result, seconds = timed_sync(one, now)
        rows.append(("push", f"{entries:,} entries of {shape} ({result['pushed']:,} facts)", seconds, entries / seconds, "< 15 s"))

        # A second till of store A pulls it all; a sale is rung every 50 ms meanwhile.
        from terminal.domain.clock import FixedClock
        from terminal.domain.program import parse_program
        from terminal.services.loyalty import Loyalty
        from terminal.store.database import open_database
        from terminal.sync.register import register_here
        till = work / "till2.db"
        db = open_database(till, background_checkpoints=True)   # as the till opens it
        app = Loyalty(db, FixedClock(now))
        app.initialise(store="A", program=parse_program(_program()), manager_pin="2468")
        register_here(db, hq_url, "A", None)
        stored_at = {}
        latencies: list[float] = []
        done = threading.Event()

        def pull():
            try:
                started = time.perf_counter()
                result = timed_sync(till, now, lambda n: stored_at.__setitem__("t", time.perf_counter() - started))
                stored_at["result"] = result
            finally:
                done.set()

        thread = threading.Thread(target=pull, name="bench-pull")
        thread.start()
        while not done.is_set():
            started = time.perf_counter()
            app.sale(app.request(amount="3.00"))
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.05)
        thread.join()
        (result, seconds) = stored_at["result"]
        rows.append(("pull: facts stored", f"{entries:,} entries of {shape} ({result['pulled']:,} facts)", stored_at.get("t", 0),
                     entries / max(stored_at.get("t", 1e-9), 1e-9), ""))
        rows.append(("pull: stored and projected", f"{entries:,} entries of {shape}", seconds, entries / seconds, "< 15 s"))
        latencies.sort()
        p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else 0
        rows.append(("sale during the pull (ms)", f"{len(latencies)} sales", statistics.median(latencies), p95,
                     "p50 / p95"))
        db.dispose()

        # N terminals, each with entries/N, push at the same moment.
        sources = [build_source(*p) for p in plan[1:]]
        hq2_url, hq2_name = new_hq(args.pg)
        try:
            copies = [str(registered_copy(s, work, hq2_url, f"S{k}")) for k, s in enumerate(sources, start=1)]
            total = sum(ledger_entries(Path(c)) for c in copies)
            start_at = time.time() + 5 + args.terminals   # every process ready by then
            with multiprocessing.get_context("spawn").Pool(args.terminals) as pool:
                results = pool.map(_push_one, [(c, now, start_at) for c in copies])
            wall = max(end for _, _, end in results) - min(start for _, start, _ in results)
            rows.append((f"{args.terminals} terminals push at once", f"{total:,} entries", wall, total / wall,
                         "aggregate entries/s"))
            rows.append(("  slowest of them", "", max(end - start for _, start, end in results), 0, ""))
        finally:
            drop_hq(args.pg, hq2_name)
    finally:
        drop_hq(args.pg, hq_name)
    print(f"\n{'figure':32} {'data':34} {'seconds':>9} {'entries/s':>10}  target")
    for figure, data, seconds, rate, target in rows:
        print(f"{figure:32} {data:34} {seconds:9.2f} {rate:10.0f}  {target}")
    if args.json_out:
        import json
        Path(args.json_out).write_text(json.dumps(rows))


if __name__ == "__main__":
    main()
