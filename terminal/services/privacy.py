"""A member's own data: everything held about them (export), and its erasure.

``export`` gathers, for the member and every account merged into them, the profile as held,
cards, member events, the ledger, sales with their lines and redemptions, refunds, vouchers,
punches, audit entries about them and the notifications queued for them, as one JSON object.

``erase`` (manager PIN) writes one ``erased`` member event per account of the person; that fact
syncs, and on every node that holds it the personal fields (name, phone, email, birthday) are
removed from rows, journal bodies and the print queue (``terminal.store.redaction``). Numbers
stay: the ledger, sales, refunds, lots and reports are untouched, so the balance history still
sums and ``loyalty check`` still verifies every chain. The account itself remains, anonymous:
its card still finds it and its points can still be spent.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import or_, select

from terminal.domain.errors import InvalidInput
from terminal.domain.program import Program
from terminal.store import redaction
from terminal.store.models import (AuditEntry, Card, LedgerEntry, Member, MemberEvent, PunchEvent, Refund, Sale,
                                   Voucher)

from .ledger import Book, family_of
from .lookup import resolve
from .members import member_event
from .notifications import member_notifications
from .staff import audit, require_manager
from .uow import UnitOfWork
from .views import member_view


def is_erased(uow: UnitOfWork, member_id: str) -> bool:
    return bool(redaction.erasures(uow.session, [member_id]))


def erase(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str, pin,
          reason: str | None = None) -> dict:
    manager = require_manager(uow, pin)
    member = resolve(uow, program, ref)
    ids = family_of(uow.session, member.id)
    already = redaction.erasures(uow.session, ids)
    if len(already) == len(ids):
        raise InvalidInput("this member's personal data has already been erased")
    reason = " ".join((reason or "the member asked for erasure").split())[:200]
    for account in [uow.session.get(Member, i) for i in ids if i not in already]:
        member_event(uow, version, now, account, redaction.ERASED, manager, reason=reason)
    audit(uow, now, manager, "erase", member_id=member.id, reason=reason, accounts=len(ids))
    uow.session.flush()
    redacted = redaction.redact_members(uow.session, redaction.erasures(uow.session, ids))
    return {"erased": {"member": member.id, "accounts": ids, "facts_redacted": redacted}}


def _instant(value) -> str | None:
    return value.isoformat() if value is not None else None


def export(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str) -> dict:
    member = resolve(uow, program, ref)
    s = uow.session
    ids = family_of(s, member.id)
    book = Book.open(uow, member, program, version, now)
    money = program.currency.format
    erased = redaction.erasures(s, ids)
    accounts = []
    for account in [s.get(Member, i) for i in ids]:
        accounts.append({
            "id": account.id, "name": account.name or None, "phone": account.phone, "email": account.email,
            "birthday": account.birthday.isoformat() if account.birthday else None,
            "marketing_consent": bool(account.marketing_consent), "status": account.status,
            "store": account.store, "enrolled_at": _instant(account.enrolled_at),
            "merged_into": account.merged_into, "erased": account.id in erased,
            "cards": [{"number": c.number, "status": c.status, "issued_at": _instant(c.issued_at)}
                      for c in s.scalars(select(Card).where(Card.member_id == account.id).order_by(Card.issued_at))],
        })
    events = [{"id": e.id, "kind": e.kind, "at": _instant(e.at), "into": e.target_id,
               "changes": json.loads(e.changes) if e.changes else None, "reason": e.reason}
              for e in s.scalars(select(MemberEvent).where(or_(MemberEvent.member_id.in_(ids),
                                                               MemberEvent.target_id.in_(ids)))
                                 .order_by(MemberEvent.at))]
    ledger = [{"id": e.id, "kind": e.kind, "points": e.points, "at": _instant(e.at), "rule": e.rule,
               "sale": e.sale_id, "expires_at": _instant(e.expires_at), "reason": e.reason}
              for e in s.scalars(select(LedgerEntry).where(LedgerEntry.member_id.in_(ids))
                                 .order_by(LedgerEntry.at, LedgerEntry.seq))]
    sales = []
    for sale in s.scalars(select(Sale).where(Sale.member_id.in_(ids)).order_by(Sale.at)):
        sales.append({"id": sale.id, "receipt": sale.receipt, "store": sale.store, "at": _instant(sale.at),
                      "total": money(sale.total), "discount": money(sale.discount), "paid": money(sale.paid),
                      "points_earned": sale.points_earned, "points_redeemed": sale.points_redeemed,
                      "bonus_points": sale.bonus_points, "refunded": money(sale.refunded),
                      "lines": [{"sku": line.sku, "name": line.name, "category": line.category,
                                 "quantity": line.quantity, "amount": money(line.amount)} for line in sale.lines],
                      "redemptions": [{"reward": r.reward, "points": r.points, "discount": money(r.discount)}
                                      for r in sale.redemptions]})
    refunds = [{"id": r.id, "sale": r.sale_id, "at": _instant(r.at), "amount": money(r.amount),
                "points_clawed_back": r.points_clawed_back, "points_returned": r.points_returned}
               for r in s.scalars(select(Refund).where(Refund.member_id.in_(ids)).order_by(Refund.at))]
    vouchers = [{"id": v.id, "reward": v.reward, "status": v.status, "issued_at": _instant(v.issued_at)}
                for v in s.scalars(select(Voucher).where(Voucher.member_id.in_(ids)))]
    punches = [{"punch_card": p.punch_card, "units": p.units, "at": _instant(p.at), "sale": p.sale_id}
               for p in s.scalars(select(PunchEvent).where(PunchEvent.member_id.in_(ids)).order_by(PunchEvent.at))]
    audits = [{"at": _instant(a.at), "action": a.action, "reason": a.reason,
               "details": json.loads(a.details) if a.details else None}
              for a in s.scalars(select(AuditEntry).where(AuditEntry.member_id.in_(ids)).order_by(AuditEntry.at))]
    result = {"exported_at": now.isoformat(), "member": member_view(uow, program, member, book, now),
              "accounts": accounts, "member_events": events, "ledger": ledger, "sales": sales,
              "refunds": refunds, "vouchers": vouchers, "punches": punches, "audit": audits,
              "notifications": member_notifications(uow, ids)}
    return {"export": result}
