"""SPEC 3, Refunds: floor(earned * R / P), exactly ``earned`` on the full refund, repeated partials."""

from __future__ import annotations

import pytest

from terminal.domain.errors import InvalidAmount, RefundExceedsSale
from terminal.domain.refunds import plan_refund, proportional


def _plan(paid, amount, *, earned=7, redeemed=0, qualifying=None, before=(0, 0, 0, 0), full=False):
    refunded, clawed, returned, qual = before
    return plan_refund(paid=paid, refunded_before=refunded, fully_refunded=full, amount=amount, earned=earned,
                       redeemed=redeemed, qualifying=paid if qualifying is None else qualifying,
                       clawed_before=clawed, returned_before=returned, qualifying_reduced_before=qual)


def test_proportional_is_floor_and_exact_on_full():
    assert proportional(7, 300, 1000) == 2       # 2.1
    assert proportional(7, 999, 1000) == 6       # 6.993
    assert proportional(7, 1000, 1000) == 7
    assert proportional(7, 0, 0) == 7


def test_repeated_partials_then_the_rest():
    # paid 10.00, earned 7, redeemed 300
    a = _plan(1000, 300, redeemed=300)
    assert (a.points_clawed_back, a.points_returned, a.qualifying_reduction, a.full) == (2, 90, 300, False)
    b = _plan(1000, 300, redeemed=300, before=(300, 2, 90, 300))
    # cumulative 600: floor(7*0.6)=4 -> 2 more; floor(300*0.6)=180 -> 90 more
    assert (b.points_clawed_back, b.points_returned, b.full) == (2, 90, False)
    c = _plan(1000, None, redeemed=300, before=(600, 4, 180, 600))
    assert (c.amount, c.points_clawed_back, c.points_returned, c.qualifying_reduction, c.full) == (400, 3, 120, 400, True)
    assert 2 + 2 + 3 == 7 and 90 + 90 + 120 == 300


def test_many_small_refunds_never_claw_more_than_earned():
    clawed = refunded = 0
    for _ in range(99):
        plan = _plan(1000, 10, earned=3, before=(refunded, clawed, 0, refunded))
        refunded += plan.amount
        clawed += plan.points_clawed_back
        assert clawed == 3 * refunded // 1000
    last = _plan(1000, None, earned=3, before=(refunded, clawed, 0, refunded))
    assert clawed + last.points_clawed_back == 3 and last.full


def test_refund_errors():
    with pytest.raises(RefundExceedsSale):
        _plan(1000, 1001)
    with pytest.raises(RefundExceedsSale):
        _plan(1000, 1, before=(1000, 7, 0, 1000), full=True)
    with pytest.raises(RefundExceedsSale):
        _plan(1000, 501, before=(500, 3, 0, 500))
    with pytest.raises(InvalidAmount):
        _plan(1000, 0)
