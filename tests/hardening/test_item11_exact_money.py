"""Issue 10, item 11: money is parsed exactly, ASCII digits only. No silent rounding (the
decimal context's 28 digits turned 12.340000000000000000000000000001 into 12.34), no
fullwidth, Arabic-Indic or Devanagari digits (``1_00`` was already refused here; for points see
item 4); refused with ``invalid_amount``, nothing written."""

from __future__ import annotations

import pytest

from data_helpers import cli, hard_store, hard_template, table_counts  # noqa: F401
from terminal.domain.errors import InvalidAmount
from terminal.domain.money import Currency

HOSTILE = ["12.340000000000000000000000000001", "１２", "١٢", "۱۲", "12.3４", "१२"]


@pytest.mark.parametrize("amount", HOSTILE)
def test_parse_refuses(amount):
    usd = Currency.of("USD")
    # 12.34 USD = 1234 cents; trailing zeros are exact, so 12.3400 is 1234 too
    assert [usd.parse(t) for t in ("12.34", "12.3400", "0.05", "1000000000")] == [1234, 1234, 5, 100000000000]
    with pytest.raises(InvalidAmount):
        usd.parse(amount)


@pytest.mark.parametrize("option", ["--amount", "--line"])
@pytest.mark.parametrize("amount", HOSTILE[:3])
def test_sale_refuses_inexact_or_non_ascii_amounts(hard_store, cli, option, amount):
    before = table_counts(hard_store["db"])
    value = amount if option == "--amount" else f"grocery={amount}"
    code, out, _ = cli(hard_store["db"], "sale", option, value)
    assert code == 1 and out["error"]["code"] == "invalid_amount"
    assert table_counts(hard_store["db"]) == before


def test_quantities_are_ascii_digits(hard_store, cli):
    code, out, _ = cli(hard_store["db"], "sale", "--line", "grocery=2.00x３")
    assert code == 1 and out["error"]["code"] == "invalid_amount"
