"""Expiring in bulk writes what each member's ``Book`` writes: the same derived ``expire``
entries (ids, instants, points, store), the same closed lots, the same debts; families (merged
accounts) still go through their ``Book``."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from terminal.domain.clock import FixedClock
from terminal.services import refunds
from terminal.services.loyalty import Loyalty
from terminal.services.uow import UnitOfWork
from terminal.store.database import open_database

PROGRAM = """
[program]
name = "Expiry"
currency = "USD"
region = "US"
timezone = "America/New_York"
points_per_unit = "1"
rounding = "floor"
point_value = "0.01"
expiry_months = 12
card_prefix = "29"
"""


def rows(path) -> dict:
    connection = sqlite3.connect(path)
    out = {
        "ledger": sorted(connection.execute(
            "SELECT id, origin_terminal, program_version, seq, member_id, at, kind, points, rule, sale_id, refund_id, "
            "expires_at, lot_id, reason, staff_id, key, derived, store FROM ledger_entries").fetchall(),
            key=repr),
        "lots": sorted(connection.execute("SELECT entry_id, member_id, expires_at, remaining, seq FROM lots")),
        "members": sorted(connection.execute("SELECT id, debt, status FROM members")),
    }
    connection.close()
    return out


def test_bulk_expiry_equals_the_books(make_loyalty, tmp_path):
    app, clock = make_loyalty(PROGRAM, now="2026-03-02T12:00:00+00:00", manager_pin="4826")
    phones = [f"212555{n:04d}" for n in range(100, 106)]
    for n, phone in enumerate(phones):
        app.enroll(name=f"Member {n}", phone=phone)
        app.sale(app.request(member=phone, lines=[f"grocery={10 * (n + 1)}.00"]))   # 10, 20 ... 60 points
    clock.advance(days=40)
    app.sale(app.request(member=phones[0], lines=["grocery=7.00"]))     # a later lot: not yet due
    app.merge(phones[4], phones[5], "4826")                              # a family: through its Book
    app.db.dispose()
    copy = tmp_path / "reference.db"
    source = sqlite3.connect(app.db.path)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()

    due = clock.now() + timedelta(days=365 - 40 + 2)    # the first lots (2026-03-02 + 12 months) are due
    results = []
    for path, bulk in ((app.db.path, True), (copy, False)):
        db = open_database(path, create=False)
        with UnitOfWork(db, now=due) as uow:
            program, version = uow.program()
            if bulk:   # what expire_all does, step by step: members alone in bulk, then families
                alone = refunds._expire_alone(uow, now=due)
                assert alone == {"members": 4, "points": 10 + 20 + 30 + 40}
                rest = refunds._expire_one_by_one(uow, program, version, due)
                assert rest == {"members": 1, "points": 50 + 60}
                results.append({"members": alone["members"] + rest["members"],
                                "points": alone["points"] + rest["points"]})
            else:
                results.append(refunds._expire_one_by_one(uow, program, version, due))
            uow.commit()
        assert Loyalty(db, FixedClock(due)).check()["ok"]
        db.dispose()
    # six members had a lot of 10..60 points due (210 points); the merged pair is one family:
    # 5 wallets expire, holding 10+20+30+40 + (50+60) = 210 points
    assert results[0] == results[1] == {"members": 5, "points": 210}
    assert rows(app.db.path) == rows(copy)
