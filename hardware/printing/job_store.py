"""The persistent print queue's storage: a Protocol, and a SQLite-file implementation.

A job holds everything a reprint needs: the already-encoded ESC/POS bytes, the plain text
(for screens and audits), the document id (a receipt number), and its history (attempts,
last error). The terminal can plug its own database table in by implementing
:class:`PrintJobStore`; :class:`SqlitePrintJobStore` is the stand-alone version (its own file,
stdlib ``sqlite3``), used by the CLI, tests and demo mode.

Contract every implementation keeps:

* ``add`` persists the job durably *before* returning (a crash after ``add`` never loses it);
* ``pending`` returns the jobs not yet printed, oldest first (FIFO: receipts come out in the
  order they were made);
* ``mark_printed`` and ``mark_failed`` are idempotent updates by job id;
* ``latest`` finds the newest job for a document id, printed or not (for reprints);
* methods may be called from any thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class PrintJob:
    id: str                      # uuid4 hex, made when the job is added
    document: str                # receipt number (or card-<number>, test-<time>)
    kind: str                    # "receipt" | "card_slip" | "test_page" | "reprint"
    payload: bytes               # ESC/POS, ready to send
    text: str                    # the same receipt as plain text
    created_at: float            # Unix time
    attempts: int = 0
    last_error: str | None = None
    printed_at: float | None = None


@runtime_checkable
class PrintJobStore(Protocol):
    def add(self, document: str, kind: str, payload: bytes, text: str) -> PrintJob:
        """Persist a new pending job and return it."""

    def pending(self) -> list[PrintJob]:
        """Jobs not printed yet, oldest first."""

    def mark_printed(self, job_id: str) -> None:
        """The printer confirmed the job."""

    def mark_failed(self, job_id: str, attempts: int, error: str) -> None:
        """An attempt failed; the job stays pending. ``attempts`` is the new total."""

    def latest(self, document: str) -> PrintJob | None:
        """The newest job for ``document``, printed or not; None if it was never queued."""

    def discard(self, job_id: str) -> bool:
        """Give up on a pending job (a manager's decision): it leaves the queue but is kept,
        so it can still be reprinted. True if it was pending."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS print_jobs (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    document    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     BLOB NOT NULL,
    text        TEXT NOT NULL,
    created_at  REAL NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    printed_at  REAL
);
CREATE INDEX IF NOT EXISTS print_jobs_pending ON print_jobs (printed_at, seq);
CREATE INDEX IF NOT EXISTS print_jobs_document ON print_jobs (document, seq);
"""
# Added after the first release: a file made before it gets the column on open.
_DISCARDED = "ALTER TABLE print_jobs ADD COLUMN discarded_at REAL"
_COLUMNS = "id, document, kind, payload, text, created_at, attempts, last_error, printed_at"


class SqlitePrintJobStore:
    """:class:`PrintJobStore` in one SQLite file (WAL, 5 s busy timeout); ``":memory:"`` works too."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=5.0, isolation_level=None)
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(print_jobs)")}
        if "discarded_at" not in columns:
            self._db.execute(_DISCARDED)

    def _row(self, row: tuple) -> PrintJob:
        return PrintJob(row[0], row[1], row[2], bytes(row[3]), row[4], row[5], row[6], row[7], row[8])

    def add(self, document: str, kind: str, payload: bytes, text: str) -> PrintJob:
        job = PrintJob(uuid.uuid4().hex, document, kind, bytes(payload), text, time.time())
        with self._lock:
            self._db.execute(
                f"INSERT INTO print_jobs ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL)",
                (job.id, job.document, job.kind, job.payload, job.text, job.created_at),
            )
        return job

    def pending(self) -> list[PrintJob]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE printed_at IS NULL AND discarded_at IS NULL ORDER BY seq").fetchall()
        return [self._row(r) for r in rows]

    def mark_printed(self, job_id: str) -> None:
        with self._lock:
            self._db.execute("UPDATE print_jobs SET printed_at = ? WHERE id = ? AND printed_at IS NULL", (time.time(), job_id))

    def mark_failed(self, job_id: str, attempts: int, error: str) -> None:
        with self._lock:
            self._db.execute("UPDATE print_jobs SET attempts = ?, last_error = ? WHERE id = ?", (attempts, error, job_id))

    def latest(self, document: str) -> PrintJob | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM print_jobs WHERE document = ? ORDER BY seq DESC LIMIT 1", (document,)
            ).fetchone()
        return self._row(row) if row else None

    def discard(self, job_id: str) -> bool:
        with self._lock:
            cursor = self._db.execute("UPDATE print_jobs SET discarded_at = ? WHERE id = ? AND printed_at IS NULL "
                                      "AND discarded_at IS NULL", (time.time(), job_id))
        return cursor.rowcount == 1

    def close(self) -> None:
        with self._lock:
            self._db.close()
