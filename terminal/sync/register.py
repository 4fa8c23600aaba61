"""``loyalty hq register``: this terminal gets its chain-unique number and its own login from
head office (SYNC.md 4). The owner's URL is used once and never stored; the terminal's own
password goes to the libpq password file beside the database (``credentials``).

A terminal that has printed receipts or issued cards keeps its number (they carry it): head
office confirms it, or refuses when another till holds it. A terminal that has only set itself
up (its first manager, its program) and never synced takes whatever number head office gives:
its few facts move to that number before anything is sent.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text, update

from terminal.domain.errors import InvalidInput
from terminal.domain.facts import GENESIS, chain_hash
from terminal.services.uow import UnitOfWork
from terminal.store.database import Database
from terminal.store.journal import fact_table
from terminal.store.models import NOT_IN_FACT, Card, Fact, JournalUnlock, Sale, SyncStream

from . import credentials
from .admin import register_terminal
from .hq import HqRefused, connect_hq


def install_id(db: Database) -> str:
    """This database's own identity (head office tells two tills claiming a number apart)."""
    with UnitOfWork(db) as uow:
        value = uow.setting("install_id")
        if value is None:
            value = str(uuid.uuid4())
            uow.set_setting("install_id", value)
            uow.commit()
        return value


def register_here(db: Database, admin_url: str, store: str, number: int | None) -> dict:
    with UnitOfWork(db, write=False) as uow:
        local = uow.terminal
        printed = bool(uow.session.scalar(select(func.count(Sale.id)).where(Sale.origin_terminal == local))
                       or uow.session.scalar(select(func.count(Card.id)).where(Card.origin_terminal == local)))
        pushed = int(uow.session.scalar(select(SyncStream.pulled).where(SyncStream.origin == local)) or 0)
    if printed and number is not None and number != local:
        raise InvalidInput(f"this terminal has printed receipts and cards as terminal {local}; "
                           "its number cannot change")
    wanted = local if printed else number
    admin = connect_hq(admin_url)
    try:
        registration = register_terminal(admin, store, install_id(db), wanted)
        terminal_url = credentials.without_password(credentials.parse(admin_url)).set(username=registration.role)
    finally:
        admin.dispose()
    with UnitOfWork(db) as uow:
        if (registration.terminal, registration.store) != (local, uow.store):
            if pushed:
                raise HqRefused(f"this terminal already synced as terminal {local} of store {uow.store}")
            rewrite_identity(uow, local, registration.terminal, registration.store)
        uow.set_setting("terminal", str(registration.terminal))
        uow.set_setting("store", registration.store)
        uow.set_setting("hq_url", terminal_url.render_as_string(hide_password=False))
        uow.commit()
    passfile = credentials.passfile_for(db.path)
    credentials.store_password(passfile, terminal_url, registration.password)
    # Prove the new login works before saying so.
    connect_hq(terminal_url.render_as_string(hide_password=False), passfile=passfile).dispose()
    return {"store": registration.store, "terminal": registration.terminal,
            "url": terminal_url.render_as_string(hide_password=True), "passfile": str(passfile)}


def rewrite_identity(uow: UnitOfWork, old: int, new: int, store: str) -> None:
    """Move never-sent facts from terminal ``old`` to ``new`` of ``store`` (the journal is
    append-only otherwise: this holds ``journal_unlock`` while it runs)."""
    s = uow.session
    if new != old and s.scalar(select(func.count()).select_from(Fact).where(Fact.origin == new)):
        raise HqRefused(f"this database already holds facts of terminal {new}; register it with a new database")
    s.add(JournalUnlock(reason="registration"))
    s.flush()
    prev = GENESIS
    for fact in s.scalars(select(Fact).where(Fact.origin == old).order_by(Fact.seq)).all():
        digest = chain_hash(prev, new, fact.seq, fact.id, fact.kind, store, fact.at, fact.digest)
        s.execute(update(Fact).where(Fact.origin == old, Fact.seq == fact.seq)
                  .values(origin=new, store=store, hash=digest))
        prev = digest
    for kind in NOT_IN_FACT:
        table = fact_table(kind)
        values = {"origin_terminal": new}
        if "store" in table.columns:
            values["store"] = store
        s.execute(table.update().where(table.c.origin_terminal == old).values(**values))
    s.execute(text("DELETE FROM journal_unlock"))
    s.expire_all()
