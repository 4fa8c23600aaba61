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
                                   Sale, SyncStream)

from .memberships import active_paid_members
from .refunds import expire_all
from .uow import UnitOfWork

EARN_KINDS = ("earn", "bonus", "referral", "superseded", "challenge")

_MINE = object()


def unsynced_facts(uow: UnitOfWork) -> int:
    """Facts made here that head office has not acknowledged yet: this terminal numbers its
    facts without gaps (SYNC.md 2; ``loyalty check`` verifies it), so they are the numbers
    after the acknowledged one up to the last (a count of them walked every fact never
    synced: 3,000,000 index entries in a store of 1,000,000 members that never synced)."""
    s, origin = uow.session, uow.terminal
    acked = s.scalar(select(SyncStream.pulled).where(SyncStream.origin == origin)) or 0
    last = s.scalar(select(func.max(Fact.seq)).where(Fact.origin == origin)) or 0
    return max(0, int(last) - int(acked))


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


_DAY_SALES = (   # one pass over the day's sales, from the index ix_sales_day alone, by UTC minute
    "SELECT substr(at, 1, 16), count(*), sum(total), sum(discount), sum(donations), count(member_id), "
    "sum(CASE WHEN member_id IS NOT NULL THEN total ELSE 0 END) FROM sales WHERE at >= :start AND at < :end{store} "
    "GROUP BY 1")
_DAY_MEMBERS = "SELECT count(DISTINCT member_id) FROM sales WHERE at >= :start AND at < :end{store}"
_DAY_ENTRIES = ("SELECT kind, sum(points), count(*) FROM ledger_entries WHERE at >= :start AND at < :end{store} "
                "GROUP BY kind")
_DAY_MEMBERSHIPS = ("SELECT count(*), coalesce(sum(l.paid), 0) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                    "WHERE s.at >= :start AND s.at < :end{store} AND l.sku LIKE :prefix")
_DAY_PROMOS = ("SELECT count(*) FROM sales s JOIN sale_redemptions r ON r.sale_id = s.id "
               "WHERE s.at >= :start AND s.at < :end{store} AND r.kind = 'promo'")


def _day_query(sql: str, store: str | None, alias: str = ""):
    """A statement over a day's rows, ``store`` compared without its index (``+``): SQLite would
    otherwise walk every sale the store ever made through ix_sales_store_external instead of the
    day's range of the ``at`` index."""
    from sqlalchemy import bindparam, text

    from terminal.store.models import UtcDateTime
    statement = text(sql.format(store="" if store is None else f" AND +{alias}store = :store"))
    return statement.bindparams(bindparam("start", type_=UtcDateTime()), bindparam("end", type_=UtcDateTime()))


def _hourly(minutes: list, tz) -> dict[int, list[int]] | None:
    """Sales and revenue by store-local hour from the sums of each UTC minute (``YYYY-MM-DD
    HH:MM``), or ``None`` when a minute does not lie within one local hour (an offset with
    seconds, or a change of offset inside the minute): then each sale is placed by itself."""
    from datetime import timedelta, timezone
    hourly = {hour: [0, 0] for hour in range(24)}
    last_second = timedelta(seconds=59, microseconds=999999)
    for minute, n, revenue in minutes:
        first = datetime.fromisoformat(minute).replace(tzinfo=timezone.utc)
        here = first.astimezone(tz)
        offset = here.utcoffset()
        if offset != (first + last_second).astimezone(tz).utcoffset() or offset.total_seconds() % 60:
            return None
        bucket = hourly[here.hour]
        bucket[0] += n
        bucket[1] += revenue
    return hourly


def daily_report(uow: UnitOfWork, program: Program, version: int, now: datetime, day: date,
                 store: str | None | object = _MINE) -> dict:
    """The day's figures. Each table is read once for the day (sales by minute, entries by
    kind, the day's sale lines and redemptions), sales and lines from indexes that hold what is
    read (migration 0010b); ``tests/reports/test_report_one_pass.py`` compares the figures with
    one query per figure, as they were computed before."""
    expire_all(uow, program, version, now)
    s, money, tz = uow.session, program.currency.format, program.tz
    store = uow.store if store is _MINE else store
    start, end = day_bounds(day, tz)
    bounds = {"start": start, "end": end} | ({} if store is None else {"store": store})

    minutes = s.execute(_day_query(_DAY_SALES, store), bounds).all()
    sales, revenue, discounts, donations, member_sales, member_revenue = (
        sum(int(row[i] or 0) for row in minutes) for i in (1, 2, 3, 4, 5, 6))
    active = int(s.execute(_day_query(_DAY_MEMBERS, store), bounds).scalar())
    by_kind = {kind: (int(points), int(n)) for kind, points, n in s.execute(_day_query(_DAY_ENTRIES, store), bounds)}
    refund_query = select(func.coalesce(func.sum(Refund.amount), 0)).where(Refund.at >= start, Refund.at < end)
    refunds = s.scalar(refund_query if store is None else refund_query.where(Refund.store == store))

    def points(*kinds) -> int:
        return sum(by_kind.get(kind, (0, 0))[0] for kind in kinds)

    memberships = s.execute(_day_query(_DAY_MEMBERSHIPS, store, "s."),
                            bounds | {"prefix": MEMBERSHIP_PREFIX + "%"}).one()
    promo_uses = int(s.execute(_day_query(_DAY_PROMOS, store, "s."), bounds).scalar())
    liability = liability_at(s, end, store)
    enrolled = select(func.count(Member.id)).where(Member.enrolled_at >= start, Member.enrolled_at < end)
    hourly = _hourly([(minute, int(n), int(total)) for minute, n, total, *_ in minutes], tz)
    if hourly is None:
        in_day = (Sale.at >= start) & (Sale.at < end)
        hourly = {hour: [0, 0] for hour in range(24)}
        for at, total in s.execute(select(Sale.at, Sale.total).where(in_day if store is None else
                                                                      in_day & (Sale.store == store))):
            bucket = hourly[local(at, tz).hour]
            bucket[0] += 1
            bucket[1] += total
    value = program.points_value_minor(liability)
    return {
        "date": day.isoformat(),
        "sales": sales,
        "member_sales": member_sales,
        "revenue": money(revenue),
        "member_revenue": money(member_revenue),
        "discounts": money(discounts),
        "refunds": money(refunds),
        "points_earned": points(*EARN_KINDS),
        "points_redeemed": -points("redeem"),
        "points_expired": -points("expire"),
        "points_clawed_back": -points("clawback"),
        "promo_uses": promo_uses,
        "memberships_sold": int(memberships[0]),
        "membership_revenue": money(int(memberships[1])),
        "active_paid_members": active_paid_members(uow, program, end, store),
        "challenges_completed": by_kind.get("challenge", (0, 0))[1],
        "challenge_points": points("challenge"),
        "donations": money(donations),
        "enrollments": s.scalar(enrolled if store is None else enrolled.where(Member.store == store)),
        "active_members": active,
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
