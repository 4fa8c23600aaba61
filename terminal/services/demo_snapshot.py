"""The demo store shipped ready-made (``resources/demo/demo.db``).

Building the demo through the use cases (``load_demo``: 36 members, six weeks of sales) takes
about ten seconds; ``loyalty-terminal --demo`` should show its window at once. So the store is
built once, at :data:`SNAPSHOT_NOW`, and shipped. Opening it (:func:`open_snapshot`):

1. the file is copied to the demo's own directory;
2. :func:`terminal.store.database.open_database` upgrades its schema with Alembic, so a snapshot
   made before a new migration still opens;
3. :func:`retime` moves every date in it by the same whole number of days, so the history ends
   today: instants, dates, and the ISO dates inside text (sale answers kept as JSON, audit
   details, the program's campaign dates). Every date moves alike, so balances, expiry dates,
   lots and the ledger replay (``loyalty check``) stay consistent. Times of day do not move.

``tests/integration/test_demo_snapshot.py`` fails when the snapshot is stale (an older schema, or
different from what ``load_demo`` builds today). Regenerate it with::

    python -m terminal.services.demo_snapshot resources/demo/demo.db
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from terminal.domain.clock import FixedClock
from terminal.resource_files import resource_path
from terminal.store.database import open_database

SNAPSHOT_NOW = "2026-03-03T05:00:00+00:00"
# Midnight of a Tuesday in New York (the demo store's time zone): moved by whole days to the last
# such midnight before "now", the history ends on the store's yesterday, whatever the hour.
_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_SKIPPED_COLUMNS = ("hash", "pin", "payload", "digest")   # never dates; leave them byte for byte


def snapshot_path() -> Path:
    return resource_path("demo", "demo.db")


def snapshot_instant() -> datetime:
    return datetime.fromisoformat(SNAPSHOT_NOW)


def write_snapshot(target: str | os.PathLike) -> dict:
    """Build the demo store at :data:`SNAPSHOT_NOW` into ``target`` (one compact file)."""
    from .demo import build_demo
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="loyalty-snapshot-") as work:
        built = Path(work) / "demo.db"
        summary = build_demo(built, FixedClock(snapshot_instant()))
        if target.exists():
            target.unlink()
        with sqlite3.connect(built) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM INTO ?", (str(target),))
        with sqlite3.connect(target) as connection:
            connection.execute("PRAGMA journal_mode = DELETE")
            # The journal's seal key stays with the build; a shipped copy is never sealed.
            connection.execute("DELETE FROM settings WHERE key = 'journal_seal'")
    return summary


def open_snapshot(target: str | os.PathLike, now: datetime) -> int:
    """Copy the shipped demo store to ``target``, upgrade it and move its dates so its history
    ends on ``now``'s day. Returns the number of days moved."""
    shutil.copyfile(snapshot_path(), target)
    db = open_database(target, create=False)
    db.dispose()
    days = retime(target, snapshot_instant(), now)
    _seal_afresh(target)
    return days


def _seal_afresh(target: str | os.PathLike) -> None:
    """The snapshot's seal was made with a key that is not shipped: the new store drops it and
    gets a key of its own beside it, as ``init`` gives one (``terminal.store.seal``)."""
    from sqlalchemy import delete

    from terminal.services.setup import seal_new_store
    from terminal.services.uow import UnitOfWork
    from terminal.store import seal
    from terminal.store.models import Setting
    Path(f"{target}.seal-key").unlink(missing_ok=True)   # a key left by an earlier store at this path
    db = open_database(target, create=False)
    try:
        with UnitOfWork(db) as uow:
            uow.session.execute(delete(Setting).where(Setting.key == seal.SETTING))
            seal_new_store(uow)
            uow.commit()
    finally:
        db.dispose()


def days_between(built_at: datetime, now: datetime) -> int:
    """Whole days to move a store built at ``built_at`` so that nothing in it is later than ``now``."""
    return (now - built_at) // timedelta(days=1)


def shift_dates(text: str, days: int) -> str:
    """Every ISO date (``YYYY-MM-DD``, alone or inside a timestamp or JSON) moved by ``days``."""
    def move(match: re.Match[str]) -> str:
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return match.group(0)  # digits that only look like a date
        return (day + timedelta(days=days)).isoformat()
    return _DATE.sub(move, text)


def retime(path: str | os.PathLike, built_at: datetime, now: datetime) -> int:
    days = days_between(built_at, now)
    if days == 0:
        return 0
    connection = sqlite3.connect(path)
    try:
        with connection:
            # Append-only tables (the audit log...) refuse updates through triggers: the snapshot
            # is ours to move, so they step aside for this one transaction and come back as they were.
            triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
            for name, _sql in triggers:
                connection.execute(f'DROP TRIGGER "{name}"')
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                if name != "alembic_version"]
            for table in tables:
                cursor = connection.execute(f'SELECT rowid, * FROM "{table}"')
                columns = [d[0] for d in cursor.description][1:]
                for rowid, *values in cursor.fetchall():
                    changes = {}
                    for column, value in zip(columns, values):
                        if (isinstance(value, str) and _DATE.search(value)
                                and not any(part in column.lower() for part in _SKIPPED_COLUMNS)):
                            moved = shift_dates(value, days)
                            if moved != value:
                                changes[column] = moved
                    if changes:
                        assignments = ", ".join(f'"{column}" = ?' for column in changes)
                        connection.execute(f'UPDATE "{table}" SET {assignments} WHERE rowid = ?',
                                           [*changes.values(), rowid])
            _rechain(connection)
            for _name, sql in triggers:
                connection.execute(sql)
    finally:
        connection.close()
    return days


def _rechain(connection: sqlite3.Connection) -> None:
    """The journal's bodies and instants moved with everything else: their digests and the
    hash chain are computed again, as the terminal would have written them on those days (the
    demo store was never sent anywhere)."""
    from terminal.domain.facts import GENESIS, body_digest, chain_hash
    previous: dict[int, str] = {}
    rows = connection.execute("SELECT origin, seq, id, kind, store, at, body FROM facts ORDER BY origin, seq").fetchall()
    for origin, seq, fact_id, kind, store, at, body in rows:
        instant = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
        digest = body_digest(body)
        link = chain_hash(previous.get(origin, GENESIS), origin, seq, fact_id, kind, store, instant, digest)
        connection.execute("UPDATE facts SET digest = ?, hash = ? WHERE origin = ? AND seq = ?",
                           (digest, link, origin, seq))
        previous[origin] = link


if __name__ == "__main__":
    destination = Path(sys.argv[1]) if len(sys.argv) > 1 else snapshot_path()
    print(write_snapshot(destination), "->", destination)
