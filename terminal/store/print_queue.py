"""``hardware.printing.PrintJobStore`` over the terminal's database, so a receipt that could
not print survives a restart with everything else, and ``loyalty check``/backups include it.
Each call is its own short transaction; calls may come from the spooler's thread."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import select, update

from hardware.printing.job_store import PrintJob

from .database import Database
from .models import PrintJobRow


def _job(row: PrintJobRow) -> PrintJob:
    return PrintJob(id=row.id, document=row.document, kind=row.kind, payload=bytes(row.payload), text=row.text,
                    created_at=row.created_at.timestamp(), attempts=row.attempts, last_error=row.last_error,
                    printed_at=row.printed_at.timestamp() if row.printed_at else None)


class DatabasePrintJobStore:
    def __init__(self, db: Database):
        self.db = db

    def add(self, document: str, kind: str, payload: bytes, text: str) -> PrintJob:
        with self.db.session() as session, session.begin():
            row = PrintJobRow(id=uuid.uuid4().hex, document=document, kind=kind, payload=bytes(payload), text=text,
                              created_at=datetime.now(timezone.utc), attempts=0)
            session.add(row)
            session.flush()
            return _job(row)

    def pending(self) -> list[PrintJob]:
        with self.db.session(write=False) as session:
            rows = session.scalars(select(PrintJobRow).where(PrintJobRow.printed_at.is_(None),
                                                             PrintJobRow.discarded_at.is_(None))
                                   .order_by(PrintJobRow.seq)).all()
            return [_job(row) for row in rows]

    def mark_printed(self, job_id: str) -> None:
        with self.db.session() as session, session.begin():
            session.execute(update(PrintJobRow).where(PrintJobRow.id == job_id, PrintJobRow.printed_at.is_(None))
                            .values(printed_at=datetime.now(timezone.utc)))

    def mark_failed(self, job_id: str, attempts: int, error: str) -> None:
        with self.db.session() as session, session.begin():
            session.execute(update(PrintJobRow).where(PrintJobRow.id == job_id)
                            .values(attempts=attempts, last_error=error))

    def latest(self, document: str) -> PrintJob | None:
        with self.db.session(write=False) as session:
            row = session.scalars(select(PrintJobRow).where(PrintJobRow.document == document)
                                  .order_by(PrintJobRow.seq.desc()).limit(1)).first()
            return _job(row) if row else None

    def discard(self, job_id: str) -> bool:
        with self.db.session() as session, session.begin():
            result = session.execute(update(PrintJobRow).where(PrintJobRow.id == job_id,
                                                               PrintJobRow.printed_at.is_(None),
                                                               PrintJobRow.discarded_at.is_(None))
                                     .values(discarded_at=datetime.now(timezone.utc)))
            return result.rowcount == 1
