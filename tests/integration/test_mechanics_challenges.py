"""SPEC-mechanics 2: challenges, worked by hand, with refunds and a merge.

The store is in Berlin. 1 point per euro of eligible paid amount, floor; gift cards earn
nothing (and count for no challenge). Challenges:

  VISITS-3   3 visits in a calendar month                          +100
  SPEND-50   spend 50.00 in 10-day windows from 1 May (1-10, 11-20) +40
  CATS-3     buy from 3 categories in a calendar month              +25
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import ProgramInvalid
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Challenge Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"

[[categories]]
name = "gift-cards"
earn = false

[[challenges]]
code = "VISITS-3"
name = "3 visits this month"
kind = "visits"
target = 3
bonus = 100

[[challenges]]
code = "SPEND-50"
name = "Spend 50.00 in 10 days"
kind = "spend"
target = "50.00"
period = "days"
days = 10
starts = "2026-05-01"
bonus = 40

[[challenges]]
code = "CATS-3"
kind = "categories"
target = 3
bonus = 25
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, DORA, DORA_OLD = "030 1111111", "030 4444444", "030 5555555"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def buy(app, ref, *lines):
    return app.sale(app.request(member=ref, lines=list(lines)))["sale"]


def progress(sale_or_member):
    return {c["code"]: (c["progress"], c["completed"]) for c in sale_or_member["challenges"]}


def bonuses(sale):
    return {b["rule"]: b["points"] for b in sale["breakdown"] if b["rule"].startswith("challenge:")}


@pytest.fixture
def store(make_loyalty):
    return make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")


def test_challenges_are_validated_by_field_and_round_trip():
    program = parse_program(PROGRAM)
    assert [(c.code, c.kind, c.target, c.bonus) for c in program.challenges] == [
        ("VISITS-3", "visits", 3, 100), ("SPEND-50", "spend", 5000, 40), ("CATS-3", "categories", 3, 25)]
    assert parse_program(program_to_toml(program)) == program
    broken = {
        'kind = "visits"': r"challenges\[0\].kind: must be one of visits, spend, categories",
        'target = 3\nbonus = 100': r"challenges\[0\].bonus: is required",
        'days = 10': r"challenges\[1\].days: is required \(1 or more\) with period = \"days\"",
        'starts = "2026-05-01"': r"challenges\[1\].starts: is required with period = \"days\"",
        'target = "50.00"': r"challenges\[1\].target: .*",
    }
    replacement = {'kind = "visits"': 'kind = "streak"', 'target = 3\nbonus = 100': "target = 3",
                   'days = 10': "", 'starts = "2026-05-01"': "", 'target = "50.00"': 'target = "50.001"'}
    for old, message in broken.items():
        with pytest.raises(ProgramInvalid, match=message):
            parse_program(PROGRAM.replace(old, replacement[old], 1))
    with pytest.raises(ProgramInvalid, match=r"challenges\[2\]: unknown key goal"):
        parse_program(PROGRAM + 'goal = 3\n')


def test_three_challenges_refunds_and_a_merge(store):
    app, clock = store
    at(clock, "2026-05-04T10:00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    # S1 Mon May 4: food 20.00 + gift cards 10.00: 20 points. Visits 1, spend 20.00, categories {food}.
    s1 = buy(app, ANN, "food=20.00", "gift-cards=10.00")
    assert (s1["points_earned"], s1["bonus_points"], s1["balance_after"]) == (20, 0, 20)
    assert progress(s1) == {"VISITS-3": (1, False), "SPEND-50": ("20.00", False), "CATS-3": (1, False)}
    shown = app.show_member(ANN)["member"]["challenges"]
    assert [(c["code"], c["percent"], c["ends"]) for c in shown] == [
        ("VISITS-3", 33, "2026-05-31"), ("SPEND-50", 40, "2026-05-10"), ("CATS-3", 33, "2026-05-31")]

    # S2 May 5: drinks 15.00 + books 5.00: 20 points. Categories {food, drinks, books} = 3: CATS-3 +25.
    #   Balance 20 + 20 + 25 = 65.
    at(clock, "2026-05-05T10:00:00")
    s2 = buy(app, ANN, "drinks=15.00", "books=5.00")
    assert (bonuses(s2), s2["bonus_points"], s2["balance_after"]) == ({"challenge:CATS-3": 25}, 25, 65)

    # S3 May 6: food 12.00: 12 points. Visits 3: VISITS-3 +100; spend 20 + 20 + 12 = 52.00: SPEND-50 +40.
    #   Balance 65 + 12 + 140 = 217.
    at(clock, "2026-05-06T10:00:00")
    s3 = buy(app, ANN, "food=12.00")
    assert bonuses(s3) == {"challenge:VISITS-3": 100, "challenge:SPEND-50": 40}
    assert s3["balance_after"] == 217
    # A partial refund of 2.00 claws back floor(12 * 2 / 12) = 2 and leaves the bonuses: 215.
    assert app.refund(s3["receipt"], "2.00")["refund"]["member"]["balance"] == 215
    # The full refund: the other 10 clawed back, both bonuses of S3 reversed: 215 - 10 - 140 = 65.
    refund = app.refund(s3["receipt"])["refund"]
    assert (refund["points_clawed_back"], refund["member"]["balance"]) == (10, 65)

    # S4 May 7: food 5.00: 5 points. Visits S1, S2, S4 = 3, but May's VISITS-3 was completed (its
    #   bonus reversed with S3): nothing. Spend 20 + 20 + 0 (S3 refunded) + 5 = 45.00, and this window's
    #   SPEND-50 is completed too (by S3): nothing. Balance 70.
    at(clock, "2026-05-07T10:00:00")
    s4 = buy(app, ANN, "food=5.00")
    assert (bonuses(s4), s4["balance_after"]) == ({}, 70)
    assert progress(s4)["VISITS-3"] == (3, True) and progress(s4)["SPEND-50"] == ("45.00", True)

    # S5 May 11, a new 10-day window: food 60.00: 60 points, spend 60.00: SPEND-50 +40. Balance 170.
    at(clock, "2026-05-11T10:00:00")
    s5 = buy(app, ANN, "food=60.00")
    assert (bonuses(s5), s5["balance_after"]) == ({"challenge:SPEND-50": 40}, 170)
    kinds = sorted((e["kind"], e["points"]) for e in app.history(ANN)["entries"] if e["kind"] != "earn")
    assert kinds == [("challenge", 25), ("challenge", 40), ("challenge", 40), ("challenge", 100),
                     ("clawback", -10), ("clawback", -2), ("reversal", -100), ("reversal", -40)]

    # Dora and her old account: each has sales in May; merged, the family's sales count together.
    at(clock, "2026-05-04T12:00:00")
    app.enroll(name="Dora Dix", phone=DORA)
    app.enroll(name="Dora Dix (old card)", phone=DORA_OLD)
    buy(app, DORA, "food=10.00")                     # Dora: 1 visit, 10 points
    at(clock, "2026-05-05T12:00:00")
    buy(app, DORA_OLD, "food=10.00")                 # old: 1 visit
    at(clock, "2026-05-06T12:00:00")
    buy(app, DORA_OLD, "food=10.00")                 # old: 2 visits, 20 points
    at(clock, "2026-05-07T12:00:00")
    app.merge(DORA_OLD, DORA, "2468")
    # May 8: the family's 4th visit in May: VISITS-3 +100. Spend 40.00 < 50. 10 + 20 + 10 + 100 = 140.
    at(clock, "2026-05-08T12:00:00")
    d2 = buy(app, DORA, "food=10.00")
    assert (bonuses(d2), d2["balance_after"]) == ({"challenge:VISITS-3": 100}, 140)
    assert progress(d2)["VISITS-3"] == (4, True)

    report = app.daily_report("2026-05-06")
    assert (report["challenges_completed"], report["challenge_points"]) == (2, 140)
    assert app.check()["ok"]
