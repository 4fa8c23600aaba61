"""Syncing with head office in the background: a worker thread of its own, a sync every
``interval`` while head office answers, exponential backoff while it does not, and "sync now".

The till never waits for it: syncs run on their own :class:`TaskRunner` (a long pull does not
queue behind, or ahead of, the cashier's work), and only the outcome comes back, as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from terminal.domain.errors import LoyaltyError

from .worker import TaskRunner


class Backoff:
    """Seconds to wait before the next try: ``interval`` after a success; after ``n`` failures
    in a row ``first * 2**(n-1)``, never more than ``ceiling``."""

    def __init__(self, interval: float = 60.0, first: float = 5.0, ceiling: float = 600.0):
        self.interval, self.first, self.ceiling = interval, first, ceiling
        self.failures = 0

    def succeeded(self) -> float:
        self.failures = 0
        return self.interval

    def failed(self) -> float:
        self.failures += 1
        return min(self.ceiling, self.first * 2 ** (self.failures - 1))


class SyncScheduler(QObject):
    started = Signal()
    finished = Signal(dict)     # the sync's answer (pushed, pulled, conflicts...)
    failed = Signal(str)        # why it did not happen (plain words)
    next_try = Signal(float)    # seconds until the next automatic try

    def __init__(self, source, backoff: Backoff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.backoff = backoff or Backoff()
        self.runner = TaskRunner("loyalty-sync", self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.running = False
        self._stopped = False

    def start(self, first_delay_s: float = 1.0) -> None:
        self._schedule(first_delay_s)

    def sync_now(self) -> bool:
        """Start a sync at once, unless one is running (returns whether one started)."""
        if self.running or self._stopped:
            return False
        self.timer.stop()
        self.running = True
        self.started.emit()
        self.runner.submit(self.source.run, on_done=self._done, on_error=self._error)
        return True

    def _done(self, result: dict) -> None:
        self.running = False
        self.finished.emit(result or {})
        self._schedule(self.backoff.succeeded())

    def _error(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc.message if isinstance(exc, LoyaltyError) else type(exc).__name__)
        self._schedule(self.backoff.failed())

    def _schedule(self, seconds: float) -> None:
        if self._stopped:
            return
        self.timer.start(int(seconds * 1000))
        self.next_try.emit(seconds)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.runner.stop()
