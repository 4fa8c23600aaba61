"""Threads for device I/O: a small per-device executor and a backoff helper.

Every thread here is a named, non-daemon ``threading.Thread`` that its owner joins in
``stop()``/``close()``; nothing keeps running after the owner is closed.
"""

from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any, Callable

log = logging.getLogger("hardware")

_STOP = object()


class Backoff:
    """Exponential delays: ``initial``, doubled per failure, capped at ``maximum``."""

    def __init__(self, initial: float = 0.1, maximum: float = 5.0) -> None:
        if initial <= 0 or maximum < initial:
            raise ValueError("need 0 < initial <= maximum")
        self.initial = initial
        self.maximum = maximum
        self._next = initial

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.maximum)
        return delay

    def reset(self) -> None:
        self._next = self.initial


class DeviceWorker:
    """Runs submitted calls one at a time, in order, on one thread named after the device.

    ``submit`` returns a :class:`concurrent.futures.Future`. ``stop()`` finishes what is queued,
    then joins the thread. Calls submitted after ``stop()`` fail with ``RuntimeError``.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name=f"device:{self.name}")
                self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        with self._lock:
            if self._closed:
                raise RuntimeError(f"worker {self.name} is stopped")
        self.start()
        future: Future = Future()
        self._queue.put((future, fn, args, kwargs))
        return future

    def stop(self, timeout: float | None = 10.0) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout)
            if thread.is_alive():
                raise RuntimeError(f"device thread {thread.name} did not stop within {timeout} s")

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # delivered to the caller through the future
                future.set_exception(exc)
