"""The back office's staff screen: list, add, reset a PIN, deactivate or reactivate, and the
idle times after which sessions end. A store always keeps one active manager: the last one
cannot be deactivated. Every change is audited with the manager who made it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from terminal.domain.errors import BadPin, InvalidInput
from terminal.domain.pins import check_pin_format, hash_pin
from terminal.store.models import Staff

from .signin import IDLE_SETTINGS, MAX_IDLE_SECONDS, end_sessions_of, idle_seconds
from .staff import audit, change_staff, create_staff, find_staff_by_pin
from .uow import UnitOfWork


def staff_row(staff: Staff) -> dict:
    return {"id": staff.id, "name": staff.name, "role": staff.role, "active": staff.active,
            "created_at": staff.created_at.isoformat()}


def list_staff(uow: UnitOfWork) -> dict:
    rows = uow.session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.role.desc(), Staff.name))
    return {"staff": [staff_row(s) for s in rows],
            "idle_seconds": {purpose: idle_seconds(uow, purpose) for purpose in IDLE_SETTINGS}}


def _staff(uow: UnitOfWork, staff_id: str) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None:
        raise InvalidInput(f"no staff member has id {staff_id}")
    return staff


def add_staff(uow: UnitOfWork, manager: Staff, now: datetime, *, name: str, role: str, pin: str) -> dict:
    staff = create_staff(uow, name, role, pin, now)
    audit(uow, now, manager, "staff_add", reason=f"new {role}", staff_member=staff.id, name=staff.name)
    return {"staff": staff_row(staff)}


def reset_pin(uow: UnitOfWork, manager: Staff, now: datetime, staff_id: str, pin: str) -> dict:
    staff = _staff(uow, staff_id)
    check_pin_format(pin)
    other = find_staff_by_pin(uow, pin)
    if other is not None and other.id != staff.id:
        raise BadPin("that PIN is already in use; PINs identify staff, so each must be unique")
    change_staff(uow, staff, now, manager, pin_hash=hash_pin(pin))
    audit(uow, now, manager, "staff_pin_reset", reason="PIN reset", staff_member=staff.id, name=staff.name)
    return {"staff": staff_row(staff)}


def set_active(uow: UnitOfWork, manager: Staff, now: datetime, guard_now: datetime, staff_id: str,
               active: bool) -> dict:
    staff = _staff(uow, staff_id)
    if staff.active == active:
        return {"staff": staff_row(staff)}
    if not active and staff.role == "manager":
        managers = uow.session.scalar(select(func.count(Staff.id)).where(Staff.role == "manager",
                                                                        Staff.active.is_(True)))
        if managers <= 1:
            raise InvalidInput(f"{staff.name} is the last active manager; add another manager first")
    change_staff(uow, staff, now, manager, active=active)
    if not active:
        end_sessions_of(uow, staff.id, guard_now, "deactivated")
    audit(uow, now, manager, "staff_activate" if active else "staff_deactivate",
          reason="reactivated" if active else "deactivated", staff_member=staff.id, name=staff.name)
    return {"staff": staff_row(staff)}


def set_idle_seconds(uow: UnitOfWork, manager: Staff, now: datetime, purpose: str, seconds: int) -> dict:
    if purpose not in IDLE_SETTINGS:
        raise InvalidInput(f"purpose must be one of {', '.join(IDLE_SETTINGS)}")
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 <= seconds <= MAX_IDLE_SECONDS:
        raise InvalidInput(f"the idle time is 0 (never sign out) to {MAX_IDLE_SECONDS} seconds")
    uow.set_setting(IDLE_SETTINGS[purpose][0], str(seconds))
    audit(uow, now, manager, "setting", reason=f"sign out {purpose} after {seconds} s idle",
          key=IDLE_SETTINGS[purpose][0], value=seconds)
    return list_staff(uow)
