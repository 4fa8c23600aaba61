"""The daily summary as CSV for spreadsheets and programs (read back by the csv module).

Sections separated by an empty row, each with its own header row. The first two sections are
those of ``loyalty report daily --format csv`` (the day's figures in one wide row, then the
hours); then the manager's figures, top rewards, tiers, the 30-day trend and the comparison
with the same weekday a week earlier, and the analytics of the 30 days ending with the day
(:func:`analytics_rows`, also the body of ``loyalty report period --format csv``). Keys, not
words: this file is data, in any language."""

from __future__ import annotations

import csv
import io

DAY_FIGURES = ("sales", "member_sales", "revenue", "member_revenue", "discounts", "refunds", "points_earned",
               "points_redeemed", "points_expired", "points_clawed_back", "donations", "enrollments",
               "active_members", "liability_points", "liability_value", "unsynced")


def extra_figures(summary: dict) -> list[tuple[str, object]]:
    rows = [("returning_members", summary["returning_members"]),
            ("member_share_sales_percent", summary["member_share"]["sales"]),
            ("member_share_revenue_percent", summary["member_share"]["revenue"]),
            ("negative_members", summary["negative_members"]),
            ("liability_change_points", summary["liability_change"]["points"]),
            ("liability_change_value", summary["liability_change"]["value"])]
    if summary.get("conflicts") is not None:
        rows.append(("conflicts", summary["conflicts"]))
    return rows


def summary_csv(summary: dict) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["date"] + list(DAY_FIGURES))
    w.writerow([summary["date"]] + [summary[key] for key in DAY_FIGURES])
    w.writerow([])
    w.writerow(["hour", "sales", "revenue"])
    for h in summary["hourly"]:
        w.writerow([h["hour"], h["sales"], h["revenue"]])
    if "member_share" not in summary:   # the plain daily report: nothing more to say
        return out.getvalue()
    w.writerow([])
    w.writerow(["figure", "value"])
    w.writerows(extra_figures(summary))
    w.writerow([])
    w.writerow(["reward", "count", "points", "discount", "donation"])
    for r in summary["top_rewards"]:
        w.writerow([r["reward"], r["count"], r["points"], r["discount"], r["donation"]])
    w.writerow([])
    w.writerow(["tier", "members"])
    for t in summary["tiers"]:
        w.writerow([t["tier"], t["members"]])
    w.writerow([])
    w.writerow(["trend_date", "sales", "revenue", "points_earned", "points_redeemed", "liability_points"])
    for t in summary["trend"]:
        w.writerow([t["date"], t["sales"], t["revenue"], t["points_earned"], t["points_redeemed"],
                    t["liability_points"]])
    w.writerow([])
    w.writerow(["compared_with", summary["week_before"]["date"]])
    w.writerow(["figure", "day", "week_before", "change"])
    for key, f in summary["week_before"]["figures"].items():
        w.writerow([key, f["day"], f["week_before"], f["change"]])
    if summary.get("analytics"):
        w.writerow([])
        write_analytics(w, summary["analytics"])
    return out.getvalue()


def write_analytics(w, a: dict) -> None:
    """Three sections: the figures (repeat purchases, retention, baskets), then the liability by
    expiry month."""
    w.writerow(["analytics_from", a["from"], "analytics_to", a["to"]])
    w.writerow(["figure", "value"])
    r = a["repeat_purchase"]
    w.writerows([("repeat_purchase_members", r["members"]), ("repeat_purchase_repeat", r["repeat"]),
                 ("repeat_purchase_rate_percent", r["rate"] or "")])
    for days, figures in a["retention"].items():
        for key in ("cohort", "eligible", "retained"):
            w.writerow([f"retention_{days}d_{key}", figures[key]])
        w.writerow([f"retention_{days}d_rate_percent", figures["rate"] or ""])
    for who, b in a["basket"].items():
        w.writerows([(f"basket_{who}_sales", b["sales"]), (f"basket_{who}_total", b["total"]),
                     (f"basket_{who}_average", b["average"])])
    w.writerow(["debt_points", a["debt"]])
    w.writerow([])
    w.writerow(["expiry_month", "points", "value"])
    for row in a["liability_by_expiry"]:
        w.writerow([row["month"], row["points"], row["value"]])


PERIOD_FIGURES = ("sales", "member_sales", "revenue", "member_revenue", "discounts", "refunds", "points_earned",
                  "points_redeemed", "points_expired", "points_clawed_back", "donations", "enrollments",
                  "active_members", "liability_points", "liability_value")


def period_csv(report: dict) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["from", "to"] + list(PERIOD_FIGURES))
    w.writerow([report["from"], report["to"]] + [report[key] for key in PERIOD_FIGURES])
    w.writerow([])
    write_analytics(w, report["analytics"])
    return out.getvalue()


def read_sections(text: str) -> list[list[list[str]]]:
    """The sections of a summary CSV, each a list of rows (header first)."""
    sections, current = [], []
    for row in csv.reader(io.StringIO(text)):
        if not row:
            if current:
                sections.append(current)
            current = []
        else:
            current.append(row)
    if current:
        sections.append(current)
    return sections
