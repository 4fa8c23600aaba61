"""Signing in: wrong PINs wait longer and longer, then lock; each is audited and names nobody;
sessions end on sign-out, on idle and on deactivation; sales record who rang them; the CLI's
``--pin`` obeys the same guard, shared between processes through the database."""

from __future__ import annotations

import json
from types import SimpleNamespace
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from terminal.cli.main import main
from terminal.domain.clock import FixedClock
from terminal.domain.errors import BadPin, InvalidInput, PinLocked
from terminal.domain.pin_policy import LOCKOUT_SECONDS, delay_after
from terminal.services.uow import UnitOfWork
from terminal.store.models import AuditEntry, PinGuard, Sale

MANAGER, CASHIER = "2468", "1357"


@pytest.fixture
def store(make_loyalty):
    app, _clock = make_loyalty(None, manager_pin=MANAGER)
    app.guard_clock = FixedClock(datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc))
    app.add_staff(name="Cass Cashier", role="cashier", pin=CASHIER, by_pin=MANAGER)
    card = app.enroll(name="Alice", phone="(212) 555-0111")["member"]["card"]
    return app, card


def audits(app, action):
    with UnitOfWork(app.db, write=False) as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.at))
        return [SimpleNamespace(action=a.action, reason=a.reason, details=a.details, staff_id=a.staff_id)
                for a in rows]


def test_the_delays_grow_then_lock():
    assert [delay_after(n) for n in range(12)] == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, LOCKOUT_SECONDS, LOCKOUT_SECONDS]


def test_wrong_pins_wait_longer_and_longer_and_then_lock_even_the_right_pin(store):
    app, card = store
    guard = app.guard_clock
    for n in range(1, 10):
        with pytest.raises(BadPin) as wrong:
            app.adjust(card, 10, "test", "9999" if n % 2 else CASHIER)   # a cashier's PIN counts too
        message = wrong.value.message
        assert "Cass" not in message and "cashier" not in message.lower()
        wait = delay_after(n)
        if wait:
            assert f"Wait {wait} seconds" in message
            with pytest.raises(PinLocked) as early:   # even the right PIN must wait
                app.adjust(card, 10, "test", MANAGER)
            assert early.value.retry_after == wait and early.value.to_dict()["retry_after"] == wait
            guard.advance(seconds=wait)
    with pytest.raises(BadPin, match="locked"):           # the tenth wrong PIN locks
        app.adjust(card, 10, "test", "8642")
    guard.advance(seconds=LOCKOUT_SECONDS - 1)
    with pytest.raises(PinLocked):
        app.sign_in(MANAGER, "backoffice")
    guard.advance(seconds=1)
    assert app.adjust(card, 10, "test", MANAGER)["member"]["balance"] == 10
    failed = audits(app, "pin_failed")
    assert len(failed) == 10, "each wrong PIN is audited; a refused early try is not"
    assert sorted(json.loads(a.details)["failures"] for a in failed) == list(range(1, 11))
    assert sum(a.staff_id is not None for a in failed) == 4, "the log (for managers) knows a cashier's PIN was used"
    with UnitOfWork(app.db, write=False) as uow:
        assert uow.session.get(PinGuard, "pins").failures == 0, "a right PIN clears the count"


def test_business_time_cannot_skip_the_wait(store):
    app, card = store
    for _ in range(3):
        with pytest.raises(BadPin):
            app.adjust(card, 10, "test", "9999")
    app.clock.advance(days=30)   # --now moves business time only
    with pytest.raises(PinLocked):
        app.adjust(card, 10, "test", MANAGER)


def test_a_clock_set_back_never_shortens_the_wait(store):
    app, card = store
    for _ in range(4):
        with pytest.raises((BadPin, PinLocked)):
            app.adjust(card, 10, "test", "9999")
        app.guard_clock.advance(seconds=1)
    app.guard_clock.advance(hours=-5)
    with pytest.raises(PinLocked):
        app.adjust(card, 10, "test", MANAGER)


def test_sessions_roles_idle_and_sign_out(store):
    app, card = store
    with pytest.raises(BadPin):
        app.sign_in(CASHIER, "backoffice")   # cashiers do not enter the back office
    shift = app.sign_in(CASHIER, "till")
    assert shift["staff"]["role"] == "cashier" and shift["session"].startswith("session:")
    sale = app.sale(app.request(member=card, amount="10.00"), session=shift["session"])["sale"]
    with UnitOfWork(app.db, write=False) as uow:
        assert uow.session.get(Sale, sale["id"]).staff_id == shift["staff"]["id"]
    with pytest.raises(BadPin, match="manager"):
        app.adjust(card, 5, "test", shift["session"])      # a cashier's session is no manager's
    office = app.sign_in(MANAGER, "backoffice")
    assert app.adjust(card, 5, "goodwill", office["session"])["member"]["balance"] == 15
    app.guard_clock.advance(seconds=office["idle_seconds"] + 1)
    with pytest.raises(BadPin, match="without activity"):
        app.adjust(card, 5, "goodwill", office["session"])
    with pytest.raises(BadPin, match="signed out"):
        app.adjust(card, 5, "goodwill", office["session"])  # ended for good
    app.sale(app.request(amount="1.00"), session=shift["session"])   # 900 s for the till: still on
    assert app.sign_out(shift["session"]) is True and app.sign_out(shift["session"]) is False
    with pytest.raises(BadPin, match="signed out"):
        app.sale(app.request(amount="1.00"), session=shift["session"])
    assert [a.reason for a in audits(app, "sign_in")] == ["till", "backoffice"]
    assert len(audits(app, "sign_out")) == 1


def test_staff_screen_rules(store):
    app, _ = store
    office = app.sign_in(MANAGER, "backoffice")["session"]
    bo = app.backoffice
    listed = bo.staff(office)
    me = next(s for s in listed["staff"] if s["role"] == "manager")
    with pytest.raises(InvalidInput, match="last active manager"):
        bo.set_staff_active(office, me["id"], False)
    mia = bo.add_staff(office, name="Mia Manager", role="manager", pin="8642")["staff"]
    cass = next(s for s in listed["staff"] if s["role"] == "cashier")
    with pytest.raises(BadPin, match="already in use"):
        bo.reset_pin(office, cass["id"], "8642")
    bo.reset_pin(office, cass["id"], "9753")
    assert app.sign_in("9753", "till")["staff"]["name"] == "Cass Cashier"
    with pytest.raises(BadPin):
        app.sign_in(CASHIER, "till")               # the old PIN is gone
    cass_shift = app.sign_in("9753", "till")["session"]
    bo.set_staff_active(office, cass["id"], False)
    with pytest.raises(BadPin, match="signed out"):
        app.sale(app.request(amount="1.00"), session=cass_shift)
    bo.set_staff_active(office, me["id"], False)    # Mia remains
    with pytest.raises(BadPin, match="signed out"):
        bo.staff(office)                            # my own session ended with my deactivation
    mia_office = app.sign_in("8642", "backoffice")["session"]
    with pytest.raises(InvalidInput, match="last active manager"):
        bo.set_staff_active(mia_office, mia["id"], False)
    assert bo.set_idle_seconds(mia_office, "backoffice", 60)["idle_seconds"]["backoffice"] == 60
    with pytest.raises(InvalidInput):
        bo.set_idle_seconds(mia_office, "backoffice", -1)
    actions = [a.action for a in audits(app, "staff_pin_reset") + audits(app, "staff_deactivate")]
    assert actions == ["staff_pin_reset", "staff_deactivate", "staff_deactivate"]


def test_the_cli_pin_shares_the_guard_between_processes(store, capsys):
    app, card = store
    db = app.db.path
    argv = ["--db", db, "--json", "member", "adjust", card, "--points", "5", "--reason", "x", "--pin"]
    assert main(argv + ["9999"]) == 1
    assert main(argv + ["9998"]) == 1
    capsys.readouterr()
    with UnitOfWork(app.db, write=False) as uow:
        assert uow.session.get(PinGuard, "pins").failures == 2, "two processes, one count"
    with UnitOfWork(app.db) as uow:   # as if eight more had failed just now
        row = uow.session.get(PinGuard, "pins")
        row.failures, row.last_failure_at = 10, datetime.now(timezone.utc)
        uow.commit()
    for _ in range(20):
        assert main(argv + [MANAGER]) == 1
        assert json.loads(capsys.readouterr().out)["error"]["code"] == "pin_locked"
    assert app.show_member(card)["member"]["balance"] == 0
