"""SPEC-mechanics 5: pending points, worked by hand, with refunds and a merge.

Berlin; 1 point per euro, floor; points expire after 12 months; a sale's points become
spendable at 00:00 Berlin time 14 days after the sale's day. 5OFF costs 100 points for 5.00 off.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import InsufficientPoints, ProgramInvalid
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Pending Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"
expiry_months = 12
pending_days = 14

[redemption]
min_points = 10

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 100
value = "5.00"
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, BOB = "030 1111111", "030 2222222"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def member(app, ref):
    m = app.show_member(ref)["member"]
    return m["balance"], m["spendable"], [(p["points"], p["on"]) for p in m["pending"]]


@pytest.fixture
def store(make_loyalty):
    return make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")


def test_pending_days_is_validated_by_name():
    assert parse_program(program_to_toml(parse_program(PROGRAM))).pending_days == 14
    with pytest.raises(ProgramInvalid, match=r"program.pending_days: must be less than expiry_days \(10\)"):
        parse_program(PROGRAM.replace("expiry_months = 12", "expiry_days = 10"))
    with pytest.raises(ProgramInvalid, match=r"program.pending_days: must be between 0 and 365"):
        parse_program(PROGRAM.replace("pending_days = 14", "pending_days = 400"))


def test_pending_points_redemption_refunds_and_merge(store):
    app, clock = store
    at(clock, "2026-05-04T11:00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    # S1 May 4: 100.00 earns 100, pending until 00:00 on May 4 + 14 = May 18.
    s1 = app.sale(app.request(member=ANN, amount="100.00"))["sale"]
    assert (s1["balance_after"], s1["member_summary"]["pending"]) == (100, [{"points": 100, "on": "2026-05-18"}])
    assert member(app, ANN) == (100, 0, [(100, "2026-05-18")])
    # May 17 23:59: still pending, so 5OFF (100 points) is refused.
    at(clock, "2026-05-17T23:59:00")
    with pytest.raises(InsufficientPoints, match="0 can be spent now and 100 more are pending"):
        app.sale(app.request(member=ANN, amount="20.00", redeem=["5OFF"]))

    # S2 May 18 00:00: the 100 are spendable; 20.00 with 5OFF: paid 15.00, 15 pending until June 1.
    at(clock, "2026-05-18T00:00:00")
    s2 = app.sale(app.request(member=ANN, amount="20.00", redeem=["5OFF"]))["sale"]
    assert (s2["paid"], s2["points_redeemed"], s2["points_earned"], s2["balance_after"]) == ("15.00", 100, 15, 15)
    # S3 May 20: 50.00 earns 50, pending until June 3. A goodwill +30 is spendable at once.
    at(clock, "2026-05-20T11:00:00")
    s3 = app.sale(app.request(member=ANN, amount="50.00"))["sale"]
    app.adjust(ANN, 30, "goodwill", "2468")
    assert member(app, ANN) == (95, 30, [(15, "2026-06-01"), (50, "2026-06-03")])

    # May 21: 20.00 of S3 refunded: floor(50 * 20 / 50) = 20 clawed back, from pending points first,
    #   the latest to become spendable first (S3's own): pending 15 + 30; the 30 spendable stay.
    at(clock, "2026-05-21T11:00:00")
    assert app.refund(s3["receipt"], "20.00")["refund"]["points_clawed_back"] == 20
    assert member(app, ANN) == (75, 30, [(15, "2026-06-01"), (30, "2026-06-03")])
    # The rest of S3 (30.00): 30 more, S3's pending lot is gone. 45 = 30 spendable + 15 pending.
    assert app.refund(s3["receipt"])["refund"]["points_clawed_back"] == 30
    assert member(app, ANN) == (45, 30, [(15, "2026-06-01")])
    # May 23, S2 refunded in full: 15 clawed back (pending), the 100 redeemed come back spendable.
    at(clock, "2026-05-23T11:00:00")
    refund = app.refund(s2["receipt"])["refund"]
    assert (refund["points_clawed_back"], refund["points_returned"]) == (15, 100)
    assert member(app, ANN) == (130, 130, [])

    # Bob buys 10.00 on May 25 (10 pending until June 8); his account is merged into Ann's on
    # May 26: the lot keeps its own day.
    at(clock, "2026-05-25T11:00:00")
    app.enroll(name="Bob Brecht", phone=BOB)
    app.sale(app.request(member=BOB, amount="10.00"))
    at(clock, "2026-05-26T11:00:00")
    app.merge(BOB, ANN, "2468")
    assert member(app, ANN) == (140, 130, [(10, "2026-06-08")])
    at(clock, "2026-06-08T00:00:00")
    assert member(app, ANN) == (140, 140, [])
    assert app.check()["ok"]
