"""Refunds (SPEC 3, Refunds) and expiry of everything due (``loyalty expire``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select

from terminal.domain.errors import BadPin, UnknownSale
from terminal.domain.program import Program
from terminal.domain.refunds import plan_refund
from terminal.store.models import LedgerEntry, LotRow, Member, PunchEvent, Refund, Sale, Voucher, new_id

from .ledger import Book
from .lookup import surviving
from .staff import audit, require_manager
from .uow import UnitOfWork


def find_sale(uow: UnitOfWork, receipt: str) -> Sale:
    text = (receipt or "").strip()
    sale = uow.session.scalars(select(Sale).where(or_(Sale.receipt == text, Sale.external_id == text))).first()
    if sale is None:
        raise UnknownSale(f"no sale has receipt number or receipt id {text!r}")
    return sale


def refund_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, receipt: str,
                amount: str | None = None, staff_id: str | None = None, *, approver_pin: str | None = None,
                approval_above: str | None = None) -> dict:
    """``approval_above`` (a decimal, the till's setting): a refund of more than that needs the
    PIN of a manager (``approver_pin``), who is recorded as the refund's staff and in the audit log."""
    sale = find_sale(uow, receipt)
    minor = program.currency.parse(amount, what="refund amount") if amount is not None else None
    plan = plan_refund(paid=sale.paid, refunded_before=sale.refunded, fully_refunded=sale.fully_refunded,
                       amount=minor, earned=sale.points_earned, redeemed=sale.points_redeemed,
                       qualifying=sale.qualifying, clawed_before=sale.points_clawed_back,
                       returned_before=sale.points_returned, qualifying_reduced_before=sale.qualifying_refunded)
    approver = _approval(uow, program, plan.amount, approval_above, approver_pin)
    if approver is not None:
        staff_id = approver.id
    s = uow.session
    refund = Refund(id=new_id(), sale_id=sale.id, at=now, amount=plan.amount,
                    points_clawed_back=plan.points_clawed_back, points_returned=plan.points_returned,
                    qualifying_reduction=plan.qualifying_reduction, full=plan.full, staff_id=staff_id,
                    origin_terminal=uow.terminal, program_version=version)
    s.add(refund)
    sale.refunded += plan.amount
    sale.points_clawed_back += plan.points_clawed_back
    sale.points_returned += plan.points_returned
    sale.qualifying_refunded += plan.qualifying_reduction
    sale.fully_refunded = plan.full
    member = book = None
    if sale.member_id:
        member = surviving(uow, s.get(Member, sale.member_id))
        book = Book(uow, member, program, version)
        book.expire_due(now)
        common = {"sale_id": sale.id, "refund_id": refund.id}
        if plan.points_clawed_back:
            book.post("clawback", -plan.points_clawed_back, now, rule="refund", **common)
        if plan.points_returned:
            book.post("return", plan.points_returned, now, rule="refund", **common)
        if plan.full:
            _reverse_sale_extras(uow, program, version, now, sale, book, refund.id)
    if approver is not None:
        audit(uow, now, approver, "refund_approved", member_id=sale.member_id, receipt=sale.receipt,
              refund=refund.id, amount=program.currency.format(plan.amount))
    from .views import member_view
    return {
        "id": refund.id,
        "receipt": sale.receipt,
        "amount": program.currency.format(plan.amount),
        "points_clawed_back": plan.points_clawed_back,
        "points_returned": plan.points_returned,
        "full": plan.full,
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
    """On the full refund: bonus and referral entries reversed, vouchers issued by the sale
    voided (if unused), vouchers it used given back, punches taken back."""
    s = uow.session
    extras = s.scalars(select(LedgerEntry).where(LedgerEntry.sale_id == sale.id,
                                                 LedgerEntry.kind.in_(("bonus", "referral")))).all()
    for entry in extras:
        owner = surviving(uow, s.get(Member, entry.member_id))
        target = book if owner.id == book.member.id else Book(uow, owner, program, version)
        if target is not book:
            target.expire_due(now)
        target.post("reversal", -entry.points, now, rule=entry.rule, sale_id=sale.id, refund_id=refund_id)
    for voucher in s.scalars(select(Voucher).where(Voucher.issued_by_sale == sale.id, Voucher.status == "open")):
        voucher.status = "void"
    for voucher in s.scalars(select(Voucher).where(Voucher.used_by_sale == sale.id, Voucher.status == "used")):
        voucher.status, voucher.used_by_sale = "open", None
    for punch in s.scalars(select(PunchEvent).where(PunchEvent.sale_id == sale.id, PunchEvent.units > 0)).all():
        s.add(PunchEvent(id=new_id(), member_id=punch.member_id, punch_card=punch.punch_card, units=-punch.units,
                         sale_id=sale.id, at=now, origin_terminal=uow.terminal, program_version=version))


def expire_all(uow: UnitOfWork, program: Program, version: int, now: datetime) -> dict:
    member_ids = uow.session.scalars(select(LotRow.member_id).distinct().where(
        LotRow.remaining > 0, LotRow.expires_at.is_not(None), LotRow.expires_at <= now)).all()
    members = points = 0
    for member_id in member_ids:
        book = Book(uow, uow.session.get(Member, member_id), program, version)
        expired = book.expire_due(now)
        if expired:
            members += 1
            points += expired
    return {"members": members, "points": points}
