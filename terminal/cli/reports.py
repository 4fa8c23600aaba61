"""``loyalty report daily``: the store's day as JSON, CSV or a one-page PDF."""

from __future__ import annotations

import csv
import io

from terminal.domain.errors import InvalidInput

from .output import pairs, table

SUMMARY_LABELS = [
    ("sales", "Sales"), ("member_sales", "Member sales"), ("revenue", "Revenue"),
    ("member_revenue", "Member revenue"), ("discounts", "Loyalty discounts"), ("refunds", "Refunds"),
    ("points_earned", "Points earned"), ("points_redeemed", "Points redeemed"),
    ("points_expired", "Points expired"), ("points_clawed_back", "Points clawed back"),
    ("donations", "Donations"), ("enrollments", "Enrollments"), ("active_members", "Active members"),
    ("liability_points", "Liability (points)"), ("liability_value", "Liability (value)"),
    ("unsynced", "Not yet synced"),
]


def report_text(report: dict, store: str | None = None) -> str:
    title = f"Daily report {report['date']}" + (f" - {store}" if store else "")
    busy = [h for h in report["hourly"] if h["sales"]]
    return "\n".join([title, "", pairs([(label, report[key]) for key, label in SUMMARY_LABELS]), "",
                      table(["Hour", "Sales", "Revenue"],
                            [[f"{h['hour']:02d}:00", h["sales"], h["revenue"]] for h in busy], right=(1, 2))])


def report_csv(report: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date"] + [key for key, _ in SUMMARY_LABELS])
    writer.writerow([report["date"]] + [report[key] for key, _ in SUMMARY_LABELS])
    writer.writerow([])
    writer.writerow(["hour", "sales", "revenue"])
    for h in report["hourly"]:
        writer.writerow([h["hour"], h["sales"], h["revenue"]])
    return out.getvalue()


def report_pdf(report: dict, path: str, store: str | None = None) -> None:
    """One A4 page rendered with Pillow (no Qt in the CLI); monospace keeps columns aligned."""
    from PIL import Image, ImageDraw, ImageFont
    from terminal.resource_files import resource_path
    width, height, margin = 1240, 1754, 90  # A4 at 150 dpi
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    font_file = next((p for p in (resource_path("fonts", "DejaVuSansMono.ttf"),
                                  "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf") if _exists(p)), None)
    font = ImageFont.truetype(str(font_file), 26) if font_file else ImageFont.load_default()
    bold = ImageFont.truetype(str(font_file), 40) if font_file else font
    lines = report_text(report, store).splitlines()
    draw.text((margin, margin), lines[0], font=bold, fill="black")
    y = margin + 80
    for line in lines[2:]:
        draw.text((margin, y), line, font=font, fill="black")
        y += 34
        if y > height - margin:
            break
    page.save(path, "PDF", resolution=150.0)


def _exists(path) -> bool:
    import os
    return os.path.exists(str(path))


def cmd_report_daily(args):
    from .commands import open_app
    app = open_app(args)
    report = app.daily_report(args.date)
    store = app.settings()["store"]
    fmt = args.format
    if fmt == "pdf" and not args.output:
        raise InvalidInput("a PDF report needs --output FILE")
    if args.output:
        try:
            if fmt == "pdf":
                report_pdf(report, args.output, store)
            else:
                with open(args.output, "w", encoding="utf-8", newline="") as handle:
                    if fmt == "csv":
                        handle.write(report_csv(report))
                    else:
                        import json
                        handle.write(json.dumps(report, indent=2) + "\n")
        except OSError as exc:
            raise InvalidInput(f"cannot write {args.output}: {exc}") from None
        return {**report, "output": args.output}, f"Daily report {report['date']} written to {args.output} ({fmt})"
    if fmt == "csv":
        return report, report_csv(report).rstrip()
    if fmt == "json" and not args.json:
        import json
        return report, json.dumps(report, indent=2)
    return report, report_text(report, store)


def register(sub, add) -> None:
    report = sub.add_parser("report", help="store reports").add_subparsers(dest="report_cmd", required=True)
    p = add(report, "daily", cmd_report_daily, "the store's day: sales, points, liability")
    p.add_argument("--date", help="store-local day, YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=("text", "json", "csv", "pdf"), default="text")
    p.add_argument("--output", help="write to this file")
