"""SPEC-mechanics between two tills of one store and head office (PostgreSQL), numbers by hand.

The program is ``chain.PROGRAM`` (1 point per euro, floor; WELCOME 100 on a first purchase)
with the mechanics of each test added to it."""

from __future__ import annotations

from datetime import datetime, timezone

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


VISITS = PROGRAM + '''
[[challenges]]
code = "VISITS-3"
name = "3 visits this month"
kind = "visits"
target = 3
bonus = 100
'''
JANA = "030 1234567"


def challenge_entries(app, ref):
    return [(e["points"], e["sale"]) for e in app.history(ref)["entries"] if e["kind"] == "challenge"]


@pytest.mark.parametrize("mechanics_chain", [VISITS], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_a_challenge_completed_at_two_tills_offline_pays_once(mechanics_chain: Chain, order):
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    t1.sale(t1.request(member=card, amount="10.00"))                 # visit 1: 10 + WELCOME 100
    chain.converge(["t1", "t2"])
    # Offline, 11:00 Berlin onwards: t1 sells at +1 h and +3 h, t2 at +2 h and +4 h (10.00 each).
    # Each till counts 3 visits at its own second sale and pays VISITS-3 there.
    receipts = {}
    for hours, name in ((1, "t1"), (2, "t2"), (3, "t1"), (4, "t2")):
        chain.clock.advance(hours=1)
        app = chain.terminals[name]
        sale = app.sale(app.request(member=card, amount="10.00"))["sale"]
        receipts[hours] = sale["receipt"]
        paid = {b["rule"]: b["points"] for b in sale["breakdown"]}
        assert paid.get("challenge:VISITS-3") == (100 if hours in (3, 4) else None)
    chain.converge(order)
    # In canonical order the 3rd visit is t2's sale at +2 h: it pays, once, on every node.
    # Balance: 5 sales x 10 + WELCOME 100 + VISITS-3 100 = 250.
    jana = chain.assert_same_everywhere(card)
    assert jana["balance"] == 250
    for app in (t1, t2):
        assert challenge_entries(app, card) == [(100, receipts[2])]
        assert chain.conflicts(app) == {}
    # The full refund of that sale, at t1: 10 clawed back and the bonus reversed: 250 - 110 = 140;
    # May's challenge stays completed, so a later visit pays nothing.
    assert t1.refund(receipts[2])["refund"]["member"]["balance"] == 140
    chain.clock.advance(hours=1)
    assert t2.sale(t2.request(member=card, amount="10.00"))["sale"]["bonus_points"] == 0
    chain.converge(order)
    assert chain.assert_same_everywhere(card)["balance"] == 150


PENDING = PROGRAM.replace("expiry_months = 1", "expiry_months = 1\npending_days = 7")


def pending(app, ref):
    m = app.show_member(ref)["member"]
    return m["balance"], m["spendable"], [(p["points"], p["on"]) for p in m["pending"]]


@pytest.mark.parametrize("mechanics_chain", [PENDING], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_pending_points_at_two_tills(mechanics_chain: Chain, order):
    from terminal.domain.errors import InsufficientPoints
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    # Mon May 4, 11:00 Berlin: 50.00 earns 50 + WELCOME 100, pending until 00:00 on May 11.
    receipt = t1.sale(t1.request(member=card, amount="50.00"))["sale"]["receipt"]
    chain.converge(["t1", "t2"])
    assert pending(t2, card) == (150, 0, [(150, "2026-05-11")])
    with pytest.raises(InsufficientPoints):                       # TENNER costs 40: none spendable yet
        t2.sale(t2.request(member=card, amount="5.00", redeem=["TENNER"]))
    # Offline: t2 refunds 20.00 of the sale (floor(50 * 20 / 50) = 20 clawed back, from pending points);
    # a day later t1 sells 10.00 (10 pending until May 12).
    t2.refund(receipt, "20.00")
    chain.clock.advance(days=1)
    t1.sale(t1.request(member=card, amount="10.00"))
    chain.converge(order)
    jana = chain.assert_same_everywhere(card)
    for app in (t1, t2):
        assert pending(app, card) == (140, 0, [(130, "2026-05-11"), (10, "2026-05-12")])
    # May 11 00:00: the 130 are spendable; t2 redeems TENNER (40): 100 left, 10 still pending.
    chain.clock.set(datetime(2026, 5, 10, 22, 0, tzinfo=timezone.utc))
    t2.sale(t2.request(member=card, amount="5.00", redeem=["TENNER"]))   # paid 4.00: 4 more, pending
    chain.converge(order)
    chain.assert_same_everywhere(card)
    assert pending(t1, card) == (104, 90, [(10, "2026-05-12"), (4, "2026-05-18")])
    assert jana["id"] == t1.show_member(card)["member"]["id"]


PROMO = PROGRAM.replace('''[[punch_cards]]''', '''[[campaigns]]
code = "DUO-X2"
kind = "multiplier"
value = "2"

[[promo_codes]]
code = "DUO"
campaign = "DUO-X2"
per_member = 1
total = 2

[[punch_cards]]''')


@pytest.mark.parametrize("mechanics_chain", [PROMO], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_promo_code_limits_exceeded_offline_are_one_conflict_each_everywhere(mechanics_chain: Chain, order):
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    people = {"jana": JANA, "ole": "030 7654321", "pia": "030 5550000"}
    for name, phone in people.items():
        t1.enroll(name=name.title(), phone=phone)
        t1.sale(t1.request(member=phone, amount="1.00"))              # 1 + WELCOME 100 each
    chain.converge(["t1", "t2"])
    # Offline: t1 Jana +1 h, t2 Pia +2 h, t1 Ole +3 h, t2 Jana again +4 h; each till allows what it knows.
    for name, app in (("jana", t1), ("pia", t2), ("ole", t1), ("jana", t2)):
        chain.clock.advance(hours=1)
        sale = app.sale(app.request(member=people[name], amount="10.00", promo="DUO"))["sale"]
        assert sale["points_earned"] == 20                            # 10.00 x DUO-X2
    with pytest.raises(Exception, match="used up"):
        t1.sale(t1.request(member=people["pia"], amount="10.00", promo="DUO"))   # t1 knows 2 uses
    chain.converge(order)
    # In canonical order: Jana (1), Pia (2), Ole (3 > total 2), Jana again (4 > 2, and her 2nd > 1).
    # Every sale stands; every node records the same two conflicts.
    for app in (t1, t2):
        listed = [c for c in app.list_conflicts()["conflicts"] if c["kind"] == "promo_limit_exceeded"]
        assert sorted(c["detail"]["limit"] for c in listed) == ["total", "total"]
        assert chain.conflicts(app) == {"promo_limit_exceeded": 2}
    assert {c["id"] for c in t1.list_conflicts()["conflicts"]} == {c["id"] for c in t2.list_conflicts()["conflicts"]}
    assert chain.assert_same_everywhere(people["jana"])["balance"] == 101 + 20 + 20
    assert chain.assert_same_everywhere(people["ole"])["balance"] == 101 + 20


OFFERS = PROGRAM.replace('''[[punch_cards]]''', '''[[campaigns]]
code = "COMEBACK"
kind = "next_visit"
offer = "amount_off"
value = "2.00"
valid_days = 14
min_spend = "20"

[[punch_cards]]''')


@pytest.mark.parametrize("mechanics_chain", [OFFERS], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_a_next_visit_offer_used_at_two_tills_offline(mechanics_chain: Chain, order):
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    # 25.00: 25 + WELCOME 100, and COMEBACK (2.00 off within 14 days), the same voucher on both tills.
    issued = t1.sale(t1.request(member=card, amount="25.00"))["sale"]["vouchers_issued"]
    chain.converge(["t1", "t2"])
    assert [v["id"] for v in t2.show_member(card)["member"]["vouchers"]] == [issued[0]["id"]]
    # Offline, both tills use it on 10.00: 2.00 off, 8 points each.
    for app in (t1, t2):
        chain.clock.advance(hours=1)
        sale = app.sale(app.request(member=card, amount="10.00"))["sale"]
        assert (sale["discount"], sale["points_earned"]) == ("2.00", 8)
    chain.converge(order)
    # Both sales stand; the second use (t2's) is voucher_reused, charged 2.00 / 0.01 = 200 points:
    # 125 + 8 + 8 - 200 = -59 (a debt), the same on every node.
    jana = chain.assert_same_everywhere(card)
    assert (jana["balance"], jana["negative"], jana["vouchers"]) == (-59, True, [])
    for app in (t1, t2):
        assert chain.conflicts(app) == {"voucher_reused": 1}


PAID = PROGRAM.replace('''[[categories]]
name = "coffee"''', '''[[tiers]]
name = "Member"
min_spend = "0"
multiplier = "1"

[[tiers]]
name = "Gold"
min_spend = "500"
multiplier = "2"

[[categories]]
name = "coffee"

[[categories]]
name = "membership"
earn = false''') + '''
[[memberships]]
code = "GOLD-PASS"
name = "Gold pass"
tier = "Gold"
months = 3
price = "29.00"
category = "membership"
'''


@pytest.mark.parametrize("mechanics_chain", [PAID], indirect=True)
@pytest.mark.parametrize("order", [["t1", "t2"], ["t2", "t1"]])
def test_a_membership_bought_at_two_tills_offline_runs_twice_as_long(mechanics_chain: Chain, order):
    chain = mechanics_chain
    t1, t2 = chain.terminal("t1", "A"), chain.terminal("t2", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    t1.sale(t1.request(member=card, amount="10.00"))                       # 10 + WELCOME 100
    chain.converge(["t1", "t2"])
    # Offline, each till sells her the pass: each shows Gold to the end of Aug 3.
    for app in (t1, t2):
        chain.clock.advance(hours=1)
        sale = app.sale(app.request(member=card, items=["GOLD-PASS"]))["sale"]
        assert (sale["tier_after"], sale["member_summary"]["membership"]["until"]) == ("Gold", "2026-08-03")
    chain.converge(order)
    # Two purchases: the later renews the earlier, so 3 + 3 months: to the end of Nov 3, on both.
    jana = chain.assert_same_everywhere(card)
    assert jana["tier"] == "Gold"
    for app in (t1, t2):
        assert app.show_member(card)["member"]["membership"]["until"] == "2026-11-03"
    assert t2.sale(t2.request(member=card, amount="10.00"))["sale"]["points_earned"] == 20   # Gold x2
    assert t1.daily_report("2026-05-04")["memberships_sold"] == 2
