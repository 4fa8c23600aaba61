"""The daily summary as a receipt-printer document (``hardware.receipts.DaySummary``), laid out
by its template at 58 mm (32 columns) or 80 mm (48). Words and money arrive formatted."""

from __future__ import annotations

from hardware.receipts import DaySummary, StoreHeader, SummaryRow, SummarySection
from terminal.domain.text import strip_controls

from .labels import Labels, Money, signed, signed_money, words

DAY = ("sales", "member_sales", "revenue", "member_revenue", "discounts", "refunds", "donations")
POINTS = ("points_earned", "points_redeemed", "points_expired", "points_clawed_back")
MONEY = {"revenue", "member_revenue", "discounts", "refunds", "donations"}


def _rows(pairs) -> tuple[SummaryRow, ...]:
    return tuple(SummaryRow(strip_controls(label), strip_controls(value)) for label, value in pairs)


def day_summary_document(summary: dict, *, store: str, money: Money | None = None, labels: Labels | None = None,
                         day: str | None = None, printed: str = "") -> DaySummary:
    t = words(labels)
    money = money or (lambda amount: amount)
    figures = summary["week_before"]["figures"]

    def shown(key):
        return money(summary[key]) if key in MONEY else str(summary[key])

    def change(key):
        c = figures[key]["change"]
        return signed_money(c, money) if key in MONEY else signed(c)

    sections = [
        SummarySection(t["totals"], _rows((t[k], shown(k)) for k in DAY)),
        SummarySection(t["points"], _rows((t[k], shown(k)) for k in POINTS)),
        SummarySection(t["loyalty"], _rows([
            (t["enrollments"], str(summary["enrollments"])),
            (t["active_members"], str(summary["active_members"])),
            (t["returning_members"], str(summary["returning_members"])),
            (t["member_share_sales"], f"{summary['member_share']['sales']} %"),
            (t["liability_points"], str(summary["liability_points"])),
            (t["liability_value"], money(summary["liability_value"])),
            (t["liability_change"], signed(summary["liability_change"]["points"])),
            (t["negative_members"], str(summary["negative_members"])),
        ] + ([(t["conflicts"], str(summary["conflicts"]))] if summary.get("conflicts") is not None else []))),
        SummarySection(t["week_before"].format(date=summary["week_before"]["date"]),
                       _rows((t[k], change(k)) for k in ("sales", "revenue", "points_earned", "active_members"))),
        SummarySection(t["hourly"], _rows((f"{h['hour']:02d}:00  ×{h['sales']}", money(h["revenue"]))
                                          for h in summary["hourly"] if h["sales"])),
    ]
    if summary["top_rewards"]:
        sections.append(SummarySection(t["top_rewards"], _rows((f"{r['reward']} ×{r['count']}", str(r["points"]))
                                                               for r in summary["top_rewards"])))
    sections.append(SummarySection(t["tiers"], _rows((r["tier"], str(r["members"])) for r in summary["tiers"])))
    return DaySummary(store=StoreHeader(name=strip_controls(store)), title=t["title"], day=day or summary["date"],
                      sections=tuple(sections), footer=printed, iso_date=summary["date"])
