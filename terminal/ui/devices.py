"""Qt adapters for the hardware layer: plain callbacks from device threads become signals.

The drivers call back on their own threads. :class:`DeviceHub` is a ``QObject`` living on the
GUI thread; the callbacks only *emit* its signals, and Qt queues the emission to the GUI thread
(the receiver's thread), so no widget is ever touched from a device thread. Calls into the
devices that may block (submitting a print job writes the job store; a reprint reads it) are
run on the device :class:`~terminal.ui.worker.TaskRunner`, never on the GUI thread.

The printer preview: with a simulated printer, every printed page is also emitted as PNG bytes
(:attr:`DeviceHub.page_printed`), made on the spooler's thread, so the till can show the
receipt in a window.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from hardware.events import DeviceState, DeviceStatus, ScanEvent
from hardware.printing import JobState, PrintJobEvent, PrintSpooler, SimPrinter

from .worker import TaskRunner

log = logging.getLogger("terminal.ui")


@dataclass
class Devices:
    """What the composition root hands the window (any of them may be ``None``)."""

    scanner: Any = None            # hardware.scanning.Scanner
    printer: Any = None            # hardware.printing.ReceiptPrinter
    spooler: PrintSpooler | None = None
    display: Any = None            # hardware.displays.PoleDisplay


class DeviceHub(QObject):
    scanned = Signal(str, str)                  # code, kind ("card", "product", "other")
    status_changed = Signal(str, str, str)      # kind ("scanner", "printer", "display"), state, message
    job_changed = Signal(object)                # PrintJobEvent
    page_printed = Signal(str, bytes)           # job id (receipt number), PNG bytes
    print_failed = Signal(str, str, str)        # document, reason, message: an attempt failed; the job stays queued
    print_not_queued = Signal(str, str)         # document, message: nothing was queued (not kept)

    def __init__(self, devices: Devices, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices = devices
        self.runner = runner
        self.states: dict[str, tuple[str, str]] = {}
        self._pages_seen = 0

    # -- wiring ----------------------------------------------------------------------------------
    def start(self) -> None:
        d = self.devices
        for kind, device in (("scanner", d.scanner), ("printer", d.printer), ("display", d.display)):
            self.states[kind] = ("none", "") if device is None else ("connecting", "")
        if d.spooler is not None:
            d.spooler.on_status = self._on_status
            d.spooler.on_job = self._on_job
            self.states["printer"] = ("online", "")
        if d.display is not None:
            d.display.on_status = self._on_status
            # blank what the last session left on the pole display; opening it also reports its state
            self.runner.submit(d.display.clear)
        if d.scanner is not None:
            d.scanner.start(self._on_scan, self._on_status)

    def stop(self) -> None:
        """Stop the device threads (scanner, spooler, display). Called once, at close."""
        d = self.devices
        if d.scanner is not None:
            d.scanner.stop()
        if d.spooler is not None:
            d.spooler.on_job = d.spooler.on_status = None
            d.spooler.close()
        if d.display is not None:
            d.display.on_status = None
            d.display.close()

    # -- callbacks: device threads -----------------------------------------------------------------
    def _on_scan(self, event: ScanEvent) -> None:
        self.scanned.emit(event.code, event.kind)

    def _on_status(self, status: DeviceStatus) -> None:
        state = status.state.value if isinstance(status.state, DeviceState) else str(status.state)
        self.states[status.kind] = (state, status.message)   # the latest, for screens opened later
        self.status_changed.emit(status.kind, state, status.message)

    def _on_job(self, event: PrintJobEvent) -> None:
        self.job_changed.emit(event)
        if event.state is JobState.FAILED and event.error:
            self.print_failed.emit(event.document, event.reason or "error", event.error)
        if event.state is JobState.PRINTED and isinstance(self.devices.printer, SimPrinter):
            png = self._last_page_png(event.document)
            if png is not None:
                self.page_printed.emit(event.document, png)

    def _last_page_png(self, document: str) -> bytes | None:
        for job_id, page in reversed(list(self.devices.printer.pages)):
            if job_id == document:
                buffer = io.BytesIO()
                page.image.save(buffer, format="PNG")
                return buffer.getvalue()
        return None

    # -- actions: run on the device runner ---------------------------------------------------------
    def print_document(self, doc: Any) -> bool:
        """Queue a receipt or slip; the spooler prints it on its own thread. False when there is
        no printer. A document that cannot even be queued (a broken template, a full disk) is
        reported by :attr:`print_not_queued`: it is *not* kept."""
        spooler = self.devices.spooler
        if spooler is None:
            return False
        self.runner.submit(spooler.submit, doc, on_error=self._submit_failed(doc))
        return True

    def retry_printing(self) -> None:
        if self.devices.spooler is not None:
            self.runner.submit(self.devices.spooler.retry_pending)

    def show_on_display(self, line1: str, line2: str = "") -> None:
        if self.devices.display is not None:
            self.runner.submit(self.devices.display.show, line1, line2)

    def _submit_failed(self, doc: Any):
        def report(exc: BaseException) -> None:
            log.error("could not queue %s for printing: %s", getattr(doc, "job_id", "?"), exc)
            self.print_not_queued.emit(getattr(doc, "job_id", "?"), str(exc))
        return report
