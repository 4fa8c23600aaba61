"""A realistic sample receipt, for the test page, demo mode, screenshots and tests."""

from __future__ import annotations

from hardware.receipts.model import (
    DiscountLine, ExpiringPoints, MemberSummary, NextTier, Receipt, RulePoints, SaleLine, StoreHeader,
)

SAMPLE_STORE = StoreHeader(
    name="Corner Rewards Market",
    address_lines=("İstiklal Cad. 12, Beyoğlu", "34430 İstanbul", "Tel +90 212 555 01 23"),
    footer_lines=("Thank you for shopping with us!", "Returns within 30 days with this receipt."),
)


def sample_receipt(receipt_number: str = "T01-000123") -> Receipt:
    return Receipt(
        store=SAMPLE_STORE,
        receipt_number=receipt_number,
        issued_at="2026-03-17 14:05",
        cashier="Şule Çağlar",
        terminal="T01",
        lines=(
            SaleLine("Regular coffee", 2, "7.00"),
            SaleLine("Çikolatalı kurabiye (glutensiz, büyük boy)", 1, "4.25"),
            SaleLine("Face cream", 1, "24.90"),
            SaleLine("Gift card", 1, "25.00"),
        ),
        total="61.15",
        discounts=(DiscountLine("Reward 5OFF", "-5.00"),),
        paid="56.15",
        member=MemberSummary(
            name="Ayşe Yılmaz",
            phone_masked="*******4567",
            card_number="2900000000001",
            tier="Silver",
            balance_before=1240,
            balance_after=837,
            points_earned=97,
            bonus_points=0,
            breakdown=(RulePoints("Base 1 pt/unit", 31), RulePoints("Beauty x2", 24), RulePoints("Silver x1.25", 7),
                       RulePoints("DOUBLE-TUE", 35)),
            points_redeemed=500,
            expiring=(ExpiringPoints(120, "2026-04-01"), ExpiringPoints(300, "2026-06-30")),
            next_tier=NextTier("Gold", "143.85"),
        ),
    )
