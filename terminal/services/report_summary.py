"""The manager's daily summary: the figures of ``loyalty report daily`` (``reports``) and what a
store manager asks next, for one store-local day.

* ``returning_members``: members with a sale that day who had bought before it;
* ``member_share``: member sales / all sales and member revenue / revenue, in percent (exact
  decimals with one digit, as strings);
* ``top_rewards``: that day's redemptions by reward (count, points, discount);
* ``tiers``: members (enrolled by the day's end, not merged away by then) by tier, with the
  qualifying spend of the window ending with the day, refunds counted up to the day's end;
* ``negative``: members whose balance stood below zero at the day's end;
* ``liability_change``: liability at the day's end minus at the previous day's end;
* ``conflicts``: sync conflicts waiting, when the report carries that figure (head-office sync);
* ``trend``: the 30 days ending with the day (sales, revenue, points, liability);
* ``week_before``: the same figures for the same weekday a week earlier, and the change.

Money is in minor units inside and formatted once, as strings, like every other answer."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from terminal.domain.errors import InvalidInput
from terminal.domain.money import parse_minor
from terminal.domain.program import Program
from terminal.domain.timekeeping import WEEKDAYS, day_bounds, local_date, parse_day
from terminal.store.models import LedgerEntry, Member, Refund, Sale, SaleRedemption

from .reports import daily_report
from .uow import UnitOfWork

TREND_DAYS = 30
TOP_REWARDS = 5
NEGATIVE_SHOWN = 10
COMPARED = ("sales", "member_sales", "revenue", "member_revenue", "discounts", "refunds", "donations",
            "points_earned", "points_redeemed", "points_expired", "points_clawed_back", "enrollments",
            "active_members", "liability_points")
MONEY_FIGURES = {"revenue", "member_revenue", "discounts", "refunds", "donations", "liability_value"}


def pick_day(day, now: datetime, program: Program) -> date:
    """A date, an ISO text, or ``None`` for today (store-local)."""
    if day is None or day == "":
        return local_date(now, program.tz)
    if isinstance(day, date):
        return day
    try:
        return parse_day(day, "--date")
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def percent(part: int, whole: int) -> str:
    if not whole:
        return "0.0"
    return str((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _survivors(uow: UnitOfWork, end: datetime) -> dict[str, str]:
    """Member id -> the account it counted in at ``end`` (itself unless merged before then)."""
    rows = uow.session.execute(select(Member.id, Member.merged_into, Member.merged_at)).all()
    parent = {i: into for i, into, at in rows if into and at is not None and at < end}

    def root(member_id: str) -> str:
        seen = set()
        while member_id in parent and member_id not in seen:
            seen.add(member_id)
            member_id = parent[member_id]
        return member_id
    return {i: root(i) for i, _, _ in rows}


def _balances(uow: UnitOfWork, survivors: dict[str, str], end: datetime) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for member_id, points in uow.session.execute(select(LedgerEntry.member_id, func.sum(LedgerEntry.points))
                                                 .where(LedgerEntry.at < end).group_by(LedgerEntry.member_id)):
        totals[survivors.get(member_id, member_id)] += int(points)
    return totals


def _tiers(uow: UnitOfWork, program: Program, survivors: dict[str, str], end: datetime) -> list[dict]:
    start = end - timedelta(days=program.tier_window_days)
    spend: dict[str, int] = defaultdict(int)
    window = (Sale.at > start) & (Sale.at < end) & Sale.member_id.is_not(None)
    for member_id, amount in uow.session.execute(select(Sale.member_id, func.sum(Sale.qualifying))
                                                 .where(window).group_by(Sale.member_id)):
        spend[survivors[member_id]] += int(amount)
    for member_id, amount in uow.session.execute(
            select(Sale.member_id, func.sum(Refund.qualifying_reduction)).join(Sale, Sale.id == Refund.sale_id)
            .where(window, Refund.at < end).group_by(Sale.member_id)):
        spend[survivors[member_id]] -= int(amount)
    counts = {tier.name: 0 for tier in program.tiers}
    for member_id in uow.session.scalars(select(Member.id).where(Member.enrolled_at < end)):
        if survivors[member_id] == member_id:
            counts[program.tier_for_spend(spend.get(member_id, 0)).name] += 1
    return [{"tier": name, "members": n} for name, n in counts.items()]


def _top_rewards(uow: UnitOfWork, program: Program, start: datetime, end: datetime) -> list[dict]:
    rows = uow.session.execute(
        select(SaleRedemption.reward, func.count(SaleRedemption.id), func.sum(SaleRedemption.points),
               func.sum(SaleRedemption.discount), func.sum(SaleRedemption.donation))
        .join(Sale, Sale.id == SaleRedemption.sale_id).where(Sale.at >= start, Sale.at < end)
        .group_by(SaleRedemption.reward)).all()
    rows.sort(key=lambda r: (-r[1], -int(r[2] or 0), r[0]))
    money = program.currency.format
    return [{"reward": reward, "count": count, "points": int(points or 0), "discount": money(int(discount or 0)),
             "donation": money(int(donation or 0))} for reward, count, points, discount, donation in rows[:TOP_REWARDS]]


def _returning(uow: UnitOfWork, survivors: dict[str, str], start: datetime, end: datetime) -> int:
    today = {survivors[m] for m in uow.session.scalars(select(Sale.member_id).distinct().where(
        Sale.at >= start, Sale.at < end, Sale.member_id.is_not(None)))}
    before = {survivors[m] for m in uow.session.scalars(select(Sale.member_id).distinct().where(
        Sale.at < start, Sale.member_id.is_not(None)))}
    return len(today & before)


def _trend(uow: UnitOfWork, program: Program, day: date, survivors_end: datetime) -> list[dict]:
    tz, money = program.tz, program.currency.format
    first = day - timedelta(days=TREND_DAYS - 1)
    start, end = day_bounds(first, tz)[0], day_bounds(day, tz)[1]
    days = {first + timedelta(days=i): {"sales": 0, "revenue": 0, "points_earned": 0, "points_redeemed": 0, "moved": 0}
            for i in range(TREND_DAYS)}
    for at, total in uow.session.execute(select(Sale.at, Sale.total).where(Sale.at >= start, Sale.at < end)):
        bucket = days[local_date(at, tz)]
        bucket["sales"] += 1
        bucket["revenue"] += total
    for at, kind, points in uow.session.execute(select(LedgerEntry.at, LedgerEntry.kind, LedgerEntry.points)
                                                .where(LedgerEntry.at >= start, LedgerEntry.at < end)):
        bucket = days[local_date(at, tz)]
        bucket["moved"] += points
        if kind in ("earn", "bonus", "referral"):
            bucket["points_earned"] += points
        elif kind == "redeem":
            bucket["points_redeemed"] -= points
    liability = int(uow.session.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                                       .where(LedgerEntry.at < start)))
    trend = []
    for d, bucket in days.items():
        liability += bucket["moved"]
        trend.append({"date": d.isoformat(), "sales": bucket["sales"], "revenue": money(bucket["revenue"]),
                      "points_earned": bucket["points_earned"], "points_redeemed": bucket["points_redeemed"],
                      "liability_points": liability})
    return trend


def _minor(report: dict, key: str, exponent: int) -> int:
    return parse_minor(report[key], exponent) if key in MONEY_FIGURES else int(report[key])


def daily_summary(uow: UnitOfWork, program: Program, version: int, now: datetime, day: date) -> dict:
    report = daily_report(uow, program, version, now, day)
    earlier = daily_report(uow, program, version, now, day - timedelta(days=7))
    before = daily_report(uow, program, version, now, day - timedelta(days=1))
    start, end = day_bounds(day, program.tz)
    survivors = _survivors(uow, end)
    balances = _balances(uow, survivors, end)
    names = dict(uow.session.execute(select(Member.id, Member.name)).all())
    negative = sorted(((b, m) for m, b in balances.items() if b < 0), key=lambda x: (x[0], names.get(x[1], "")))
    exponent, money = program.currency.exponent, program.currency.format
    comparison = {}
    for key in COMPARED:
        now_value, then_value = _minor(report, key, exponent), _minor(earlier, key, exponent)
        is_money = key in MONEY_FIGURES
        comparison[key] = {"day": report[key], "week_before": earlier[key],
                           "change": money(now_value - then_value) if is_money else now_value - then_value}
    liability_change = report["liability_points"] - before["liability_points"]
    value_change = _minor(report, "liability_value", exponent) - _minor(before, "liability_value", exponent)
    return {
        **report,
        "weekday": WEEKDAYS[day.weekday()],
        "returning_members": _returning(uow, survivors, start, end),
        "member_share": {"sales": percent(report["member_sales"], report["sales"]),
                         "revenue": percent(_minor(report, "member_revenue", exponent),
                                            _minor(report, "revenue", exponent))},
        "top_rewards": _top_rewards(uow, program, start, end),
        "tiers": _tiers(uow, program, survivors, end),
        "negative_members": len(negative),
        "negative": [{"id": m, "name": names.get(m, "?"), "balance": b} for b, m in negative[:NEGATIVE_SHOWN]],
        "liability_change": {"points": liability_change, "value": money(value_change)},
        "conflicts": report.get("conflicts"),
        "trend": _trend(uow, program, day, end),
        "week_before": {"date": earlier["date"], "figures": comparison},
    }
