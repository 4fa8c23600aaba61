"""Shared, generic fixtures: a temporary database path, a fixed clock and a factory for the
``Loyalty`` facade on a fresh temporary SQLite database. Keep this file small."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest


def instant(text: str) -> datetime:
    """An ISO-8601 text with an offset to an aware UTC datetime."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise ValueError("give the offset explicitly in tests")
    return parsed.astimezone(timezone.utc)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "loyalty.db"


@pytest.fixture
def fixed_clock():
    from terminal.domain.clock import FixedClock
    return FixedClock(instant("2026-03-02T12:00:00+00:00"))


@pytest.fixture
def make_loyalty(tmp_path):
    """``make_loyalty(program_toml, now="...", manager_pin=None) -> (app, clock)`` on a new database."""
    from terminal.domain.clock import FixedClock
    from terminal.domain.program import parse_program
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database

    opened = []

    def factory(program_toml: str | None = None, *, now: str = "2026-03-02T12:00:00+00:00",
                manager_pin: str | None = None, name: str = "app.db"):
        db = open_database(tmp_path / name)
        opened.append(db)
        clock = FixedClock(instant(now))
        app = Loyalty(db, clock)
        app.initialise(store="Test Store", program=parse_program(program_toml) if program_toml else None,
                       manager_pin=manager_pin)
        return app, clock

    yield factory
    for db in opened:
        db.dispose()
