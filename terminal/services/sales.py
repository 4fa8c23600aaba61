"""Recording a sale (SPEC 3): one transaction that writes the sale, its lines and
redemptions, the ledger entries, vouchers and punches — or nothing at all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from terminal.domain.checkout import MemberSituation, PricedSale, SaleLine, price_sale
from terminal.domain.errors import InvalidInput, MemberBlocked
from terminal.domain.program import Program
from terminal.store.models import (Member, PunchEvent, Sale, SaleLineRow, SaleRedemption, Staff, Voucher,
                                   new_id)

from .ledger import Book
from .lookup import resolve, situation, surviving
from .uow import UnitOfWork

MAX_RECEIPT_ID = 128


@dataclass
class SaleRequest:
    lines: list[SaleLine]
    member: str | None = None
    redeem: list[str] | None = None
    redeem_points: int | None = None
    receipt_id: str | None = None


def receipt_number(terminal: int, serial: int) -> str:
    """Unique across terminals and scannable as Code 128: ``T001-000042``."""
    return f"T{terminal:03d}-{serial:06d}"


def offline_redeemed(uow: UnitOfWork, member: Member) -> int | None:
    """Points this member redeemed here that head office has not heard of yet, while HQ is
    unreachable. ``None`` when the terminal is standalone or online: no offline cap applies."""
    if not uow.setting("hq_url") or uow.setting("hq_online", "1") == "1":
        return None
    from sqlalchemy import func
    from terminal.store.models import LedgerEntry, OutboxItem
    query = (select(func.coalesce(func.sum(-LedgerEntry.points), 0))
             .join(OutboxItem, (OutboxItem.table_name == "ledger_entries") & (OutboxItem.row_id == LedgerEntry.id))
             .where(LedgerEntry.member_id == member.id, LedgerEntry.kind == "redeem"))
    return int(uow.session.scalar(query))


def find_duplicate(uow: UnitOfWork, receipt_id: str | None) -> dict | None:
    if not receipt_id:
        return None
    sale = uow.session.scalars(select(Sale).where(Sale.external_id == receipt_id)).first()
    if sale is None:
        return None
    result = json.loads(sale.result_json)
    result["duplicate"] = True
    return result


def _prepare(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest):
    if request.receipt_id is not None and not (0 < len(request.receipt_id.strip()) <= MAX_RECEIPT_ID):
        raise InvalidInput(f"a receipt id has 1 to {MAX_RECEIPT_ID} characters")
    member = book = None
    facts: MemberSituation | None = None
    if request.member:
        member = resolve(uow, program, request.member)
        if member.status == "blocked":
            raise MemberBlocked(f"{member.name}'s account is blocked; a manager can unblock it")
        book = Book(uow, member, program, version)
        book.expire_due(now)
        facts = situation(uow, program, member, book, now, offline_redeemed(uow, member))
    priced = price_sale(program, request.lines, now, facts, request.redeem, request.redeem_points)
    return member, book, priced


def preview_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest) -> PricedSale:
    """What the sale would do, computed exactly as ``record_sale`` does; nothing is kept."""
    _, _, priced = _prepare(uow, program, version, now, request)
    return priced


def record_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest,
                staff: Staff | None = None) -> dict:
    duplicate = find_duplicate(uow, request.receipt_id)
    if duplicate is not None:
        return duplicate
    member, book, priced = _prepare(uow, program, version, now, request)
    s, terminal = uow.session, uow.terminal
    common = {"origin_terminal": terminal, "program_version": version}
    sale = Sale(id=new_id(), receipt=receipt_number(terminal, uow.next_value("receipt")),
                external_id=request.receipt_id, member_id=member.id if member else None,
                staff_id=staff.id if staff else None, at=now, total=priced.total, discount=priced.discount,
                paid=priced.paid, donations=priced.donations, points_earned=priced.points_earned,
                points_redeemed=priced.points_redeemed, bonus_points=priced.bonus_points,
                qualifying=priced.qualifying,
                tier_before=priced.tier_before.name if priced.tier_before else None,
                tier_after=priced.tier_after.name if priced.tier_after else None, result_json="{}", **common)
    s.add(sale)
    for position, line in enumerate(priced.lines):
        s.add(SaleLineRow(id=new_id(), sale_id=sale.id, position=position, sku=line.line.sku, name=line.line.name,
                          category=line.line.category, unit_amount=line.line.unit_amount,
                          quantity=line.line.quantity, amount=line.line.amount, discount=line.discount,
                          paid=line.paid, eligible=line.eligible, **common))
    vouchers_issued = []
    if member is not None:
        for redemption in priced.redemptions:
            if redemption.voucher_id:
                voucher = s.get(Voucher, redemption.voucher_id)
                voucher.status, voucher.used_by_sale = "used", sale.id
            s.add(SaleRedemption(id=new_id(), sale_id=sale.id, reward=redemption.reward, kind=redemption.kind,
                                 points=redemption.points, discount=redemption.discount,
                                 donation=redemption.donation, charity=redemption.charity,
                                 voucher_id=redemption.voucher_id, **common))
            if redemption.points:
                book.post("redeem", -redemption.points, now, rule=redemption.reward, sale_id=sale.id)
        if priced.points_earned:
            book.post("earn", priced.points_earned, now, rule="earn", sale_id=sale.id)
        for bonus in priced.bonuses:
            if bonus.to_referrer:
                _pay_referrer(uow, program, version, now, member, bonus.points, sale.id)
            else:
                book.post(bonus.kind, bonus.points, now, rule=bonus.rule, sale_id=sale.id)
        for card_code, units, new_vouchers in priced.punches:
            s.add(PunchEvent(id=new_id(), member_id=member.id, punch_card=card_code, units=units,
                             sale_id=sale.id, at=now, **common))
            card = next(c for c in program.punch_cards if c.code == card_code)
            for _ in range(new_vouchers):
                voucher = Voucher(id=new_id(), member_id=member.id, reward=card.reward, punch_card=card_code,
                                  issued_at=now, issued_by_sale=sale.id, status="open", **common)
                s.add(voucher)
                vouchers_issued.append({"reward": card.reward, "id": voucher.id})
    result = sale_result(program, sale, priced, book, vouchers_issued)
    if member is not None:
        from .views import member_view
        uow.session.flush()
        view = member_view(uow, program, member, book, now)
        result["member_summary"] = {key: view[key] for key in
                                    ("name", "phone_masked", "card", "tier", "next_tier", "expiring", "balance")}
    sale.result_json = json.dumps(result, sort_keys=True)
    return result


def _pay_referrer(uow, program, version, now, member, points, sale_id) -> None:
    referrer = surviving(uow, uow.session.get(Member, member.referrer_id))
    if referrer.status != "active" or referrer.id == member.id:
        return  # a blocked referrer earns nothing; the referee still gets their part
    book = Book(uow, referrer, program, version)
    book.expire_due(now)
    book.post("referral", points, now, rule="referral:referrer", sale_id=sale_id)


def sale_result(program: Program, sale: Sale, priced: PricedSale, book: Book | None,
                vouchers_issued: list[dict]) -> dict:
    money = program.currency.format
    breakdown = [{"rule": rule, "points": points} for rule, points in priced.breakdown]
    breakdown += [{"rule": b.rule, "points": b.points} for b in priced.bonuses if not b.to_referrer]
    return {
        "id": sale.id,
        "receipt": sale.receipt,
        "receipt_id": sale.external_id,
        "at": sale.at.isoformat(),
        "member": sale.member_id,
        "total": money(priced.total),
        "discount": money(priced.discount),
        "paid": money(priced.paid),
        "donations": money(priced.donations),
        "points_earned": priced.points_earned,
        "points_redeemed": priced.points_redeemed,
        "bonus_points": priced.bonus_points,
        "breakdown": breakdown,
        "redemptions": [{"reward": r.reward, "kind": r.kind, "points": r.points, "discount": money(r.discount),
                         "voucher": r.voucher_id, "donation": money(r.donation), "charity": r.charity}
                        for r in priced.redemptions],
        "lines": [{"category": l.line.category, "sku": l.line.sku, "name": l.line.name,
                   "quantity": l.line.quantity, "amount": money(l.line.amount), "discount": money(l.discount),
                   "paid": money(l.paid)} for l in priced.lines],
        "vouchers_issued": vouchers_issued,
        "balance_after": book.balance if book else None,
        "tier_before": priced.tier_before.name if priced.tier_before else None,
        "tier_after": priced.tier_after.name if priced.tier_after else None,
        "duplicate": False,
    }
