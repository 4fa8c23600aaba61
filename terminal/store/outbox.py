"""The sync outbox: every insert or update of a synced row queues ``(table, id)`` in the same
transaction, so what head office has not acknowledged is never lost and never guessed.

Registered once on the ``Session`` class; rows applied from head office during a pull are
not queued again (``session.info["applying_pull"]``)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import event
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .models import OutboxItem, Synced

_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    event.listen(Session, "before_flush", _queue_changes)
    _registered = True


def _queue_changes(session: Session, _context, _instances) -> None:
    if session.info.get("applying_pull"):
        return
    changed = [obj for obj in list(session.new) + list(session.dirty)
               if isinstance(obj, Synced) and (obj in session.new or session.is_modified(obj))]
    if not changed:
        return
    now = datetime.now(timezone.utc)
    keys = {(obj.__tablename__, obj.id) for obj in changed if obj.id}
    if not keys:
        return
    session.connection().execute(queue_statement(), [{"table_name": t, "row_id": i, "queued_at": now, "change": 1}
                                                     for t, i in keys])


def queue_statement():
    """Insert into the outbox; re-queuing bumps ``change``, so a push that read an older
    version of the row does not remove the newer change (see terminal.sync.engine.push)."""
    statement = sqlite_insert(OutboxItem.__table__)
    table = OutboxItem.__table__
    return statement.on_conflict_do_update(index_elements=["table_name", "row_id"],
                                           set_={"queued_at": statement.excluded.queued_at,
                                                 "change": table.c.change + 1})
