"""SPEC-mechanics 4: promo codes, worked by hand, with refunds and a merge.

Berlin; 1 point per euro, floor. SPRING-X3 (x3) applies only to sales giving the code SPRING
(valid in May 2026, once per member, 3 uses in all); FIVER gives 5OFF (5.00 off, normally 500
points) without points, with no limit.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import ProgramInvalid, PromoNotValid, PromoUsedUp, UnknownPromo
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Promo Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"

[[campaigns]]
code = "SPRING-X3"
kind = "multiplier"
value = "3"

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 500
value = "5.00"

[[promo_codes]]
code = "SPRING"
campaign = "SPRING-X3"
starts = "2026-05-01"
ends = "2026-05-31"
per_member = 1
total = 3

[[promo_codes]]
code = "FIVER"
reward = "5OFF"
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, BOB, CEM, DORA = "030 1111111", "030 2222222", "030 3333333", "030 4444444"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def buy(app, ref, amount, **kw):
    return app.sale(app.request(member=ref, amount=amount, **kw))["sale"]


@pytest.fixture
def store(make_loyalty):
    app, clock = make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")
    for name, phone in (("Ann", ANN), ("Bob", BOB), ("Cem", CEM), ("Dora", DORA)):
        app.enroll(name=name, phone=phone)
    return app, clock


def test_promo_codes_are_validated_by_field_and_round_trip():
    program = parse_program(PROGRAM)
    assert parse_program(program_to_toml(program)) == program
    cases = {
        'code = "SPRING"': ('code = "spring!"', r"promo_codes\[0\].code: use 1 to 32 capital letters"),
        'campaign = "SPRING-X3"\nstarts': ('campaign = "NOPE"\nstarts', r"promo_codes\[0\].campaign: 'NOPE' is not"),
        'reward = "5OFF"\n': ('reward = "5OFF"\ncampaign = "SPRING-X3"\n',
                              r"promo_codes\[1\].campaign: a promo code unlocks exactly one"),
        'total = 3': ("total = -1", r"promo_codes\[0\].total: must be between 0"),
    }
    for old, (new, message) in cases.items():
        with pytest.raises(ProgramInvalid, match=message):
            parse_program(PROGRAM.replace(old, new, 1))


def test_promo_codes_limits_refunds_and_merge(store):
    app, clock = store
    at(clock, "2026-05-04T11:00:00")
    # Without the code SPRING-X3 does not apply: 10.00 earns 10.
    assert buy(app, ANN, "10.00")["points_earned"] == 10
    # With it (typed in lower case): 10 x 3 = 30 (base 10 + campaign 20). Ann's one use.
    s1 = buy(app, ANN, "10.00", promo=" spring ")
    assert (s1["points_earned"], s1["promo"]) == (30, "SPRING")
    assert {b["rule"]: b["points"] for b in s1["breakdown"]} == {"base": 10, "campaign:SPRING-X3": 20}
    with pytest.raises(PromoUsedUp, match="used up for this member"):
        buy(app, ANN, "10.00", promo="SPRING")
    # A full refund gives no use back (uses are facts of the sale; SPEC-mechanics 4): 40 - 30 = 10.
    assert app.refund(s1["receipt"])["refund"]["member"]["balance"] == 10
    with pytest.raises(PromoUsedUp):
        buy(app, ANN, "10.00", promo="SPRING")

    # Bob and Cem use it: 3 uses of 3. Dora is refused: used up.
    assert buy(app, BOB, "20.00", promo="SPRING")["points_earned"] == 60
    assert buy(app, CEM, "5.00", promo="SPRING")["points_earned"] == 15
    with pytest.raises(PromoUsedUp, match="all 3 uses are taken"):
        buy(app, DORA, "10.00", promo="SPRING")

    # FIVER: 5OFF without points. 12.00 - 5.00 = 7.00 paid, 7 earned; Dora had 0 points.
    s2 = buy(app, DORA, "12.00", promo="FIVER")
    assert (s2["discount"], s2["paid"], s2["points_redeemed"], s2["points_earned"]) == ("5.00", "7.00", 0, 7)
    assert [(r["reward"], r["kind"], r["points"]) for r in s2["redemptions"]] == [("5OFF", "amount_off", 0)]
    assert s2["promo"] == "FIVER"
    # A partial refund of 3.50 of the 7.00 paid: floor(7 * 3.50 / 7.00) = 3 clawed back: 4.
    assert app.refund(s2["receipt"], "3.50")["refund"]["member"]["balance"] == 4

    # Dates: June is outside SPRING. An unknown code is refused by its own code.
    at(clock, "2026-06-01T10:00:00")
    with pytest.raises(PromoNotValid):
        buy(app, DORA, "10.00", promo="SPRING")
    with pytest.raises(UnknownPromo):
        buy(app, DORA, "10.00", promo="AUTUMN")

    # Merge: Bob's account merged into Dora's; the family has used FIVER (no limit) and SPRING.
    app.merge(BOB, DORA, "2468")
    assert app.show_member(DORA)["member"]["balance"] == 4 + 60
    report = app.daily_report("2026-05-04")
    assert report["points_earned"] == 10 + 30 + 60 + 15 + 7
    assert report["promo_uses"] == 4                       # SPRING by Ann, Bob, Cem; FIVER by Dora
    assert app.check()["ok"]
