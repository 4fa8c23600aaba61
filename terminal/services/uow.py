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
from terminal.store import rawsql
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
        """The counter's next value, written at once with plain SQL (without flushing the
        session's pending rows). An ORM ``Counter`` the session already holds (another use case
        moved it) is bumped through the ORM instead, so the two never disagree."""
        held = self.session.identity_map.get(Session.identity_key(Counter, name))
        if held is not None:
            held.value += 1
            return held.value
        with self.session.no_autoflush:
            connection = rawsql.connection(self.session)
            connection.execute("UPDATE counters SET value = value + 1 WHERE name = ?", (name,))
            row = connection.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            if row is None:
                connection.execute("INSERT INTO counters (name, value) VALUES (?, 1)", (name,))
                return 1
            return row[0]

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A setting, read once per unit of work (``set_setting`` keeps the copy current): the
        row the session holds if it holds one (as ``session.get`` would answer), else one plain
        query (an ORM ``get`` cost a sale about 0.15 ms per setting)."""
        settings = self.session.info.setdefault("settings", {})
        if key not in settings:
            row = self.session.identity_map.get(Session.identity_key(Setting, key))
            if row is not None:
                settings[key] = row.value
            else:
                with self.session.no_autoflush:
                    settings[key] = rawsql.scalar(self.session, "SELECT value FROM settings WHERE key = ?", (key,))
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
        """The newest program, parsed once per process for each version row (a version row is
        written once; its id, time and size name it). Every lookup and sale asks: loading the
        row's whole TOML through the ORM each time cost about 0.3 ms; naming it is one plain query."""
        head = rawsql.first(self.session, "SELECT version, id, created_at, length(toml) FROM program_versions "
                            "ORDER BY version DESC LIMIT 1")
        if head is None:
            raise NoProgram("no program is loaded: run `loyalty init` or `loyalty program import`")
        program = _PROGRAMS.get(head)
        if program is None:
            toml = rawsql.scalar(self.session, "SELECT toml FROM program_versions WHERE id = ?", (head[1],))
            program = _parse_cached(head[0], toml)
            if len(_PROGRAMS) >= 8:
                _PROGRAMS.clear()
            _PROGRAMS[head] = program
        return program, head[0]

    @property
    def terminal(self) -> int:
        return int(self.setting("terminal", "1"))

    @property
    def store(self) -> str:
        return self.setting("store") or "Store"


_PROGRAMS: dict[tuple, Program] = {}


@functools.lru_cache(maxsize=8)
def _parse_cached(version: int, toml: str) -> Program:
    return parse_program(toml)


@event.listens_for(Session, "after_transaction_end")
def _forget_cached(session: Session, transaction) -> None:
    """Counters, settings and families kept for a transaction are dropped when it ends, and
    when a savepoint ends: a rolled-back savepoint may take a new counter row with it. A
    flush's own inner transaction is neither (it changes nothing those copies hold; a failed
    flush fails the whole transaction): dropping them there made a sale read its member's
    family again after its first flush."""
    if transaction.parent is not None and not transaction.nested:
        return
    for key in ("counters", "settings", "families"):
        session.info.pop(key, None)


def _translate(exc: OperationalError, path: str | None = None):
    from terminal.store.sqlite_errors import translate
    return translate(exc, path=path) or DatabaseError(f"database error: {exc.orig}")
