"""Reading the append-only audit log: filter by store-local dates, staff, action and member."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from terminal.domain.errors import InvalidInput, LoyaltyError
from terminal.domain.program import Program
from terminal.domain.text import strip_controls
from terminal.domain.timekeeping import day_bounds, local
from terminal.store.models import AuditEntry, Member, Staff

from .ledger import family_of
from .lookup import resolve
from .uow import UnitOfWork

LIMIT = 500


def clean_text(text: str | None, limit: int = 500) -> str:
    return strip_controls(text)[:limit]


def _day(value, what: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    from terminal.domain.timekeeping import parse_day
    try:
        return parse_day(value, what)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def query(uow: UnitOfWork, program: Program, *, date_from=None, date_to=None, staff: str | None = None,
          action: str | None = None, member: str | None = None, limit: int = LIMIT) -> dict:
    """Newest first. ``member`` is a reference (card, phone, id): its merged accounts count too."""
    start, end = _day(date_from, "from"), _day(date_to, "to")
    if start and end and end < start:
        raise InvalidInput("the 'to' date is before the 'from' date")
    who, about = aliased(Staff), aliased(Member)
    statement = (select(AuditEntry, who.name, about.name).outerjoin(who, who.id == AuditEntry.staff_id)
                 .outerjoin(about, about.id == AuditEntry.member_id))
    if start:
        statement = statement.where(AuditEntry.at >= day_bounds(start, program.tz)[0])
    if end:
        statement = statement.where(AuditEntry.at < day_bounds(end, program.tz)[1])
    if staff:
        statement = statement.where(AuditEntry.staff_id == staff)
    if action:
        statement = statement.where(AuditEntry.action == action)
    if member:
        try:
            target = resolve(uow, program, member)
        except LoyaltyError:
            return {"entries": [], "actions": actions(uow)}
        statement = statement.where(AuditEntry.member_id.in_(family_of(uow.session, target.id)))
    statement = statement.order_by(AuditEntry.at.desc(), AuditEntry.id).limit(max(1, min(limit, LIMIT)))
    entries = []
    for entry, staff_name, member_name in uow.session.execute(statement):
        details = json.loads(entry.details) if entry.details else {}
        entries.append({"id": entry.id, "at": entry.at.isoformat(),
                        "local": local(entry.at, program.tz).strftime("%Y-%m-%d %H:%M"),
                        "staff_id": entry.staff_id, "staff": staff_name, "action": entry.action,
                        "member_id": entry.member_id, "member": member_name,
                        "reason": clean_text(entry.reason), "details": details})
    return {"entries": entries, "actions": actions(uow)}


def actions(uow: UnitOfWork) -> list[str]:
    return sorted(uow.session.scalars(select(AuditEntry.action).distinct()))
