"""A simulated scanner: codes are injected by code (demo mode, tests, the GUI's debug menu)."""

from __future__ import annotations

import time

from hardware.events import DeviceState
from hardware.scanning.base import OnReject, OnScan, OnStatus, Scanner
from hardware.worker import DeviceWorker


class SimScanner(Scanner):
    """Behaves like a real scanner: events arrive on the scanner's own thread, in order.

    ``inject(code)`` queues a scan (returns a future that is done once the callback ran);
    ``unplug()``/``replug()`` produce the offline/online status events a real cable would.
    """

    def __init__(self, url: str = "sim:", card_prefix: str = "29") -> None:
        super().__init__(url, card_prefix)
        self._worker: DeviceWorker | None = None

    def start(self, on_scan: OnScan, on_status: OnStatus | None = None, on_reject: OnReject | None = None) -> None:
        if self._worker is not None:
            raise RuntimeError(f"scanner {self.url} is already started")
        self._bind(on_scan, on_status, on_reject)
        self._worker = DeviceWorker(f"scanner:{self.url}")
        self._worker.submit(self._emit_status, DeviceState.ONLINE, "simulated scanner ready")

    def _require(self) -> DeviceWorker:
        if self._worker is None:
            raise RuntimeError(f"scanner {self.url} is not started")
        return self._worker

    def inject(self, code: str):
        if not code or not code.isprintable():
            raise ValueError(f"a scan is a non-empty printable string, got {code!r}")
        return self._require().submit(self._deliver, code)

    def _deliver(self, code: str) -> None:
        if self.state is DeviceState.ONLINE:
            self._emit_scan(code, time.monotonic())
        else:
            self._emit_reject("offline", code.encode())

    def unplug(self):
        return self._require().submit(self._emit_status, DeviceState.OFFLINE, "simulated scanner unplugged")

    def replug(self):
        return self._require().submit(self._emit_status, DeviceState.ONLINE, "simulated scanner ready")

    def stop(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.submit(self._emit_status, DeviceState.STOPPED, "scanner stopped")
        worker.stop()
