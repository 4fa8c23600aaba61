"""Build devices from the URLs in the terminal's configuration.

``open_scanner``, ``open_printer`` and ``open_display`` parse the URL, check its options (an
unknown option is a :class:`~hardware.errors.DeviceConfigError`, so typos are reported) and
return a driver on the right transport. Nothing is opened here: scanners open their port when
started, printers per job, displays on first use, so building devices never blocks and a
device that is absent at start-up is simply reported offline later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hardware.errors import DeviceConfigError
from hardware.scanning.base import Scanner
from hardware.scanning.framing import LineFramer, parse_suffix
from hardware.scanning.serial_scanner import SCANNER_OPTIONS, SerialScanner
from hardware.scanning.sim_scanner import SimScanner
from hardware.transports import make_transport, transport_options
from hardware.urls import DeviceURL, parse_device_url

if TYPE_CHECKING:
    from hardware.displays.pole import PoleDisplay
    from hardware.printing.printer import ReceiptPrinter


def _scanner_options(url: DeviceURL) -> tuple[LineFramer, dict]:
    try:
        suffix = parse_suffix(url.param("suffix", "cr") or "cr")
    except ValueError as exc:
        raise DeviceConfigError(str(exc), device=url.raw) from None
    framer = LineFramer(
        suffix=suffix,
        max_length=url.int_param("max_length", 64),
        partial_timeout=url.float_param("partial_timeout", 0.5),
    )
    return framer, {}


def open_scanner(url: str, *, card_prefix: str = "29", **driver_options) -> Scanner:
    """A scanner for ``url``: ``serial://``/pyserial URLs, ``tcp://`` (a scanner behind a port
    server) or ``sim:``. Options: ``suffix`` (cr, lf, crlf, tab; default cr), ``max_length``
    (default 64), ``partial_timeout`` seconds (default 0.5) plus the transport's own.
    ``driver_options`` go to :class:`SerialScanner` (``poll``, ``reconnect_initial``,
    ``reconnect_max``, ``clock``)."""
    parsed = parse_device_url(url)
    if parsed.scheme == "sim":
        parsed.check_params(set())
        return SimScanner(parsed.raw, card_prefix=card_prefix)
    if parsed.scheme == "file":
        raise DeviceConfigError("a scanner cannot be read from a file:// URL; use serial:// or sim:", device=url)
    parsed.check_params(SCANNER_OPTIONS | transport_options(parsed))
    framer, _ = _scanner_options(parsed)
    return SerialScanner(parsed.raw, make_transport(parsed), framer, card_prefix=card_prefix, **driver_options)


PRINTER_OPTIONS = frozenset({"profile", "width", "codepage", "columns", "barcodes", "status_timeout"})


def open_printer(url: str, *, profile: str | None = None, width_mm: int = 80, codepage: str = "CP857",
                 barcodes: str = "auto") -> "ReceiptPrinter":
    """A receipt printer for ``url``: ``tcp://``, ``serial://``/pyserial URLs, ``file://`` or
    ``sim:``/``sim:?dir=PATH``. URL options override the arguments: ``profile`` (python-escpos
    profile name), ``width`` (58 or 80), ``codepage`` (default CP857), ``columns``, ``barcodes``
    (auto, native, image), ``status_timeout`` seconds (0 = never ask the printer)."""
    from hardware.printing.printer import EscposPrinter, SimPrinter
    from hardware.receipts.escpos_encode import PrinterSetup

    parsed = parse_device_url(url)
    allowed = PRINTER_OPTIONS | ({"dir"} if parsed.scheme == "sim" else transport_options(parsed))
    parsed.check_params(allowed)
    setup = PrinterSetup(
        profile=parsed.param("profile", profile),
        width_mm=parsed.int_param("width", width_mm),
        codepage=parsed.param("codepage", codepage) or codepage,
        columns=parsed.int_param("columns", 0) or None,
        barcodes=parsed.param("barcodes", barcodes) or barcodes,
    )
    try:
        setup.make()  # validates profile, width, code page now
    except (ValueError, DeviceConfigError) as exc:
        raise DeviceConfigError(str(exc), device=url) from None
    if parsed.scheme == "sim":
        return SimPrinter(parsed.raw, setup, directory=parsed.param("dir") or None)
    return EscposPrinter(parsed.raw, make_transport(parsed), setup,
                         status_timeout=parsed.float_param("status_timeout", 1.0))


DISPLAY_OPTIONS = frozenset({"codepage"})


def open_display(url: str, *, on_status=None) -> "PoleDisplay":
    """A 2x20 pole display for ``url`` (``serial://``, pyserial URLs, ``tcp://``, ``file://``, ``sim:``).
    Option: ``codepage`` (CP437, CP850, CP857 default, CP858, CP1254)."""
    from hardware.displays.pole import EscposPoleDisplay, SimPoleDisplay

    parsed = parse_device_url(url)
    if parsed.scheme == "sim":
        parsed.check_params(set())
        return SimPoleDisplay(parsed.raw, on_status=on_status)
    parsed.check_params(DISPLAY_OPTIONS | transport_options(parsed))
    try:
        return EscposPoleDisplay(parsed.raw, make_transport(parsed), parsed.param("codepage", "CP857") or "CP857",
                                 on_status=on_status)
    except ValueError as exc:
        raise DeviceConfigError(str(exc), device=url) from None
