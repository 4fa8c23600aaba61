"""SPEC 1: exact money, EAN-13 member cards in the restricted range, phones in E.164."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.cards import (ean_check_digit, generate_card, is_valid_ean, looks_like_card, validate_card,
                                   validate_prefix)
from terminal.domain.errors import InvalidAmount, InvalidCard, InvalidPhone
from terminal.domain.money import Currency, allocate, format_minor, parse_minor, round_points
from terminal.domain.phones import mask_phone, normalize_phone

USD, JPY, KWD = Currency.of("USD"), Currency.of("JPY"), Currency.of("KWD")


# --------------------------------------------------------------------------- money

@pytest.mark.parametrize("text, minor", [("12.34", 1234), ("0.01", 1), ("7", 700), ("7.5", 750), ("0", 0),
                                         (" 3.10 ", 310), ("1000000000", 100_000_000_000)])
def test_usd_amounts_parse_to_exact_minor_units(text, minor):
    assert USD.parse(text) == minor
    assert isinstance(USD.parse(text), int)


@pytest.mark.parametrize("text", ["12.345", "0.001", "1.999"])
def test_more_decimals_than_the_currency_has_is_an_error_never_rounded(text):
    with pytest.raises(InvalidAmount, match="decimals"):
        USD.parse(text)


@pytest.mark.parametrize("text", ["-1", "-0.01", "-0"])
def test_negative_amounts_are_refused(text):
    with pytest.raises(InvalidAmount):
        USD.parse(text)


@pytest.mark.parametrize("text", ["NaN", "nan", "sNaN", "inf", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(text):
    with pytest.raises(InvalidAmount):
        USD.parse(text)


@pytest.mark.parametrize("text", ["1000000000.01", "99999999999999999999", "1" + "0" * 40])
def test_absurdly_large_amounts_are_refused(text):
    with pytest.raises(InvalidAmount):
        USD.parse(text)


@pytest.mark.parametrize("value", [1.5, 0.1, 12.34, True])
def test_floats_and_bools_never_hold_money(value):
    with pytest.raises(InvalidAmount):
        USD.parse(value)


@pytest.mark.parametrize("text", ["", "  ", "abc", "1,50", "1e3", "+5", "1_000", "0x10", "1.2.3"])
def test_non_decimal_text_is_refused(text):
    with pytest.raises(InvalidAmount):
        USD.parse(text)


def test_jpy_has_no_decimals_and_kwd_has_three():
    assert JPY.parse("500") == 500
    with pytest.raises(InvalidAmount):
        JPY.parse("500.5")
    with pytest.raises(InvalidAmount):
        JPY.parse("0.1")
    assert JPY.format(500) == "500"
    assert KWD.parse("1.234") == 1234
    assert KWD.format(1234) == "1.234"
    with pytest.raises(InvalidAmount):
        KWD.parse("1.2345")


def test_zero_refused_where_not_allowed():
    with pytest.raises(InvalidAmount):
        USD.parse("0.00", allow_zero=False)


def test_formatting_is_a_decimal_string():
    assert USD.format(1234) == "12.34"
    assert USD.format(5) == "0.05"
    assert USD.format(-5) == "-0.05"
    assert format_minor(100, 2) == "1.00"
    with pytest.raises(TypeError):
        format_minor(1.0, 2)


def test_unknown_currency_is_refused():
    with pytest.raises(ValueError):
        Currency.of("XYZ")
    with pytest.raises(ValueError):
        Currency.of("usd")


@pytest.mark.parametrize("total, weights, expected", [
    (100, [1, 1, 1], [34, 33, 33]),
    (500, [1000, 3000], [125, 375]),
    (1, [5, 5], [1, 0]),
    (0, [3, 4], [0, 0]),
    (7, [0, 10, 0], [0, 7, 0]),
])
def test_allocation_sums_exactly_and_is_proportional(total, weights, expected):
    shares = allocate(total, weights)
    assert shares == expected
    assert sum(shares) == total


def test_allocation_refuses_negative_and_nothing_to_allocate_over():
    with pytest.raises(ValueError):
        allocate(-1, [1])
    with pytest.raises(ValueError):
        allocate(5, [0, 0])


@pytest.mark.parametrize("value, floor, half_up, ceil", [
    ("2.5", 2, 3, 3), ("2.49", 2, 2, 3), ("3", 3, 3, 3), ("0.01", 0, 0, 1)])
def test_round_points(value, floor, half_up, ceil):
    assert round_points(Decimal(value), "floor") == floor
    assert round_points(Decimal(value), "half_up") == half_up
    assert round_points(Decimal(value), "ceil") == ceil


# --------------------------------------------------------------------------- cards

def _independent_check_digit(body12: str) -> int:
    # Weights from the left: 1,3,1,3,... for the 12 data digits of an EAN-13.
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body12))
    return (10 - total % 10) % 10


@pytest.mark.parametrize("code", ["4006381333931", "5901234123457", "0012345678905", "2900100000017"])
def test_known_valid_eans(code):
    assert is_valid_ean(code)
    assert ean_check_digit(code[:-1]) == int(code[-1])


@pytest.mark.parametrize("code", ["4006381333932", "5901234123450", "400638133393", "40063813339a1", "４006381333931"])
def test_wrong_check_digit_or_malformed_ean_is_invalid(code):
    assert not is_valid_ean(code)


def test_generated_cards_have_prefix_terminal_serial_and_a_valid_check_digit():
    seen = set()
    for terminal in (1, 2, 999):
        for serial in (1, 2, 9_999_999):
            card = generate_card("29", terminal, serial)
            assert len(card) == 13 and card.startswith("29")
            assert card[2:5] == f"{terminal:03d}" and card[5:12] == f"{serial:07d}"
            assert int(card[12]) == _independent_check_digit(card[:12])
            assert validate_card(card, "29") == card
            seen.add(card)
    assert len(seen) == 9  # unique across terminals without coordination
    assert generate_card("21", 5, 42).startswith("21005")
    with pytest.raises(ValueError):
        generate_card("29", 0, 1)
    with pytest.raises(ValueError):
        generate_card("29", 1, 10_000_000)


def test_validate_card_errors_are_invalid_card():
    good = generate_card("29", 7, 123)
    wrong = good[:12] + str((int(good[12]) + 1) % 10)
    with pytest.raises(InvalidCard, match="check digit"):
        validate_card(wrong, "29")
    with pytest.raises(InvalidCard, match="prefix"):
        validate_card(generate_card("28", 7, 123), "29")
    with pytest.raises(InvalidCard):
        validate_card(good[:12], "29")
    assert looks_like_card(wrong, "29")          # 13 digits + prefix: read as a card, even if invalid
    assert not looks_like_card("2125550150", "29")


@pytest.mark.parametrize("prefix", ["19", "2", "299", "2a", "30"])
def test_card_prefix_must_be_in_the_restricted_range(prefix):
    with pytest.raises(ValueError):
        validate_prefix(prefix)


# --------------------------------------------------------------------------- phones

@pytest.mark.parametrize("text, region, e164", [
    ("(212) 555-0150", "US", "+12125550150"),
    ("212.555.0150", "US", "+12125550150"),
    ("+1 212 555 0150", "DE", "+12125550150"),   # an explicit country wins over the default
    ("030 901820", "DE", "+4930901820"),          # the region is the default country
    ("+49 30 901820", "US", "+4930901820"),
])
def test_phones_are_stored_in_e164(text, region, e164):
    assert normalize_phone(text, region) == e164


@pytest.mark.parametrize("text", ["", "   ", "12345", "abc", "555-01", "+1 000 000 0000", "1" * 41])
def test_invalid_phones_are_invalid_phone(text):
    with pytest.raises(InvalidPhone):
        normalize_phone(text, "US")


def test_masking_keeps_only_the_last_four_digits():
    assert mask_phone("+12125550150") == "+*******0150"
    assert mask_phone("+4930901820") == "+******1820"
    assert "555" not in mask_phone("+12125550150")
    assert mask_phone(None) is None
