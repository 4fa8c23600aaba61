"""Signing in with a PIN: the wrong-PIN guard, staff sessions, and the role check that every
manager use case makes (so the CLI's ``--pin`` and the till's sign-in obey the same rules).

* A credential is a PIN, or the token of a session opened by :func:`sign_in`
  (``"session:..."``; only its hash is stored), or an :class:`Authorized` that
  :func:`authenticate` already returned in this process.
* Wrong PINs in a row are counted per terminal in the database (table ``pin_guard``), so
  separate CLI processes share the count; the waits of ``terminal.domain.pin_policy`` are
  measured on ``guard_now``, a clock of its own that ``--now`` does not move (the business
  clock can be set by whoever runs the CLI; the guard's cannot). Tests inject it.
* A wrong PIN is refused with the same words whether it belongs to nobody or to someone who
  may not do this; each one is written to the audit log (in its own transaction, since the
  use case that asked rolls back). A PIN tried while the guard makes it wait is refused
  before it is checked: it neither counts nor reaches the audit log, so nobody can flood it.
* A session ends on sign-out, when its staff member is deactivated, or after the idle time of
  its purpose (settings ``signout_idle_till_s`` / ``signout_idle_backoffice_s``).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from terminal.domain.errors import BadPin, PinLocked
from terminal.domain.pin_policy import LOCKOUT_SECONDS, delay_after, locked_out, wait_left
from terminal.store.database import Database
from terminal.store.models import PinGuard, Staff, StaffSession, new_id

from .staff import audit, find_staff_by_pin
from .uow import UnitOfWork

SCOPE = "pins"
TOKEN_PREFIX = "session:"
MANAGER = ("manager",)
ANY_STAFF = ("cashier", "manager")
PURPOSES = {"till": ANY_STAFF, "backoffice": MANAGER}
IDLE_SETTINGS = {"till": ("signout_idle_till_s", 900), "backoffice": ("signout_idle_backoffice_s", 180)}
MAX_IDLE_SECONDS = 24 * 3600
WRONG_PIN = "wrong PIN, or not the PIN of someone who may do this"


@dataclass(frozen=True)
class Authorized:
    """A credential checked by :func:`authenticate`: who, with which role."""

    staff_id: str
    name: str
    role: str
    session_id: str | None = None

    def as_dict(self) -> dict:
        return {"id": self.staff_id, "name": self.name, "role": self.role}


def idle_seconds(uow: UnitOfWork, purpose: str) -> int:
    key, default = IDLE_SETTINGS[purpose]
    raw = uow.setting(key)
    return int(raw) if raw is not None and raw.isdigit() else default


def guard_state(uow: UnitOfWork) -> tuple[int, datetime | None]:
    row = uow.session.get(PinGuard, SCOPE)
    return (row.failures, row.last_failure_at) if row else (0, None)


def check_not_locked(uow: UnitOfWork, guard_now: datetime) -> None:
    failures, last = guard_state(uow)
    wait = wait_left(failures, last, guard_now)
    if wait:
        if locked_out(failures):
            raise PinLocked(f"too many wrong PINs in a row: PINs are locked for {wait} more seconds", wait)
        raise PinLocked(f"too many wrong PINs in a row: wait {wait} seconds before the next try", wait)


def authenticate(db: Database, credential, *, roles: tuple[str, ...], action: str, now: datetime,
                 guard_now: datetime) -> Authorized:
    """The staff member behind ``credential`` if their role is one of ``roles``; else
    ``bad_pin`` (or ``pin_locked`` while the guard makes PINs wait)."""
    if isinstance(credential, Authorized):
        if credential.role not in roles:
            raise BadPin(WRONG_PIN)
        return credential
    if isinstance(credential, str) and credential.startswith(TOKEN_PREFIX):
        return _check_session(db, credential, roles, guard_now)
    return _check_pin(db, credential, roles, action, now, guard_now)


def _check_pin(db, pin, roles, action, now, guard_now) -> Authorized:
    if not isinstance(pin, str) or not pin.strip():
        raise BadPin("a PIN is required")
    with UnitOfWork(db, write=False) as uow:
        check_not_locked(uow, guard_now)
        failures = guard_state(uow)[0]
        staff = find_staff_by_pin(uow, pin.strip())
        found = Authorized(staff.id, staff.name, staff.role) if staff else None
    if found is None or found.role not in roles:
        _record_failure(db, found, action, now, guard_now)
    if failures:
        with UnitOfWork(db) as uow:
            row = uow.session.get(PinGuard, SCOPE)
            row.failures, row.last_failure_at = 0, None
            uow.commit()
    return found


def _record_failure(db, found: Authorized | None, action: str, now: datetime, guard_now: datetime):
    with UnitOfWork(db) as uow:
        row = uow.session.get(PinGuard, SCOPE)
        if row is None:
            row = PinGuard(scope=SCOPE, failures=0)
            uow.session.add(row)
        row.failures += 1
        row.last_failure_at = guard_now
        failures = row.failures
        # The log (for managers) may say that a known PIN was used beyond its role; the
        # answer to whoever typed it never does.
        staff = uow.session.get(Staff, found.staff_id) if found else None
        audit(uow, now, staff, "pin_failed", reason="wrong PIN" if found is None else "PIN without the role",
              attempt=action, failures=failures)
        uow.commit()
    wait = delay_after(failures)
    if locked_out(failures):
        raise _bad_pin(f"{WRONG_PIN}. Too many wrong PINs in a row: PINs are locked for {LOCKOUT_SECONDS} seconds",
                       locked_for=LOCKOUT_SECONDS)
    if wait:
        raise _bad_pin(f"{WRONG_PIN}. Wait {wait} seconds before the next try", wait=wait)
    raise BadPin(WRONG_PIN)


def _bad_pin(message: str, *, wait: int | None = None, locked_for: int | None = None) -> BadPin:
    """``bad_pin`` carrying what comes next (a wait, a lockout), for screens to say in their language."""
    error = BadPin(message)
    error.wait, error.locked_for = wait, locked_for
    return error


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_session(db, token: str, roles, guard_now: datetime) -> Authorized:
    with UnitOfWork(db) as uow:
        row = uow.session.scalars(select(StaffSession).where(StaffSession.token_hash == _hash(token))).first()
        if row is None or row.ended_at is not None:
            raise BadPin("signed out: sign in again with your PIN")
        limit = idle_seconds(uow, row.purpose)
        if limit and (guard_now - row.last_seen_at).total_seconds() > limit:
            row.ended_at, row.ended_reason = guard_now, "idle"
            uow.commit()
            raise BadPin(f"signed out after {limit // 60 or 1} minute(s) without activity: sign in again")
        staff = uow.session.get(Staff, row.staff_id)
        if not staff.active:
            raise BadPin("signed out: this staff member was deactivated")
        if staff.role not in roles:
            raise BadPin("this needs a manager to sign in")
        row.last_seen_at = max(row.last_seen_at, guard_now)
        uow.commit()
        return Authorized(staff.id, staff.name, staff.role, row.id)


def sign_in(db: Database, pin: str, purpose: str, *, now: datetime, guard_now: datetime) -> dict:
    """Open a session for ``purpose`` ("till": a cashier's or manager's shift; "backoffice":
    a manager). Returns the staff member, the session token and its idle limit."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown sign-in purpose {purpose!r}")
    who = authenticate(db, pin, roles=PURPOSES[purpose], action=f"sign_in:{purpose}", now=now, guard_now=guard_now)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with UnitOfWork(db) as uow:
        session = StaffSession(id=new_id(), token_hash=_hash(token), staff_id=who.staff_id, purpose=purpose,
                               started_at=guard_now, last_seen_at=guard_now)
        uow.session.add(session)
        audit(uow, now, uow.session.get(Staff, who.staff_id), "sign_in", reason=purpose)
        limit = idle_seconds(uow, purpose)
        uow.commit()
    return {"staff": who.as_dict(), "session": token, "purpose": purpose, "idle_seconds": limit}


def sign_out(db: Database, token: str, *, now: datetime, guard_now: datetime, reason: str = "sign_out") -> bool:
    """End the session (idempotent). ``reason``: "sign_out" or "idle"."""
    with UnitOfWork(db) as uow:
        row = uow.session.scalars(select(StaffSession).where(StaffSession.token_hash == _hash(token or ""))).first()
        if row is None or row.ended_at is not None:
            return False
        row.ended_at, row.ended_reason = guard_now, reason[:32]
        audit(uow, now, uow.session.get(Staff, row.staff_id), "sign_out", reason=reason[:32], purpose=row.purpose)
        uow.commit()
        return True


def end_sessions_of(uow: UnitOfWork, staff_id: str, guard_now: datetime, reason: str) -> None:
    for row in uow.session.scalars(select(StaffSession).where(StaffSession.staff_id == staff_id,
                                                              StaffSession.ended_at.is_(None))):
        row.ended_at, row.ended_reason = guard_now, reason


def staff_of(uow: UnitOfWork, who: Authorized | None) -> Staff | None:
    return uow.session.get(Staff, who.staff_id) if who else None
