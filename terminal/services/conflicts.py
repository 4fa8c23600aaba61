"""Sync conflicts for managers (SYNC.md 3), and what the till shows of head-office sync.

Conflicts are derived by the projection, the same on every node; resolving one is a fact
(``conflict_resolutions``) with an audit entry, so it shows resolved everywhere. Resolving
records a manager's decision; what to do about it (an adjustment, a card replacement) is done
with the usual manager actions, each audited on its own."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from terminal.domain.errors import InvalidInput, LoyaltyError
from terminal.domain.program import Program
from terminal.store.models import ConflictResolution, ConflictRow, Member, new_id

from .projector import resolution_of
from .reports import conflicts_waiting, unsynced_facts
from .sales import hq_silent_since
from .staff import audit, require_manager
from .uow import UnitOfWork

MAX_NOTE = 500


class UnknownConflict(LoyaltyError):
    code = "unknown_conflict"


def list_conflicts(uow: UnitOfWork, program: Program, include_resolved: bool = False) -> list[dict]:
    rows = uow.session.scalars(select(ConflictRow).order_by(ConflictRow.at, ConflictRow.id)).all()
    resolutions = resolution_of(uow.session, [row.id for row in rows])
    names = dict(uow.session.execute(select(Member.id, Member.name).where(
        Member.id.in_([row.member_id for row in rows if row.member_id]))).all())
    found = []
    for row in rows:
        resolution = resolutions.get(row.id)
        if resolution is not None and not include_resolved:
            continue
        found.append({"id": row.id, "kind": row.kind, "member": row.member_id,
                      "member_name": names.get(row.member_id), "at": row.at.isoformat(),
                      "detail": json.loads(row.detail), "resolved": resolution is not None,
                      "resolved_at": resolution.at.isoformat() if resolution else None,
                      "note": resolution.note if resolution else None})
    return found


def resolve(uow: UnitOfWork, program: Program, now: datetime, conflict_id: str, note: str, pin: str) -> dict:
    manager = require_manager(uow, pin)
    note = " ".join((note or "").split())
    if not note:
        raise InvalidInput("resolving a conflict needs a note (--note): what was decided")
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters")
    row = uow.session.get(ConflictRow, (conflict_id or "").strip())
    if row is None:
        raise UnknownConflict(f"no conflict has id {conflict_id!r}")
    if resolution_of(uow.session, [row.id]):
        raise InvalidInput("that conflict is already resolved")
    uow.session.add(ConflictResolution(id=new_id(), conflict_id=row.id, member_id=row.member_id, at=now, note=note,
                                       staff_id=manager.id, store=uow.store, origin_terminal=uow.terminal))
    audit(uow, now, manager, "resolve_conflict", member_id=row.member_id, reason=note, conflict=row.id,
          kind=row.kind)
    return {"id": row.id, "kind": row.kind, "member": row.member_id, "detail": json.loads(row.detail),
            "resolved": True, "note": note}


def sync_status(uow: UnitOfWork, now: datetime) -> dict:
    """``online``: head office answered within the offline window (``None`` before it ever did);
    ``clock_skew_s``: this terminal's clock minus HQ's at the last sync."""
    url = uow.setting("hq_url")
    contact = uow.setting("hq_contact_at")
    skew = uow.setting("clock_skew_s")
    from urllib.parse import urlsplit
    shown = None
    if url:   # never a password (none is stored; this is belt and braces)
        parts = urlsplit(url)
        shown = url.replace(f":{parts.password}@", ":***@") if parts.password else url
    return {
        "configured": bool(url),
        "hq_url": shown,
        "online": (hq_silent_since(uow, now) is None) if url and contact else None,
        "last_sync_at": uow.setting("last_sync_at"),
        "last_contact_at": contact,
        "last_error": uow.setting("sync_error"),
        "unsynced": unsynced_facts(uow),
        "conflicts_waiting": conflicts_waiting(uow),
        "clock_skew_s": float(skew) if skew is not None else None,
        "terminal": uow.terminal,
        "store": uow.store,
    }
