"""A database from before facts (schema 0004 and earlier) becomes one with a journal.

Migration 0005 changes the schema; this, run once when such a database is first opened by this
release, writes the journal entries of the rows this terminal made, with the code that writes
every fact (``terminal.store.journal``), turns what used to be updated in place into facts
(a blocked or merged member becomes a member event, an inactive staff member a staff event),
marks what is now derived (expiry, refund clawbacks and returns, reversals, punch takebacks) as
derived, and projects every family again. Afterwards the database is indistinguishable from
one made by this release, and its whole history syncs.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import select, update

from terminal.store.database import Database
from terminal.store.journal import TIME_COLUMN, append, fact_table
from terminal.store.models import (NOT_IN_FACT, Fact, LedgerEntry, Member, MemberEvent, PunchEvent, Refund, Sale,
                                   Staff, StaffEvent, new_id)

from .ledger import DERIVED_KINDS
from .uow import UnitOfWork

SETTING = "journal"
LEGACY_DERIVED = DERIVED_KINDS


def ensure_journal(db: Database, clock) -> bool:
    """Backfill the journal if this database predates it; returns whether it did."""
    with UnitOfWork(db, write=False) as uow:
        if uow.setting(SETTING) == "1" or uow.program_row() is None:
            return False
        if uow.session.scalar(select(Fact.seq).limit(1)) is not None:
            journaled = True
        else:
            journaled = uow.session.scalar(select(Member.id).limit(1)) is None and \
                uow.session.scalar(select(Sale.id).limit(1)) is None and \
                uow.session.scalar(select(Staff.id).limit(1)) is None
    if journaled:
        mark_current(db)
        return False
    now = clock.now()
    with UnitOfWork(db, now=now) as uow:
        if uow.setting(SETTING) == "1":
            return False
        _backfill(uow)
        from .projector import project_families
        program = uow.program()[0]
        project_families(uow, program, list(uow.session.scalars(select(Member.id))), now)
        uow.set_setting(SETTING, "1")
        uow.commit()
    return True


def mark_current(db: Database) -> None:
    """A database created by this release has its journal from the start."""
    with UnitOfWork(db) as uow:
        if uow.setting(SETTING) != "1":
            uow.set_setting(SETTING, "1")
            uow.commit()


def _backfill(uow: UnitOfWork) -> None:
    s, own = uow.session, uow.terminal
    s.execute(update(LedgerEntry).where(LedgerEntry.kind.in_(LEGACY_DERIVED)).values(derived=True)
              .execution_options(synchronize_session=False))
    s.execute(update(PunchEvent).where(PunchEvent.units < 0).values(derived=True)
              .execution_options(synchronize_session=False))
    for member in s.scalars(select(Member).where(Member.status.in_(("blocked", "merged")))):
        if member.status == "blocked":
            s.add(MemberEvent(id=new_id(), member_id=member.id, at=member.updated_at, kind="blocked",
                              reason="blocked (before this release)", store=member.store, origin_terminal=own))
        elif member.merged_into:
            s.add(MemberEvent(id=new_id(), member_id=member.id, at=member.merged_at or member.updated_at,
                              kind="merged", target_id=member.merged_into, reason="merged (before this release)",
                              store=member.store, origin_terminal=own))
    for staff in s.scalars(select(Staff).where(Staff.active.is_(False))):
        s.add(StaffEvent(id=new_id(), staff_id=staff.id, at=staff.created_at, changes=json.dumps({"active": False}),
                         store=staff.store, origin_terminal=own))
    s.info["receiving"] = True  # journaled below, in the order things happened
    s.flush()
    s.info["receiving"] = False
    groups = _groups(s, own)
    for _, objs in sorted(groups.items(), key=lambda item: item[0]):
        append(s, objs, tx=None)
        s.info.pop("journal_tx", None)
    s.flush()


def _groups(s, own: int) -> dict:
    """Own rows grouped into the transactions they were written in (a sale with its lines,
    redemptions, entries and punches; everything else on its own), keyed by when."""
    groups: dict[tuple, list] = defaultdict(list)
    sales = {sale.id: sale for sale in s.scalars(select(Sale).where(Sale.origin_terminal == own))}
    refunds = {r.id: r for r in s.scalars(select(Refund).where(Refund.origin_terminal == own))}
    order = {"members": 0, "cards": 1, "staff": 2, "sales": 3, "sale_lines": 4, "sale_redemptions": 5,
             "refunds": 6, "ledger_entries": 7, "punch_events": 8, "member_events": 9, "staff_events": 10,
             "audit_log": 11, "conflict_resolutions": 12}
    for kind in NOT_IN_FACT:
        table = fact_table(kind)
        model = next(m for m in Fact.registry.mappers if m.local_table is table).class_
        query = select(model).where(model.origin_terminal == own)
        if "derived" in table.columns:
            query = query.where(table.c.derived.is_(False))
        for obj in s.scalars(query):
            sale_id = getattr(obj, "sale_id", None) if kind != "refunds" else None
            refund_id = getattr(obj, "refund_id", None)
            if kind == "sales":
                key = (obj.at, obj.id)
            elif sale_id in sales and kind in ("sale_lines", "sale_redemptions", "ledger_entries", "punch_events") \
                    and refund_id is None:
                key = (sales[sale_id].at, sale_id)
            elif refund_id in refunds:
                key = (refunds[refund_id].at, refund_id)
            elif kind in ("sale_lines", "sale_redemptions"):
                continue  # lines of another terminal's sale: that terminal journals them
            else:
                key = (getattr(obj, TIME_COLUMN[kind]), obj.id)
            groups[key].append(obj)
    for objs in groups.values():
        objs.sort(key=lambda o: (order[o.__tablename__], getattr(o, "position", 0), getattr(o, "seq", 0) or 0))
    return groups

