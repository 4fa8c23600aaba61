"""Loyalty Terminal hardware adapter layer: scanners, receipt printers, pole displays.

Plain Python: no Qt and nothing from ``terminal`` (an import-linter contract enforces it).
Drivers deliver plain callbacks on their own threads; the GUI turns them into signals.

Stable API (the terminal programs against these):

Devices from configuration URLs (:mod:`hardware.urls` lists the forms:
``serial:///dev/ttyUSB0?baudrate=9600``, ``loop://``, ``socket://h:p``, ``tcp://host:9100``,
``file:///dev/usb/lp0``, ``sim:``, ``sim:?dir=PATH``):

* ``hardware.registry.open_scanner(url, *, card_prefix="29") -> Scanner``
* ``hardware.registry.open_printer(url, *, profile=None, width_mm=80, codepage="CP857", barcodes="auto") -> ReceiptPrinter``
* ``hardware.registry.open_display(url, *, on_status=None) -> PoleDisplay``
* ``hardware.discovery.list_devices() -> list[FoundDevice]`` (``devices list``)

Scanners (:mod:`hardware.scanning`):

* ``Scanner.start(on_scan, on_status=None, on_reject=None)`` / ``Scanner.stop()`` (joins its thread);
  events :class:`~hardware.events.ScanEvent` (``code``, ``kind``), :class:`~hardware.events.DeviceStatus`,
  :class:`~hardware.events.ScanRejectedEvent`. ``SimScanner.inject(code)``.
* ``hardware.scanning.classify(code, card_prefix="29") -> "card" | "product" | "other"``
* ``hardware.scanning.WedgeClassifier(max_gap=0.030, min_length=6, clock=time.monotonic)``:
  ``feed(key) -> Decision``, ``poll() -> Decision | None`` (keyboard-wedge timing, pure logic).

Receipts (:mod:`hardware.receipts`; money and dates arrive as formatted strings, points as int):

* ``Receipt``, ``CardSlip``, ``RefundSlip``, ``TestPage`` and their parts (``StoreHeader``, ``SaleLine``,
  ``DiscountLine``, ``MemberSummary``, ``RulePoints``, ``ExpiringPoints``, ``NextTier``); each takes
  ``phrases`` (the templates' words, ``PHRASES``, in the terminal's language; English by default)
* ``render_text(doc, width_chars)``, ``render_png(doc, path, width_mm)``,
  ``encode_escpos(doc, profile=None, width_mm=80) -> bytes``; templates in ``resources/receipts``,
  found through ``hardware.resource_files.resource_path`` (installed or in the source tree).

Printing (:mod:`hardware.printing`):

* ``ReceiptPrinter.print_receipt(doc) -> PrintResult``, ``.send(payload, job_id)``, ``.status() -> PrinterStatus``
* ``PrintSpooler(printer, store, *, on_status=None, on_job=None, retry_initial=1.0, retry_max=60.0)``:
  ``submit(doc)``, ``retry_pending()``, ``reprint(receipt_number)``, ``pending()``, ``close()``.
* ``PrintJobStore`` (Protocol: ``add``, ``pending``, ``mark_printed``, ``mark_failed``, ``latest``)
  and ``SqlitePrintJobStore(path)``.

Displays (:mod:`hardware.displays`): ``PoleDisplay.show(line1, line2)``, ``.show_member(name, balance)``,
``.clear()`` (each returns a Future), ``.close()``; ``SimPoleDisplay.lines`` / ``.render()``.

Errors (:mod:`hardware.errors`): ``DeviceError`` > ``DeviceConfigError``, ``DeviceUnavailable``
(> ``PrinterOffline``), ``DeviceTimeout``, ``PaperOut``, ``ScanRejected``; each has a ``reason``
word (``paper_out``, ``offline``...) that ``PrintJobEvent.reason`` carries, for the terminal to
say in its own language.
"""
