"""Receipt printers: ESC/POS over a transport, and a simulated one that renders to PNG/text."""

from __future__ import annotations

import abc
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from hardware.errors import DeviceError, PaperOut, PrinterOffline
from hardware.receipts import layout
from hardware.receipts.escpos_encode import PrinterSetup
from hardware.receipts.escpos_render import EscposRenderer, Page
from hardware.receipts.model import Printable
from hardware.printing.status import (
    QUERY_PAPER, QUERY_PRINTER, PrinterStatus, describe, parse_paper_status, parse_printer_status,
)
from hardware.transports.base import Transport


@dataclass(frozen=True)
class PrintResult:
    job_id: str
    bytes_sent: int
    status: PrinterStatus


class ReceiptPrinter(abc.ABC):
    """A receipt printer. Calls block (they do I/O): run them on a device thread, which
    :class:`~hardware.printing.spooler.PrintSpooler` does. Failures raise
    :class:`~hardware.errors.DeviceError` (``PrinterOffline``, ``PaperOut``, ``DeviceTimeout``...)."""

    kind = "printer"

    def __init__(self, url: str, setup: PrinterSetup) -> None:
        self.url = url
        self.setup = setup
        self._encoder = setup.make()
        self._encode_lock = threading.Lock()

    @property
    def columns(self) -> int:
        return self._encoder.columns

    def encode(self, doc: Printable) -> bytes:
        """The ESC/POS bytes for ``doc`` on this printer (profile, width, code page)."""
        with self._encode_lock:
            return self._encoder.encode(layout(doc, self._encoder.columns))

    def text(self, doc: Printable) -> str:
        from hardware.receipts import blocks_to_text

        return blocks_to_text(layout(doc, self.columns), self.columns)

    def print_receipt(self, doc: Printable) -> PrintResult:
        """Encode and print ``doc`` now, on the calling thread."""
        return self.send(self.encode(doc), doc.job_id)

    @abc.abstractmethod
    def send(self, payload: bytes, job_id: str = "") -> PrintResult:
        """Send already-encoded bytes (a queued job or a reprint)."""

    @abc.abstractmethod
    def status(self) -> PrinterStatus: ...


class EscposPrinter(ReceiptPrinter):
    """ESC/POS over a serial, TCP or device-file transport, connected per job.

    On a bidirectional transport the printer is asked for its status (``DLE EOT 1`` and
    ``DLE EOT 4``) before a job (offline or out of paper: the job is refused before a byte is
    sent) and once more after it: that answer confirms the printer took the whole job, so a
    connection that drops mid-job is an error, not a silent loss. ``status_timeout`` (seconds)
    bounds each wait; a printer that never answers is printed to blind, as a device file is.
    """

    def __init__(self, url: str, transport: Transport, setup: PrinterSetup, *, status_timeout: float = 1.0) -> None:
        super().__init__(url, setup)
        self.transport = transport
        self.status_timeout = status_timeout

    def _query(self, command: bytes) -> int | None:
        t = self.transport
        if not t.bidirectional or self.status_timeout <= 0:
            return None
        t.reset_input()
        t.write(command)
        answer = t.read(1, self.status_timeout)
        return answer[0] if answer else None

    def _read_status(self) -> PrinterStatus:
        online = parse_printer_status(self._query(QUERY_PRINTER))
        paper = parse_paper_status(self._query(QUERY_PAPER)) if online is not None else "unknown"
        status = PrinterStatus(online, paper)
        return PrinterStatus(online, paper, describe(status))

    def status(self) -> PrinterStatus:
        with self.transport.lock:
            try:
                self.transport.open()
                return self._read_status()
            finally:
                self.transport.close()

    def send(self, payload: bytes, job_id: str = "") -> PrintResult:
        with self.transport.lock:
            try:
                self.transport.open()
                before = self._read_status()
                self._refuse_if_cannot_print(before)
                self.transport.write(payload)
                after = self._read_status()
                if before.online is not None and after.online is None:
                    raise PrinterOffline("printer stopped answering during the job; it will be printed again", device=self.url)
                self._refuse_if_cannot_print(after, during=True)
                return PrintResult(job_id, len(payload), after)
            finally:
                self.transport.close()

    def _refuse_if_cannot_print(self, status: PrinterStatus, during: bool = False) -> None:
        suffix = " during the job; it will be printed again" if during else ""
        if status.paper == "out":
            raise PaperOut(f"printer is out of paper{suffix}", device=self.url)
        if status.online is False:
            raise PrinterOffline(f"printer is offline{suffix}", device=self.url)


def _private(path: Path):
    """A new file readable and writable by its owner only (0600 on POSIX)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")


class SimPrinter(ReceiptPrinter):
    """A printer that renders every job, from its ESC/POS bytes, to a PNG and a text file.

    With ``directory`` (``sim:?dir=PATH``) each job is written as ``NNNN-<job id>.png`` and
    ``.txt``; the last ``keep`` pages are also kept in :attr:`pages`. ``paper`` and ``online`` can
    be set to rehearse failures (demo mode, tests): ``send`` then raises like a real printer.
    """

    def __init__(self, url: str = "sim:", setup: PrinterSetup | None = None, directory: str | Path | None = None,
                 keep: int = 50) -> None:
        super().__init__(url, setup or PrinterSetup())
        self.directory = Path(directory) if directory else None
        if self.directory:
            try:
                # Receipts carry members' names: the folder and its files are the owner's only.
                self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise DeviceError(f"cannot create simulated printer directory {self.directory}: {exc.strerror}", device=url) from None
        self.keep = keep
        self.pages: list[tuple[str, Page]] = []
        self.files: list[Path] = []
        self.online = True
        self.paper = "ok"
        self._lock = threading.Lock()
        # Continue after the pages already in the directory, so a reprint from another
        # process (the CLI) never overwrites an earlier printout.
        self._seq = max((int(p.name[:4]) for p in self.directory.glob("[0-9][0-9][0-9][0-9]-*.png")),
                        default=0) if self.directory else 0

    def status(self) -> PrinterStatus:
        s = PrinterStatus(self.online, self.paper)
        return PrinterStatus(self.online, self.paper, describe(s))

    def send(self, payload: bytes, job_id: str = "") -> PrintResult:
        with self._lock:
            if not self.online:
                raise PrinterOffline("simulated printer is offline", device=self.url)
            if self.paper == "out":
                raise PaperOut("simulated printer is out of paper", device=self.url)
            renderer = EscposRenderer(self.columns)
            renderer.feed(payload)
            pages = renderer.finish()
            for page in pages:
                self._seq += 1
                self.pages.append((job_id, page))
                if self.directory:
                    stem = f"{self._seq:04d}-{re.sub(r'[^A-Za-z0-9._-]+', '_', job_id) or 'job'}"
                    png, txt = self.directory / f"{stem}.png", self.directory / f"{stem}.txt"
                    with _private(png) as handle:
                        page.image.save(handle, format="PNG")
                    with _private(txt) as handle:
                        handle.write(page.text.encode("utf-8"))
                    self.files += [png, txt]
            del self.pages[:-self.keep]
            return PrintResult(job_id, len(payload), self.status())
