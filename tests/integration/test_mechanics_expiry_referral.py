"""SPEC-mechanics 6: expiry in days, referral bonuses paid on enrollment; numbers by hand.

The store is in Berlin (CEST = UTC+2 in May and June). 1 point per euro, floor. Points expire
30 days after the store-local day they were credited, at 00:00 Berlin time. A referral pays
the referrer 50 and the referred member 20 when the referred member enrolls.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import ProgramInvalid
from terminal.domain.program import parse_program, program_to_toml

PROGRAM = '''
[program]
name = "Days Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"
expiry_days = 30

[referral]
referrer_bonus = 50
referee_bonus = 20
paid_on = "enrollment"
'''

BERLIN = ZoneInfo("Europe/Berlin")
ANN, BOB, CEM = "030 1111111", "030 2222222", "030 3333333"


def at(clock, text):
    clock.set(datetime.fromisoformat(text).replace(tzinfo=BERLIN))


def member(app, ref):
    return app.show_member(ref)["member"]


@pytest.fixture
def store(make_loyalty):
    return make_loyalty(PROGRAM, now="2026-05-04T09:00:00+00:00", manager_pin="2468")


def test_fields_are_validated_by_name_and_round_trip():
    program = parse_program(PROGRAM)
    assert (program.expiry_days, program.expiry_months, program.referral.paid_on) == (30, 0, "enrollment")
    assert parse_program(program_to_toml(program)) == program
    with pytest.raises(ProgramInvalid, match=r"program.expiry_days: set expiry_months or expiry_days, not both"):
        parse_program(PROGRAM.replace("expiry_days = 30", "expiry_days = 30\nexpiry_months = 2"))
    with pytest.raises(ProgramInvalid, match=r"referral.paid_on: must be one of first_purchase, enrollment"):
        parse_program(PROGRAM.replace('"enrollment"', '"sale"'))
    with pytest.raises(ProgramInvalid, match=r"program.expiry_days: must be a whole number"):
        parse_program(PROGRAM.replace("expiry_days = 30", 'expiry_days = "soon"'))


def test_days_expiry_referral_on_enrollment_refund_and_merge(store):
    app, clock = store
    # May 4 11:00. Ann enrolls and buys 40.00: 40 points, expiring May 4 + 30 days = June 3, 00:00.
    at(clock, "2026-05-04T11:00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    assert app.sale(app.request(member=ANN, amount="40.00"))["sale"]["balance_after"] == 40
    assert member(app, ANN)["expiring"] == [{"points": 40, "on": "2026-06-03"}]

    # May 10. Bob enrolls, referred by Ann: Bob 20 at once, Ann 40 + 50 = 90; both expire June 9.
    at(clock, "2026-05-10T11:00:00")
    bob = app.enroll(name="Bob Brecht", phone=BOB, referrer=ANN)["member"]
    assert (bob["balance"], bob["expiring"]) == (20, [{"points": 20, "on": "2026-06-09"}])
    assert member(app, ANN)["expiring"] == [{"points": 40, "on": "2026-06-03"}, {"points": 50, "on": "2026-06-09"}]
    kinds = [(e["kind"], e["points"], e["sale"]) for e in app.history(BOB)["entries"]]
    assert kinds == [("referral", 20, None)]

    # May 12. Bob's first purchase 10.00 earns 10 and no referral bonus (paid already): 30.
    at(clock, "2026-05-12T11:00:00")
    sale = app.sale(app.request(member=BOB, amount="10.00"))["sale"]
    assert (sale["points_earned"], sale["bonus_points"], sale["balance_after"]) == (10, 0, 30)
    # The full refund claws back the 10 earned; the enrollment's referral entries stay: Bob 20, Ann 90.
    refund = app.refund(sale["receipt"])["refund"]
    assert (refund["points_clawed_back"], refund["member"]["balance"]) == (10, 20)
    assert member(app, ANN)["balance"] == 90

    # May 20. Cem enrolls (no referrer: nothing paid) and buys 15.00: 15 expiring June 19.
    at(clock, "2026-05-20T11:00:00")
    assert app.enroll(name="Cem Celan", phone=CEM)["member"]["balance"] == 0
    app.sale(app.request(member=CEM, amount="15.00"))
    # May 25. Cem's account merged into Ann's: each lot keeps its own day.
    at(clock, "2026-05-25T11:00:00")
    app.merge(CEM, ANN, "2468")
    assert member(app, ANN)["expiring"] == [{"points": 40, "on": "2026-06-03"}, {"points": 50, "on": "2026-06-09"},
                                            {"points": 15, "on": "2026-06-19"}]

    # June 2 23:59 Berlin: nothing due yet (105). June 3 00:00: the 40 expire (65).
    at(clock, "2026-06-02T23:59:00")
    assert member(app, ANN)["balance"] == 105
    at(clock, "2026-06-03T00:00:00")
    assert member(app, ANN)["balance"] == 65
    # June 19 00:00: the referral's 50 (June 9) and Cem's 15 (June 19) have gone too; Bob's 20 on June 9.
    at(clock, "2026-06-19T00:00:00")
    assert (member(app, ANN)["balance"], member(app, BOB)["balance"]) == (0, 0)
    expired = sorted(e["points"] for e in app.history(ANN)["entries"] if e["kind"] == "expire")
    assert expired == [-50, -40, -15]   # Cem's expiry (-15) is on Cem's account, merged into Ann's: her history too
    assert app.check()["ok"]


def test_referral_on_first_purchase_stays_the_default(make_loyalty):
    app, clock = make_loyalty(PROGRAM.replace('paid_on = "enrollment"', ""), now="2026-05-04T09:00:00+00:00")
    app.enroll(name="Ann Arendt", phone=ANN)
    assert app.enroll(name="Bob Brecht", phone=BOB, referrer=ANN)["member"]["balance"] == 0
    sale = app.sale(app.request(member=BOB, amount="10.00"))["sale"]
    assert (sale["bonus_points"], sale["balance_after"], member(app, ANN)["balance"]) == (20, 30, 50)
