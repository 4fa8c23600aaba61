"""The demo store shipped in resources/demo/demo.db: current, upgradable, and moved to today.

When ``test_the_shipped_snapshot_is_current`` fails, the snapshot is stale (a new migration, or
the engine or the demo builder now gives other results). Regenerate it:

    python -m terminal.services.demo_snapshot resources/demo/demo.db
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from terminal.domain.clock import FixedClock
from terminal.services.demo_snapshot import (SNAPSHOT_NOW, open_snapshot, shift_dates, snapshot_instant,
                                             snapshot_path)
from terminal.services.loyalty import Loyalty
from terminal.store.database import head_revision, open_database

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
REGENERATE = "the shipped demo store is stale: run `python -m terminal.services.demo_snapshot resources/demo/demo.db`"


def _plain(value):
    """Results without their random ids (UUIDs differ from build to build)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return UUID.sub("<id>", value)
    return value


def fingerprint(path, now: str) -> dict:
    db = open_database(path, create=False)
    try:
        app = Loyalty(db, FixedClock(datetime.fromisoformat(now)))
        with sqlite3.connect(path) as raw:
            receipts = [r for (r,) in raw.execute("SELECT receipt FROM sales ORDER BY receipt")]
            phones = [p for (p,) in raw.execute("SELECT phone FROM members ORDER BY phone")]
        return {
            "members": [_plain(app.show_member(phone)["member"]) for phone in phones],
            "sales": [_plain(app.sale_record(receipt)) for receipt in receipts],
            "check": {k: v for k, v in app.check().items() if k != "warnings"},   # a copy has no seal key beside it
            "program": app.export_program()[0],
        }
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def fresh_demo(tmp_path_factory):
    from terminal.services.demo import build_demo
    path = tmp_path_factory.mktemp("fresh") / "demo.db"
    build_demo(path, FixedClock(snapshot_instant()))
    return path


def test_the_shipped_snapshot_is_current(fresh_demo, tmp_path):
    with sqlite3.connect(snapshot_path()) as raw:
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision(), REGENERATE
    shipped = tmp_path / "shipped.db"
    shutil.copyfile(snapshot_path(), shipped)
    assert fingerprint(shipped, SNAPSHOT_NOW) == fingerprint(fresh_demo, SNAPSHOT_NOW), REGENERATE


def test_an_older_snapshot_is_upgraded_on_open(tmp_path):
    """A snapshot made before the newest migration still opens: open_snapshot upgrades it."""
    old = tmp_path / "old.db"
    shutil.copyfile(snapshot_path(), old)
    from alembic import command
    from sqlalchemy import create_engine
    from terminal.store.database import alembic_config
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:   # as if made before the newest migration
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    engine.dispose()
    with sqlite3.connect(old) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] != head_revision()
    import terminal.services.demo_snapshot as snapshot
    original = snapshot.snapshot_path
    snapshot.snapshot_path = lambda: old
    try:
        open_snapshot(tmp_path / "opened.db", snapshot_instant())
    finally:
        snapshot.snapshot_path = original
    with sqlite3.connect(tmp_path / "opened.db") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_opening_moves_the_history_to_today_and_keeps_it_consistent(tmp_path):
    now = datetime(2027, 8, 19, 15, 30, tzinfo=timezone.utc)   # a later day, after lunch in New York
    days = open_snapshot(tmp_path / "demo.db", now)
    assert days == (now - snapshot_instant()) // timedelta(days=1)
    db = open_database(tmp_path / "demo.db", create=False)
    try:
        app = Loyalty(db, FixedClock(now))
        assert app.check() == {"ok": True, "problems": []}
        ada = app.show_member("2125550100")["member"]
        assert ada["balance"] == 1094 and ada["tier"] == "Silver"   # nothing expired or lost by moving
        assert ada["expiring"][0]["on"] > now.date().isoformat()
        with sqlite3.connect(tmp_path / "demo.db") as raw:
            last_sale = raw.execute("SELECT max(at) FROM sales").fetchone()[0]
            audit_rows = raw.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        last = datetime.fromisoformat(last_sale).replace(tzinfo=timezone.utc)
        assert now - timedelta(days=2) < last < now          # the history ends yesterday, not months ago
        yesterday = app.daily_report((now - timedelta(days=1)).date())
        assert yesterday["sales"] > 0
        assert "2027" in app.export_program()[0] or "2028" in app.export_program()[0]  # campaign dates moved
        assert audit_rows > 0
        with pytest.raises(Exception):                      # the audit log is append-only again
            with sqlite3.connect(tmp_path / "demo.db") as raw:
                raw.execute("UPDATE audit_log SET reason = 'x'")
    finally:
        db.dispose()


def test_shifting_dates_touches_dates_only():
    assert shift_dates('{"at": "2026-03-03T17:00:00+00:00", "on": "2027-01-24"}', 2) == \
        '{"at": "2026-03-05T17:00:00+00:00", "on": "2027-01-26"}'
    assert shift_dates("2026-02-28 23:00:00.000000", 1) == "2026-03-01 23:00:00.000000"
    for untouched in ("T001-000365", "+12125550100", "2900100000017", "9999-99-99", "12345-06-07",
                      "0b1e2026-0303-4c4d-8e8f-000000000000"):
        assert shift_dates(untouched, 5) == untouched
