"""``loyalty sync``: one exchange with head office (SYNC.md).

1. Who am I? Head office says, from the login role: this terminal's number and store (HQ owns
   identity); they must be this database's. Its clock is compared with ours.
2. Repair this terminal's own stream if one side was restored from a backup.
3. Push this terminal's facts; pull other origins' facts this store may read; fetch the history
   of members the store started following; adopt a newer published program.
4. Project the families facts arrived for.

Every step keeps what it finished, so repeating a sync (after a cut link, a killed process) is
always safe and never doubles anything.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from terminal.domain.errors import HqUnreachable, InvalidInput
from terminal.domain.program import parse_program
from terminal.services.uow import UnitOfWork
from terminal.store.database import Database
from terminal.store.models import ConflictResolution, ConflictRow, ProgramVersion

from . import credentials
from .admin import latest_program
from .hq import HqRefused, connect_hq, reason, require_schema
from .streams import StreamReport, pull, push, repair_own_stream

SKEW_WARNING_S = 120


def sync(db: Database, hq: Engine, now: datetime, on_progress=None) -> dict:
    require_schema(hq)
    with UnitOfWork(db, write=False) as uow:
        terminal, store = uow.terminal, uow.store
        program = uow.program()[0]
    try:
        with hq.connect() as connection:
            who = connection.execute(text("SELECT terminal, store, now FROM hq_whoami()")).first()
        if who is None or who.terminal is None:
            raise HqRefused(f"head office does not know this login ({hq.url.username}) as a terminal: "
                            "register it with `loyalty hq register --url ADMIN_URL --store STORE`")
        if (who.terminal, who.store) != (terminal, store):
            raise HqRefused(f"head office registered this login as terminal {who.terminal} of store {who.store}, "
                            f"but this database is terminal {terminal} of store {store}")
        skew = round((now - who.now).total_seconds(), 3)
        report = StreamReport()
        repair_own_stream(db, hq, terminal, program, now, report)
        push(db, hq, terminal, report)
        adopted = adopt_program(db, hq, now)
        if adopted:
            with UnitOfWork(db, write=False) as uow:
                program = uow.program()[0]
        pull(db, hq, terminal, program, now, report, on_progress)
    except DBAPIError as exc:
        record_failure(db, f"head office stopped answering: {reason(exc)}")
        raise HqUnreachable(f"head office stopped answering during the sync: {reason(exc)}") from None
    with UnitOfWork(db) as uow:
        uow.set_setting("hq_contact_at", now.isoformat())
        uow.set_setting("last_sync_at", now.isoformat())
        uow.set_setting("clock_skew_s", str(skew))
        uow.session.execute(text("DELETE FROM settings WHERE key = 'sync_error'"))
        uow.commit()
    by_kind = conflicts_by_kind(db)
    return {"pushed": report.pushed, "pulled": report.pulled, "conflicts": sum(by_kind.values()),
            "conflicts_by_kind": by_kind, "clock_skew_s": skew, "clock_skew_warning": abs(skew) > SKEW_WARNING_S,
            "program_version": adopted, "followed": report.followed,
            "repaired": {"pulled_back": report.pulled_back, "renumbered": report.renumbered,
                         "pushed_again": report.hq_was_behind}}


def conflicts_by_kind(db: Database) -> dict[str, int]:
    with UnitOfWork(db, write=False) as uow:
        rows = uow.session.execute(select(ConflictRow.kind, func.count(ConflictRow.id))
                                   .where(ConflictRow.id.not_in(select(ConflictResolution.conflict_id)))
                                   .group_by(ConflictRow.kind)).all()
    return {kind: count for kind, count in sorted(rows)}


def adopt_program(db: Database, hq: Engine, now: datetime) -> int | None:
    """A program published after the one in force here becomes this terminal's next version;
    the chain-wide number is kept as ``hq_program_version``."""
    with UnitOfWork(db, write=False) as uow:
        adopted = int(uow.setting("hq_program_version", "0"))
    with hq.connect() as connection:
        published = latest_program(connection, adopted)
    if published is None:
        return None
    program = parse_program(published.toml)
    with UnitOfWork(db) as uow:
        current = uow.program_row()
        if current is None or current.toml != published.toml:
            version = (current.version if current else 0) + 1
            uow.session.add(ProgramVersion(id=str(uuid.uuid4()), version=version, toml=published.toml,
                                           created_at=now, origin_terminal=0, program_version=published.version))
        uow.set_setting("hq_program_version", str(published.version))
        uow.commit()
    del program
    return published.version


def record_failure(db: Database, message: str) -> None:
    with UnitOfWork(db) as uow:
        uow.set_setting("sync_error", message[:500])
        uow.commit()


def remembered_url(db: Database) -> str | None:
    with UnitOfWork(db, write=False) as uow:
        return uow.setting("hq_url")


def connect_for(db: Database, url: str | None) -> tuple[Engine, str]:
    """Head office for this terminal: ``url`` (its password, if any, moves to the password
    file) or the one remembered; returns the engine and the URL to remember (no password)."""
    url = url or remembered_url(db)
    if not url:
        raise InvalidInput("this terminal has no head office yet: `loyalty hq register --url ADMIN_URL --store S` "
                           "or `loyalty sync --hq URL`")
    parsed = credentials.parse(url)
    passfile = credentials.passfile_for(db.path)
    bare = credentials.without_password(parsed)
    engine = connect_hq(parsed.render_as_string(hide_password=False), passfile=passfile)
    if parsed.password:
        credentials.store_password(passfile, bare, parsed.password)
    return engine, bare.render_as_string(hide_password=False)


def run_sync(db: Database, url: str | None, now: datetime, on_progress=None) -> dict:
    """``loyalty sync [--hq URL]``: connect, remember the URL (never its password), sync.
    An unreachable head office is recorded (the offline cap applies once it has been silent
    for a while); a new or mistyped URL is not remembered."""
    try:
        hq, bare = connect_for(db, url)
    except HqUnreachable as exc:
        if url is None or credentials.redact(url) == credentials.redact(remembered_url(db) or ""):
            record_failure(db, exc.message)
        raise
    try:
        with UnitOfWork(db) as uow:
            uow.set_setting("hq_url", bare)
            uow.commit()
        return sync(db, hq, now, on_progress)
    finally:
        hq.dispose()


def unsynced_count(db: Database) -> int:
    from terminal.services.reports import unsynced_facts
    with UnitOfWork(db, write=False) as uow:
        return unsynced_facts(uow)
