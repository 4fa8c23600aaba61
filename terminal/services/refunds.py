"""Refunds (SPEC 3, Refunds) and expiry of everything due (``loyalty expire``).

A refund is a fact (the money given back); the points it claws back and returns, and what a
full refund reverses, are derived with ids that come from the refund (or the entry reversed),
exactly as the replay in ``terminal.domain.projection`` derives them, so a refund made here
and one received from another till add up the same way everywhere."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from terminal.domain.errors import BadPin, InvalidInput, UnknownSale
from terminal.domain.facts import derived_id
from terminal.domain.program import Program
from terminal.domain.refunds import plan_refund
from terminal.store.models import LedgerEntry, LotRow, Member, PunchEvent, Refund, Sale, Voucher, new_id

from .ledger import Book
from .lookup import surviving
from .staff import audit, require_manager
from .uow import UnitOfWork

MAX_REQUEST_ID = 128


def find_sale(uow: UnitOfWork, receipt: str) -> Sale:
    """By receipt number (``T001-000042``), else by the store's own external receipt id. Text
    shaped like a receipt number names a receipt number only: an external id never answers
    for it (new ones of that shape are refused, ``sales.check_receipt_id``)."""
    from .sales import looks_like_receipt
    text = (receipt or "").strip()
    sale = uow.session.scalars(select(Sale).where(Sale.receipt == text).order_by(Sale.at, Sale.origin_terminal)).first()
    if sale is None and not looks_like_receipt(text):
        sale = uow.session.scalars(select(Sale).where(Sale.store == uow.store, Sale.external_id == text)
                                   .order_by(Sale.at, Sale.origin_terminal)).first()
    if sale is None:
        raise UnknownSale(f"no sale has receipt number or receipt id {text!r}")
    return sale


def refund_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, receipt: str,
                amount: str | None = None, staff_id: str | None = None, request_id: str | None = None, *,
                approver_pin: str | None = None, approval_above: str | None = None) -> dict:
    """``request_id`` (``--refund-id``): a refund repeated with it answers the first, changing
    nothing. ``approval_above`` (a decimal, the till's setting): a refund of more than that needs
    the PIN of a manager (``approver_pin``), who is recorded as the refund's staff and audited."""
    if request_id is not None:
        request_id = request_id.strip()
        if not 0 < len(request_id) <= MAX_REQUEST_ID:
            raise InvalidInput(f"a refund id has 1 to {MAX_REQUEST_ID} characters")
        earlier = uow.session.scalars(select(Refund).where(Refund.store == uow.store,
                                                          Refund.request_id == request_id)).first()
        if earlier is not None:
            return _answer(uow, program, now, earlier, uow.session.get(Sale, earlier.sale_id), duplicate=True)
    sale = find_sale(uow, receipt)
    if now < sale.at:
        raise InvalidInput(f"a refund cannot be dated before its sale ({sale.at.isoformat()})")
    minor = program.currency.parse(amount, what="refund amount") if amount is not None else None
    plan = plan_refund(paid=sale.paid, refunded_before=sale.refunded, fully_refunded=sale.fully_refunded,
                       amount=minor, earned=sale.points_earned, redeemed=sale.points_redeemed,
                       qualifying=sale.qualifying, clawed_before=sale.points_clawed_back,
                       returned_before=sale.points_returned, qualifying_reduced_before=sale.qualifying_refunded,
                       money=program.currency.format)
    approver = _approval(uow, program, plan.amount, approval_above, approver_pin)
    if approver is not None:
        staff_id = approver.id
    s = uow.session
    refund = Refund(id=new_id(), sale_id=sale.id, member_id=sale.member_id, at=now, amount=plan.amount,
                    points_clawed_back=plan.points_clawed_back, points_returned=plan.points_returned,
                    qualifying_reduction=plan.qualifying_reduction, full=plan.full, staff_id=staff_id,
                    request_id=request_id, store=uow.store, origin_terminal=uow.terminal, program_version=version)
    s.add(refund)
    sale.refunded += plan.amount
    sale.points_clawed_back += plan.points_clawed_back
    sale.points_returned += plan.points_returned
    sale.qualifying_refunded += plan.qualifying_reduction
    sale.fully_refunded = plan.full
    if sale.member_id:
        book = Book.open(uow, surviving(uow, s.get(Member, sale.member_id)), program, version, now)
        common = {"sale_id": sale.id, "refund_id": refund.id, "derived": True, "member_id": sale.member_id,
                  "store": uow.store}
        if plan.points_clawed_back:
            book.post("clawback", -plan.points_clawed_back, now, rule="refund",
                      entry_id=derived_id("clawback", refund.id), **common)
        if plan.points_returned:
            book.post("return", plan.points_returned, now, rule="refund", entry_id=derived_id("return", refund.id),
                      **common)
        if plan.full:
            _reverse_sale_extras(uow, program, version, now, sale, book, refund.id)
    elif plan.full:
        _undo_vouchers_and_punches(uow, program, version, now, sale, None, refund.id)
    if approver is not None:
        audit(uow, now, approver, "refund_approved", member_id=sale.member_id, receipt=sale.receipt,
              refund=refund.id, amount=program.currency.format(plan.amount))
    return _answer(uow, program, now, refund, sale, approver=approver)


def _answer(uow, program, now, refund: Refund, sale: Sale, duplicate: bool = False, approver=None) -> dict:
    from .views import member_view
    member = book = None
    if sale.member_id:
        member = surviving(uow, uow.session.get(Member, sale.member_id))
        book = Book(uow, member, program, 0)
    return {
        "id": refund.id,
        "receipt": sale.receipt,
        "refund_id": refund.request_id,
        "amount": program.currency.format(refund.amount),
        "points_clawed_back": refund.points_clawed_back,
        "points_returned": refund.points_returned,
        "full": refund.full,
        "duplicate": duplicate,
        "approved_by": approver.name if approver is not None else None,
        "member": member_view(uow, program, member, book, now) if member else None,
    }


def _approval(uow: UnitOfWork, program: Program, amount: int, approval_above: str | None, pin: str | None):
    """The approving manager when ``amount`` is above ``approval_above``; ``bad_pin`` without one."""
    if approval_above is None:
        return None
    limit = program.currency.parse(approval_above, what="refund approval limit")
    if amount <= limit:
        return None
    if not pin:
        raise BadPin(f"a refund of {program.currency.format(amount)} is above {program.currency.format(limit)}: "
                     "it needs a manager's PIN")
    return require_manager(uow, pin)


def _reverse_sale_extras(uow, program, version, now, sale: Sale, book: Book, refund_id: str) -> None:
    """On the full refund: bonus and referral entries reversed (those not cancelled as paid
    twice), vouchers issued by the sale voided (if unused), vouchers it used given back (a use
    charged as a voucher used twice is credited back), punches taken back."""
    s = uow.session
    extras = s.scalars(select(LedgerEntry).where(LedgerEntry.sale_id == sale.id, LedgerEntry.derived.is_(False),
                                                 LedgerEntry.kind.in_(("bonus", "referral")))).all()
    for entry in extras:
        if s.get(LedgerEntry, derived_id("superseded", entry.id)) is not None:
            continue
        owner = s.get(Member, entry.member_id)
        if owner is None:
            continue  # a referrer this terminal does not hold: their own store reverses it
        owner = surviving(uow, owner)
        target = book if owner.id == book.member.id else Book.open(uow, owner, program, version, now)
        target.post("reversal", -entry.points, now, rule=entry.key or entry.kind, sale_id=sale.id,
                    refund_id=refund_id, derived=True, entry_id=derived_id("reversal", entry.id),
                    member_id=entry.member_id, store=uow.store)
    for entry in s.scalars(select(LedgerEntry).where(LedgerEntry.sale_id == sale.id,
                                                     LedgerEntry.kind == "challenge")).all():
        # A challenge's bonus goes with the sale that completed it; the challenge stays completed.
        book.post("reversal", -entry.points, now, rule=entry.rule, sale_id=sale.id, refund_id=refund_id,
                  derived=True, entry_id=derived_id("reversal", entry.id), member_id=entry.member_id,
                  store=uow.store)
    _undo_vouchers_and_punches(uow, program, version, now, sale, book, refund_id)


def _undo_vouchers_and_punches(uow, program, version, now, sale: Sale, book: Book | None, refund_id: str) -> None:
    s = uow.session
    for voucher in s.scalars(select(Voucher).where(Voucher.issued_by_sale == sale.id, Voucher.status == "open")):
        voucher.status = "void"
    for voucher in s.scalars(select(Voucher).where(Voucher.used_by_sale == sale.id, Voucher.status == "used")):
        voucher.status, voucher.used_by_sale = "open", None
    if book is not None:
        for charge in s.scalars(select(LedgerEntry).where(LedgerEntry.sale_id == sale.id,
                                                          LedgerEntry.kind == "charge")).all():
            book.post("reversal", -charge.points, now, rule=charge.rule, sale_id=sale.id, refund_id=refund_id,
                      derived=True, entry_id=derived_id("reversal", charge.id), member_id=charge.member_id,
                      store=uow.store)
    for punch in s.scalars(select(PunchEvent).where(PunchEvent.sale_id == sale.id, PunchEvent.units > 0,
                                                    PunchEvent.derived.is_(False))).all():
        s.add(PunchEvent(id=derived_id("punch-takeback", punch.id), member_id=punch.member_id,
                         punch_card=punch.punch_card, units=-punch.units, sale_id=sale.id, at=now, derived=True,
                         origin_terminal=0, program_version=None))


def expire_all(uow: UnitOfWork, program: Program, version: int, now: datetime) -> dict:
    """Expire every lot due by ``now``. A member on their own (no account merged into them,
    nothing received waiting to be projected) has each due lot closed by one derived
    ``expire`` entry, exactly as their ``Book`` would write it: for all such members together
    in two statements. Families and members with facts waiting go through their ``Book``."""
    bulk = _expire_alone(uow, now)
    rest = _expire_one_by_one(uow, program, version, now)
    return {"members": bulk["members"] + rest["members"], "points": bulk["points"] + rest["points"]}


_DUE_ALONE = """
    SELECT l.entry_id, l.member_id, l.expires_at, l.remaining, m.store
    FROM lots l JOIN members m ON m.id = l.member_id
    WHERE l.remaining > 0 AND l.expires_at IS NOT NULL AND l.expires_at <= :now AND m.status != 'merged'
      AND NOT EXISTS (SELECT 1 FROM members c WHERE c.merged_into = m.id AND c.status = 'merged')
      AND NOT EXISTS (SELECT 1 FROM dirty_members d WHERE d.member_id = m.id)"""


def _expire_alone(uow: UnitOfWork, now: datetime) -> dict:
    from sqlalchemy import text
    from terminal.store.journal import sqlite_instant
    s = uow.session
    s.flush()
    connection = s.connection()
    raw = connection.connection.driver_connection
    raw.create_function("loyalty_expire_id", 1, lambda entry_id: derived_id("expire", entry_id), deterministic=True)
    connection.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS due_lots (entry_id TEXT PRIMARY KEY, member_id TEXT, "
                               "expires_at TEXT, remaining INTEGER, store TEXT)")
    connection.exec_driver_sql("DELETE FROM due_lots")
    connection.execute(text("INSERT INTO due_lots " + _DUE_ALONE), {"now": sqlite_instant(now)})
    members, points = connection.exec_driver_sql(
        "SELECT count(DISTINCT member_id), coalesce(sum(remaining), 0) FROM due_lots").one()
    if members:
        connection.exec_driver_sql(
            "INSERT INTO ledger_entries (id, origin_terminal, program_version, seq, member_id, at, kind, points, rule, "
            "expires_at, lot_id, derived, store) "
            "SELECT loyalty_expire_id(entry_id), 0, NULL, 0, member_id, expires_at, 'expire', -remaining, 'expiry', "
            "NULL, entry_id, 1, store FROM due_lots")
        connection.exec_driver_sql("UPDATE lots SET remaining = 0 WHERE entry_id IN (SELECT entry_id FROM due_lots)")
        s.expire_all()
    connection.exec_driver_sql("DELETE FROM due_lots")
    return {"members": members, "points": points}


def _expire_one_by_one(uow: UnitOfWork, program: Program, version: int, now: datetime) -> dict:
    member_ids = uow.session.scalars(select(LotRow.member_id).distinct().where(
        LotRow.remaining > 0, LotRow.expires_at.is_not(None), LotRow.expires_at <= now)).all()
    members = points = 0
    for member_id in member_ids:
        member = uow.session.get(Member, member_id)
        if member is None:
            continue
        book = Book.open(uow, surviving(uow, member), program, version, now)
        if book.expired:
            members += 1
            points += book.expired
        uow.session.flush()
    return {"members": members, "points": points}
