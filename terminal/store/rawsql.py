"""Plain SQL reads in a session's transaction, for the till's hot paths (a lookup, a sale).

Building and compiling an ORM ``select`` costs about 250 µs of Python per query; the same
statement on the session's own SQLite connection costs under 10 µs. These helpers run it there,
in the same transaction, and flush the session's pending rows first exactly as an ORM query's
autoflush would (never inside ``no_autoflush``), so a read sees what the ORM would have shown.

Instants travel as SQLAlchemy's SQLite ``DateTime`` stores them (naive UTC text,
``YYYY-MM-DD HH:MM:SS.ffffff``; see ``models.UtcDateTime``): ``instant`` makes that text from an
aware datetime and ``aware`` reads it back."""

from __future__ import annotations

from datetime import datetime, timezone


def _driver(session):
    # What an ORM query does first: flush pending rows unless inside ``no_autoflush`` or a
    # flush already under way (a no-op when nothing is pending).
    session._autoflush()
    return session.connection().connection.driver_connection


def connection(session):
    """The session's SQLite connection, in its transaction (after an autoflush, as above)."""
    return _driver(session)


def rows(session, sql: str, params=()) -> list[tuple]:
    return _driver(session).execute(sql, params).fetchall()


def first(session, sql: str, params=()) -> tuple | None:
    return _driver(session).execute(sql, params).fetchone()


def scalar(session, sql: str, params=()):
    row = _driver(session).execute(sql, params).fetchone()
    return row[0] if row else None


def marks(values) -> str:
    """``?, ?, ?``: the placeholders of an ``IN`` list (never empty: ``IN ()`` is valid SQLite
    and matches nothing, as SQLAlchemy's empty ``in_`` does)."""
    return ", ".join("?" * len(values))


def instant(value: datetime | None) -> str | None:
    """An aware instant as the text ``UtcDateTime`` stores (naive UTC, microseconds)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where an aware instant is required")
    u = value.astimezone(timezone.utc)
    return (f"{u.year:04d}-{u.month:02d}-{u.day:02d} {u.hour:02d}:{u.minute:02d}:{u.second:02d}"
            f".{u.microsecond:06d}")


def aware(text: str | None) -> datetime | None:
    """Stored instant text back to an aware UTC datetime (what ``UtcDateTime`` returns)."""
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
