"""A database found damaged is refused by every command until it is restored or checked
clean: SQLite reads the intact pages of a damaged file without complaint, so a till could go
on serving balances from it. ``loyalty check`` (or any command that meets SQLite's "malformed"
error) leaves ``<db>.damaged`` beside the file, saying what was found; ``loyalty check``
finding it whole again, or ``loyalty restore``, removes it."""

from __future__ import annotations

import os


def marker(db_path: str) -> str:
    return f"{db_path}.damaged"


def mark(db_path: str, detail: str) -> None:
    try:
        handle = os.open(marker(db_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(detail[:2000] + "\n")
    except OSError:
        pass  # a full or read-only disk: the next command meets the damage itself


def found(db_path: str) -> str | None:
    """What was found, if the database is marked damaged."""
    try:
        with open(marker(db_path), encoding="utf-8", errors="replace") as handle:
            return handle.read().strip() or "damaged"
    except OSError:
        return None


def refuse(db_path: str) -> None:
    """Raise ``database_corrupt`` if the database is marked damaged."""
    what = found(db_path)
    if what is not None:
        from terminal.domain.errors import DatabaseCorrupt
        raise DatabaseCorrupt(f"{db_path} was found damaged ({what}); restore the last backup with "
                              "`loyalty restore BACKUP` (or, once repaired, `loyalty check` clears this)")


def clear(db_path: str) -> None:
    try:
        os.remove(marker(db_path))
    except OSError:
        pass
