"""One unit of work per use case: one database transaction that rolls back unless committed.

A write unit of work starts with ``BEGIN IMMEDIATE`` (see ``terminal.store.database``), so
the whole use case — reads included — runs under the write lock and a sale is all or nothing.
"""

from __future__ import annotations

import functools
from sqlalchemy import event, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from terminal.domain.errors import DatabaseCorrupt, DatabaseError, NoProgram
from terminal.domain.program import Program, parse_program
from terminal.store.database import Database
from terminal.store.models import Counter, ProgramVersion, Setting


class NeedsWrite(Exception):
    """Raised inside a read-only unit of work by a step that must write (projecting received
    facts, say): the caller runs the use case again as a write."""


class UnitOfWork:
    def __init__(self, db: Database, *, write: bool = True, now=None):
        self.db, self.write = db, write
        self.now = now  # the use case's instant (projections of received facts need it)
        self.session: Session | None = None
        self._intent = None

    def __enter__(self) -> "UnitOfWork":
        if self.write:
            self._intent = self.db.announce_write()
        self.session = self.db.session(write=self.write)
        try:
            self.session.connection()  # BEGIN now, so a locked database fails here, not midway
        except OperationalError as exc:
            self.session.close()
            self.db.end_write(self._intent)
            raise _translate(exc, self.db.path) from None
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.db.end_write(self._intent)
        if isinstance(exc, OperationalError):
            raise _translate(exc, self.db.path) from None
        if isinstance(exc, SADatabaseError):   # "malformed", "not a database": the documented code
            from terminal.store.sqlite_errors import translate
            known = translate(exc, path=self.db.path)
            if isinstance(known, DatabaseCorrupt):
                from terminal.store import damage
                damage.mark(self.db.path, known.message)   # refused from now on, until restored
            if known is not None:
                raise known from None
        return False

    def writer_waiting(self) -> bool:
        """Another writer announced itself while this unit of work holds the write lock (a long
        job commits what it has and lets it go first)."""
        return self.write and self.db.others_announced(self._intent)

    def require_write(self) -> None:
        if not self.write:
            raise NeedsWrite()

    def pending_writes(self) -> bool:
        s = self.session
        return bool(s.new or s.dirty or s.deleted)

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as exc:
            raise _translate(exc, self.db.path) from None

    # -- small shared queries -------------------------------------------------------

    # Counters and settings are read without autoflush: bumping a counter or reading the
    # terminal's number never needs the session's pending rows in the database first (each
    # autoflush journaled and wrote a sale's rows piecemeal, several times per sale).

    def next_value(self, name: str) -> int:
        counters = self.session.info.setdefault("counters", {})   # a new one is pending, not in the map
        counter = counters.get(name)
        if counter is None:
            with self.session.no_autoflush:
                counter = self.session.get(Counter, name)
            if counter is None:
                counter = Counter(name=name, value=0)
                self.session.add(counter)
            counters[name] = counter
        counter.value += 1
        return counter.value

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A setting, read once per unit of work (``set_setting`` keeps the copy current)."""
        settings = self.session.info.setdefault("settings", {})
        if key not in settings:
            with self.session.no_autoflush:
                row = self.session.get(Setting, key)
            settings[key] = row.value if row else None
        value = settings[key]
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.session.no_autoflush:
            row = self.session.get(Setting, key)
        if row:
            row.value = value
        else:
            self.session.add(Setting(key=key, value=value))
        self.session.info.setdefault("settings", {})[key] = value

    def program_row(self) -> ProgramVersion | None:
        return self.session.scalars(select(ProgramVersion).order_by(ProgramVersion.version.desc()).limit(1)).first()

    def program(self) -> tuple[Program, int]:
        row = self.program_row()
        if row is None:
            raise NoProgram("no program is loaded: run `loyalty init` or `loyalty program import`")
        return _parse_cached(row.version, row.toml), row.version

    @property
    def terminal(self) -> int:
        return int(self.setting("terminal", "1"))

    @property
    def store(self) -> str:
        return self.setting("store") or "Store"


@functools.lru_cache(maxsize=8)
def _parse_cached(version: int, toml: str) -> Program:
    return parse_program(toml)


@event.listens_for(Session, "after_transaction_end")
def _forget_cached(session: Session, _transaction) -> None:
    """Counters, settings and families kept for a transaction are dropped when any transaction
    ends, savepoints included: a rolled-back savepoint may take a new counter row with it."""
    for key in ("counters", "settings", "families"):
        session.info.pop(key, None)


def _translate(exc: OperationalError, path: str | None = None):
    from terminal.store.sqlite_errors import translate
    return translate(exc, path=path) or DatabaseError(f"database error: {exc.orig}")
