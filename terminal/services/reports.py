"""The store's day (SPEC section 4, ``report daily``), for store managers.

Sales and refunds count on the store-local day they were made. Liability is every member's
balance as it stood at the end of the day, whenever the report is asked: due expiries are
written first (dated at their expiry instants), so a late report sees what had expired."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import distinct, func, select

from terminal.domain.program import Program
from terminal.domain.timekeeping import day_bounds, local
from terminal.store.models import LedgerEntry, Member, OutboxItem, Refund, Sale

from .refunds import expire_all
from .uow import UnitOfWork

EARN_KINDS = ("earn", "bonus", "referral")


def daily_report(uow: UnitOfWork, program: Program, version: int, now: datetime, day: date) -> dict:
    expire_all(uow, program, version, now)
    s, money, tz = uow.session, program.currency.format, program.tz
    start, end = day_bounds(day, tz)
    in_day = (Sale.at >= start) & (Sale.at < end)

    totals = s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0),
                              func.coalesce(func.sum(Sale.discount), 0), func.coalesce(func.sum(Sale.donations), 0))
                       .where(in_day)).one()
    member_totals = s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0),
                                     func.count(distinct(Sale.member_id)))
                              .where(in_day, Sale.member_id.is_not(None))).one()
    refunds = s.scalar(select(func.coalesce(func.sum(Refund.amount), 0))
                       .where(Refund.at >= start, Refund.at < end))

    def points(*kinds) -> int:
        return int(s.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                            .where(LedgerEntry.kind.in_(kinds), LedgerEntry.at >= start, LedgerEntry.at < end)))

    liability = int(s.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(LedgerEntry.at < end)))
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
        "donations": money(totals[3]),
        "enrollments": s.scalar(select(func.count(Member.id)).where(Member.enrolled_at >= start,
                                                                    Member.enrolled_at < end)),
        "active_members": member_totals[2],
        "liability_points": liability,
        "liability_value": money(int(value.to_integral_value(rounding="ROUND_FLOOR"))),
        "unsynced": s.scalar(select(func.count()).select_from(OutboxItem)),
        "hourly": [{"hour": hour, "sales": n, "revenue": money(amount)} for hour, (n, amount) in hourly.items()],
    }
