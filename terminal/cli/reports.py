"""``loyalty report daily``: the store's day as text or JSON (SPEC 4), and the manager's summary
(``terminal.services.report_summary``) as CSV, a one-page PDF or a receipt-printer slip; the
renderers are those of the back office (``terminal.reporting``)."""

from __future__ import annotations


from terminal.domain.errors import InvalidInput

from .arguments import seconds
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


def _print_summary(app, args, summary: dict, store: str | None) -> dict:
    """The end-of-day summary on the receipt printer, through the persistent print queue."""
    from datetime import datetime, timezone

    from terminal.reporting.summary_receipt import day_summary_document
    from .devices import PrinterUnavailable, _spooler, default_printer_url
    url = args.printer or default_printer_url(args.db)
    spooler, _store = _spooler(app, url)
    try:
        program = app.program()
        doc = day_summary_document(summary, store=store or "", money=lambda a: f"{a} {program.currency.code}",
                                   printed=datetime.now(timezone.utc).strftime("Printed %Y-%m-%d %H:%M UTC"))
        spooler.submit(doc)
        printed = spooler.wait_idle(args.timeout)
    finally:
        spooler.close()
    if not printed:
        raise PrinterUnavailable(f"the day summary could not print on {url}; it is kept in the queue: "
                                 "run `loyalty receipt retry` when the printer is back")
    return {"printed": True, "printer": url, "document": doc.job_id}


def cmd_report_daily(args):
    from terminal.reporting.summary_csv import summary_csv
    from terminal.reporting.summary_pdf import summary_pdf
    from .commands import open_app
    app = open_app(args)
    fmt = args.format
    # The SPEC shape for JSON and text; the manager's summary (a superset) for the files.
    report = app.daily_summary(args.date) if fmt in ("csv", "pdf", "receipt") else app.daily_report(args.date)
    store = app.settings()["store"]
    if fmt == "pdf" and not args.output:
        raise InvalidInput("a PDF report needs --output FILE")
    if fmt == "receipt":
        printed = _print_summary(app, args, report, store)
        return {"date": report["date"], **printed}, f"Day summary {report['date']} printed on {printed['printer']}"
    if args.output:
        try:
            if fmt == "pdf":
                program = app.program()
                summary_pdf(report, args.output, store=store or "", program_name=program.name,
                            money=lambda a: f"{a} {program.currency.code}", generated=app.clock.now())
            else:
                with open(args.output, "w", encoding="utf-8", newline="") as handle:
                    if fmt == "csv":
                        handle.write(summary_csv(report))
                    else:
                        import json
                        handle.write(json.dumps(report, indent=2) + "\n")
        except OSError as exc:
            raise InvalidInput(f"cannot write {args.output}: {exc}") from None
        return {**report, "output": args.output}, f"Daily report {report['date']} written to {args.output} ({fmt})"
    if fmt == "csv":
        return report, summary_csv(report).rstrip()
    if fmt == "json" and not args.json:
        import json
        return report, json.dumps(report, indent=2)
    return report, report_text(report, store)


def register(sub, add) -> None:
    report = sub.add_parser("report", help="store reports").add_subparsers(dest="report_cmd", required=True)
    p = add(report, "daily", cmd_report_daily, "the store's day: sales, points, liability")
    p.add_argument("--date", help="store-local day, YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=("text", "json", "csv", "pdf", "receipt"), default="text",
                   help="csv and pdf carry the manager's summary; receipt prints it on the receipt printer")
    p.add_argument("--output", help="write to this file")
    p.add_argument("--printer", metavar="URL", help="for --format receipt (default: LOYALTY_PRINTER, else simulated)")
    p.add_argument("--timeout", type=seconds(3600), default=10.0, help="seconds to wait for the printer (default 10)")
