"""A scanner on a serial port (or anything pyserial opens), with reconnect."""

from __future__ import annotations

import threading
import time
from typing import Callable

from hardware.errors import DeviceError
from hardware.events import DeviceState
from hardware.scanning.base import OnReject, OnScan, OnStatus, Scanner
from hardware.scanning.framing import Frame, LineFramer
from hardware.transports.base import Transport
from hardware.worker import Backoff

SCANNER_OPTIONS = frozenset({"suffix", "max_length", "partial_timeout"})


class SerialScanner(Scanner):
    """Reads lines from a transport on its own thread.

    When the port disappears (USB unplugged, port server down) the scanner reports
    ``offline`` and tries to reopen it with exponential backoff (``reconnect_initial`` doubling
    up to ``reconnect_max`` seconds) until it is back or ``stop()`` is called. ``poll`` bounds how
    long a read blocks, hence how fast ``stop()`` returns.
    """

    def __init__(
        self,
        url: str,
        transport: Transport,
        framer: LineFramer,
        *,
        card_prefix: str = "29",
        poll: float = 0.05,
        reconnect_initial: float = 0.05,
        reconnect_max: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(url, card_prefix)
        self.transport = transport
        self.framer = framer
        self.poll = poll
        self.backoff = Backoff(reconnect_initial, reconnect_max)
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_scan: OnScan, on_status: OnStatus | None = None, on_reject: OnReject | None = None) -> None:
        if self._thread is not None:
            raise RuntimeError(f"scanner {self.url} is already started")
        self._bind(on_scan, on_status, on_reject)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"scanner:{self.url}")
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()

    def _run(self) -> None:
        self._emit_status(DeviceState.CONNECTING, "opening scanner")
        reported_offline = False
        try:
            while not self._stop.is_set():
                try:
                    self.transport.open()
                    self.transport.reset_input()  # whatever queued while we were away is stale
                except DeviceError as exc:
                    if not reported_offline:
                        self._emit_status(DeviceState.OFFLINE, f"scanner unavailable, retrying: {exc}")
                        reported_offline = True
                    self._stop.wait(self.backoff.next())
                    continue
                self.backoff.reset()
                reported_offline = False
                self._emit_status(DeviceState.ONLINE, "scanner ready")
                try:
                    self._read_until_stopped()
                except DeviceError as exc:
                    self.transport.close()
                    self._emit_status(DeviceState.OFFLINE, f"scanner disconnected, retrying: {exc}")
                    reported_offline = True
        finally:
            self.transport.close()
            self._emit_status(DeviceState.STOPPED, "scanner stopped")

    def _read_until_stopped(self) -> None:
        while not self._stop.is_set():
            data = self.transport.read(256, self.poll)
            now = self.clock()
            results = self.framer.feed(data, now) if data else self.framer.expire(now)
            for result in results:
                if isinstance(result, Frame):
                    self._emit_scan(result.code, now)
                else:
                    self._emit_reject(result.reason, result.data)
