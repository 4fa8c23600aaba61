"""The benchmark's data sets, built once with the product's own bulk paths and cached.

* ``members-N``: the demo program, then ``loyalty member import`` of a generated CSV of ``N``
  members, each with an opening balance (one ledger entry and one lot each), a few rows
  invalid on purpose (they land in the per-row error report);
* ``store-N``: ``members-N`` plus one day of ``SALES_PER_DAY`` sales (``REPORT_DAY``) rung
  through the sale use case (``terminal.services.sales.record_sale``), members picked at
  random, a third of them anonymous.

A store larger than one import file may be (``importer.MAX_ROWS``, 1,000,000 rows) is
``store-1000000`` (members and day of sales) plus the members beyond it, imported from the
files ``members-N-partK.csv`` in turn; no ``members-N.db`` is kept (at 5,000,000 members each
copy is some 17 GB): ``store-5000000`` holds 5,000,000 opening entries plus the day's
(5,022,000 entries), the daily report's large ledger.

Everything lives under ``LOYALTY_BENCH_CACHE`` (default ``/tmp/loyalty-bench-suite``); a data
set is rebuilt only when its file is missing.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("LOYALTY_BENCH_CACHE", "/tmp/loyalty-bench-suite"))
TZ = ZoneInfo("America/New_York")
IMPORT_AT = datetime(2026, 1, 5, 10, 0, tzinfo=TZ)      # opening balances expire 2027-01-05
REPORT_DAY = datetime(2026, 2, 10, tzinfo=TZ).date()
BENCH_NOW = datetime(2026, 2, 11, 12, 0, tzinfo=TZ)
EXPIRY_NOW = datetime(2027, 1, 6, 12, 0, tzinfo=TZ)      # a month's lots (every opening balance) due
SALES_PER_DAY = 20_000
MANAGER_PIN = "4826"
BAD_EVERY = 997                                          # one row in ~1000 is refused


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def phone(n: int) -> str:
    """The n-th member's phone as a POS would export it: valid US numbers, all distinct."""
    return f"(212) {200 + n // 10_000:03d}-{n % 10_000:04d}"


def e164(n: int) -> str:
    return f"+1212{200 + n // 10_000:03d}{n % 10_000:04d}"


def import_limit() -> int:
    from terminal.services.importer import MAX_ROWS
    return MAX_ROWS


def csv_files(members: int, skip: int = 0) -> list[Path]:
    """The CSV file(s) of ``members`` rows: one when an import takes them all, else parts (the
    first ``skip`` parts left out)."""
    if members <= import_limit():
        return [csv_file(members)][skip:]
    size = import_limit()
    return [csv_file(members, first, min(size, members - first), f"members-{members}-part{k + 1}.csv")
            for k, first in enumerate(range(0, members, size)) if k >= skip]


def csv_file(members: int, first: int = 0, count: int | None = None, name: str | None = None) -> Path:
    path = CACHE / (name or f"members-{members}.csv")
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(members if not first else f"{members}-{first}")
    partial = path.with_suffix(".partial")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "phone", "email", "birthday", "balance"])
        for n in range(first, first + (members if count is None else count)):
            if n % BAD_EVERY == BAD_EVERY - 1:
                out.writerow([f"Broken Row {n}", "12", "", "", "10"])          # not a phone: refused
                continue
            email = f"member{n}@example.com" if n % 3 == 0 else ""
            birthday = f"{1950 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d}" if n % 2 == 0 else ""
            out.writerow([f"Member {n:07d}", phone(n), email, birthday, rng.randrange(50, 5000)])
    partial.rename(path)
    return path


def base_db() -> Path:
    """An initialised database (demo program, one manager), no members."""
    path = CACHE / "base.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / "base.partial.db"
    remove_db(partial)
    subprocess.run([sys.executable, "-m", "terminal.cli.main", "--db", str(partial), "--now", IMPORT_AT.isoformat(),
                    "init", "--store", "Bench Market", "--manager-pin", MANAGER_PIN, "--program",
                    str(ROOT / "resources" / "demo" / "program.toml")], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    checkpoint(partial)
    publish_db(partial, path)
    return path


SIDECARS = (".seal-key",)   # the journal seal's key lives beside the database, never in it


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-writers", ".printjobs.sqlite") + SIDECARS:
        Path(str(path) + suffix).unlink(missing_ok=True)


def copy_db(source: Path, target: Path) -> None:
    """A database file with its seal key (without the key, ``check`` cannot verify the seal)."""
    shutil.copyfile(source, target)
    for suffix in SIDECARS:
        if Path(str(source) + suffix).exists():
            shutil.copyfile(str(source) + suffix, str(target) + suffix)
            os.chmod(str(target) + suffix, 0o600)   # a secret: owner only, as the product keeps it


def publish_db(partial: Path, path: Path) -> None:
    """A finished data set gets its name, its seal key with it."""
    for suffix in SIDECARS:
        if Path(str(partial) + suffix).exists():
            Path(str(partial) + suffix).rename(str(path) + suffix)
    Path(str(partial) + "-writers").unlink(missing_ok=True)
    partial.rename(path)


def checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def work_copy(source: Path, name: str) -> Path:
    """A fresh copy of a cached data set to write on."""
    target = CACHE / "work" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for earlier in target.parent.glob("*.db"):   # one work copy at a time: a 1M-member store is
        remove_db(earlier)                        # 3.5 GB, a 5M-entry one far more
    copy_db(source, target)
    flush_to_disk(target)   # else the first commits timed wait behind the copy's dirty pages
    return target


def flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def import_command(db: Path, csv_path: Path) -> list[str]:
    return [sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--now", IMPORT_AT.isoformat(), "--json",
            "member", "import", "--pin", MANAGER_PIN, str(csv_path)]


def members_db(members: int) -> Path:
    path = CACHE / f"members-{members}.db"
    if path.exists():
        return path
    partial = CACHE / f"members-{members}.partial.db"
    remove_db(partial)
    copy_db(base_db(), partial)
    import_members(partial, members)
    checkpoint(partial)
    publish_db(partial, path)
    return path


def import_members(path: Path, members: int, skip: int = 0) -> None:
    """``loyalty member import`` of the set's file(s), one after the other (the first ``skip``
    left out: their members are in already); fails loudly when an import takes fewer rows than
    expected (every row refused: a data set of nobody)."""
    for source in csv_files(members, skip):
        log(f"importing {source.name} into {path.name} (loyalty member import)")
        started = time.perf_counter()
        done = subprocess.run(import_command(path, source), check=True, cwd=ROOT, stdout=subprocess.PIPE)
        result = json.loads(done.stdout)
        imported, rows = result["imported"], result["imported"] + len(result["rejected"])
        first = int(source.stem.rsplit("part", 1)[1]) - 1 if "-part" in source.stem else 0
        expected = sum(1 for n in range(first * import_limit(), first * import_limit() + rows)
                       if n % BAD_EVERY != BAD_EVERY - 1)
        if imported != expected:
            raise RuntimeError(f"the import of {source.name} took {imported:,} of {rows:,} rows, expected "
                               f"{expected:,}: {done.stdout[:500]!r}")
        log(f"  imported {imported:,} in {time.perf_counter() - started:.1f} s")


def store_db(members: int) -> Path:
    """``members-N`` and a day of sales through the sale use case."""
    path = CACHE / f"store-{members}.db"
    if path.exists():
        return path
    if members > import_limit():
        return large_store_db(members)
    partial = CACHE / f"store-{members}.partial.db"
    if not partial.exists():   # a build that was stopped resumes: its sales are counted
        copy_db(members_db(members), partial)
    log(f"ringing {SALES_PER_DAY:,} sales on {REPORT_DAY} ({members:,} members)")
    started = time.perf_counter()
    ring_sales(partial, members, SALES_PER_DAY)
    log(f"  rung in {time.perf_counter() - started:.1f} s")
    checkpoint(partial)
    publish_db(partial, path)
    return path


def large_store_db(members: int) -> Path:
    """A store larger than one import: ``store-1000000`` (its members and its day of sales)
    and the members beyond them, imported file by file into a copy. No ``members-N.db`` is
    kept (at 5,000,000 members each copy is some 17 GB); a stopped build starts over."""
    path = CACHE / f"store-{members}.db"
    building = CACHE / f"store-{members}.partial.db"
    remove_db(building)
    copy_db(store_db(import_limit()), building)
    make_current(building)
    import_members(building, members, skip=1)
    checkpoint(building)
    publish_db(building, path)
    return path


def ring_sales(path: Path, members: int, count: int, batch: int = 200) -> None:
    from terminal.domain.clock import FixedClock
    from terminal.services import sales
    from terminal.services.loyalty import Loyalty
    from terminal.services.uow import UnitOfWork
    from terminal.store.database import open_database
    opening = datetime.combine(REPORT_DAY, datetime.min.time(), TZ) + timedelta(hours=8)
    step = timedelta(hours=12) / count
    with sqlite3.connect(path) as connection:
        done = connection.execute("SELECT count(*) FROM sales").fetchone()[0]
    rng = random.Random(count + members + done)
    db = open_database(path, create=False)
    try:
        clock = FixedClock(opening + step * done)
        app = Loyalty(db, clock)
        categories = ["coffee", "bakery", "grocery", "beauty"]
        while done < count:
            now = clock.now()
            with UnitOfWork(db, now=now) as uow:
                program, version = uow.program()
                for _ in range(min(batch, count - done)):
                    n = rng.randrange(members)
                    member = None if rng.random() < 1 / 3 or n % BAD_EVERY == BAD_EVERY - 1 else e164(n)
                    amount = f"{rng.randrange(100, 8000) / 100:.2f}"
                    request = app.request(member=member, lines=[f"{rng.choice(categories)}={amount}"])
                    sales.record_sale(uow, program, version, clock.now(), request)
                    clock.advance(seconds=step.total_seconds())
                    done += 1
                uow.commit()
    finally:
        db.dispose()


def make_current(path: Path) -> None:
    """A cached data set upgraded to this release's schema once (not in a timed run)."""
    from terminal.store.database import open_database
    open_database(path, create=False).dispose()
    checkpoint(path)


def ledger_entries(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]


def some_members(members: int, k: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    picked = []
    while len(picked) < k:
        n = rng.randrange(members)
        if n % BAD_EVERY != BAD_EVERY - 1:
            picked.append(n)
    return picked


def card_of(path: Path, n: int) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT c.number FROM cards c JOIN members m ON m.id = c.member_id "
                                  "WHERE m.phone = ?", (e164(n),)).fetchone()[0]
