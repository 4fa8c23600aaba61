"""The store's day (SPEC section 4, ``report daily``), for store managers.

Sales and refunds count on the store-local day they were made, at the store where they were
made (a terminal also holds other stores' sales of members it served; SPEC 7). Points count
where they moved: earned and redeemed at the sale's store, clawed back at the refund's,
expired at the member's home store. Liability is the balances of the store's own members
(enrolled there) as they stood at the end of the day, whenever the report is asked: due
expiries are written first (dated at their expiry instants), so a late report sees what had
expired. ``store=None`` reports the whole chain (head office's ``hq report``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import distinct, func, select

from terminal.domain.program import MEMBERSHIP_PREFIX, Program
from terminal.domain.timekeeping import day_bounds, local
from terminal.store.models import (ConflictRow, ConflictResolution, Fact, LedgerEntry, LedgerTotal, Member, Refund,
                                   Sale, SaleLineRow, SaleRedemption, SyncStream)

from .memberships import active_paid_members
from .refunds import expire_all
from .uow import UnitOfWork

EARN_KINDS = ("earn", "bonus", "referral", "superseded", "challenge")

_MINE = object()


def unsynced_facts(uow: UnitOfWork) -> int:
    """Facts made here that head office has not acknowledged yet."""
    s, origin = uow.session, uow.terminal
    acked = s.scalar(select(SyncStream.pulled).where(SyncStream.origin == origin)) or 0
    return int(s.scalar(select(func.count()).select_from(Fact).where(Fact.origin == origin, Fact.seq > acked)))


def liability_at(s, end: datetime, store: str | None) -> int:
    """The balances of ``store``'s own members (every member: ``None``) as they stood at
    ``end``: the running total of their entries (``ledger_totals``) less what was booked from
    ``end`` on (found by the index on ``at``), instead of a sum over the whole ledger."""
    total = select(func.coalesce(func.sum(LedgerTotal.points), 0))
    later = select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(LedgerEntry.at >= end)
    if store is not None:
        total = total.where(LedgerTotal.store == store)
        later = later.join(Member, Member.id == LedgerEntry.member_id).where(Member.store == store)
    return int(s.scalar(total)) - int(s.scalar(later))


def conflicts_waiting(uow: UnitOfWork) -> int:
    resolved = select(ConflictResolution.conflict_id)
    return int(uow.session.scalar(select(func.count(ConflictRow.id)).where(ConflictRow.id.not_in(resolved))))


def daily_report(uow: UnitOfWork, program: Program, version: int, now: datetime, day: date,
                 store: str | None | object = _MINE) -> dict:
    expire_all(uow, program, version, now)
    s, money, tz = uow.session, program.currency.format, program.tz
    store = uow.store if store is _MINE else store
    start, end = day_bounds(day, tz)
    in_day = (Sale.at >= start) & (Sale.at < end)
    if store is not None:
        in_day = in_day & (Sale.store == store)

    totals = s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0),
                              func.coalesce(func.sum(Sale.discount), 0), func.coalesce(func.sum(Sale.donations), 0))
                       .where(in_day)).one()
    member_totals = s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0),
                                     func.count(distinct(Sale.member_id)))
                              .where(in_day, Sale.member_id.is_not(None))).one()
    refund_query = select(func.coalesce(func.sum(Refund.amount), 0)).where(Refund.at >= start, Refund.at < end)
    refunds = s.scalar(refund_query if store is None else refund_query.where(Refund.store == store))

    def points(*kinds) -> int:
        query = (select(func.coalesce(func.sum(LedgerEntry.points), 0))
                 .where(LedgerEntry.kind.in_(kinds), LedgerEntry.at >= start, LedgerEntry.at < end))
        return int(s.scalar(query if store is None else query.where(LedgerEntry.store == store)))

    memberships = s.execute(select(func.count(SaleLineRow.id), func.coalesce(func.sum(SaleLineRow.paid), 0))
                            .join(Sale, Sale.id == SaleLineRow.sale_id)
                            .where(in_day, SaleLineRow.sku.like(MEMBERSHIP_PREFIX + "%"))).one()

    def count(kind: str) -> int:
        query = select(func.count(LedgerEntry.id)).where(LedgerEntry.kind == kind, LedgerEntry.at >= start,
                                                         LedgerEntry.at < end)
        return int(s.scalar(query if store is None else query.where(LedgerEntry.store == store)))

    liability = liability_at(s, end, store)
    enrolled = select(func.count(Member.id)).where(Member.enrolled_at >= start, Member.enrolled_at < end)
    hourly = {hour: [0, 0] for hour in range(24)}
    for at, total in s.execute(select(Sale.at, Sale.total).where(in_day)):
        bucket = hourly[local(at, tz).hour]
        bucket[0] += 1
        bucket[1] += total
    value = program.points_value_minor(liability)
    return {
        "date": day.isoformat(),
        "sales": totals[0],
        "member_sales": member_totals[0],
        "revenue": money(totals[1]),
        "member_revenue": money(member_totals[1]),
        "discounts": money(totals[2]),
        "refunds": money(refunds),
        "points_earned": points(*EARN_KINDS),
        "points_redeemed": -points("redeem"),
        "points_expired": -points("expire"),
        "points_clawed_back": -points("clawback"),
        "promo_uses": int(s.scalar(select(func.count(SaleRedemption.id)).join(Sale, Sale.id == SaleRedemption.sale_id)
                                   .where(in_day, SaleRedemption.kind == "promo"))),
        "memberships_sold": memberships[0],
        "membership_revenue": money(memberships[1]),
        "active_paid_members": active_paid_members(uow, program, end, store),
        "challenges_completed": count("challenge"),
        "challenge_points": points("challenge"),
        "donations": money(totals[3]),
        "enrollments": s.scalar(enrolled if store is None else enrolled.where(Member.store == store)),
        "active_members": member_totals[2],
        "liability_points": liability,
        "liability_value": money(int(value.to_integral_value(rounding="ROUND_FLOOR"))),
        "unsynced": unsynced_facts(uow),
        "conflicts": conflicts_waiting(uow),
        "hourly": [{"hour": hour, "sales": n, "revenue": money(amount)} for hour, (n, amount) in hourly.items()],
    }


#: Figures of the daily report that add up over days.
ADDITIVE = ("sales", "member_sales", "points_earned", "points_redeemed", "points_expired", "points_clawed_back",
            "enrollments")
ADDITIVE_MONEY = ("revenue", "member_revenue", "discounts", "refunds", "donations")
MAX_PERIOD_DAYS = 366


def period_report(uow: UnitOfWork, program: Program, version: int, now: datetime, first: date, last: date,
                  store: str | None | object = _MINE) -> dict:
    """The days ``first`` to ``last`` (store-local, inclusive): the daily figures added up,
    members active in the period (each counted once), the liability at its end, and the
    manager's analytics of the period (``terminal.services.analytics``)."""
    from datetime import timedelta

    from terminal.domain.errors import InvalidInput
    from terminal.domain.money import parse_minor

    from .analytics import analytics
    if last < first:
        raise InvalidInput(f"the period ends ({last}) before it starts ({first})")
    if (last - first).days >= MAX_PERIOD_DAYS:
        raise InvalidInput(f"a period is at most {MAX_PERIOD_DAYS} days")
    store = uow.store if store is _MINE else store
    exponent, money = program.currency.exponent, program.currency.format
    totals = {key: 0 for key in ADDITIVE + ADDITIVE_MONEY}
    day, report = first, None
    while day <= last:
        report = daily_report(uow, program, version, now, day, store)
        for key in ADDITIVE:
            totals[key] += report[key]
        for key in ADDITIVE_MONEY:
            totals[key] += parse_minor(report[key], exponent)
        day += timedelta(days=1)
    start, end = day_bounds(first, program.tz)[0], day_bounds(last, program.tz)[1]
    active = select(func.count(distinct(Sale.member_id))).where(Sale.at >= start, Sale.at < end,
                                                                 Sale.member_id.is_not(None))
    return {
        "from": first.isoformat(), "to": last.isoformat(), "days": (last - first).days + 1,
        **{key: totals[key] for key in ADDITIVE}, **{key: money(totals[key]) for key in ADDITIVE_MONEY},
        "active_members": int(uow.session.scalar(active if store is None else active.where(Sale.store == store))),
        "liability_points": report["liability_points"], "liability_value": report["liability_value"],
        "analytics": analytics(uow, program, first, last, store),
    }
