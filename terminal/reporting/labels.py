"""The words of the exports, in English; the back office passes the same keys translated.

``money`` callables turn the engine's decimal strings ("132.50") into what people read
("$132.50", "132,50 ₺"); the default adds the currency code."""

from __future__ import annotations

from typing import Callable, Mapping

ENGLISH: dict[str, str] = {
    "title": "Daily summary",
    "sales": "Sales",
    "member_sales": "Member sales",
    "revenue": "Revenue",
    "member_revenue": "Member revenue",
    "discounts": "Loyalty discounts",
    "refunds": "Refunds",
    "points_earned": "Points earned",
    "points_redeemed": "Points redeemed",
    "points_expired": "Points expired",
    "points_clawed_back": "Points clawed back",
    "donations": "Donations",
    "enrollments": "Enrollments",
    "active_members": "Active members",
    "returning_members": "Returning members",
    "member_share_sales": "Member share of sales",
    "member_share_revenue": "Member share of revenue",
    "liability_points": "Liability (points)",
    "liability_value": "Liability (value)",
    "liability_change": "Liability change from the day before",
    "repeat_purchase_30d": "Repeat purchase, 30 days",
    "retention_30d": "New members back within 30 days",
    "retention_90d": "New members back within 90 days",
    "basket_members": "Average basket, members",
    "basket_others": "Average basket, others",
    "expiring_in": "Points expiring in {month}",
    "negative_members": "Members with a negative balance",
    "conflicts": "Sync conflicts waiting",
    "unsynced": "Not yet synced",
    "hourly": "Revenue by hour",
    "trend": "Revenue, last 30 days",
    "trend_liability": "Points liability, last 30 days",
    "week_before": "Same weekday a week earlier ({date})",
    "figure": "Figure",
    "day": "This day",
    "then": "Week before",
    "change": "Change",
    "top_rewards": "Top rewards",
    "reward": "Reward",
    "count": "Times",
    "points": "Points",
    "tiers": "Members by tier",
    "tier": "Tier",
    "members": "Members",
    "hour": "Hour",
    "generated": "Printed {when}",
    "none": "none",
    "totals": "The day",
    "loyalty": "Loyalty",
}

Labels = Mapping[str, str]
Money = Callable[[str], str]


def words(labels: Labels | None) -> dict[str, str]:
    """English, overridden by whatever ``labels`` translates."""
    return {**ENGLISH, **(labels or {})}


def plain_money(code: str) -> Money:
    return lambda amount: f"{amount} {code}"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def signed_money(amount: str, money: Money) -> str:
    if amount.startswith("-") or not amount.strip("0."):
        return money(amount)
    return "+" + money(amount)
