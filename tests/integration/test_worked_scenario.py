"""SPEC section 3, step by step, with numbers computed by hand in the comments.

The store is in New York (EDT = UTC-4 in August, EST = UTC-5 in February). Points are earned at
1 per dollar of eligible paid amount, rounded down once per sale. Program (below):

  tiers (30-day window)   Member from 0.00 x1 | Silver from 100.00 x1.5
  categories              gift-cards earn nothing | beauty x2 | others x1
  campaigns               WEEKEND x2 on sat/sun | WELCOME +50 first purchase | BIRTHDAY +200
  punch card              3 coffees -> FREE-COFFEE voucher
  rewards                 5OFF 100 pts = 5.00 | 10PCT 150 pts = 10% capped 8.00
                          FREE-COFFEE 0 pts (voucher) | COFFEE-PTS 120 pts | GIVE-2 100 pts donation 2.00
  redemption              min 50 points, points pay at most 50% of a sale, 1 point = 0.01
  expiry                  6 months, at 00:00 store-local
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.errors import InsufficientPoints, RedemptionLimit, RefundExceedsSale

PROGRAM = '''
[program]
name = "Scenario Rewards"
currency = "USD"
region = "US"
timezone = "America/New_York"
points_per_unit = "1"
rounding = "floor"
point_value = "0.01"
expiry_months = 6

[redemption]
min_points = 50
max_fraction_of_sale = "0.5"

[tier_window]
days = 30

[[tiers]]
name = "Member"
min_spend = "0"
multiplier = "1"

[[tiers]]
name = "Silver"
min_spend = "100"
multiplier = "1.5"

[[categories]]
name = "gift-cards"
earn = false

[[categories]]
name = "beauty"
multiplier = "2"

[[campaigns]]
code = "WEEKEND"
kind = "multiplier"
value = "2"
weekdays = ["sat", "sun"]

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "50"
first_purchase = true

[[campaigns]]
code = "BIRTHDAY"
kind = "bonus"
value = "200"
birthday_month = true

[[punch_cards]]
code = "COFFEE"
category = "coffee"
units = 3
reward = "FREE-COFFEE"

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 100
value = "5.00"

[[rewards]]
code = "10PCT"
kind = "percent_off"
points = 150
value = "10"
max_value = "8.00"

[[rewards]]
code = "FREE-COFFEE"
kind = "free_item"
points = 0
sku = "COFFEE"

[[rewards]]
code = "COFFEE-PTS"
kind = "free_item"
points = 120
sku = "COFFEE"

[[rewards]]
code = "GIVE-2"
kind = "donation"
points = 100
value = "2.00"
charity = "Food Bank"

[[products]]
sku = "COFFEE"
name = "Coffee"
category = "coffee"
price = "3.00"
'''

NY = ZoneInfo("America/New_York")


def ny(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NY)


@pytest.fixture
def store(make_loyalty):
    app, clock = make_loyalty(PROGRAM, now="2026-08-01T09:00:00-04:00", manager_pin="2468")
    return app, clock


def at(clock, text):
    clock.set(ny(text))


def buy(app, member, **kw):
    return app.sale(app.request(member=member, **kw))["sale"]


def rules(sale):
    return {b["rule"]: b["points"] for b in sale["breakdown"]}


def snapshot(app, card):
    return (app.show_member(card)["member"], app.history(card)["entries"], app.counts(), app.check())


def test_ann_categories_tiers_campaigns_every_reward_and_refunds(store):
    app, clock = store
    at(clock, "2026-08-01T09:00:00")
    ann = app.enroll(name="Ann Able", phone="(212) 555-0101", birthday="1990-09-14")["member"]["card"]

    # S1, Mon Aug 3 10:00. Lines grocery 40.00, beauty 10.00, gift-cards 25.00. Tier Member (no spend).
    #   grocery 40 x1 = 40; beauty 10 x2 = 20; gift cards earn 0 -> earned 60 (base 50 + category 10).
    #   First purchase: WELCOME +50. Balance 60 + 50 = 110. Qualifying spend 40 + 10 = 50.00.
    at(clock, "2026-08-03T10:00:00")
    s1 = buy(app, ann, lines=["grocery=40.00", "beauty=10.00", "gift-cards=25.00"])
    assert (s1["total"], s1["paid"], s1["points_earned"], s1["bonus_points"]) == ("75.00", "75.00", 60, 50)
    assert rules(s1) == {"base": 50, "category:beauty": 10, "WELCOME": 50}
    assert (s1["balance_after"], s1["tier_before"], s1["tier_after"]) == (110, "Member", "Member")
    m = app.show_member(ann)["member"]
    assert m["qualifying_spend"] == "50.00" and m["next_tier"] == {"name": "Silver", "spend_needed": "50.00"}
    # Both lots expire Aug 3 + 6 months = Feb 3 2027 at 00:00 New York time.
    assert m["expiring"] == [{"points": 110, "on": "2027-02-03"}]

    # S2, Sat Aug 8 11:00. Weekend x2. Tier at the start is still Member (spend 50.00).
    #   grocery 60 x1 x2 = 120 (base 60 + campaign 60). Balance 110 + 120 = 230.
    #   Qualifying 50 + 60 = 110.00 >= 100: tier after the sale is Silver (upgrade).
    at(clock, "2026-08-08T11:00:00")
    s2 = buy(app, ann, lines=["grocery=60.00"])
    assert (s2["points_earned"], s2["bonus_points"], s2["balance_after"]) == (120, 0, 230)
    assert rules(s2) == {"base": 60, "campaign:WEEKEND": 60}
    assert (s2["tier_before"], s2["tier_after"]) == ("Member", "Silver")

    # S3, Mon Aug 10 12:00. Three coffees 3 x 3.00 = 9.00, Silver x1.5: 13.5 -> floor 13
    #   (breakdown base 9 + tier 4). Punch card 3 of 3: one FREE-COFFEE voucher. Balance 243. Spend 119.00.
    at(clock, "2026-08-10T12:00:00")
    s3 = buy(app, ann, items=["COFFEEx3"])
    assert (s3["total"], s3["points_earned"], s3["balance_after"]) == ("9.00", 13, 243)
    assert rules(s3) == {"base": 9, "tier:Silver": 4}
    assert [v["reward"] for v in s3["vouchers_issued"]] == ["FREE-COFFEE"]
    assert [v["reward"] for v in app.show_member(ann)["member"]["vouchers"]] == ["FREE-COFFEE"]

    # S4, Tue Aug 11 12:00. A coffee and grocery 7.00 with the voucher: total 10.00, discount 3.00,
    #   no points spent. The discount is spread by amount: coffee 300/1000 * 300 = 90, grocery 210.
    #   Paid 7.00 x1.5 = 10.5 -> 10. The free coffee is not a punch. Balance 253. Spend 126.00.
    at(clock, "2026-08-11T12:00:00")
    s4 = buy(app, ann, items=["COFFEE"], lines=["grocery=7.00"], redeem=["FREE-COFFEE"])
    assert (s4["total"], s4["discount"], s4["paid"], s4["points_redeemed"]) == ("10.00", "3.00", "7.00", 0)
    assert sorted((l["category"], l["discount"]) for l in s4["lines"]) == [("coffee", "0.90"), ("grocery", "2.10")]
    assert (s4["points_earned"], s4["balance_after"], s4["vouchers_issued"]) == (10, 253, [])
    assert app.show_member(ann)["member"]["vouchers"] == []

    # S5, Wed Aug 12 12:00. grocery 100.00 with 10PCT (10% = 10.00, capped at 8.00; 150 pts) and 5OFF
    #   (5.00; 100 pts). Discount 13.00 <= 50% of 100.00. Redeemed 250. Paid 87.00.
    #   Earned 87 x1.5 = 130.5 -> 130. Balance 253 - 250 + 130 = 133. Spend 126 + 87 = 213.00.
    at(clock, "2026-08-12T12:00:00")
    s5 = buy(app, ann, lines=["grocery=100.00"], redeem=["10PCT", "5OFF"])
    assert (s5["discount"], s5["paid"], s5["points_redeemed"], s5["points_earned"]) == ("13.00", "87.00", 250, 130)
    assert sorted((r["reward"], r["discount"], r["points"]) for r in s5["redemptions"]) == \
        [("10PCT", "8.00", 150), ("5OFF", "5.00", 100)]
    assert s5["balance_after"] == 133

    # S6, Thu Aug 13 12:00: refused redemptions change nothing.
    #   600 points > balance 133 -> insufficient_points.
    #   100 points (1.00) on a 1.50 sale: more than 50% (0.75) -> redemption_limit.
    #   5OFF (5.00) on an 8.00 sale: more than 4.00 -> redemption_limit.
    at(clock, "2026-08-13T12:00:00")
    before = snapshot(app, ann)
    with pytest.raises(InsufficientPoints):
        buy(app, ann, lines=["grocery=10.00"], redeem_points=600)
    with pytest.raises(RedemptionLimit):
        buy(app, ann, lines=["grocery=1.50"], redeem_points=100)
    with pytest.raises(RedemptionLimit):
        buy(app, ann, lines=["grocery=8.00"], redeem=["5OFF"])
    assert snapshot(app, ann) == before

    # S7, Thu Aug 13 12:00. Donation GIVE-2 on grocery 20.00: no discount, 2.00 to the Food Bank,
    #   100 points. Earned 20 x1.5 = 30. Balance 133 - 100 + 30 = 63. Spend 233.00.
    s7 = buy(app, ann, lines=["grocery=20.00"], redeem=["GIVE-2"])
    assert (s7["discount"], s7["paid"], s7["donations"], s7["points_redeemed"]) == ("0.00", "20.00", "2.00", 100)
    assert (s7["points_earned"], s7["balance_after"]) == (30, 63)

    # S8, Mon Aug 31 20:00 New York = Tue Sep 1 00:00 UTC. Still August locally: no birthday bonus.
    #   Monday: no weekend bonus. grocery 10.00 x1.5 = 15. Balance 78. Spend 243.00.
    at(clock, "2026-08-31T20:00:00")
    s8 = buy(app, ann, lines=["grocery=10.00"])
    assert (s8["points_earned"], s8["bonus_points"], s8["balance_after"]) == (15, 0, 78)

    # S9, Tue Sep 1 09:00: first sale of her birthday month: +200. 10.00 x1.5 = 15. Balance 78 + 215 = 293.
    at(clock, "2026-09-01T09:00:00")
    s9 = buy(app, ann, lines=["grocery=10.00"])
    assert (s9["points_earned"], s9["bonus_points"], s9["balance_after"]) == (15, 200, 293)
    assert rules(s9)["BIRTHDAY"] == 200

    # S10, Wed Sep 2 12:00. A coffee bought with points (COFFEE-PTS, 120) and grocery 10.00:
    #   total 13.00, discount 3.00 (<= 6.50), paid 10.00 -> 15 points; no second birthday bonus.
    #   Balance 293 - 120 + 15 = 188.
    at(clock, "2026-09-02T12:00:00")
    s10 = buy(app, ann, items=["COFFEE"], lines=["grocery=10.00"], redeem=["COFFEE-PTS"])
    assert (s10["total"], s10["discount"], s10["points_redeemed"], s10["points_earned"]) == ("13.00", "3.00", 120, 15)
    assert (s10["bonus_points"], s10["balance_after"]) == (0, 188)

    # S11, Thu Sep 3 12:00. --redeem-points 100 = 1.00 off grocery 40.00; paid 39.00 x1.5 = 58.5 -> 58.
    #   Balance 188 - 100 + 58 = 146.
    at(clock, "2026-09-03T12:00:00")
    s11 = buy(app, ann, lines=["grocery=40.00"], redeem_points=100)
    assert (s11["discount"], s11["paid"], s11["points_redeemed"], s11["points_earned"]) == ("1.00", "39.00", 100, 58)
    assert s11["balance_after"] == 146

    # Refunds of S5 (paid 87.00, earned 130, redeemed 250), Fri Sep 4 12:00.
    #   R1 30.00: clawed floor(130*30/87) = floor(44.83) = 44; returned floor(250*30/87) = floor(86.21) = 86.
    #      Balance 146 - 44 + 86 = 188.
    #   R2 20.00 (50.00 so far): clawed floor(130*50/87) = 74, minus 44 = 30; returned floor(250*50/87) = 143,
    #      minus 86 = 57. Balance 188 - 30 + 57 = 215.
    #   R3 the rest, 37.00: clawed 130 - 74 = 56; returned 250 - 143 = 107. Balance 215 - 56 + 107 = 266.
    at(clock, "2026-09-04T12:00:00")
    r1 = app.refund(s5["receipt"], "30.00")["refund"]
    assert (r1["points_clawed_back"], r1["points_returned"], r1["member"]["balance"]) == (44, 86, 188)
    r2 = app.refund(s5["receipt"], "20.00")["refund"]
    assert (r2["points_clawed_back"], r2["points_returned"], r2["member"]["balance"]) == (30, 57, 215)
    r3 = app.refund(s5["receipt"])["refund"]
    assert (r3["amount"], r3["points_clawed_back"], r3["points_returned"]) == ("37.00", 56, 107)
    assert (r3["full"], r3["member"]["balance"]) == (True, 266)
    assert 44 + 30 + 56 == 130 and 86 + 57 + 107 == 250
    # Qualifying spend as of Sep 4 12:00, window (Aug 5 12:00, Sep 4 12:00]: S1 has left the window,
    #   S5 counts 0 after its refund: 60 + 9 + 7 + 0 + 20 + 10 + 10 + 10 + 39 = 165.00.
    assert r3["member"]["qualifying_spend"] == "165.00" and r3["member"]["tier"] == "Silver"

    # Refunding more than was paid is refused and writes nothing.
    before = snapshot(app, ann)
    with pytest.raises(RefundExceedsSale):
        app.refund(s5["receipt"], "0.01")
    with pytest.raises(RefundExceedsSale):
        app.refund(s7["receipt"], "20.01")
    assert snapshot(app, ann) == before

    # Downgrade as the window rolls. S2 (60.00, Aug 8 11:00) leaves the window at Sep 7 11:00:
    #   165 - 60 = 105.00, still Silver. S3 (9.00, Aug 10 12:00) leaves at Sep 9 12:00 exactly
    #   (the window is (now - 30 days, now]): 105 - 9 = 96.00 -> Member, 4.00 short of Silver.
    at(clock, "2026-09-07T10:59:59")
    assert app.show_member(ann)["member"]["qualifying_spend"] == "165.00"
    at(clock, "2026-09-07T11:00:00")
    assert app.show_member(ann)["member"]["qualifying_spend"] == "105.00"
    at(clock, "2026-09-09T11:59:59")
    assert app.show_member(ann)["member"]["tier"] == "Silver"
    at(clock, "2026-09-09T12:00:00")
    m = app.show_member(ann)["member"]
    assert (m["tier"], m["qualifying_spend"], m["next_tier"]) == ("Member", "96.00", {"name": "Silver", "spend_needed": "4.00"})
    # A sale now earns at the Member rate (10, not 15) and brings her back to Silver (106.00).
    s12 = buy(app, ann, lines=["grocery=10.00"])
    assert (s12["tier_before"], s12["points_earned"], s12["tier_after"], s12["balance_after"]) == ("Member", 10, "Silver", 276)

    history = app.history(ann)["entries"]
    assert sum(e["points"] for e in history) == 276
    assert app.check() == {"ok": True, "problems": []}


def test_bob_negative_balance_paid_back_by_the_next_sale(store):
    app, clock = store
    bob = app.enroll(name="Bob Bee", phone="(212) 555-0102")["member"]["card"]
    # B1 Fri Aug 14: grocery 100.00 -> 100 + WELCOME 50 = 150.
    at(clock, "2026-08-14T12:00:00")
    b1 = buy(app, bob, lines=["grocery=100.00"])
    assert (b1["points_earned"], b1["bonus_points"], b1["balance_after"]) == (100, 50, 150)
    # B2 Mon Aug 17: grocery 20.00 with 5OFF (100 points). Spend 100.00 -> Silver: 15.00 x1.5 = 22.5 -> 22.
    #   Balance 150 - 100 + 22 = 72.
    at(clock, "2026-08-17T12:00:00")
    b2 = buy(app, bob, lines=["grocery=20.00"], redeem=["5OFF"])
    assert (b2["tier_before"], b2["paid"], b2["points_earned"], b2["balance_after"]) == ("Silver", "15.00", 22, 72)
    # B3 Tue Aug 18: B1 refunded in full: claw back 100 and reverse the WELCOME bonus 50.
    #   Balance 72 - 150 = -78: negative.
    at(clock, "2026-08-18T12:00:00")
    r = app.refund(b1["receipt"])["refund"]
    assert (r["points_clawed_back"], r["points_returned"], r["full"]) == (100, 0, True)
    assert (r["member"]["balance"], r["member"]["negative"]) == (-78, True)
    assert r["member"]["expiring"] == []
    kinds = [e["kind"] for e in app.history(bob)["entries"][:2]]
    assert sorted(kinds) == ["clawback", "reversal"]
    before = snapshot(app, bob)
    with pytest.raises(InsufficientPoints):
        buy(app, bob, lines=["grocery=50.00"], redeem_points=50)
    assert snapshot(app, bob) == before
    # B4 Wed Aug 19: qualifying spend is now 0 + 15.00 (B1's refund took its 100 away): Member.
    #   grocery 100.00 -> 100 points: 78 pay the debt, 22 become a lot expiring Feb 19 2027.
    at(clock, "2026-08-19T12:00:00")
    b4 = buy(app, bob, lines=["grocery=100.00"])
    assert (b4["tier_before"], b4["points_earned"], b4["bonus_points"], b4["balance_after"]) == ("Member", 100, 0, 22)
    m = app.show_member(bob)["member"]
    assert (m["balance"], m["negative"], m["expiring"]) == (22, False, [{"points": 22, "on": "2027-02-19"}])
    assert app.check()["ok"]


def test_cleo_lots_expire_at_local_midnight_at_the_end_of_february(store):
    app, clock = store
    cleo = app.enroll(name="Cleo Sea", phone="(212) 555-0103")["member"]["card"]
    # Mon Aug 31 20:00 New York (Sep 1 00:00 UTC): 25 points + WELCOME 50 = 75, in two lots.
    #   Aug 31 + 6 months: Feb 31 does not exist, so the last day, Feb 28 2027; at 00:00 EST = 05:00 UTC.
    #   (Counting in UTC would give Sep 1 + 6 months = Mar 1.)
    at(clock, "2026-08-31T20:00:00")
    sale = buy(app, cleo, lines=["grocery=25.00"])
    assert sale["balance_after"] == 75
    assert app.show_member(cleo)["member"]["expiring"] == [{"points": 75, "on": "2027-02-28"}]
    # One second before midnight: nothing expired.
    at(clock, "2027-02-27T23:59:59")
    assert app.expire() == {"expired": {"members": 0, "points": 0}}
    assert app.show_member(cleo)["member"]["balance"] == 75
    # At midnight store-local (2027-02-28T05:00:00Z): everything expires.
    at(clock, "2027-02-28T00:00:00")
    assert app.expire() == {"expired": {"members": 1, "points": 75}}
    m = app.show_member(cleo)["member"]
    assert (m["balance"], m["expiring"], m["negative"]) == (0, [], False)
    expiries = [e for e in app.history(cleo)["entries"] if e["kind"] == "expire"]
    assert sorted(e["points"] for e in expiries) == [-50, -25]
    assert app.check()["ok"]


def test_lazy_expiry_without_the_expire_job(store):
    app, clock = store
    dee = app.enroll(name="Dee Dee", phone="(212) 555-0104")["member"]["card"]
    at(clock, "2026-08-31T20:00:00")
    buy(app, dee, lines=["grocery=25.00"])
    at(clock, "2027-02-28T00:00:00")
    # No `expire` run: showing the member expires first (SPEC 3.1).
    assert app.show_member(dee)["member"]["balance"] == 0
    assert sum(e["points"] for e in app.history(dee)["entries"]) == 0


def test_a_repeated_receipt_id_returns_the_first_result_and_writes_nothing(store):
    app, clock = store
    eve = app.enroll(name="Eve Eve", phone="(212) 555-0105")["member"]["card"]
    at(clock, "2026-08-20T12:00:00")
    first = buy(app, eve, lines=["grocery=12.00"], receipt_id="POS-0001")
    assert first["duplicate"] is False and first["balance_after"] == 62     # 12 + WELCOME 50
    before = snapshot(app, eve)
    clock.advance(minutes=5)
    again = buy(app, eve, lines=["grocery=99.00"], receipt_id="POS-0001")  # even with other content
    assert again["duplicate"] is True
    assert {k: v for k, v in again.items() if k != "duplicate"} == {k: v for k, v in first.items() if k != "duplicate"}
    assert snapshot(app, eve) == before
    # Refund by the external receipt id.
    r = app.refund("POS-0001", "6.00")["refund"]
    assert (r["receipt"], r["points_clawed_back"]) == (first["receipt"], 6)
