"""SPEC 3 steps 2-9 as the pure function ``price_sale``: earn, campaigns, rewards, limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from terminal.domain.checkout import MemberSituation, SaleLine, price_sale
from terminal.domain.errors import (InsufficientPoints, InvalidAmount, RedemptionLimit, RewardNotApplicable,
                                    UnknownMember, UnknownReward)
from terminal.domain.program import parse_program

BASE = '''
[program]
name = "T"
currency = "USD"
timezone = "America/New_York"
points_per_unit = "1"
rounding = "{rounding}"

[redemption]
min_points = 100
max_fraction_of_sale = "0.5"
offline_max_points = 1000

[[tiers]]
name = "Member"
min_spend = "0"
multiplier = "1"

[[tiers]]
name = "Silver"
min_spend = "500"
multiplier = "1.5"

[[categories]]
name = "gift-cards"
earn = false

[[categories]]
name = "beauty"
multiplier = "2"

[[punch_cards]]
code = "COFFEE"
category = "coffee"
units = 3
reward = "FREE-COFFEE"

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 500
value = "5.00"

[[rewards]]
code = "10PCT"
kind = "percent_off"
points = 800
value = "10"
max_value = "20.00"

[[rewards]]
code = "FREE-COFFEE"
kind = "free_item"
points = 0
sku = "COFFEE-REG"

[[rewards]]
code = "FREE-COFFEE-PTS"
kind = "free_item"
points = 300
sku = "COFFEE-REG"

[[rewards]]
code = "GIVE-5"
kind = "donation"
points = 500
value = "5.00"
charity = "City Food Bank"

[[products]]
sku = "COFFEE-REG"
name = "Regular coffee"
category = "coffee"
price = "3.50"
'''
PROGRAM = parse_program(BASE.format(rounding="floor"))
NOON = datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc)  # Monday 12:00 in New York


def ny(text: str) -> datetime:
    """A New York wall-clock time (EST in winter, EDT from March 8, 2026) as a UTC instant."""
    from zoneinfo import ZoneInfo
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("America/New_York")).astimezone(timezone.utc)


def who(**kw) -> MemberSituation:
    base = dict(qualifying_spend=0, balance=10_000, first_purchase=False)
    base.update(kw)
    return MemberSituation(**base)


def line(category, amount, qty=1, sku=None):
    return SaleLine(category=category, unit_amount=amount, quantity=qty, sku=sku)


def coffee(qty=1):
    return SaleLine(category="coffee", unit_amount=350, quantity=qty, sku="COFFEE-REG", name="Regular coffee")


def with_campaign(toml: str, rounding="floor"):
    return parse_program(BASE.format(rounding=rounding) + "\n" + toml)


# --------------------------------------------------------------------------- earn

def test_categories_multiply_and_excluded_categories_earn_nothing():
    # grocery 10.00 -> 10 ; beauty 10.00 * 2 -> 20 ; gift-cards 50.00 -> 0
    sale = price_sale(PROGRAM, [line("grocery", 1000), line("beauty", 1000), line("gift-cards", 5000)], NOON, who())
    assert sale.total == 7000 and sale.paid == 7000
    assert sale.points_earned == 30
    assert dict(sale.breakdown) == {"base": 20, "category:beauty": 10}
    assert sale.qualifying == 2000  # gift cards are no qualifying spend either
    assert [pl.eligible for pl in sale.lines] == [True, True, False]


def test_no_member_earns_nothing():
    sale = price_sale(PROGRAM, [line("grocery", 1000)], NOON, None)
    assert sale.points_earned == 0 and sale.qualifying == 0 and sale.tier_before is None
    with pytest.raises(UnknownMember):
        price_sale(PROGRAM, [line("grocery", 1000)], NOON, None, redeem=["5OFF"])


def test_tier_multiplier_applies_from_the_start_of_sale_tier_and_tier_after_counts_this_sale():
    # Member with 499.00 spend buys 10.00: tier is Member for this sale (10 points), Silver after.
    sale = price_sale(PROGRAM, [line("grocery", 1000)], NOON, who(qualifying_spend=49_900))
    assert sale.points_earned == 10 and sale.tier_before.name == "Member" and sale.tier_after.name == "Silver"
    # At 500.00 already: 10.00 * 1.5 = 15
    sale = price_sale(PROGRAM, [line("grocery", 1000)], NOON, who(qualifying_spend=50_000))
    assert sale.points_earned == 15 and dict(sale.breakdown) == {"base": 10, "tier:Silver": 5}


@pytest.mark.parametrize("rounding, expected", [("floor", 1), ("half_up", 1), ("ceil", 1)])
def test_rounding_is_once_per_sale_not_per_line(rounding, expected):
    # 0.50 + 0.50 = 1.0 point exactly; rounding each line first would give 0 (floor) or 2 (ceil).
    program = parse_program(BASE.format(rounding=rounding))
    sale = price_sale(program, [line("a", 50), line("b", 50)], NOON, who())
    assert sale.points_earned == expected


@pytest.mark.parametrize("rounding, expected", [("floor", 2), ("half_up", 3), ("ceil", 3)])
def test_rounding_rule_of_the_program(rounding, expected):
    # 1.25 + 1.25 = 2.5 points: floor 2, half_up 3, ceil 3 (per line: 2, 2, 4).
    program = parse_program(BASE.format(rounding=rounding))
    sale = price_sale(program, [line("a", 125), line("b", 125)], NOON, who())
    assert sale.points_earned == expected
    assert sum(p for _, p in sale.breakdown) == expected


def test_ceil_of_an_exact_whole_stays_whole_and_tiny_amounts():
    program = parse_program(BASE.format(rounding="ceil"))
    assert price_sale(program, [line("a", 300)], NOON, who()).points_earned == 3
    assert price_sale(program, [line("a", 1)], NOON, who()).points_earned == 1
    assert price_sale(PROGRAM, [line("a", 99)], NOON, who()).points_earned == 0


@pytest.mark.parametrize("amounts", [[333, 333, 334], [101, 202, 303, 404], [12345, 6789, 1011], [99, 199, 299]])
def test_breakdown_sums_exactly_to_points_earned(amounts):
    program = with_campaign('[[campaigns]]\ncode = "X3"\nkind = "multiplier"\nvalue = "1.3"\ncategories = ["beauty"]\n',
                            rounding="half_up")
    lines = [line(c, a) for c, a in zip(["beauty", "grocery", "beauty", "toys"], amounts)]
    sale = price_sale(program, lines, NOON, who(qualifying_spend=60_000))
    assert sum(p for _, p in sale.breakdown) == sale.points_earned
    assert sale.points_earned > 0


def test_points_are_earned_on_money_paid_never_on_what_points_paid():
    # 20.00 grocery + 20.00 beauty, 5OFF (points): discount split 2.50/2.50;
    # paid 17.50 grocery -> 17.5, 17.50 beauty * 2 -> 35; 52.5 -> floor 52.
    sale = price_sale(PROGRAM, [line("grocery", 2000), line("beauty", 2000)], NOON, who(), redeem=["5OFF"])
    assert [pl.discount for pl in sale.lines] == [250, 250]
    assert [pl.paid for pl in sale.lines] == [1750, 1750]
    assert sale.paid == 3500 and sale.points_earned == 52 and sale.points_redeemed == 500
    assert sale.qualifying == 3500


# --------------------------------------------------------------------------- campaigns

def test_campaign_dates_are_inclusive_store_local_days():
    program = with_campaign('[[campaigns]]\ncode = "MARCH"\nkind = "multiplier"\nvalue = "2"\n'
                            'starts = "2026-03-01"\nends = "2026-03-31"\n')

    def pts(at):
        return price_sale(program, [line("grocery", 1000)], at, who()).points_earned
    assert pts(ny("2026-03-01T00:00:00")) == 20
    assert pts(ny("2026-02-28T23:59:59")) == 10      # 04:59 UTC on Mar 1, still Feb 28 locally
    assert pts(ny("2026-03-31T23:59:59")) == 20      # already April 1 in UTC
    assert pts(ny("2026-04-01T00:00:00")) == 10


def test_campaign_weekdays_are_store_local():
    program = with_campaign('[[campaigns]]\ncode = "WEEKEND"\nkind = "multiplier"\nvalue = "3"\nweekdays = ["sat", "sun"]\n')

    def pts(at):
        return price_sale(program, [line("grocery", 1000)], at, who()).points_earned
    assert pts(ny("2026-03-07T10:00:00")) == 30      # Saturday
    assert pts(ny("2026-03-01T23:30:00")) == 30      # Sunday night locally, Monday in UTC
    assert pts(ny("2026-03-06T22:00:00")) == 10      # Friday night locally, Saturday in UTC
    assert pts(ny("2026-03-09T10:00:00")) == 10      # Monday


def test_campaign_hours_are_half_open_store_local():
    program = with_campaign('[[campaigns]]\ncode = "MORNING"\nkind = "multiplier"\nvalue = "2"\nhours = [9, 12]\n')

    def pts(at):
        return price_sale(program, [line("grocery", 1000)], at, who()).points_earned
    assert pts(ny("2026-03-02T08:59:59")) == 10
    assert pts(ny("2026-03-02T09:00:00")) == 20
    assert pts(ny("2026-03-02T11:59:59")) == 20
    assert pts(ny("2026-03-02T12:00:00")) == 10      # [from, to): 12:00 is out
    assert pts(datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)) == 10   # 10:00 UTC is 05:00 local


def test_campaign_hours_wrap_past_midnight():
    program = with_campaign('[[campaigns]]\ncode = "NIGHT"\nkind = "multiplier"\nvalue = "2"\nhours = [22, 2]\n')

    def pts(at):
        return price_sale(program, [line("grocery", 1000)], at, who()).points_earned
    assert pts(ny("2026-03-02T21:59:59")) == 10
    assert pts(ny("2026-03-02T22:00:00")) == 20
    assert pts(ny("2026-03-03T00:30:00")) == 20
    assert pts(ny("2026-03-03T01:59:59")) == 20
    assert pts(ny("2026-03-03T02:00:00")) == 10
    assert pts(ny("2026-03-03T12:00:00")) == 10


def test_min_spend_is_judged_on_the_covered_eligible_paid_amount():
    program = with_campaign('[[campaigns]]\ncode = "BEAUTY3"\nkind = "multiplier"\nvalue = "3"\n'
                            'categories = ["beauty"]\nmin_spend = "10"\n')
    # 9.99 of beauty (+ lots of grocery): the covered amount is below 10 -> no campaign.
    s = price_sale(program, [line("beauty", 999), line("grocery", 10_000)], NOON, who())
    assert s.points_earned == 19 + 100               # 9.99*2 = 19.98 + 100 = 119.98 -> 119
    # 10.00 of beauty: 10 * 2 * 3 = 60, grocery untouched (not covered): 100.
    s = price_sale(program, [line("beauty", 1000), line("grocery", 10_000)], NOON, who())
    assert s.points_earned == 160
    assert dict(s.breakdown)["campaign:BEAUTY3"] == 40
    # 20.00 beauty, 5OFF + 10PCT... simpler: a 5.00 amount_off leaves 20.00 - 5.00 = 15 paid on beauty alone
    s = price_sale(program, [line("beauty", 1400)], NOON, who(), redeem=["5OFF"])
    assert s.paid == 900 and s.points_earned == 18   # 9.00 paid < 10: no campaign, 9*2 = 18


def test_min_spend_without_categories_ignores_non_earning_lines():
    program = with_campaign('[[campaigns]]\ncode = "BIG"\nkind = "bonus"\nvalue = "50"\nmin_spend = "20"\n')
    s = price_sale(program, [line("gift-cards", 10_000), line("grocery", 1000)], NOON, who())
    assert s.bonuses == ()                           # 10.00 eligible < 20
    s = price_sale(program, [line("grocery", 2000)], NOON, who())
    assert [(b.rule, b.points) for b in s.bonuses] == [("BIG", 50)] and s.bonus_points == 50
    assert s.points_earned == 20                      # bonuses are not part of points_earned


def test_multiplier_campaigns_do_not_stack_the_largest_applies():
    program = with_campaign('[[campaigns]]\ncode = "X2"\nkind = "multiplier"\nvalue = "2"\n'
                            '[[campaigns]]\ncode = "X3"\nkind = "multiplier"\nvalue = "3"\ncategories = ["toys"]\n')
    s = price_sale(program, [line("toys", 1000), line("grocery", 1000)], NOON, who())
    assert s.points_earned == 30 + 20               # toys x3 (not x6), grocery x2
    assert dict(s.breakdown) == {"base": 20, "campaign:X3": 20, "campaign:X2": 10}


def test_tier_condition():
    program = with_campaign('[[campaigns]]\ncode = "SILVER2"\nkind = "multiplier"\nvalue = "2"\ntiers = ["Silver"]\n')
    assert price_sale(program, [line("g", 1000)], NOON, who(qualifying_spend=49_999)).points_earned == 10
    assert price_sale(program, [line("g", 1000)], NOON, who(qualifying_spend=50_000)).points_earned == 30  # 10*1.5*2


def test_first_purchase_bonus_only_on_the_first_purchase():
    program = with_campaign('[[campaigns]]\ncode = "WELCOME"\nkind = "bonus"\nvalue = "100"\nfirst_purchase = true\n')
    assert price_sale(program, [line("g", 100)], NOON, who(first_purchase=True)).bonus_points == 100
    assert price_sale(program, [line("g", 100)], NOON, who(first_purchase=False)).bonus_points == 0


def test_birthday_month_bonus_once_a_year_in_store_local_month():
    program = with_campaign('[[campaigns]]\ncode = "BDAY"\nkind = "bonus"\nvalue = "200"\nbirthday_month = true\n')
    born = date(1990, 3, 17)
    assert price_sale(program, [line("g", 100)], ny("2026-03-01T00:00:00"), who(birthday=born)).bonus_points == 200
    # Feb 28 23:30 locally is already March in UTC: not the birthday month yet.
    assert price_sale(program, [line("g", 100)], ny("2026-02-28T23:30:00"), who(birthday=born)).bonus_points == 0
    assert price_sale(program, [line("g", 100)], ny("2026-03-20T12:00:00"),
                      who(birthday=born, birthday_bonuses_this_year=frozenset({"BDAY"}))).bonus_points == 0
    assert price_sale(program, [line("g", 100)], NOON, who(birthday=None)).bonus_points == 0


# --------------------------------------------------------------------------- rewards

def test_amount_off():
    s = price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem=["5OFF"])
    assert (s.discount, s.paid, s.points_redeemed, s.points_earned) == (500, 1500, 500, 15)


def test_percent_off_with_and_without_the_cap():
    s = price_sale(PROGRAM, [line("g", 5000)], NOON, who(), redeem=["10PCT"])
    assert s.discount == 500                          # 10% of 50.00
    s = price_sale(PROGRAM, [line("g", 30_000)], NOON, who(), redeem=["10PCT"])
    assert s.discount == 2000                         # 10% of 300.00 = 30.00, capped at 20.00
    s = price_sale(PROGRAM, [line("g", 1005)], NOON, who(), redeem=["10PCT"])
    assert s.discount == 101                          # 100.5 minor units, half up


def test_free_item_by_voucher_and_by_points():
    voucher = who(vouchers=(("v-1", "FREE-COFFEE"),))
    s = price_sale(PROGRAM, [coffee(2), line("g", 1000)], NOON, voucher, redeem=["FREE-COFFEE"])
    assert s.discount == 350 and s.points_redeemed == 0 and s.redemptions[0].voucher_id == "v-1"
    s = price_sale(PROGRAM, [coffee(1), line("g", 1000)], NOON, who(), redeem=["FREE-COFFEE-PTS"])
    assert s.discount == 350 and s.points_redeemed == 300
    with pytest.raises(RewardNotApplicable):        # the SKU must be in the sale
        price_sale(PROGRAM, [line("g", 1000)], NOON, voucher, redeem=["FREE-COFFEE"])
    with pytest.raises(RewardNotApplicable):        # one coffee cannot be free twice
        price_sale(PROGRAM, [coffee(1)], NOON, who(vouchers=(("a", "FREE-COFFEE"), ("b", "FREE-COFFEE"))),
                   redeem=["FREE-COFFEE", "FREE-COFFEE"])


def test_a_zero_point_reward_needs_an_unused_voucher():
    with pytest.raises(RewardNotApplicable):
        price_sale(PROGRAM, [coffee(1)], NOON, who(), redeem=["FREE-COFFEE"])


def test_donation_gives_no_discount_and_reports_the_money():
    s = price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem=["GIVE-5"])
    assert (s.discount, s.paid, s.donations, s.points_redeemed, s.points_earned) == (0, 2000, 500, 500, 20)
    assert s.redemptions[0].charity == "City Food Bank"


def test_redeem_points_is_worth_n_times_point_value():
    s = price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem_points=250)
    assert (s.discount, s.paid, s.points_redeemed, s.points_earned) == (250, 1750, 250, 17)


def test_unknown_reward():
    with pytest.raises(UnknownReward):
        price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem=["NOPE"])


def test_punch_cards_issue_a_voucher_per_full_count():
    s = price_sale(PROGRAM, [coffee(2)], NOON, who(punches={"COFFEE": 2}))
    assert s.punches == (("COFFEE", 2, 1),)          # 2 + 2 = 4 crosses 3 once
    s = price_sale(PROGRAM, [coffee(7)], NOON, who(punches={"COFFEE": 2}))
    assert s.punches == (("COFFEE", 7, 3),)          # 2 -> 9: vouchers at 3, 6, 9
    s = price_sale(PROGRAM, [coffee(1)], NOON, who(vouchers=(("v", "FREE-COFFEE"),)), redeem=["FREE-COFFEE"])
    assert s.punches == ()                           # a free coffee is not a bought unit


# --------------------------------------------------------------------------- limits

def test_min_points():
    with pytest.raises(RedemptionLimit):
        price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem_points=99)
    with pytest.raises(InvalidAmount):
        price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem_points=0)
    assert price_sale(PROGRAM, [line("g", 2000)], NOON, who(), redeem_points=100).discount == 100


def test_max_fraction_of_sale():
    # 0.5 of 10.00 is 5.00: 500 points is the most that may pay.
    assert price_sale(PROGRAM, [line("g", 1000)], NOON, who(), redeem_points=500).paid == 500
    with pytest.raises(RedemptionLimit):
        price_sale(PROGRAM, [line("g", 1000)], NOON, who(), redeem_points=501)
    with pytest.raises(RedemptionLimit):
        price_sale(PROGRAM, [line("g", 999)], NOON, who(), redeem=["5OFF"])


def test_a_voucher_is_not_paid_by_points_so_the_fraction_does_not_apply():
    s = price_sale(PROGRAM, [coffee(1)], NOON, who(vouchers=(("v", "FREE-COFFEE"),)), redeem=["FREE-COFFEE"])
    assert s.paid == 0 and s.points_earned == 0


def test_insufficient_points():
    with pytest.raises(InsufficientPoints):
        price_sale(PROGRAM, [line("g", 10_000)], NOON, who(balance=499), redeem=["5OFF"])
    with pytest.raises(InsufficientPoints):
        price_sale(PROGRAM, [line("g", 10_000)], NOON, who(balance=-20), redeem_points=100)
    with pytest.raises(InsufficientPoints):  # two rewards together cost more than the balance
        price_sale(PROGRAM, [line("g", 10_000)], NOON, who(balance=900), redeem=["5OFF", "GIVE-5"])


def test_offline_max_points():
    ok = who(offline_redeemed=500)
    assert price_sale(PROGRAM, [line("g", 10_000)], NOON, ok, redeem=["5OFF"]).points_redeemed == 500
    with pytest.raises(RedemptionLimit):
        price_sale(PROGRAM, [line("g", 10_000)], NOON, who(offline_redeemed=501), redeem=["5OFF"])
    # online (None): no cap
    assert price_sale(PROGRAM, [line("g", 100_000)], NOON, who(), redeem_points=5000).points_redeemed == 5000


def test_discounts_larger_than_the_sale_are_refused():
    with pytest.raises((RewardNotApplicable, RedemptionLimit)):
        price_sale(replace(PROGRAM, redemption=replace(PROGRAM.redemption, max_fraction_of_sale=1)),
                   [line("g", 300)], NOON, who(), redeem=["5OFF"])


def test_bad_lines_are_invalid_amount():
    with pytest.raises(InvalidAmount):
        price_sale(PROGRAM, [], NOON, who())
    with pytest.raises(InvalidAmount):
        price_sale(PROGRAM, [line("g", 0)], NOON, who())
    with pytest.raises(InvalidAmount):
        price_sale(PROGRAM, [line("g", 100, qty=0)], NOON, who())
