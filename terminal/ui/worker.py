"""Running work off the GUI thread and getting the answer back as a signal.

:class:`TaskRunner` owns one ``QThread`` with a ``QObject`` executor living on it. ``submit``
queues a plain callable; the executor runs jobs one at a time, in order, and the outcome comes
back to the GUI thread through a queued signal, where the ``on_done``/``on_error`` callbacks run.
Callables run on the worker thread must never touch a widget: they get and return plain data.

``submit_latest(key, ...)`` is for work that is asked again and again while the cashier types
(the live sale preview, name search): only the newest request for a ``key`` is delivered; an
answer to an older request is dropped, and a request that is still queued when a newer one
arrives is skipped without running.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger("terminal.ui")


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None = None


class _Executor(QObject):
    """Lives on the worker thread; ``run`` is invoked there through a queued signal."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    skipped = Signal(int)

    def __init__(self, is_stale: Callable[[_Job], bool]) -> None:
        super().__init__()
        self._is_stale = is_stale

    @Slot(object)
    def run(self, job: _Job) -> None:
        if self._is_stale(job):
            self.skipped.emit(job.id)
            return
        try:
            result = job.fn(*job.args, **job.kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread as a value
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(job.id, exc)
            return
        self.finished.emit(job.id, result)


class TaskRunner(QObject):
    """One named worker thread and its job queue. ``idle`` is emitted when the queue drains."""

    _dispatch = Signal(object)
    idle = Signal()
    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._latest: dict[str, int] = {}
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._executor = _Executor(self._is_stale)
        self._executor.moveToThread(self._thread)
        self._dispatch.connect(self._executor.run)  # queued: the executor lives on the thread
        self._executor.finished.connect(self._on_finished)
        self._executor.failed.connect(self._on_failed)
        self._executor.skipped.connect(self._on_skipped)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()
        self._stopped = False

    # -- API -----------------------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> int:
        return self._queue(None, fn, args, kwargs, on_done, on_error)

    def submit_latest(self, key: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> int:
        return self._queue(key, fn, args, kwargs, on_done, on_error)

    def cancel_latest(self, key: str) -> None:
        """Forget the pending answer for ``key`` (e.g. the sale was cleared)."""
        self._latest.pop(key, None)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def stop(self) -> None:
        """Finish queued jobs, then stop and join the thread. Safe to call twice. Answers still on
        their way to the GUI thread are dropped: whoever asked is closing."""
        if self._stopped:
            return
        self._stopped = True
        self._thread.quit()
        self._thread.wait()
        self._jobs.clear()
        self._latest.clear()

    # -- internals -----------------------------------------------------------------------------
    def _queue(self, key, fn, args, kwargs, on_done, on_error) -> int:
        if self._stopped:
            raise RuntimeError(f"task runner {self.name} is stopped")
        job = _Job(next(self._ids), fn, args, kwargs, on_done, on_error, key)
        self._jobs[job.id] = job
        if key is not None:
            self._latest[key] = job.id
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._dispatch.emit(job)
        return job.id

    def _is_stale(self, job: _Job) -> bool:
        # Read from the worker thread; a dict lookup of an int is atomic under the GIL.
        return job.key is not None and self._latest.get(job.key) != job.id

    def _take(self, job_id: int) -> _Job | None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job.key is not None and self._latest.get(job.key) == job.id:
            del self._latest[job.key]
            return job
        return job if job is not None and job.key is None else None

    def _after(self) -> None:
        if not self._jobs and not self._stopped:
            self.busy_changed.emit(False)
            self.idle.emit()

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        job = self._take(job_id)
        try:
            if job is not None and job.on_done is not None:
                job.on_done(result)
        finally:
            self._after()

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        job = self._take(job_id)
        try:
            if job is None:
                return
            if job.on_error is not None:
                job.on_error(exc)  # type: ignore[arg-type]
            else:
                log.error("job %s on %s failed:\n%s", job.fn, self.name, getattr(exc, "__traceback_text__", exc))
        finally:
            self._after()

    @Slot(int)
    def _on_skipped(self, job_id: int) -> None:
        self._jobs.pop(job_id, None)
        self._after()
