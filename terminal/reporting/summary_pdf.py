"""The daily summary as a one-page A4 PDF a manager hands to the owner: real, selectable text
(DejaVu Sans, embedded, so Turkish and other accents print) and vector charts drawn with
fpdf2's own lines and rectangles (the hours of the day, the last 30 days of revenue and of
points liability).

fpdf2 is pure Python (fonttools, Pillow, defusedxml) and needs no Qt, so the ``loyalty``
command (which must never import Qt) and the back office share this one renderer. Chart
geometry is computed in integers from minor units; no money ever passes through a float."""

from __future__ import annotations

from datetime import datetime

from fpdf import FPDF

from terminal.domain.money import parse_minor
from terminal.domain.text import strip_controls
from terminal.resource_files import resource_path

from .labels import Labels, Money, signed, signed_money, words

INK, MUTED, RULE = (17, 17, 17), (90, 98, 110), (200, 206, 214)
BAR, LINE, FILL = (11, 87, 208), (11, 107, 47), (232, 238, 247)
WIDTH, MARGIN = 210, 14
FIGURES = ("sales", "member_sales", "revenue", "member_revenue", "discounts", "refunds", "donations",
           "points_earned", "points_redeemed", "points_expired", "points_clawed_back", "enrollments",
           "active_members")
MONEY = {"revenue", "member_revenue", "discounts", "refunds", "donations", "liability_value"}


def _minor(amount: str) -> int:
    return parse_minor(amount, len(amount.partition(".")[2]))


class _Page(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4", unit="mm")
        self.add_font("DejaVu", "", str(resource_path("fonts", "DejaVuSans.ttf")))
        self.add_font("DejaVu", "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.add_page()

    def text_at(self, x, y, text, size=9, bold=False, color=INK, width=0, align="L") -> None:
        self.set_font("DejaVu", "B" if bold else "", size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(width, size * 0.45, strip_controls(str(text)), align=align)


def _figure_value(summary: dict, key: str, money: Money) -> str:
    value = summary[key]
    return money(value) if key in MONEY else str(value)


def _comparison_change(key: str, change, money: Money) -> str:
    return signed_money(change, money) if key in MONEY else signed(change)


def _table(pdf: _Page, x: float, y: float, columns: list[tuple[str, float, str]], rows: list[list[str]],
           size: float = 8.5) -> float:
    """Header then rows; ``columns``: (title, width mm, align). Returns the y below it."""
    line = size * 0.5
    cx = x
    for title, width, align in columns:
        pdf.text_at(cx, y, title, size=size, bold=True, color=MUTED, width=width, align=align)
        cx += width
    y += line + 0.8
    pdf.set_draw_color(*RULE)
    pdf.line(x, y - 0.4, x + sum(c[1] for c in columns), y - 0.4)
    for row in rows:
        cx = x
        for (title, width, align), value in zip(columns, row):
            pdf.text_at(cx, y, value, size=size, width=width, align=align)
            cx += width
        y += line
    return y


def _axis_frame(pdf: _Page, x: float, y: float, w: float, h: float, title: str, top_label: str) -> None:
    pdf.text_at(x, y - 6.5, title, size=10, bold=True)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    pdf.line(x, y + h, x + w, y + h)
    pdf.line(x, y, x + w, y)
    pdf.text_at(x + w - 40, y - 3.2, top_label, size=7, color=MUTED, width=40, align="R")


def _bars(pdf: _Page, x: float, y: float, w: float, h: float, values: list[int], labels: list[str],
          every: int) -> None:
    """Bars of ``values`` (minor units) scaled to the largest; a label under every ``every``-th."""
    top = max(values) or 1
    slot = w / len(values)
    pdf.set_fill_color(*BAR)
    for i, value in enumerate(values):
        tenths = (int(h * 10) * value) // top          # integer scaling: no float of money
        if tenths:
            pdf.rect(x + i * slot + slot * 0.15, y + h - tenths / 10, slot * 0.7, tenths / 10, style="F")
        if i % every == 0:
            pdf.text_at(x + i * slot - 2, y + h + 1, labels[i], size=6.5, color=MUTED, width=slot + 4, align="C")


def _line(pdf: _Page, x: float, y: float, w: float, h: float, values: list[int]) -> None:
    low, high = min(values + [0]), max(values + [1])
    span = (high - low) or 1
    step = w / max(1, len(values) - 1)
    points = [(x + i * step, y + h - ((int(h * 10) * (v - low)) // span) / 10) for i, v in enumerate(values)]
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.6)
    for a, b in zip(points, points[1:]):
        pdf.line(a[0], a[1], b[0], b[1])
    pdf.set_line_width(0.2)


def analytics_lines(a: dict | None, t: dict, money: Money, months: int = 3) -> list[tuple[str, str]]:
    """The 30 days' analytics as label/value lines (the three soonest expiry months)."""
    if not a:
        return []

    def share(figure: dict, part: str, whole: str) -> str:
        rate = f"{figure['rate']} %" if figure["rate"] is not None else "–"
        return f"{rate} ({figure[part]}/{figure[whole]})"
    lines = [(t["repeat_purchase_30d"], share(a["repeat_purchase"], "repeat", "members")),
             (t["retention_30d"], share(a["retention"]["30"], "retained", "eligible")),
             (t["retention_90d"], share(a["retention"]["90"], "retained", "eligible")),
             (t["basket_members"], money(a["basket"]["members"]["average"])),
             (t["basket_others"], money(a["basket"]["non_members"]["average"]))]
    for row in a["liability_by_expiry"][:months]:
        lines.append((t["expiring_in"].format(month=row["month"]), str(row["points"])))
    return lines


def summary_pdf(summary: dict, path: str, *, store: str, program_name: str = "", money: Money | None = None,
                labels: Labels | None = None, generated: datetime | str | None = None) -> None:
    """Write ``summary`` (``terminal.services.report_summary``) as a one-page PDF at ``path``."""
    t = words(labels)
    money = money or (lambda amount: amount)
    pdf = _Page()
    usable = WIDTH - 2 * MARGIN
    pdf.text_at(MARGIN, MARGIN, f"{t['title']} — {store}", size=17, bold=True, width=usable)
    stamp = generated.strftime("%Y-%m-%d %H:%M") if isinstance(generated, datetime) else (generated or "")
    pdf.text_at(MARGIN, MARGIN + 9, f"{summary['date']}  ·  {program_name}", size=10.5, color=MUTED)
    if stamp:
        pdf.text_at(MARGIN, MARGIN + 9, t["generated"].format(when=stamp), size=8, color=MUTED, width=usable,
                    align="R")

    # Left: the day's figures against the same weekday a week earlier.
    compared = summary["week_before"]["figures"]
    rows = []
    for key in FIGURES:
        if key in compared:
            c = compared[key]
            then = money(c["week_before"]) if key in MONEY else str(c["week_before"])
            rows.append([t[key], _figure_value(summary, key, money), then, _comparison_change(key, c["change"], money)])
        else:
            rows.append([t[key], _figure_value(summary, key, money), "", ""])
    y = MARGIN + 19
    pdf.text_at(MARGIN, y, t["week_before"].format(date=summary["week_before"]["date"]), size=10, bold=True)
    y = _table(pdf, MARGIN, y + 6, [(t["figure"], 40, "L"), (t["day"], 24, "R"), (t["then"], 24, "R"),
                                    (t["change"], 20, "R")], rows)

    # Right: loyalty figures.
    rx = MARGIN + 114
    loyalty = [(t["returning_members"], str(summary["returning_members"])),
               (t["member_share_sales"], f"{summary['member_share']['sales']} %"),
               (t["member_share_revenue"], f"{summary['member_share']['revenue']} %"),
               (t["liability_points"], str(summary["liability_points"])),
               (t["liability_value"], money(summary["liability_value"])),
               (t["liability_change"], f"{signed(summary['liability_change']['points'])} / "
                                       f"{signed_money(summary['liability_change']['value'], money)}"),
               (t["negative_members"], str(summary["negative_members"])),
               (t["unsynced"], str(summary["unsynced"]))]
    if summary.get("conflicts") is not None:
        loyalty.append((t["conflicts"], str(summary["conflicts"])))
    loyalty += analytics_lines(summary.get("analytics"), t, money)
    ry = MARGIN + 19
    pdf.text_at(rx, ry, t["loyalty"], size=10, bold=True)
    ry += 6
    for label, value in loyalty:
        size = 8.5
        pdf.set_font("DejaVu", "", size)
        while pdf.get_string_width(strip_controls(label)) > 42 and size > 5.5:
            size -= 0.25
            pdf.set_font("DejaVu", "", size)
        pdf.text_at(rx, ry, label, size=size, width=42)
        pdf.text_at(rx + 42, ry, value, size=8.5, bold=True, width=WIDTH - MARGIN - rx - 42, align="R")
        ry += 4.6
    # Charts.
    y = max(y, ry) + 12
    hours = summary["hourly"]
    _axis_frame(pdf, MARGIN, y, usable, 34, t["hourly"],
                money(max(hours, key=lambda h: _minor(h["revenue"]))["revenue"]))
    _bars(pdf, MARGIN, y, usable, 34, [_minor(h["revenue"]) for h in hours], [f"{h['hour']:02d}" for h in hours], 1)
    y += 34 + 14
    trend = summary["trend"]
    _axis_frame(pdf, MARGIN, y, usable, 30, t["trend"], money(max(trend, key=lambda d: _minor(d["revenue"]))["revenue"]))
    _bars(pdf, MARGIN, y, usable, 30, [_minor(d["revenue"]) for d in trend], [d["date"][5:] for d in trend], 5)
    y += 30 + 14
    _axis_frame(pdf, MARGIN, y, usable, 22, t["trend_liability"], str(max(d["liability_points"] for d in trend)))
    _line(pdf, MARGIN, y, usable, 22, [d["liability_points"] for d in trend])
    y += 22 + 10

    # Top rewards and tiers, side by side.
    rewards = [[r["reward"], str(r["count"]), str(r["points"]), money(r["discount"])] for r in summary["top_rewards"]]
    pdf.text_at(MARGIN, y, t["top_rewards"], size=10, bold=True)
    _table(pdf, MARGIN, y + 6, [(t["reward"], 40, "L"), (t["count"], 18, "R"), (t["points"], 20, "R"),
                                (t["discounts"], 32, "R")], rewards or [[t["none"], "", "", ""]])
    pdf.text_at(rx, y, t["tiers"], size=10, bold=True)
    _table(pdf, rx, y + 6, [(t["tier"], 44, "L"), (t["members"], 24, "R")],
           [[tier["tier"], str(tier["members"])] for tier in summary["tiers"]])
    pdf.output(path)
