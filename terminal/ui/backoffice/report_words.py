"""The exports' words (``terminal.reporting.labels``) in the back office's language.
Functions with literal ``QCoreApplication.translate`` calls, so ``pyside6-lupdate`` finds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportWords", text)


def report_words() -> dict[str, str]:
    return {
        "title": _t("Daily summary"), "sales": _t("Sales"), "member_sales": _t("Member sales"),
        "revenue": _t("Revenue"), "member_revenue": _t("Member revenue"), "discounts": _t("Loyalty discounts"),
        "refunds": _t("Refunds"), "points_earned": _t("Points earned"), "points_redeemed": _t("Points redeemed"),
        "points_expired": _t("Points expired"), "points_clawed_back": _t("Points clawed back"),
        "donations": _t("Donations"), "enrollments": _t("Enrollments"), "active_members": _t("Active members"),
        "returning_members": _t("Returning members"), "member_share_sales": _t("Member share of sales"),
        "member_share_revenue": _t("Member share of revenue"), "liability_points": _t("Liability (points)"),
        "liability_value": _t("Liability (value)"), "liability_change": _t("Liability change from the day before"),
        "negative_members": _t("Members with a negative balance"), "conflicts": _t("Sync conflicts waiting"),
        "unsynced": _t("Not yet synced"), "hourly": _t("Revenue by hour"), "trend": _t("Revenue, last 30 days"),
        "trend_liability": _t("Points liability, last 30 days"),
        "week_before": _t("Same weekday a week earlier ({date})"), "figure": _t("Figure"), "day": _t("This day"),
        "then": _t("Week before"), "change": _t("Change"), "top_rewards": _t("Top rewards"), "reward": _t("Reward"),
        "count": _t("Times"), "points": _t("Points"), "tiers": _t("Members by tier"), "tier": _t("Tier"),
        "members": _t("Members"), "hour": _t("Hour"), "generated": _t("Printed {when}"), "none": _t("none"),
        "totals": _t("The day"), "loyalty": _t("Loyalty"),
    }
