"""SPEC-mechanics between two tills of one store and head office (PostgreSQL), numbers by hand.

The program is ``chain.PROGRAM`` (1 point per euro, floor; WELCOME 100 on a first purchase)
with the mechanics of each test added to it."""

from __future__ import annotations

import pytest

from chain import Chain, PROGRAM

ANN, BOB = "030 1111111", "030 2222222"


@pytest.fixture
def mechanics_chain(tmp_path, hq_url, request):
    chain = Chain(tmp_path, hq_url, program=request.param)
    yield chain
    chain.close()


DAYS_AND_REFERRAL = PROGRAM.replace("expiry_months = 1", "expiry_days = 10") + '''
[referral]
referrer_bonus = 50
referee_bonus = 20
paid_on = "enrollment"
'''


@pytest.mark.parametrize("mechanics_chain", [DAYS_AND_REFERRAL], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_one_phone_referred_at_two_tills_pays_each_referral_once(mechanics_chain: Chain, order):
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    t1.enroll(name="Ann Arendt", phone=ANN)
    chain.converge(["t1", "t2"])
    # Offline, Bob enrolls at both tills, each time referred by Ann: each till pays 20 + 50.
    assert t1.enroll(name="Bob Brecht", phone=BOB, referrer=ANN)["member"]["balance"] == 20
    chain.clock.advance(minutes=5)
    assert t2.enroll(name="Bob Brecht", phone=BOB, referrer=ANN)["member"]["balance"] == 20
    assert t2.show_member(ANN)["member"]["balance"] == 50
    chain.converge(order)
    # One Bob (the later enrollment joins the earlier); each bonus once: Bob 20, Ann 50.
    bob = chain.assert_same_everywhere(BOB)
    ann = chain.assert_same_everywhere(ANN)
    assert (bob["balance"], ann["balance"]) == (20, 50)
    # Credited on May 4 (Berlin), 10 days: both expire at 00:00 on May 14.
    assert ann["expiring"] == [{"points": 50, "on": "2026-05-14"}]
    for app in (t1, t2):
        assert chain.conflicts(app) == {"duplicate_enrollment": 1, "bonus_duplicate": 2}
    chain.clock.advance(days=10)
    for app in (t1, t2):
        assert (app.show_member(ANN)["member"]["balance"], app.show_member(BOB)["member"]["balance"]) == (0, 0)
    chain.converge(order)
    chain.assert_same_everywhere(ANN)
