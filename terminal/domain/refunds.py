"""Refund arithmetic (SPEC 3, Refunds): cumulative and bounded, so repeated partial refunds
never claw back or return a point twice, and a full refund reverses exactly what was given."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidAmount, RefundExceedsSale


@dataclass(frozen=True)
class RefundPlan:
    amount: int
    points_clawed_back: int
    points_returned: int
    qualifying_reduction: int
    full: bool


def proportional(total: int, refunded: int, paid: int) -> int:
    """``floor(total * refunded / paid)``; exactly ``total`` once everything is refunded."""
    if paid == 0 or refunded >= paid:
        return total
    return total * refunded // paid


def plan_refund(*, paid: int, refunded_before: int, fully_refunded: bool, amount: int | None, earned: int, redeemed: int,
                qualifying: int, clawed_before: int, returned_before: int,
                qualifying_reduced_before: int, money=str) -> RefundPlan:
    """``money`` formats minor units for messages (``Currency.format``: "150.01", never "15001")."""
    if fully_refunded:
        raise RefundExceedsSale("this sale has already been refunded in full")
    remaining = paid - refunded_before
    if amount is None:
        amount = remaining
    if amount < 0:
        raise InvalidAmount("a refund amount cannot be negative")
    if amount == 0 and paid > 0:
        raise InvalidAmount("a refund amount must be more than zero")
    if amount > remaining:
        raise RefundExceedsSale(f"the refund ({money(amount)}) is more than remains of the sale ({money(remaining)})")
    refunded = refunded_before + amount
    return RefundPlan(
        amount=amount,
        points_clawed_back=proportional(earned, refunded, paid) - clawed_before,
        points_returned=proportional(redeemed, refunded, paid) - returned_before,
        qualifying_reduction=proportional(qualifying, refunded, paid) - qualifying_reduced_before,
        full=refunded == paid,
    )
