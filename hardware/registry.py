"""Build devices from the URLs in the terminal's configuration.

``open_scanner``, ``open_printer`` and ``open_display`` parse the URL, check its options (an
unknown option is a :class:`~hardware.errors.DeviceConfigError`, so typos are reported) and
return a driver on the right transport. Nothing is opened here: scanners open their port when
started, printers per job, displays on first use, so building devices never blocks and a
device that is absent at start-up is simply reported offline later.
"""

from __future__ import annotations

from hardware.errors import DeviceConfigError
from hardware.scanning.base import Scanner
from hardware.scanning.framing import LineFramer, parse_suffix
from hardware.scanning.serial_scanner import SCANNER_OPTIONS, SerialScanner
from hardware.scanning.sim_scanner import SimScanner
from hardware.transports import make_transport, transport_options
from hardware.urls import DeviceURL, parse_device_url


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
