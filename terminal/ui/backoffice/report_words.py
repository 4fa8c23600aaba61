"""The exports' words (``terminal.reporting.labels``) in the back office's language.
Literal ``QCoreApplication.translate`` calls, so ``pyside6-lupdate`` finds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def report_words() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("ReportWords", "Daily summary"),
        "sales": QCoreApplication.translate("ReportWords", "Sales"),
        "member_sales": QCoreApplication.translate("ReportWords", "Member sales"),
        "revenue": QCoreApplication.translate("ReportWords", "Revenue"),
        "member_revenue": QCoreApplication.translate("ReportWords", "Member revenue"),
        "discounts": QCoreApplication.translate("ReportWords", "Loyalty discounts"),
        "refunds": QCoreApplication.translate("ReportWords", "Refunds"),
        "points_earned": QCoreApplication.translate("ReportWords", "Points earned"),
        "points_redeemed": QCoreApplication.translate("ReportWords", "Points redeemed"),
        "points_expired": QCoreApplication.translate("ReportWords", "Points expired"),
        "points_clawed_back": QCoreApplication.translate("ReportWords", "Points clawed back"),
        "donations": QCoreApplication.translate("ReportWords", "Donations"),
        "enrollments": QCoreApplication.translate("ReportWords", "Enrollments"),
        "active_members": QCoreApplication.translate("ReportWords", "Active members"),
        "returning_members": QCoreApplication.translate("ReportWords", "Returning members"),
        "member_share_sales": QCoreApplication.translate("ReportWords", "Member share of sales"),
        "member_share_revenue": QCoreApplication.translate("ReportWords", "Member share of revenue"),
        "liability_points": QCoreApplication.translate("ReportWords", "Liability (points)"),
        "liability_value": QCoreApplication.translate("ReportWords", "Liability (value)"),
        "liability_change": QCoreApplication.translate("ReportWords", "Liability change from the day before"),
        "negative_members": QCoreApplication.translate("ReportWords", "Members with a negative balance"),
        "conflicts": QCoreApplication.translate("ReportWords", "Sync conflicts waiting"),
        "unsynced": QCoreApplication.translate("ReportWords", "Not yet synced"),
        "hourly": QCoreApplication.translate("ReportWords", "Revenue by hour"),
        "trend": QCoreApplication.translate("ReportWords", "Revenue, last 30 days"),
        "trend_liability": QCoreApplication.translate("ReportWords", "Points liability, last 30 days"),
        "week_before": QCoreApplication.translate("ReportWords", "Same weekday a week earlier ({date})"),
        "figure": QCoreApplication.translate("ReportWords", "Figure"),
        "day": QCoreApplication.translate("ReportWords", "This day"),
        "then": QCoreApplication.translate("ReportWords", "Week before"),
        "change": QCoreApplication.translate("ReportWords", "Change"),
        "top_rewards": QCoreApplication.translate("ReportWords", "Top rewards"),
        "reward": QCoreApplication.translate("ReportWords", "Reward"),
        "count": QCoreApplication.translate("ReportWords", "Times"),
        "points": QCoreApplication.translate("ReportWords", "Points"),
        "tiers": QCoreApplication.translate("ReportWords", "Members by tier"),
        "tier": QCoreApplication.translate("ReportWords", "Tier"),
        "members": QCoreApplication.translate("ReportWords", "Members"),
        "hour": QCoreApplication.translate("ReportWords", "Hour"),
        "generated": QCoreApplication.translate("ReportWords", "Printed {when}"),
        "none": QCoreApplication.translate("ReportWords", "none"),
        "totals": QCoreApplication.translate("ReportWords", "The day"),
        "loyalty": QCoreApplication.translate("ReportWords", "Loyalty"),
    }
