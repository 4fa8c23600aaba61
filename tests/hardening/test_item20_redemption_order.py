"""Issue 10, item 20: SPEC 3.3 fixes the order of refusals of a points redemption
(``insufficient_points``, then ``redemption_limit``, points worth more than the sale included),
and messages speak in major units ("150.01"), never in minor units ("15001 minor units").

The program (tests/cli/cli_helpers.py): point_value 0.01, min_points 50, max_fraction_of_sale 0.5.
Alice gets 400 points by a manager's adjustment."""

from __future__ import annotations

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template, table_counts  # noqa: F401

ALICE = "(212) 555-0111"


@pytest.fixture
def alice(hard_store, cli):
    assert cli(hard_store["db"], "member", "adjust", ALICE, "--points", "400", "--reason", "welcome",
               "--pin", MANAGER_PIN)[0] == 0
    return hard_store


@pytest.mark.parametrize("amount, points, code", [
    ("1.00", "500", "insufficient_points"),   # 500 > 400 points, and 5.00 > the 1.00 sale: balance first
    ("1.00", "300", "redemption_limit"),      # 300 points = 3.00 > the 1.00 sale
])
def test_order_of_refusals(alice, cli, amount, points, code):
    before = table_counts(alice["db"])
    result, out, _ = cli(alice["db"], "sale", "--member", ALICE, "--amount", amount, "--redeem-points", points)
    assert result == 1 and out["error"]["code"] == code, out
    assert table_counts(alice["db"]) == before


def test_points_worth_more_than_the_sale_are_a_redemption_limit_in_money(alice, cli):
    # 300 points * 0.01 = 3.00 against a 1.00 sale
    _, out, _ = cli(alice["db"], "sale", "--member", ALICE, "--amount", "1.00", "--redeem-points", "300")
    assert out["error"]["code"] == "redemption_limit"
    assert "3.00" in out["error"]["message"] and "1.00" in out["error"]["message"]


def test_refund_messages_speak_money(alice, cli):
    code, out, _ = cli(alice["db"], "sale", "--member", ALICE, "--amount", "150.01")
    assert code == 0
    receipt = out["sale"]["receipt"]
    code, out, _ = cli(alice["db"], "refund", receipt, "--amount", "150.02")
    assert code == 1 and out["error"]["code"] == "refund_exceeds_sale"
    message = out["error"]["message"]
    assert "150.02" in message and "150.01" in message and "minor units" not in message
