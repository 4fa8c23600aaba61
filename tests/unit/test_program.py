"""SPEC 2: the program model. A bad program names the field and why; TOML round-trips."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.errors import ProgramInvalid
from terminal.domain.program import parse_program, program_to_toml

SPEC_EXAMPLE = '''
[program]
name = "Corner Rewards"
currency = "USD"
region = "US"
timezone = "America/New_York"
points_per_unit = "1"
rounding = "floor"
point_value = "0.01"
expiry_months = 12
card_prefix = "29"
display = "points"

[redemption]
min_points = 100
max_fraction_of_sale = "0.5"
offline_max_points = 1000

[tier_window]
days = 365

[[tiers]]
name = "Member"
min_spend = "0"
multiplier = "1"

[[tiers]]
name = "Silver"
min_spend = "500"
multiplier = "1.25"

[[categories]]
name = "gift-cards"
earn = false

[[categories]]
name = "beauty"
multiplier = "2"

[[campaigns]]
code = "DOUBLE-TUE"
kind = "multiplier"
value = "2"
weekdays = ["tue"]
starts = "2026-01-01"
ends = "2026-12-31"
min_spend = "10"

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "100"
first_purchase = true

[[campaigns]]
code = "BIRTHDAY"
kind = "bonus"
value = "200"
birthday_month = true

[[campaigns]]
code = "NIGHT"
kind = "multiplier"
value = "1.5"
hours = [22, 2]
categories = ["beauty"]
tiers = ["Silver"]

[[punch_cards]]
code = "COFFEE"
category = "coffee"
units = 9
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
code = "GIVE-5"
kind = "donation"
points = 500
value = "5.00"
charity = "City Food Bank"

[referral]
referrer_bonus = 250
referee_bonus = 100

[[products]]
sku = "COFFEE-REG"
ean = "0012345678905"
name = "Regular coffee"
category = "coffee"
price = "3.50"
'''

MINIMAL = '[program]\nname = "X"\ncurrency = "USD"\n'


def test_the_spec_example_parses_with_exact_values():
    p = parse_program(SPEC_EXAMPLE)
    assert p.currency.code == "USD" and p.timezone == "America/New_York"
    assert p.points_per_unit == Decimal("1") and p.point_value == Decimal("0.01")
    assert p.redemption.min_points == 100 and p.redemption.max_fraction_of_sale == Decimal("0.5")
    assert p.redemption.offline_max_points == 1000
    assert [(t.name, t.min_spend, t.multiplier) for t in p.tiers] == [("Member", 0, 1), ("Silver", 50000, Decimal("1.25"))]
    assert p.categories["gift-cards"].earn is False and p.categories["beauty"].multiplier == 2
    assert p.rewards["5OFF"].value == 500 and p.rewards["10PCT"].max_value == 2000
    assert p.rewards["10PCT"].value == Decimal("10")
    assert p.products["COFFEE-REG"].price == 350
    assert p.campaigns[3].hours == (22, 2)


def test_defaults_of_a_minimal_program():
    p = parse_program(MINIMAL)
    assert (p.region, p.timezone, p.rounding, p.expiry_months, p.card_prefix, p.display) == \
        ("US", "UTC", "floor", 0, "29", "points")
    assert p.points_per_unit == 1 and p.point_value == Decimal("0.01")
    assert [(t.name, t.multiplier) for t in p.tiers] == [("Member", 1)]


def test_toml_round_trip_is_exact():
    p = parse_program(SPEC_EXAMPLE)
    text = program_to_toml(p)
    again = parse_program(text)
    assert again == p
    assert program_to_toml(again) == text
    assert parse_program(program_to_toml(parse_program(MINIMAL))) == parse_program(MINIMAL)


def _with(extra: str, base: str = MINIMAL) -> str:
    return base + "\n" + extra


BAD = [
    # (program text, the field path the message must name)
    ('[program]\nname = "X"\ncurrency = "USD"\ncolour = "red"\n', "program: unknown key colour"),
    ('[program]\ncurrency = "USD"\n', "program.name"),
    ('[program]\nname = "X"\n', "program.currency"),
    ('[program]\nname = "X"\ncurrency = "XYZ"\n', "program.currency"),
    ('[program]\nname = "X"\ncurrency = "USD"\nexpiry_months = "twelve"\n', "program.expiry_months"),
    ('[program]\nname = "X"\ncurrency = "USD"\nexpiry_months = -1\n', "program.expiry_months"),
    ('[program]\nname = "X"\ncurrency = "USD"\npoints_per_unit = 1.5\n', "program.points_per_unit"),
    ('[program]\nname = "X"\ncurrency = "USD"\npoint_value = 0.01\n', "program.point_value"),
    ('[program]\nname = "X"\ncurrency = "USD"\npoint_value = "0"\n', "program.point_value"),
    ('[program]\nname = "X"\ncurrency = "USD"\nrounding = "banker"\n', "program.rounding"),
    ('[program]\nname = "X"\ncurrency = "USD"\ntimezone = "Mars/Base"\n', "program.timezone"),
    ('[program]\nname = "X"\ncurrency = "USD"\nregion = "ZZ"\n', "program.region"),
    ('[program]\nname = "X"\ncurrency = "USD"\ncard_prefix = "40"\n', "program.card_prefix"),
    ('[program]\nname = 5\ncurrency = "USD"\n', "program.name"),
    (_with("[bogus]\nx = 1\n"), "bogus"),
    (_with("[redemption]\nmax_fraction_of_sale = \"1.5\"\n"), "redemption.max_fraction_of_sale"),
    (_with("[redemption]\nmin_points = 0\n"), "redemption.min_points"),
    (_with("[redemption]\nmax_fraction_of_sale = 0.5\n"), "redemption.max_fraction_of_sale"),
    (_with("[tier_window]\ndays = 0\n"), "tier_window.days"),
    (_with('[[tiers]]\nname = "A"\nmin_spend = "0"\n[[tiers]]\nname = "B"\nmin_spend = "0"\n'), "tiers[1].min_spend"),
    (_with('[[tiers]]\nname = "A"\nmin_spend = "0"\n[[tiers]]\nname = "B"\nmin_spend = "500"\n'
           '[[tiers]]\nname = "C"\nmin_spend = "100"\n'), "tiers[2].min_spend"),
    (_with('[[tiers]]\nname = "A"\nmin_spend = "10"\n'), "tiers[0].min_spend"),
    (_with('[[tiers]]\nname = "A"\nmin_spend = 100.0\n'), "tiers[0].min_spend"),
    (_with('[[tiers]]\nname = "A"\nmultiplier = 1.5\n'), "tiers[0].multiplier"),
    (_with('[[tiers]]\nname = "A"\nmin_spend = "0.001"\n'), "tiers[0].min_spend"),
    (_with('[[categories]]\nname = "x"\nearn = "no"\n'), "categories[0].earn"),
    (_with('[[categories]]\nname = "x"\nbonus = 2\n'), "categories[0]: unknown key bonus"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "bonus"\nvalue = "1.5"\n'), "campaigns[0].value"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "cashback"\nvalue = "2"\n'), "campaigns[0].kind"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\nweekdays = ["funday"]\n'), "campaigns[0].weekdays"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\nhours = [25, 3]\n'), "campaigns[0].hours"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\nhours = [5, 5]\n'), "campaigns[0].hours"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\nstarts = "2026-13-01"\n'), "campaigns[0].starts"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\nstarts = "2026-05-01"\nends = "2026-04-01"\n'),
     "campaigns[0].ends"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\ntiers = ["Gold"]\n'), "campaigns[0].tiers"),
    (_with('[[campaigns]]\ncode = "C"\nkind = "multiplier"\nvalue = "2"\n[[campaigns]]\ncode = "C"\nkind = "bonus"\nvalue = "2"\n'),
     "campaigns[1].code"),
    (_with('[[rewards]]\ncode = "R"\nkind = "amount_off"\npoints = 100\nvalue = 5.0\n'), "rewards[0].value"),
    (_with('[[rewards]]\ncode = "R"\nkind = "amount_off"\npoints = 100\n'), "rewards[0].value"),
    (_with('[[rewards]]\ncode = "R"\nkind = "percent_off"\npoints = 100\nvalue = "150"\n'), "rewards[0].value"),
    (_with('[[rewards]]\ncode = "R"\nkind = "free_item"\npoints = 0\nsku = "NOPE"\n'), "rewards[0].sku"),
    (_with('[[rewards]]\ncode = "R"\nkind = "donation"\npoints = 10\nvalue = "1.00"\n'), "rewards[0].charity"),
    (_with('[[rewards]]\ncode = "R"\nkind = "amount_off"\npoints = -5\nvalue = "1.00"\n'), "rewards[0].points"),
    (_with('[[rewards]]\ncode = "R"\nkind = "teleport"\npoints = 5\n'), "rewards[0].kind"),
    (_with('[[punch_cards]]\ncode = "P"\ncategory = "coffee"\nunits = 9\nreward = "GHOST"\n'), "punch_cards[0].reward"),
    (_with('[[punch_cards]]\ncode = "P"\ncategory = "coffee"\nunits = 0\nreward = "GHOST"\n'), "punch_cards[0].units"),
    (_with('[[products]]\nsku = "S"\nprice = "1.00"\nean = "4006381333932"\n'), "products[0].ean"),
    (_with('[[products]]\nsku = "S"\nprice = "1.00"\nean = "2900100000017"\n'), "products[0].ean"),
    (_with('[[products]]\nsku = "S"\n'), "products[0].price"),
    (_with('[referral]\nreferrer_bonus = "lots"\n'), "referral.referrer_bonus"),
    ("tiers = 5\n" + MINIMAL, "tiers: must be an array of tables"),
    ("not toml at all = = =", "not valid TOML"),
]


@pytest.mark.parametrize("text, field", BAD, ids=[f for _, f in BAD])
def test_a_bad_program_is_program_invalid_naming_the_field(text, field):
    with pytest.raises(ProgramInvalid) as info:
        parse_program(text)
    assert info.value.code == "program_invalid"
    assert field in info.value.message, info.value.message
