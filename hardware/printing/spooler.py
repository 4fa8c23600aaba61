"""The print spooler: a persistent queue in front of one printer, on its own thread.

``submit`` encodes the document on the caller's thread (milliseconds), stores the job, and
returns at once; the spooler thread prints pending jobs oldest first. When a print fails
(offline, paper out, cable pulled, connection dropped mid-job) the job stays in the store with
its attempt count and error, the callbacks are told, and the spooler retries with exponential
backoff (``retry_initial`` doubling to ``retry_max``) - or at once on ``retry_pending()``, which
the GUI calls when the cashier presses "retry" or the printer reports ready. A job is marked
printed only after the printer confirmed it, so a failure can at worst print a receipt twice,
never lose one. ``reprint(receipt_number)`` queues the stored bytes again.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass
from typing import Callable

from hardware.errors import DeviceError, DeviceTimeout, DeviceUnavailable
from hardware.events import DeviceState, DeviceStatus, safe_call
from hardware.printing.job_store import PrintJob, PrintJobStore
from hardware.printing.printer import ReceiptPrinter
from hardware.receipts.model import CardSlip, DaySummary, Printable, Receipt, RefundSlip
from hardware.worker import Backoff


class JobState(str, enum.Enum):
    QUEUED = "queued"       # stored, waiting for the printer
    PRINTED = "printed"     # confirmed by the printer
    FAILED = "failed"       # this attempt failed; still queued, will be retried


@dataclass(frozen=True)
class PrintJobEvent:
    job_id: str
    document: str
    state: JobState
    attempts: int
    error: str | None
    pending: int            # jobs still waiting after this event
    reason: str | None = None  # a failed attempt's DeviceError.reason ("paper_out", "offline"...)


def _kind(doc: Printable) -> str:
    if isinstance(doc, Receipt):
        return "receipt"
    if isinstance(doc, CardSlip):
        return "card_slip"
    if isinstance(doc, DaySummary):
        return "day_summary"
    if isinstance(doc, RefundSlip):
        return "refund_slip"
    return "test_page"


class PrintSpooler:
    def __init__(
        self,
        printer: ReceiptPrinter,
        store: PrintJobStore,
        *,
        on_status: Callable[[DeviceStatus], None] | None = None,
        on_job: Callable[[PrintJobEvent], None] | None = None,
        retry_initial: float = 1.0,
        retry_max: float = 60.0,
    ) -> None:
        self.printer = printer
        self.store = store
        self.on_status = on_status
        self.on_job = on_job
        self.backoff = Backoff(retry_initial, retry_max)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._busy = False
        self._state: DeviceState | None = None
        self._thread = threading.Thread(target=self._run, name=f"spooler:{printer.url}")
        self._thread.start()

    # -- API for the terminal -----------------------------------------------------------------
    def submit(self, doc: Printable) -> PrintJob:
        """Queue ``doc`` for printing; returns the stored job at once."""
        payload = self.printer.encode(doc)
        job = self.store.add(doc.job_id, _kind(doc), payload, self.printer.text(doc))
        self._emit_job(job, JobState.QUEUED, job.attempts, None)
        self._wake.set()
        return job

    def reprint(self, document: str) -> PrintJob:
        """Queue the stored bytes of ``document`` (a receipt number) again."""
        previous = self.store.latest(document)
        if previous is None:
            raise LookupError(f"nothing was ever queued for {document!r}; print it from the sale instead")
        if previous.printed_at is None and any(job.id == previous.id for job in self.store.pending()):
            self.retry_pending()
            return previous  # still queued: printing it once is the reprint
        job = self.store.add(document, "reprint", previous.payload, previous.text)
        self._emit_job(job, JobState.QUEUED, 0, None)
        self._wake.set()
        return job

    def retry_pending(self) -> None:
        """Try the queue now instead of waiting for the next backoff delay."""
        self.backoff.reset()
        self._wake.set()

    def pending(self) -> list[PrintJob]:
        return self.store.pending()

    def discard(self, job_id: str) -> bool:
        """Take a pending job out of the queue for good (it stays stored for reprints)."""
        done = self.store.discard(job_id)
        self._wake.set()
        return done

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until the queue is empty (True) or ``timeout`` passes (False). For tests and the CLI."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._busy and not self.store.pending(), timeout)

    def close(self) -> None:
        """Stop the thread (after the job in progress) and join it. Pending jobs stay stored."""
        self._stop.set()
        self._wake.set()
        self._thread.join()

    def __enter__(self) -> "PrintSpooler":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- thread ---------------------------------------------------------------------------------
    def _run(self) -> None:
        delay: float | None = None
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                break
            delay = self._drain()

    def _drain(self) -> float | None:
        """Print pending jobs in order; returns the delay before the next attempt, or None to sleep
        until woken."""
        with self._idle:
            self._busy = True
        try:
            while not self._stop.is_set():
                jobs = self.store.pending()
                if not jobs:
                    return None
                job = jobs[0]
                try:
                    result = self.printer.send(job.payload, job.document)
                except DeviceError as exc:
                    attempts = job.attempts + 1
                    self.store.mark_failed(job.id, attempts, str(exc))
                    self._emit_job(job, JobState.FAILED, attempts, str(exc), exc.reason)
                    state = DeviceState.OFFLINE if isinstance(exc, (DeviceUnavailable, DeviceTimeout)) else DeviceState.ERROR
                    self._emit_status(state, f"{exc} - receipt {job.document} kept, will retry")
                    return self.backoff.next()
                except Exception as exc:  # noqa: BLE001 - one bad job must never stop the spooler
                    # Not a device problem: these bytes can never print (a bug, or a job the
                    # printer refuses). Retrying would block every later receipt, so the job
                    # leaves the queue (kept for the print-queue screen and reprints) and the
                    # spooler goes on with the next one.
                    attempts = job.attempts + 1
                    error = f"cannot print this job: {type(exc).__name__}: {exc}"
                    self.store.mark_failed(job.id, attempts, error)
                    self.store.discard(job.id)
                    self._emit_job(job, JobState.FAILED, attempts, error, "rejected")
                    self._emit_status(DeviceState.ERROR, f"receipt {job.document} could not be printed and was "
                                                         "set aside; the next ones print")
                    continue
                self.store.mark_printed(job.id)
                self.backoff.reset()
                state = DeviceState.WARNING if result.status.paper == "near_end" else DeviceState.ONLINE
                self._emit_status(state, result.status.message or "printer ready")
                self._emit_job(job, JobState.PRINTED, job.attempts + 1, None)
            return None
        finally:
            with self._idle:
                self._busy = False
                self._idle.notify_all()

    def _emit_job(self, job: PrintJob, state: JobState, attempts: int, error: str | None,
                  reason: str | None = None) -> None:
        if self.on_job is not None:
            safe_call(self.on_job, PrintJobEvent(job.id, job.document, state, attempts, error, len(self.store.pending()),
                                                 reason))

    def _emit_status(self, state: DeviceState, message: str) -> None:
        if state is self._state and state is DeviceState.ONLINE:
            return  # no news
        self._state = state
        safe_call(self.on_status, DeviceStatus(self.printer.url, "printer", state, message))
