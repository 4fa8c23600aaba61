"""The daily report's liability from the running totals (``ledger_totals``) equals the sum
over the whole ledger it replaced, for any day, after sales, refunds, redemptions, a merge,
expiries and an import; ``check`` compares the totals with the ledger."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from terminal.services.reports import liability_at
from terminal.services.uow import UnitOfWork
from terminal.store.models import LedgerEntry, Member

PROGRAM = """
[program]
name = "Liability"
currency = "USD"
region = "US"
timezone = "America/New_York"
points_per_unit = "1"
rounding = "floor"
point_value = "0.01"
expiry_months = 1
card_prefix = "29"
"""


def full_sum(s, end, store):
    query = select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(LedgerEntry.at < end)
    if store is not None:
        query = query.where(LedgerEntry.member_id.in_(select(Member.id).where(Member.store == store)))
    return int(s.scalar(query))


def test_liability_from_totals_equals_the_ledger_sum(make_loyalty, tmp_path):
    app, clock = make_loyalty(PROGRAM, now="2026-03-02T12:00:00+00:00", manager_pin="4826")
    start = clock.now()
    phones = [f"212555{n:04d}" for n in range(100, 104)]
    for n, phone in enumerate(phones):
        app.enroll(name=f"Member {n}", phone=phone)
    receipts = []
    for day in range(10):
        for n, phone in enumerate(phones):
            receipts.append(app.sale(app.request(member=phone, lines=[f"grocery={5 + n + day}.00"]))["sale"]["receipt"])
        clock.advance(days=3)
    app.refund(receipts[5])
    app.adjust(phones[1], -7, "correction", "4826")
    app.merge(phones[3], phones[2], "4826")
    csv_path = tmp_path / "more.csv"
    csv_path.write_text("name,phone,balance\nImported One,2125550190,300\n", encoding="utf-8")
    app.import_members(str(csv_path))
    clock.advance(days=40)
    app.expire()
    with UnitOfWork(app.db, write=False) as uow:
        for days in range(0, 80, 7):
            end = start + timedelta(days=days)
            for store in ("Test Store", None, "Elsewhere"):
                assert liability_at(uow.session, end, store) == full_sum(uow.session, end, store), (days, store)
    result = app.check()
    assert result["ok"], result["problems"]


def test_check_names_totals_that_drifted(make_loyalty):
    app, _ = make_loyalty(PROGRAM, manager_pin="4826")
    app.enroll(name="Ada", phone="2125550100")
    app.sale(app.request(member="2125550100", lines=["grocery=10.00"]))
    import sqlite3
    connection = sqlite3.connect(app.db.path)
    connection.execute("UPDATE ledger_totals SET points = points + 5")
    connection.commit()
    connection.close()
    problems = app.check()["problems"]
    assert any(p.startswith("ledger totals: store Test Store holds 15") for p in problems), problems
