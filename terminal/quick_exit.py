"""Ending a process once its work is done, without the interpreter's teardown.

When ``loyalty`` has written its answer, or the till has closed its window, stopped its
threads and closed its database, the process is done; Python's shutdown then still clears
every module it imported (SQLAlchemy, the models, the use cases, and in the till PySide6),
object by object, with garbage collections in between: 190 ms of CPU after a ``member show``'s
answer, 235 ms after the till's window closed. What that shutdown does that matters is done
here instead: standard streams are flushed, every database's connections are closed (the last
one checkpoints the WAL, as before), and the ``atexit`` functions run; then ``os._exit``.
While another (non-daemon) thread still runs, the ordinary exit is taken: it waits for it."""

from __future__ import annotations

import os
import sys
import threading


def quick_exit(code: int) -> None:
    if any(not thread.daemon for thread in threading.enumerate() if thread is not threading.current_thread()):
        sys.exit(code)
    _flush()
    from terminal.store.database import dispose_all
    dispose_all()
    import atexit
    atexit._run_exitfuncs()
    _flush()   # whatever the exit functions wrote
    os._exit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
