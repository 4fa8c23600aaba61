"""``loyalty devices ...`` and ``loyalty receipt print``: install and test hardware, and print
or reprint receipts through the persistent queue (SPEC sections 4 and 6)."""

from __future__ import annotations

import os
import threading
from datetime import datetime, timezone
from pathlib import Path

from hardware.errors import DeviceConfigError, DeviceError
from terminal.domain.errors import InvalidInput, LoyaltyError

from .arguments import seconds
from .output import pairs, table

LISTEN_MAX_SECONDS = 3600


class DeviceProblem(LoyaltyError):
    code = "device_error"


class PrinterUnavailable(LoyaltyError):
    code = "printer_unavailable"


def default_printer_url(db_path: str) -> str:
    """``--printer``, else ``LOYALTY_PRINTER``, else the simulated printer keeping its PNGs
    next to the database."""
    return os.environ.get("LOYALTY_PRINTER") or f"sim:?dir={Path(db_path).resolve().parent / 'receipts'}"


def _device_error(exc: DeviceError) -> LoyaltyError:
    if isinstance(exc, DeviceConfigError):
        return InvalidInput(str(exc))
    return DeviceProblem(str(exc))


def cmd_devices_list(args):
    from hardware.discovery import list_devices
    found = list_devices()
    rows = [{"url": d.url, "kind": d.kind, "description": d.description} for d in found]
    return {"devices": rows}, table(["URL", "Kind", "Description"], [[r["url"], r["kind"], r["description"]]
                                                                     for r in rows])


def _card_prefix(args) -> str:
    if not os.path.exists(args.db):
        return "29"
    from .commands import open_app
    return open_app(args).program().card_prefix


def cmd_devices_listen(args):
    from hardware.registry import open_scanner
    if args.count is not None and args.count < 1:
        raise InvalidInput("--count must be at least 1")
    if not 0 < args.timeout <= LISTEN_MAX_SECONDS:
        raise InvalidInput(f"--timeout must be between 0 and {LISTEN_MAX_SECONDS} seconds")
    try:
        scanner = open_scanner(args.scanner, card_prefix=_card_prefix(args))
    except DeviceError as exc:
        raise _device_error(exc) from None
    scans, rejected, statuses = [], [], []
    enough = threading.Event()

    def on_scan(event):
        scans.append({"code": event.code, "kind": event.kind})
        if not args.json:
            print(f"{event.kind:8} {event.code}", flush=True)
        if args.count and len(scans) >= args.count:
            enough.set()

    scanner.start(on_scan, statuses.append, lambda event: rejected.append(event.reason))
    try:
        enough.wait(args.timeout)
    finally:
        scanner.stop()
    result = {"scans": scans, "rejected": rejected,
              "status": statuses[-1].state.value if statuses else None}
    return result, f"{len(scans)} scan(s), {len(rejected)} rejected read(s)"


def cmd_devices_test_print(args):
    from hardware.receipts import TestPage
    from hardware.registry import open_printer
    try:
        printer = open_printer(args.printer)
        result = printer.print_receipt(TestPage(device=args.printer,
                                                issued_at=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")))
    except DeviceConfigError as exc:
        raise InvalidInput(str(exc)) from None
    except DeviceError as exc:
        raise PrinterUnavailable(f"{args.printer}: {exc}") from None
    out = {"printed": True, "printer": args.printer, "bytes": result.bytes_sent,
           "paper": result.status.paper, "online": result.status.online}
    return out, pairs([("Printed", "test page"), ("Printer", args.printer), ("Paper", result.status.paper)])


def _spooler(app, printer_url: str):
    from hardware.printing.spooler import PrintSpooler
    from hardware.registry import open_printer
    from terminal.store.print_queue import DatabasePrintJobStore
    try:
        printer = open_printer(printer_url)
    except DeviceError as exc:
        raise _device_error(exc) from None
    store = DatabasePrintJobStore(app.db)
    return PrintSpooler(printer, store, retry_initial=0.5, retry_max=2.0), store


def cmd_receipt_print(args):
    from terminal.receipts import receipt_from_sale
    from .commands import open_app
    app = open_app(args)
    sale = app.sale_record(args.receipt)
    settings = app.settings()
    url = args.printer or default_printer_url(args.db)
    spooler, store = _spooler(app, url)
    try:
        earlier = store.latest(sale["receipt"])
        if earlier is not None and earlier.printed_at is None:
            spooler.retry_pending()  # already waiting in the queue: printing it once is enough
        else:
            spooler.submit(receipt_from_sale(sale, app.program(), store_name=settings["store"],
                                             terminal=settings["terminal"], reprint=earlier is not None))
        printed = spooler.wait_idle(args.timeout)
    finally:
        spooler.close()
    if not printed:
        job = store.latest(sale["receipt"])
        raise PrinterUnavailable(f"receipt {sale['receipt']} could not print ({job.last_error or 'printer busy'}); "
                                 f"it is kept in the queue: run `loyalty receipt retry` when the printer is back")
    result = {"printed": True, "receipt": sale["receipt"], "printer": url, "reprint": earlier is not None}
    return result, f"Printed receipt {sale['receipt']}" + (" (copy)" if earlier is not None else "") + f" on {url}"


def cmd_receipt_pending(args):
    from terminal.store.print_queue import DatabasePrintJobStore
    from .commands import open_app
    jobs = DatabasePrintJobStore(open_app(args).db).pending()
    rows = [{"id": j.id, "document": j.document, "kind": j.kind, "attempts": j.attempts, "error": j.last_error}
            for j in jobs]
    return {"pending": rows}, table(["Document", "Kind", "Attempts", "Last error"],
                                    [[r["document"], r["kind"], r["attempts"], r["error"] or ""] for r in rows],
                                    right=(2,))


def cmd_receipt_retry(args):
    from .commands import open_app
    app = open_app(args)
    url = args.printer or default_printer_url(args.db)
    spooler, store = _spooler(app, url)
    try:
        before = len(store.pending())
        spooler.retry_pending()
        spooler.wait_idle(args.timeout)
    finally:
        spooler.close()
    left = len(store.pending())
    if left:
        raise PrinterUnavailable(f"{before - left} of {before} queued job(s) printed; {left} still waiting for {url}")
    return {"printed": before, "pending": 0}, f"Printed {before} queued job(s) on {url}"


def register(sub, add) -> None:
    devices = sub.add_parser("devices", help="install and test hardware").add_subparsers(dest="devices_cmd",
                                                                                       required=True)
    add(devices, "list", cmd_devices_list, "serial ports, USB printers and simulated devices, as URLs")
    p = add(devices, "listen", cmd_devices_listen, "print what a scanner reads")
    p.add_argument("--scanner", required=True, metavar="URL")
    p.add_argument("--count", type=int, help="stop after this many scans")
    p.add_argument("--timeout", type=seconds(LISTEN_MAX_SECONDS), default=30.0, help="seconds to listen (default 30)")
    p = add(devices, "test-print", cmd_devices_test_print, "print a test page")
    p.add_argument("--printer", required=True, metavar="URL")

    receipt = sub.add_parser("receipt", help="print and reprint receipts").add_subparsers(dest="receipt_cmd",
                                                                                        required=True)
    p = add(receipt, "print", cmd_receipt_print, "print or reprint a sale's receipt")
    p.add_argument("receipt", help="receipt number or external receipt id")
    p.add_argument("--printer", metavar="URL", help="default: LOYALTY_PRINTER, else a simulated printer")
    p.add_argument("--timeout", type=seconds(LISTEN_MAX_SECONDS), default=5.0,
                   help="seconds to wait for the printer (default 5)")
    add(receipt, "pending", cmd_receipt_pending, "receipts waiting in the print queue")
    p = add(receipt, "retry", cmd_receipt_retry, "print what is waiting in the queue")
    p.add_argument("--printer", metavar="URL")
    p.add_argument("--timeout", type=seconds(LISTEN_MAX_SECONDS), default=10.0)
