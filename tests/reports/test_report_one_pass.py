"""The daily report reads each table once for the day (sales by minute, entries by kind), the
sales from a covering index; its figures are exactly those of one query per figure, as it was computed
before (``reference_daily_report``, kept here verbatim but for its name), on every day of the
demo store, for the store and for the chain, with memberships, promotions, challenges, another
store's sales and a day when the clocks go back added by hand."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import distinct, func, select

from terminal.domain.clock import FixedClock
from terminal.domain.program import MEMBERSHIP_PREFIX, Program
from terminal.domain.timekeeping import day_bounds, local
from terminal.services import reports
from terminal.services.loyalty import Loyalty
from terminal.services.memberships import active_paid_members
from terminal.services.refunds import expire_all
from terminal.services.reports import EARN_KINDS, _MINE, conflicts_waiting, liability_at
from terminal.services.uow import UnitOfWork
from terminal.store.database import open_database
from terminal.store.models import (Fact, LedgerEntry, Member, Refund, Sale, SaleLineRow, SaleRedemption,
                                   SyncStream)

DEMO = __import__("pathlib").Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.db"


def reference_daily_report(uow: UnitOfWork, program: Program, version: int, now: datetime, day: date,
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
        "unsynced": int(uow.session.scalar(select(func.count()).select_from(Fact).where(
            Fact.origin == uow.terminal, Fact.seq > (uow.session.scalar(select(SyncStream.pulled).where(
                SyncStream.origin == uow.terminal)) or 0)))),
        "conflicts": conflicts_waiting(uow),
        "hourly": [{"hour": hour, "sales": n, "revenue": money(amount)} for hour, (n, amount) in hourly.items()],
    }


def _add_rows(path) -> None:
    """Rows the demo lacks, written as the tables hold them: membership lines, promotions,
    challenge entries, a sale of another store, sales around the clocks going back (1 Nov
    2026, New York: 01:00-02:00 happens twice)."""
    connection = sqlite3.connect(path)
    store = connection.execute("SELECT store FROM sales LIMIT 1").fetchone()[0]
    member = connection.execute("SELECT id FROM members LIMIT 1").fetchone()[0]
    sales = [row[0] for row in connection.execute("SELECT id FROM sales ORDER BY at LIMIT 40")]

    def sale(at: str, total: int, sale_store=store, member_id=member) -> str:
        sale_id = str(uuid.uuid4())
        connection.execute(
            "INSERT INTO sales (receipt, member_id, at, total, discount, paid, donations, points_earned, "
            "points_redeemed, bonus_points, qualifying, refunded, points_clawed_back, points_returned, "
            "qualifying_refunded, fully_refunded, result_json, id, origin_terminal, store) "
            "VALUES ('X', ?, ?, ?, 7, ?, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, '{}', ?, 1, ?)",
            (member_id, at, total, total, sale_id, sale_store))
        return sale_id
    for i, sale_id in enumerate(sales[:10]):
        connection.execute("INSERT INTO sale_lines (sale_id, position, sku, unit_amount, quantity, amount, discount, "
                           "paid, eligible, id, origin_terminal) VALUES (?, 9, ?, 500, 1, 500, 0, ?, 0, ?, 1)",
                           (sale_id, MEMBERSHIP_PREFIX + ("gold" if i % 2 else "silver"), 400 + i, str(uuid.uuid4())))
    for sale_id in sales[10:16]:
        connection.execute("INSERT INTO sale_redemptions (sale_id, reward, kind, points, discount, donation, id, "
                           "origin_terminal) VALUES (?, 'SPRING', 'promo', 0, 100, 0, ?, 1)", (sale_id, str(uuid.uuid4())))
    at = connection.execute("SELECT at FROM sales WHERE id = ?", (sales[20],)).fetchone()[0]
    for points in (25, 40):
        connection.execute("INSERT INTO ledger_entries (seq, member_id, at, kind, points, rule, id, origin_terminal, "
                           "derived, store) VALUES (0, ?, ?, 'challenge', ?, 'c', ?, 1, 0, ?)",
                           (member, at, points, str(uuid.uuid4()), store))
    sale(at, 999, sale_store="Another Store")
    sale(at, 555, member_id=None)
    for when in ("2026-11-01 04:59:59.999999", "2026-11-01 05:00:00.000000", "2026-11-01 05:30:00.000000",
                 "2026-11-01 06:00:00.000000", "2026-11-01 06:59:59.999999", "2026-11-01 07:00:00.000000"):
        sale(when, 100)
    connection.commit()
    connection.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(DEMO, path)
    _add_rows(path)
    db = open_database(path, create=False)
    yield db
    db.dispose()


def _days(db) -> list[date]:
    connection = sqlite3.connect(db.path)
    first, last = connection.execute("SELECT min(at), max(at) FROM sales").fetchone()
    connection.close()
    day, days = datetime.fromisoformat(first).date() - timedelta(days=1), []
    while day <= datetime.fromisoformat(last).date() + timedelta(days=1):
        days.append(day)
        day += timedelta(days=1)
    return [d for d in days if d < date(2026, 3, 10)] + [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)]


@pytest.mark.parametrize("store", [_MINE, None], ids=["the store", "the chain"])
def test_every_figure_of_every_day_as_one_query_per_figure_gave(demo, store):
    now = datetime.fromisoformat("2026-12-01T12:00:00+00:00")
    checked = 0
    with UnitOfWork(demo, now=now) as uow:
        program, version = uow.program()
        for day in _days(demo):
            got = reports.daily_report(uow, program, version, now, day, store)
            assert got == reference_daily_report(uow, program, version, now, day, store), day
            checked += got["sales"] > 0
    assert checked > 30


def test_the_figures_that_were_added_by_hand_are_counted(demo):
    now = datetime.fromisoformat("2026-12-01T12:00:00+00:00")
    with UnitOfWork(demo, now=now) as uow:
        program, version = uow.program()
        days = [reports.daily_report(uow, program, version, now, day, None) for day in _days(demo)]
    assert sum(d["memberships_sold"] for d in days) == 10 and sum(d["promo_uses"] for d in days) == 6
    assert sum(d["challenges_completed"] for d in days) == 2
    back = next(d for d in days if d["date"] == "2026-11-01")
    assert {h["hour"]: h["sales"] for h in back["hourly"] if h["sales"]} == {0: 1, 1: 4, 2: 1}   # 01:00-02:00 twice


def test_a_zone_whose_offset_has_seconds_places_each_sale_by_itself():
    from zoneinfo import ZoneInfo
    assert reports._hourly([("1970-01-01 12:00", 1, 5)], ZoneInfo("Africa/Monrovia")) is None   # -0:44:30
    assert reports._hourly([("2026-02-10 13:00", 2, 5)], ZoneInfo("America/New_York"))[8] == [2, 5]


def test_the_day_is_read_from_covering_indexes_without_a_scan(demo):
    """EXPLAIN QUERY PLAN of each statement of the day: a range of an index, never a scan of a
    table (which grows with every day the store has)."""
    connection = sqlite3.connect(demo.path)
    for sql in (reports._DAY_SALES, reports._DAY_MEMBERS, reports._DAY_ENTRIES, reports._DAY_MEMBERSHIPS,
                reports._DAY_PROMOS):
        alias = "s." if " s " in sql else ""
        for store in (None, "Corner Market"):
            text = sql.format(store="" if store is None else f" AND +{alias}store = :store")
            params = {"start": "2026-02-10 05:00:00.000000", "end": "2026-02-11 05:00:00.000000", "store": store,
                      "prefix": "membership:%"}
            plan = " / ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + text, params))
            assert "SCAN" not in plan, plan
            assert "ix_sales_day" in plan or "INDEX ix_ledger_entries_at (at>? AND at<?)" in plan, plan
    connection.close()
