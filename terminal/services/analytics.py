"""What a manager asks of a period: do members come back, do new ones stay, do members spend
more than others, and when does the points liability fall due.

For the store-local days ``first`` to ``last`` (inclusive), at ``store`` (``None``: every
store this node holds), as things stood at the end of ``last``:

* a *purchase* is a member's sale in the period that was not fully refunded by the period's
  end; a person is the account their accounts were merged into by then;
* ``repeat_purchase``: people with a purchase (``members``), those with two or more
  (``repeat``), and the share in percent (one decimal, half up);
* ``retention``: for 30 and 90 days, the members enrolled at the store in the period and still
  their own account at its end (``cohort``); those whose N days after enrollment ended by the
  period's end (``eligible``); those of them with a purchase (any sale this node holds, not
  fully refunded by the period's end) on a later store-local day than their enrollment and less
  than N days after it (``retained``); ``rate`` = retained / eligible, ``null`` when none is
  eligible yet;
* ``basket``: sales of members and of everyone else at the store in the period, as rung (before
  loyalty discounts, like ``revenue``), their count and average (rounded half up to the minor
  unit);
* ``liability_by_expiry``: the open lots of the store's members at the period's end, by the
  store-local month in which they expire (``"never"`` for points that do not), points and
  value; ``debt``: points owed. The months add up to ``liability_points + debt``.

Money in minor units inside, formatted once on the way out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from terminal.domain.program import Program
from terminal.domain.timekeeping import day_bounds, local_date
from terminal.domain.wallet import LedgerLine, replay_accounts
from terminal.store.models import LedgerEntry, Member, Refund, Sale

from .uow import UnitOfWork

RETENTION_DAYS = (30, 90)


def rate(part: int, whole: int) -> str | None:
    if not whole:
        return None
    return str((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _average(total: int, count: int) -> int:
    return int((Decimal(total) / Decimal(count)).quantize(Decimal(1), rounding=ROUND_HALF_UP)) if count else 0


def _merges(uow: UnitOfWork, end: datetime) -> dict[str, str]:
    return {i: into for i, into, at in uow.session.execute(select(Member.id, Member.merged_into, Member.merged_at))
            if into and at is not None and at < end}


def _root(parent: dict[str, str], member_id: str) -> str:
    seen = set()
    while member_id in parent and member_id not in seen:
        seen.add(member_id)
        member_id = parent[member_id]
    return member_id


def _purchases(uow: UnitOfWork, end: datetime, start: datetime | None = None, store: str | None = None) -> list:
    """(member id, instant) of member sales before ``end`` (from ``start``), not fully refunded by
    ``end``."""
    refunded = dict(uow.session.execute(select(Refund.sale_id, func.sum(Refund.amount)).where(Refund.at < end)
                                        .group_by(Refund.sale_id)).all())
    query = select(Sale.id, Sale.member_id, Sale.at, Sale.paid).where(Sale.member_id.is_not(None), Sale.at < end)
    if start is not None:
        query = query.where(Sale.at >= start)
    if store is not None:
        query = query.where(Sale.store == store)
    return [(member_id, at) for sale_id, member_id, at, paid in uow.session.execute(query)
            if not (paid > 0 and int(refunded.get(sale_id, 0)) >= paid)]


def analytics(uow: UnitOfWork, program: Program, first: date, last: date, store: str | None) -> dict:
    s, tz, money = uow.session, program.tz, program.currency.format
    start, end = day_bounds(first, tz)[0], day_bounds(last, tz)[1]
    parent = _merges(uow, end)

    per_person: dict[str, int] = defaultdict(int)
    for member_id, _ in _purchases(uow, end, start, store):
        per_person[_root(parent, member_id)] += 1
    buyers, repeat = len(per_person), sum(1 for n in per_person.values() if n >= 2)

    cohort_query = select(Member.id, Member.enrolled_at).where(Member.enrolled_at >= start, Member.enrolled_at < end)
    if store is not None:
        cohort_query = cohort_query.where(Member.store == store)
    cohort = [(m, at) for m, at in s.execute(cohort_query) if _root(parent, m) == m]
    family: dict[str, set[str]] = defaultdict(set)
    for member_id in s.scalars(select(Member.id)):
        family[_root(parent, member_id)].add(member_id)
    bought: dict[str, list[datetime]] = defaultdict(list)
    for member_id, at in _purchases(uow, end):
        bought[_root(parent, member_id)].append(at)
    retention = {}
    for days in RETENTION_DAYS:
        eligible = [(m, at) for m, at in cohort if at + timedelta(days=days) <= end]
        retained = sum(1 for m, at in eligible
                       if any(local_date(t, tz) > local_date(at, tz) and t < at + timedelta(days=days)
                              for t in bought.get(m, ())))
        retention[str(days)] = {"cohort": len(cohort), "eligible": len(eligible), "retained": retained,
                                "rate": rate(retained, len(eligible))}

    in_period = (Sale.at >= start) & (Sale.at < end)
    if store is not None:
        in_period = in_period & (Sale.store == store)
    basket = {}
    for name, condition in (("members", Sale.member_id.is_not(None)), ("non_members", Sale.member_id.is_(None))):
        count, total = s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0))
                                 .where(in_period, condition)).one()
        basket[name] = {"sales": int(count), "total": money(int(total)), "average": money(_average(int(total), count))}

    by_month, debt = _liability_by_expiry(uow, program, end, store)
    return {
        "from": first.isoformat(), "to": last.isoformat(),
        "repeat_purchase": {"members": buyers, "repeat": repeat, "rate": rate(repeat, buyers)},
        "retention": retention,
        "basket": basket,
        "liability_by_expiry": [{"month": month, "points": points,
                                 "value": money(int(program.points_value_minor(points)
                                                    .to_integral_value(rounding="ROUND_FLOOR")))}
                                for month, points in by_month],
        "debt": debt,
    }


def _liability_by_expiry(uow: UnitOfWork, program: Program, end: datetime, store: str | None):
    """Replays the ledger up to ``end`` (the wallet's own rules: lots, earliest-expiring first,
    debt, merges that join wallets) and groups what remains of each lot by its expiry month."""
    s = uow.session
    members = select(Member.id)
    if store is not None:
        members = members.where(Member.store == store)
    ids = set(s.scalars(members))
    merges = [(at, m, into) for m, into, at in s.execute(select(Member.id, Member.merged_into, Member.merged_at))
              if into and at is not None and at < end]
    joined = set(ids) | {m for _, m, into in merges if into in ids} | {into for _, m, into in merges if m in ids}
    rows = s.execute(select(LedgerEntry.at, LedgerEntry.member_id, LedgerEntry.id, LedgerEntry.points,
                            LedgerEntry.expires_at, LedgerEntry.lot_id)
                     .where(LedgerEntry.at < end, LedgerEntry.member_id.in_(joined))
                     .order_by(LedgerEntry.at, LedgerEntry.origin_terminal, LedgerEntry.seq)).all()
    wallets = replay_accounts([(at, m, LedgerLine(entry, points, expires, lot)) for at, m, entry, points, expires, lot
                               in rows], merges)
    months: dict[str, int] = defaultdict(int)
    debt = 0
    for member_id, wallet in wallets.items():
        if member_id not in ids:
            continue
        debt += wallet.debt
        for lot in wallet.open_lots():
            key = local_date(lot.expires_at, program.tz).strftime("%Y-%m") if lot.expires_at else "never"
            months[key] += lot.remaining
    ordered = sorted((k, v) for k, v in months.items() if k != "never")
    if "never" in months:
        ordered.append(("never", months["never"]))
    return ordered, debt
