"""SPEC-mechanics 1: paid membership, worked by hand, with refunds and a merge.

Berlin; 1 point per euro, floor. Tiers by spend in 365 days: Member 0.00 x1, Silver 100.00
x1.5, Gold 500.00 x2. GOLD-PASS (29.00, category "membership" which earns nothing) holds Gold
for 3 months.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import InvalidAmount, ProgramInvalid, UnknownMember
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Paid Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"

[[tiers]]
name = "Member"
min_spend = "0"
multiplier = "1"

[[tiers]]
name = "Silver"
min_spend = "100"
multiplier = "1.5"

[[tiers]]
name = "Gold"
min_spend = "500"
multiplier = "2"

[[categories]]
name = "membership"
earn = false

[[memberships]]
code = "GOLD-PASS"
name = "Gold pass"
tier = "Gold"
months = 3
price = "29.00"
category = "membership"
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, BOB = "030 1111111", "030 2222222"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def buy(app, ref, amount=None, *items):
    return app.sale(app.request(member=ref, amount=amount, items=list(items)))["sale"]


def held(app, ref):
    m = app.show_member(ref)["member"]
    return m["tier"], (m["membership"] or {}).get("until")


@pytest.fixture
def store(make_loyalty):
    return make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")


def test_memberships_are_validated_by_field():
    assert parse_program(program_to_toml(parse_program(PROGRAM))) == parse_program(PROGRAM)
    cases = {'tier = "Gold"\nmonths': ('tier = "Platinum"\nmonths', r"memberships\[0\].tier: must be one of"),
             "earn = false": ("earn = true", r"memberships\[0\].category: 'membership' must be a \[\[categories\]\]"),
             "months = 3": ("months = 0", r"memberships\[0\].months: must be between 1 and 120"),
             'price = "29.00"': ('price = "0"', r"memberships\[0\].price: must be more than zero")}
    for old, (new, message) in cases.items():
        with pytest.raises(ProgramInvalid, match=message):
            parse_program(PROGRAM.replace(old, new, 1))


def test_bought_held_renewed_before_and_after_lapse_refund_and_merge(store):
    app, clock = store
    at(clock, "2026-05-04T11:00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    with pytest.raises(UnknownMember):                       # sold to a member only
        buy(app, None, None, "GOLD-PASS")
    with pytest.raises(InvalidAmount):
        buy(app, ANN, None, "GOLD-PASSx2")
    # S1 May 4: 10.00 and the pass (29.00). The sale earns at its starting tier (Member): 10; the
    #   pass line earns nothing. Gold from now on, to the end of Aug 3 (May 4 + 3 months, 00:00).
    s1 = buy(app, ANN, "10.00", "GOLD-PASS")
    assert (s1["total"], s1["points_earned"], s1["tier_before"], s1["tier_after"]) == ("39.00", 10, "Member", "Gold")
    assert s1["member_summary"]["membership"] == {"code": "GOLD-PASS", "name": "Gold pass", "tier": "Gold",
                                                  "until": "2026-08-03"}
    # S2 May 5: 10.00 at Gold x2 = 20 (base 10 + tier 10), whatever the spend (10.00). Balance 30.
    at(clock, "2026-05-05T11:00:00")
    s2 = buy(app, ANN, "10.00")
    assert (s2["points_earned"], s2["balance_after"], s2["tier_before"]) == (20, 30, "Gold")
    m = app.show_member(ANN)["member"]
    assert (m["qualifying_spend"], m["next_tier"]) == ("20.00", None)

    # July 20, renewed before it lapses: from Aug 4 00:00 for 3 months, to the end of Nov 3.
    at(clock, "2026-07-20T11:00:00")
    s3 = buy(app, ANN, None, "GOLD-PASS")
    assert (s3["points_earned"], held(app, ANN)) == (0, ("Gold", "2026-11-03"))
    report = app.daily_report("2026-07-20")
    assert (report["memberships_sold"], report["membership_revenue"], report["active_paid_members"]) == \
        (1, "29.00", 1)
    # July 21: the renewal refunded in full: back to Aug 3.
    at(clock, "2026-07-21T11:00:00")
    app.refund(s3["receipt"])
    assert held(app, ANN) == ("Gold", "2026-08-03")
    # Aug 3 23:59 still Gold; Aug 4 00:00 it lapses: Member again (spend 20.00). 10.00 earns 10.
    at(clock, "2026-08-03T23:59:00")
    assert held(app, ANN) == ("Gold", "2026-08-03")
    at(clock, "2026-08-04T00:00:00")
    assert held(app, ANN) == ("Member", None)
    assert buy(app, ANN, "10.00")["points_earned"] == 10
    assert app.daily_report("2026-08-04")["active_paid_members"] == 0
    # Aug 10, renewed after the lapse: a new period from Aug 10, to the end of Nov 9.
    at(clock, "2026-08-10T11:00:00")
    buy(app, ANN, None, "GOLD-PASS")
    assert held(app, ANN) == ("Gold", "2026-11-09")

    # Bob, Silver by spend (150.00), takes Ann's account in a merge: the family holds Gold.
    app.enroll(name="Bob Brecht", phone=BOB)
    buy(app, BOB, "150.00")
    assert held(app, BOB) == ("Silver", None)
    at(clock, "2026-08-11T11:00:00")
    app.merge(ANN, BOB, "2468")
    assert held(app, BOB) == ("Gold", "2026-11-09")
    assert buy(app, BOB, "10.00")["points_earned"] == 20          # Gold x2
    assert app.check()["ok"]
