"""Paid memberships at the till and in reports (SPEC-mechanics 1): a member's purchases (sale
lines of SKU ``membership:CODE`` of sales not fully refunded, facts like any line) and the
membership in force, computed the same way on every node."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from terminal.domain.facts import order_key
from terminal.domain.memberships import Period, Purchase, active, periods
from terminal.domain.program import MEMBERSHIP_PREFIX, Program
from terminal.domain.timekeeping import local_date
from terminal.store.models import Sale, SaleLineRow

from .uow import UnitOfWork


def purchases(uow: UnitOfWork, ids: list[str] | None) -> dict[str, list[Purchase]]:
    """Membership purchases by member id (``ids``: those members; ``None``: everyone)."""
    query = (select(Sale.member_id, Sale.at, Sale.origin_terminal, Sale.id, SaleLineRow.sku)
             .join(Sale, Sale.id == SaleLineRow.sale_id)
             .where(SaleLineRow.sku.like(MEMBERSHIP_PREFIX + "%"), Sale.fully_refunded.is_(False),
                    Sale.member_id.is_not(None)))
    if ids is not None:
        query = query.where(Sale.member_id.in_(ids))
    rows = sorted(uow.session.execute(query).all(), key=lambda r: (order_key(r.at, r.origin_terminal, 0), r.id))
    found: dict[str, list[Purchase]] = {}
    for member_id, at, _, _, sku in rows:
        found.setdefault(member_id, []).append(Purchase(at, sku[len(MEMBERSHIP_PREFIX):]))
    return found


def membership_now(uow: UnitOfWork, program: Program, ids: list[str], now: datetime) -> Period | None:
    """The membership in force for a family (its accounts' purchases together)."""
    if not program.memberships:
        return None
    bought = sorted((p for group in purchases(uow, ids).values() for p in group), key=lambda p: p.at)
    return active(periods(program, [p for p in bought if p.at <= now]), now)


def membership_view(program: Program, period: Period | None) -> dict | None:
    """MEMBER ``membership``: ``{"code","name","tier","until"}`` (``until``: the last day)."""
    if period is None:
        return None
    membership = program.memberships[period.code]
    last = local_date(period.ends, program.tz) - timedelta(days=1)
    return {"code": membership.code, "name": membership.name, "tier": period.tier, "until": last.isoformat()}


def active_paid_members(uow: UnitOfWork, program: Program, instant: datetime, store: str | None = None) -> int:
    """Members (surviving accounts counted once per purchase history) holding a membership at ``instant``."""
    if not program.memberships:
        return 0
    from terminal.store.models import Member
    held = 0
    for member_id, bought in purchases(uow, None).items():
        if store is not None:
            member = uow.session.get(Member, member_id)
            if member is None or member.store != store:
                continue
        if active(periods(program, [p for p in bought if p.at <= instant]), instant) is not None:
            held += 1
    return held
