"""A refund above the till's limit needs a manager's PIN, checked by the service itself (the
till asks for it, but a till with a bug, or another caller, cannot skip it)."""

from __future__ import annotations

import json

import pytest

from terminal.domain.errors import BadPin, RefundExceedsSale

MANAGER, CASHIER = "2468", "1357"


@pytest.fixture
def store(make_loyalty):
    app, _clock = make_loyalty(manager_pin=MANAGER)
    app.add_staff(name="Cas", role="cashier", pin=CASHIER, by_pin=MANAGER)
    member = app.enroll(name="Ann", phone="(212) 555-0147")["member"]
    sale = app.sale(app.request(member=member["card"], amount="80.00"))["sale"]
    return app, sale


def test_a_refund_up_to_the_limit_needs_no_pin(store):
    app, sale = store
    result = app.refund(sale["receipt"], "50.00", approval_above="50.00")["refund"]
    assert result["amount"] == "50.00"


def test_above_the_limit_no_pin_or_a_cashier_pin_is_bad_pin_and_changes_nothing(store):
    app, sale = store
    with pytest.raises(BadPin):
        app.refund(sale["receipt"], "50.01", approval_above="50.00")
    with pytest.raises(BadPin):
        app.refund(sale["receipt"], None, approval_above="50.00", approver_pin=CASHIER)   # everything left: 80.00
    with pytest.raises(BadPin):
        app.refund(sale["receipt"], "60.00", approval_above="50.00", approver_pin="9999")
    assert app.sale_record(sale["receipt"])["refunded"] == "0.00"


def test_a_manager_pin_approves_and_is_recorded(store):
    app, sale = store
    result = app.refund(sale["receipt"], None, approval_above="50.00", approver_pin=MANAGER)["refund"]
    assert result["amount"] == "80.00" and result["full"]
    from sqlalchemy import select
    from terminal.services.uow import UnitOfWork
    from terminal.store.models import AuditEntry, Refund, Staff
    with UnitOfWork(app.db, write=False) as uow:
        staff_id, details = uow.session.execute(select(AuditEntry.staff_id, AuditEntry.details)
                                                .where(AuditEntry.action == "refund_approved")).one()
        role = uow.session.execute(select(Staff.role).where(Staff.id == staff_id)).scalar_one()
        refund_staff = uow.session.execute(select(Refund.staff_id)).scalar_one()
    assert role == "manager" and refund_staff == staff_id
    assert json.loads(details)["receipt"] == sale["receipt"]


def test_without_a_limit_nothing_changes_and_other_errors_come_first(store):
    app, sale = store
    with pytest.raises(RefundExceedsSale):   # more than was paid: refused before any PIN question
        app.refund(sale["receipt"], "90.00", approval_above="50.00")
    assert app.refund(sale["receipt"], "70.00")["refund"]["amount"] == "70.00"
