"""Tier changes at the till, and the notifications queued for members who consent.

A sale moves a member up or down a tier when its ``tier_after`` differs from the tier the
member last reached (the ``tier_after`` of their previous sale, or the lowest tier before the
first). The till celebrates a rise; the pole display and the receipt say so either way.

Notifications are facts (``notifications``), queued only while the member consents to
marketing and is not erased, one per member and ``key`` on this terminal; head office sends
one message per member and key whichever terminals queued it (``terminal.sync.notify``):

| kind | key | data | queued |
|---|---|---|---|
| ``tier_change`` | ``tier:<sale id>`` | ``from``, ``to``, ``direction`` (up, down), ``receipt`` | at the sale that changed the tier |
| ``points_expiring`` | ``expiring:<date>`` | ``points``, ``on`` (store-local date) | at a sale, or by ``loyalty expire``, when points expire within 30 days |
| any other kind | chosen by its caller (``offer:<voucher>``) | what the message says | by the use case that makes it (:func:`queue`) |
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select

from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date
from terminal.store import rawsql
from terminal.store.models import Member, Notification, Sale, new_id
from terminal.store.redaction import erasures

from .ledger import Book, family_of
from .uow import UnitOfWork

EXPIRING_WITHIN = timedelta(days=30)


def tier_rank(program: Program, name: str | None) -> int | None:
    for rank, tier in enumerate(program.tiers):
        if tier.name == name:
            return rank
    return None


def tier_change(uow: UnitOfWork, program: Program, ids: list[str], sale: Sale) -> dict | None:
    """``{"from", "to", "direction"}`` when ``sale`` leaves its member in another tier than the
    one they last reached; ``None`` otherwise."""
    previous = rawsql.scalar(uow.session, f"SELECT tier_after FROM sales WHERE member_id IN ({rawsql.marks(ids)}) "
                             "AND id != ? AND at <= ? ORDER BY at DESC LIMIT 1",
                             (*ids, sale.id, rawsql.instant(sale.at)))
    before = previous if previous is not None else program.tiers[0].name
    old, new = tier_rank(program, before), tier_rank(program, sale.tier_after)
    if old is None or new is None or old == new:
        return None
    return {"from": before, "to": sale.tier_after, "direction": "up" if new > old else "down"}


def queue(uow: UnitOfWork, version: int | None, now: datetime, member: Member, kind: str, key: str,
          data: dict) -> Notification | None:
    """Queue a message for ``member``: only with their consent, never for an erased member,
    once per key on this terminal."""
    if not member.marketing_consent or erasures(uow.session, [member.id]):
        return None
    ids = family_of(uow.session, member.id)
    held = uow.session.scalars(select(Notification.id).where(Notification.member_id.in_(ids),
                                                             Notification.key == key)).first()
    if held:
        return None
    notice = Notification(id=new_id(), member_id=member.id, at=now, kind=kind, key=key[:120],
                          data=json.dumps(data, sort_keys=True), store=uow.store, origin_terminal=uow.terminal,
                          program_version=version)
    uow.session.add(notice)
    return notice


def queue_expiring(uow: UnitOfWork, program: Program, version: int | None, now: datetime, member: Member,
                   book: Book) -> int:
    count = 0
    for instant, points in book.wallet.expiring(now):
        if points > 0 and instant - now <= EXPIRING_WITHIN:
            day = local_date(instant, program.tz).isoformat()
            if queue(uow, version, now, member, "points_expiring", f"expiring:{day}", {"points": points, "on": day}):
                count += 1
    return count


def after_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, member: Member, sale: Sale,
               book: Book) -> dict | None:
    """The sale's tier change (for the till, the pole display and the receipt) and the
    notifications it queues."""
    change = tier_change(uow, program, family_of(uow.session, member.id), sale)
    if change is not None:
        queue(uow, version, now, member, "tier_change", f"tier:{sale.id}", {**change, "receipt": sale.receipt})
    queue_expiring(uow, program, version, now, member, book)
    return change


def queue_all_expiring(uow: UnitOfWork, program: Program, version: int, now: datetime) -> int:
    """Every consenting member with points expiring within 30 days (``loyalty expire`` runs it)."""
    count = 0
    for member in list(uow.session.scalars(select(Member).where(Member.marketing_consent.is_(True),
                                                                Member.status != "merged"))):
        count += queue_expiring(uow, program, version, now, member, Book.open(uow, member, program, version, now))
    return count


def member_notifications(uow: UnitOfWork, ids: list[str]) -> list[dict]:
    """What was queued for these accounts (the member's export)."""
    return [{"id": n.id, "kind": n.kind, "key": n.key, "at": n.at.isoformat(), "data": json.loads(n.data)}
            for n in uow.session.scalars(select(Notification).where(Notification.member_id.in_(ids))
                                         .order_by(Notification.at))]
