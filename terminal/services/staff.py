"""Staff who sign in with PINs, and the append-only audit log of manager actions."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from terminal.domain.errors import BadPin, InvalidInput
from terminal.domain.text import require_label
from terminal.domain.pins import check_pin_format, hash_pin, verify_pin
from terminal.store.models import AuditEntry, Staff, StaffEvent, new_id

from .uow import UnitOfWork

ROLES = ("cashier", "manager")


def find_staff_by_pin(uow: UnitOfWork, pin: str) -> Staff | None:
    if not isinstance(pin, str) or not pin:
        return None
    for staff in uow.session.scalars(select(Staff).where(Staff.active.is_(True))):
        if verify_pin(pin, staff.pin_hash):
            return staff
    return None


def require_manager(uow: UnitOfWork, pin) -> Staff:
    """The manager behind ``pin``, or ``bad_pin``. ``pin`` is normally an ``Authorized`` that
    ``terminal.services.signin.authenticate`` made first (the facade does: it counts wrong PINs
    and makes them wait); a plain PIN is still checked here, against the same lockout. The
    answer never says whose PIN it was."""
    from .signin import WRONG_PIN, Authorized
    if isinstance(pin, Authorized):
        staff = uow.session.get(Staff, pin.staff_id)
        if staff is None or not staff.active or staff.role != "manager":
            raise BadPin(WRONG_PIN)
        return staff
    if not pin:
        raise BadPin("a manager PIN is required (--pin)")
    from datetime import datetime, timezone
    from .signin import check_not_locked
    check_not_locked(uow, datetime.now(timezone.utc))
    staff = find_staff_by_pin(uow, pin)
    if staff is None or staff.role != "manager":
        raise BadPin(WRONG_PIN)
    return staff


def create_staff(uow: UnitOfWork, name: str, role: str, pin: str, now: datetime) -> Staff:
    name = require_label(name, "the staff member's name") if (name or "").strip() else ""
    if not name or len(name) > 120:
        raise InvalidInput("a staff member needs a name of 1 to 120 characters")
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}")
    check_pin_format(pin)
    if find_staff_by_pin(uow, pin) is not None:
        raise BadPin("that PIN is already in use; PINs identify staff, so each must be unique")
    staff = Staff(id=new_id(), name=name, role=role, pin_hash=hash_pin(pin), active=True, created_at=now,
                  store=uow.store, origin_terminal=uow.terminal)
    uow.session.add(staff)
    return staff


def change_staff(uow: UnitOfWork, staff: Staff, now: datetime, by: Staff | None, **changes) -> StaffEvent:
    """A change to a staff member (name, role, pin_hash, active) is a fact, so it reaches the
    store's other tills; the row is its projection."""
    allowed = {"name", "role", "pin_hash", "active"}
    if set(changes) - allowed:
        raise ValueError(f"staff changes are limited to {sorted(allowed)}")
    event = StaffEvent(id=new_id(), staff_id=staff.id, at=now, changes=json.dumps(changes, sort_keys=True),
                       by_staff_id=by.id if by else None, store=uow.store, origin_terminal=uow.terminal)
    uow.session.add(event)
    for key, value in changes.items():
        setattr(staff, key, value)
    return event


def audit(uow: UnitOfWork, now: datetime, staff: Staff | None, action: str, *, member_id: str | None = None,
          reason: str | None = None, **details) -> AuditEntry:
    entry = AuditEntry(id=new_id(), at=now, staff_id=staff.id if staff else None, action=action,
                       member_id=member_id, reason=reason,
                       details=json.dumps(details, sort_keys=True, default=str) if details else None,
                       store=uow.store, origin_terminal=uow.terminal)
    uow.session.add(entry)
    return entry


def require_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("a reason is required (--reason)")
    if len(reason) > 500:
        raise InvalidInput("the reason is longer than 500 characters")
    return reason
