"""The scanner interface the terminal programs against."""

from __future__ import annotations

import abc
from typing import Callable

from hardware.events import DeviceState, DeviceStatus, ScanEvent, ScanRejectedEvent, safe_call
from hardware.scanning.codes import classify

OnScan = Callable[[ScanEvent], None]
OnStatus = Callable[[DeviceStatus], None]
OnReject = Callable[[ScanRejectedEvent], None]


class Scanner(abc.ABC):
    """A barcode scanner. ``start`` begins delivering events on the scanner's own thread.

    ``on_scan(ScanEvent)`` gets every accepted code; ``on_status(DeviceStatus)`` every change of
    health (connecting, online, offline, stopped); ``on_reject(ScanRejectedEvent)`` the bytes
    thrown away as noise, over-long or partial lines. ``stop()`` joins the thread; it is safe to
    call twice, and the scanner can be started again afterwards.
    """

    kind = "scanner"

    def __init__(self, url: str, card_prefix: str = "29") -> None:
        classify("0", card_prefix)  # validates the prefix early
        self.url = url
        self.card_prefix = card_prefix
        self._on_scan: OnScan | None = None
        self._on_status: OnStatus | None = None
        self._on_reject: OnReject | None = None
        self.state = DeviceState.STOPPED

    @abc.abstractmethod
    def start(self, on_scan: OnScan, on_status: OnStatus | None = None, on_reject: OnReject | None = None) -> None: ...

    @abc.abstractmethod
    def stop(self) -> None: ...

    def _bind(self, on_scan: OnScan, on_status: OnStatus | None, on_reject: OnReject | None) -> None:
        self._on_scan, self._on_status, self._on_reject = on_scan, on_status, on_reject

    def _emit_scan(self, code: str, at: float) -> None:
        safe_call(self._on_scan, ScanEvent(code, classify(code, self.card_prefix), self.url, at))

    def _emit_status(self, state: DeviceState, message: str = "") -> None:
        self.state = state
        safe_call(self._on_status, DeviceStatus(self.url, self.kind, state, message))

    def _emit_reject(self, reason: str, data: bytes) -> None:
        safe_call(self._on_reject, ScanRejectedEvent(self.url, reason, data))

    def __enter__(self) -> "Scanner":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
