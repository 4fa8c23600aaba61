"""Is the file at ``--db`` ours? A loyalty database is made only by ``loyalty init`` (or the
till's demo): a zero-byte file, a SQLite file without tables, or any other file given as
``--db`` to another command is refused (``not_a_loyalty_database``) instead of being silently
turned into a loyalty database, and another application's SQLite file is refused even by
``init`` (its own tables would end up next to ours)."""

from __future__ import annotations

import os
import sqlite3

from terminal.domain.errors import NotLoyaltyDatabase
from terminal.store.sqlite_errors import translate

#: Tables every loyalty database has had since its first schema.
OURS = frozenset({"alembic_version", "members", "sales", "ledger_entries"})


def vacant(path: str, *, create: bool) -> bool:
    """True when ``path`` may become a new database (it does not exist, or ``create`` and it is
    empty); False when it is one of ours; raises ``NotLoyaltyDatabase`` otherwise."""
    if not os.path.exists(path):
        return True
    if os.path.isdir(path):
        raise NotLoyaltyDatabase(f"{path} is a folder, not a database file")
    tables = _tables(path)
    if tables is None or not tables:
        if create:
            return True
        raise NotLoyaltyDatabase(f"{path} is empty, not a loyalty database; `loyalty init` makes one")
    if not OURS <= tables:
        raise NotLoyaltyDatabase(f"{path} is another application's database (tables such as "
                                 f"{', '.join(sorted(tables - OURS)[:3]) or 'none of ours'}); give a new file name")
    return False


def _tables(path: str) -> set[str] | None:
    """The tables of the SQLite file at ``path``; None for a zero-byte file."""
    if os.path.getsize(path) == 0:
        return None
    try:
        from .database import busy_timeout_ms
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
        try:
            return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        problem = translate(exc, path, path=path)
        if problem is None:
            raise NotLoyaltyDatabase(f"{path} is not a loyalty database ({exc})") from None
        raise problem from None
