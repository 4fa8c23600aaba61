"""Promo codes at the till (SPEC-mechanics 4): checking a code's dates and uses, recording its
use, and the conflicts of uses beyond the limits made at several tills offline.

A use is a fact like any redemption: a ``SaleRedemption`` of kind ``promo`` whose reward is
``PROMO:<code>``, with no points and no discount, so it syncs with its sale. A till refuses a
use beyond what it knows of; uses beyond a limit made offline at several tills all stand, and
every node records the same ``promo_limit_exceeded`` conflict for each use past the limit, in
canonical order ``(at, origin, id)``."""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import func, select

from terminal.domain.errors import PromoNotValid, PromoUsedUp, UnknownMember, UnknownPromo
from terminal.domain.facts import order_key
from terminal.domain.program import Program, PromoCode, promo_key
from terminal.domain.projection import Conflict, conflict_id
from terminal.domain.timekeeping import local_date
from terminal.store.models import Member, Sale, SaleRedemption

from .uow import UnitOfWork

KIND = "promo"


def marker(code: str) -> str:
    """The ``reward`` of a promo use's redemption row."""
    return f"PROMO:{code}"


def check_promo(uow: UnitOfWork, program: Program, text: str, member: Member | None, family: list[str],
                now: datetime) -> PromoCode:
    """The promo code named by ``text``, if it may be used now by ``member``; else the error."""
    promo = program.promo_code(text)
    if promo is None:
        raise UnknownPromo(f"no promo code {promo_key(text)!r} in the program")
    if member is None:
        raise UnknownMember(f"promo code {promo.code} needs a member: look the member up first")
    today = local_date(now, program.tz)
    if (promo.starts and today < promo.starts) or (promo.ends and today > promo.ends):
        span = f"{promo.starts or '…'} to {promo.ends or '…'}"
        raise PromoNotValid(f"promo code {promo.code} is valid from {span}, not on {today.isoformat()}")
    if promo.total and uses(uow, promo.code) >= promo.total:
        raise PromoUsedUp(f"promo code {promo.code} is used up: all {promo.total} uses are taken")
    if promo.per_member and uses(uow, promo.code, family) >= promo.per_member:
        raise PromoUsedUp(f"promo code {promo.code} is used up for this member "
                          f"({promo.per_member} use{'s' if promo.per_member > 1 else ''} each)")
    return promo


def uses(uow: UnitOfWork, code: str, family: list[str] | None = None) -> int:
    """Uses of ``code`` this terminal knows of (all, or the family's)."""
    query = (select(func.count(SaleRedemption.id)).join(Sale, Sale.id == SaleRedemption.sale_id)
             .where(SaleRedemption.kind == KIND, SaleRedemption.reward == marker(code)))
    if family is not None:
        query = query.where(Sale.member_id.in_(family))
    return int(uow.session.scalar(query))


def record_use(uow: UnitOfWork, sale: Sale, code: str, common: dict) -> None:
    from terminal.store.models import new_id
    uow.session.add(SaleRedemption(id=new_id(), sale_id=sale.id, reward=marker(code), kind=KIND, points=0,
                                   discount=0, donation=0, charity=None, voucher_id=None, **common))


def project_promo_uses(s, program: Program, sale_ids: Iterable[str]) -> None:
    """The ``promo_limit_exceeded`` conflicts of the codes used by ``sale_ids`` (received sales)."""
    ids = list(sale_ids)
    codes = set()
    for start in range(0, len(ids), 500):
        codes |= set(s.scalars(select(SaleRedemption.reward).where(
            SaleRedemption.sale_id.in_(ids[start:start + 500]), SaleRedemption.kind == KIND)))
    from .projector import _insert_conflicts
    for reward in sorted(codes):
        promo = program.promo_codes.get(reward.removeprefix("PROMO:"))
        if promo is None or not (promo.total or promo.per_member):
            continue
        rows = s.execute(select(SaleRedemption.id, Sale.member_id, Sale.at, Sale.origin_terminal, Sale.receipt)
                         .join(Sale, Sale.id == SaleRedemption.sale_id)
                         .where(SaleRedemption.kind == KIND, SaleRedemption.reward == reward)).all()
        rows.sort(key=lambda r: (order_key(r.at, r.origin_terminal, 0), r.id))
        found, per_member = [], {}
        for n, row in enumerate(rows, start=1):
            per_member[row.member_id] = per_member.get(row.member_id, 0) + 1
            over_total = promo.total and n > promo.total
            over_member = promo.per_member and per_member[row.member_id] > promo.per_member
            if over_total or over_member:
                found.append(Conflict(conflict_id("promo_limit_exceeded", row.id), "promo_limit_exceeded",
                                      row.member_id, row.at,
                                      {"code": promo.code, "receipt": row.receipt,
                                       "limit": "total" if over_total else "per_member",
                                       "total": promo.total, "per_member": promo.per_member}))
        _insert_conflicts(s, "promo", found)
