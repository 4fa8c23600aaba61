"""SPEC-mechanics 3: next-visit offers, worked by hand, with refunds and a merge.

Berlin; 1 point per euro, floor. COMEBACK: a sale of 20.00 or more earns a voucher for double
points on a next sale within 14 days. FIVE-BACK: a sale with shoes earns 5.00 off a next sale
within 7 days. An open offer is used by the member's next sale with an eligible line, the one
that lapses soonest first.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import ProgramInvalid
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Offer Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"

[[campaigns]]
code = "COMEBACK"
kind = "next_visit"
offer = "double_points"
valid_days = 14
min_spend = "20"

[[campaigns]]
code = "FIVE-BACK"
kind = "next_visit"
offer = "amount_off"
value = "5.00"
valid_days = 7
categories = ["shoes"]
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, BOB = "030 1111111", "030 2222222"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def buy(app, ref, *lines):
    return app.sale(app.request(member=ref, lines=list(lines)))["sale"]


def offers(sale):
    return [(v["reward"], v["until"]) for v in sale["vouchers_issued"]]


def used(sale):
    return [(r["reward"], r["kind"], r["discount"]) for r in sale["redemptions"]]


@pytest.fixture
def store(make_loyalty):
    return make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")


def test_next_visit_campaigns_are_validated_by_field():
    assert parse_program(program_to_toml(parse_program(PROGRAM))) == parse_program(PROGRAM)
    with pytest.raises(ProgramInvalid, match=r"campaigns\[0\].offer: must be one of double_points, amount_off"):
        parse_program(PROGRAM.replace('offer = "double_points"', 'offer = "triple"'))
    with pytest.raises(ProgramInvalid, match=r"campaigns\[0\].valid_days: is required"):
        parse_program(PROGRAM.replace("valid_days = 14\n", ""))
    with pytest.raises(ProgramInvalid, match=r"campaigns\[1\].value: is required"):
        parse_program(PROGRAM.replace('value = "5.00"\n', ""))
    with pytest.raises(ProgramInvalid, match=r"campaigns\[0\].value: a double_points offer takes no value"):
        parse_program(PROGRAM.replace("valid_days = 14", 'valid_days = 14\nvalue = "2"'))


def test_offers_issued_used_once_lapsing_refunds_and_merge(store):
    app, clock = store
    at(clock, "2026-05-04T11:00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    # S1 May 4: grocery 25.00: 25 points; 25.00 >= 20.00 earns COMEBACK, valid May 4 + 14: last day May 17.
    s1 = buy(app, ANN, "grocery=25.00")
    assert (s1["points_earned"], offers(s1)) == (25, [("offer:COMEBACK", "2026-05-17")])
    # S2 May 5: 10.00 uses it: 10 base + 10 offer = 20. Balance 45. No new offer (10.00 < 20.00).
    at(clock, "2026-05-05T11:00:00")
    s2 = buy(app, ANN, "grocery=10.00")
    assert {b["rule"]: b["points"] for b in s2["breakdown"]} == {"base": 10, "offer:COMEBACK": 10}
    assert (used(s2), s2["balance_after"], offers(s2)) == ([("offer:COMEBACK", "double_points", "0.00")], 45, [])
    assert app.show_member(ANN)["member"]["vouchers"] == []          # usable once
    # May 6, S2 refunded in full: 20 clawed back, the voucher given back (still valid to May 17). 25.
    at(clock, "2026-05-06T11:00:00")
    assert app.refund(s2["receipt"])["refund"]["member"]["balance"] == 25
    assert [v["until"] for v in app.show_member(ANN)["member"]["vouchers"]] == ["2026-05-17"]

    # S3 May 7: shoes 30.00 uses the COMEBACK again: 30 + 30 = 60 (balance 85); earns a new COMEBACK
    #   (last day May 20) and FIVE-BACK (last day May 13).
    at(clock, "2026-05-07T11:00:00")
    s3 = buy(app, ANN, "shoes=30.00")
    assert (s3["points_earned"], s3["balance_after"]) == (60, 85)
    assert sorted(offers(s3)) == [("offer:COMEBACK", "2026-05-20"), ("offer:FIVE-BACK", "2026-05-13")]
    # S4 May 8: 12.00 uses FIVE-BACK (it lapses first): 5.00 off, paid 7.00: 7 points. Balance 92.
    at(clock, "2026-05-08T11:00:00")
    s4 = buy(app, ANN, "grocery=12.00")
    assert (used(s4), s4["paid"], s4["points_earned"], s4["balance_after"]) == (
        [("offer:FIVE-BACK", "amount_off", "5.00")], "7.00", 7, 92)
    # S5 May 21: the COMEBACK lapsed after May 20: 10.00 earns 10 only. Balance 102.
    at(clock, "2026-05-21T11:00:00")
    s5 = buy(app, ANN, "grocery=10.00")
    assert (used(s5), s5["points_earned"], s5["balance_after"]) == ([], 10, 102)
    # S3 refunded in full: 60 clawed back (42); its unused COMEBACK is void, its FIVE-BACK stays used.
    assert app.refund(s3["receipt"])["refund"]["member"]["balance"] == 42

    # Bob earns a COMEBACK on May 21 (last day June 3); merged into Ann on May 22, it is hers to use.
    app.enroll(name="Bob Brecht", phone=BOB)
    assert offers(buy(app, BOB, "grocery=20.00")) and app.show_member(BOB)["member"]["balance"] == 20
    at(clock, "2026-05-22T11:00:00")
    app.merge(BOB, ANN, "2468")
    at(clock, "2026-05-23T11:00:00")
    s6 = buy(app, ANN, "grocery=10.00")                 # 10 + 10 doubled: 42 + 20 + 20 = 82
    assert (used(s6)[0][0], s6["points_earned"], s6["balance_after"]) == ("offer:COMEBACK", 20, 82)
    assert app.check()["ok"]
