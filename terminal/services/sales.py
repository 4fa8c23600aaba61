"""Recording a sale (SPEC 3): one transaction that writes the sale, its lines and
redemptions, the ledger entries, vouchers and punches — or nothing at all.

The sale, its lines, redemptions, ledger entries and punches are facts (they sync); the
vouchers a punch card issues are derived (their ids come from the account, the card and the
voucher's ordinal, so two tills that both issue "the first voucher" issue the same one), and a
once-per-member bonus carries a key so that it is paid once per member chain-wide."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from datetime import timedelta

from sqlalchemy import func, select

from terminal.domain.checkout import Bonus, MemberSituation, PricedSale, SaleLine, price_sale
from terminal.domain.errors import InvalidInput, MemberBlocked, ReceiptIdReserved
from terminal.domain.program import OFFER_PREFIX, Program
from terminal.domain.projection import voucher_id
from terminal.domain.text import require_label
from terminal.domain.timekeeping import local_date
from terminal.store import rawsql
from terminal.store.models import (LedgerEntry, Member, PunchEvent, Sale, SaleLineRow, SaleRedemption, Staff,
                                   Voucher, new_id)

from terminal.domain.challenges import entry_rule

from .challenges import challenge_id, outcomes_view
from .promos import check_promo, record_use
from .ledger import Book, family_of
from .lookup import resolve, situation, surviving
from .uow import UnitOfWork

MAX_RECEIPT_ID = 128
#: Without an answer from head office for this long, the offline redemption cap applies.
OFFLINE_AFTER = timedelta(minutes=5)


@dataclass
class SaleRequest:
    lines: list[SaleLine]
    member: str | None = None
    redeem: list[str] | None = None
    redeem_points: int | None = None
    receipt_id: str | None = None
    promo: str | None = None          # a promo code typed or scanned (SPEC-mechanics 4)


def receipt_number(terminal: int, serial: int) -> str:
    """Unique across terminals and scannable as Code 128: ``T001-000042``."""
    return f"T{terminal:03d}-{serial:06d}"


_RECEIPT_SHAPE = re.compile(r"\s*T\d+-\d+\s*", re.IGNORECASE | re.ASCII)


def looks_like_receipt(text: str | None) -> bool:
    """``T<digits>-<digits>``: the shape of our receipt numbers (any terminal, any width)."""
    return bool(text) and _RECEIPT_SHAPE.fullmatch(text) is not None


def check_receipt_id(receipt_id: str | None) -> None:
    """An external receipt id is 1 to 128 characters and never looks like one of our receipt
    numbers: ``refund T001-000365`` must name that receipt, and nothing else, on every till."""
    if receipt_id is None:
        return
    if not 0 < len(receipt_id.strip()) <= MAX_RECEIPT_ID:
        raise InvalidInput(f"a receipt id has 1 to {MAX_RECEIPT_ID} characters")
    require_label(receipt_id, "the receipt id")   # no control characters, something visible
    if looks_like_receipt(receipt_id):
        raise ReceiptIdReserved(f"the receipt id {receipt_id.strip()!r} looks like one of our receipt numbers "
                                "(T<terminal>-<serial>); use the POS's own numbering, e.g. with a prefix")


def hq_silent_since(uow: UnitOfWork, now: datetime) -> datetime | None:
    """When head office last answered, if that is longer ago than ``OFFLINE_AFTER`` (the
    terminal counts as offline); ``None`` when it answered recently or there is no head office.
    Every answer (sync, lookup, probe) is recorded as ``hq_contact_at``."""
    if not uow.setting("hq_url"):
        return None
    raw = uow.setting("hq_contact_at")
    last = datetime.fromisoformat(raw) if raw else datetime.min.replace(tzinfo=now.tzinfo)
    return last if now - last > OFFLINE_AFTER else None


def offline_redeemed(uow: UnitOfWork, member: Member, now: datetime) -> int | None:
    """Points this member redeemed (at any till this one knows of) since head office last
    answered, while it does not answer. ``None`` when online or standalone: no cap applies."""
    since = hq_silent_since(uow, now)
    if since is None:
        return None
    ids = family_of(uow.session, member.id)
    query = (select(func.coalesce(func.sum(-LedgerEntry.points), 0))
             .where(LedgerEntry.member_id.in_(ids), LedgerEntry.kind == "redeem", LedgerEntry.at > since))
    return int(uow.session.scalar(query))


def find_duplicate(uow: UnitOfWork, receipt_id: str | None) -> dict | None:
    """SPEC 3.10: an external receipt id is unique within the store (two stores may use the
    same one); the first sale with it answers again."""
    if not receipt_id:
        return None
    sale = uow.session.scalars(select(Sale).where(Sale.store == uow.store, Sale.external_id == receipt_id)
                               .order_by(Sale.at, Sale.origin_terminal)).first()
    if sale is None:
        return None
    result = json.loads(sale.result_json) if sale.result_json not in (None, "", "{}") else None
    if result is None:
        result = stored_answer(uow, sale)
    result["duplicate"] = True
    return result


def stored_answer(uow: UnitOfWork, sale: Sale) -> dict:
    """The SALE answer of a sale received from another till, from its stored figures."""
    program = uow.program()[0]
    money = program.currency.format
    lines = uow.session.scalars(select(SaleLineRow).where(SaleLineRow.sale_id == sale.id)
                                .order_by(SaleLineRow.position)).all()
    redemptions = uow.session.scalars(select(SaleRedemption).where(SaleRedemption.sale_id == sale.id)).all()
    return {
        "id": sale.id, "receipt": sale.receipt, "receipt_id": sale.external_id, "at": sale.at.isoformat(),
        "member": sale.member_id, "total": money(sale.total), "discount": money(sale.discount),
        "paid": money(sale.paid), "donations": money(sale.donations), "points_earned": sale.points_earned,
        "points_redeemed": sale.points_redeemed, "bonus_points": sale.bonus_points, "breakdown": [],
        "redemptions": [{"reward": r.reward, "kind": r.kind, "points": r.points, "discount": money(r.discount),
                         "voucher": r.voucher_id, "donation": money(r.donation), "charity": r.charity}
                        for r in redemptions],
        "lines": [{"category": l.category, "sku": l.sku, "name": l.name, "quantity": l.quantity,
                   "amount": money(l.amount), "discount": money(l.discount), "paid": money(l.paid)} for l in lines],
        "vouchers_issued": [], "balance_after": None, "tier_before": sale.tier_before, "tier_after": sale.tier_after,
        "duplicate": False,
    }


def _prepare(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest):
    check_receipt_id(request.receipt_id)
    if request.member is not None and not request.member.strip():
        raise InvalidInput("--member is empty: give a card number or phone, or leave it out for an anonymous sale")
    member = book = None
    facts: MemberSituation | None = None
    if request.member:
        member = resolve(uow, program, request.member)
        if member.status == "blocked":
            raise MemberBlocked(f"{member.name}'s account is blocked; a manager can unblock it")
        book = Book.open(uow, member, program, version, now)
        facts = situation(uow, program, member, book, now, offline_redeemed(uow, member, now))
    promo = None
    if request.promo:
        promo = check_promo(uow, program, request.promo, member, family_of(uow.session, member.id) if member else [],
                            now)
    priced = price_sale(program, request.lines, now, facts, request.redeem, request.redeem_points, promo)
    return member, book, priced


def preview_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest) -> PricedSale:
    """What the sale would do, computed exactly as ``record_sale`` does; nothing is kept."""
    _, _, priced = _prepare(uow, program, version, now, request)
    return priced


def record_sale(uow: UnitOfWork, program: Program, version: int, now: datetime, request: SaleRequest,
                staff: Staff | None = None) -> dict:
    check_receipt_id(request.receipt_id)
    duplicate = find_duplicate(uow, request.receipt_id)
    if duplicate is not None:
        return duplicate
    member, book, priced = _prepare(uow, program, version, now, request)
    s, terminal = uow.session, uow.terminal
    common = {"origin_terminal": terminal, "program_version": version}
    sale = Sale(id=new_id(), receipt=receipt_number(terminal, uow.next_value("receipt")), store=uow.store,
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
    if priced.promo:
        record_use(uow, sale, priced.promo, common)
    if member is not None:
        # Challenge bonuses first: the replay derives them at the sale's own fact, before the
        # sale's ledger entries, and lots must be credited in the same order on every node.
        for outcome in priced.challenges:
            if outcome.completed_now:
                bonus = next(b for b in priced.bonuses if b.rule == f"challenge:{outcome.code}")
                book.post("challenge", bonus.points, now, rule=entry_rule(outcome.code, outcome.period_id),
                          sale_id=sale.id, derived=True, store=uow.store,
                          entry_id=challenge_id(member.id, outcome.code, outcome.period_id))
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
            if bonus.kind == "challenge":
                continue
            key = bonus_key(program, bonus, member, now)
            if bonus.to_referrer:
                pay_referrer(uow, program, version, now, member, bonus.points, sale.id, key)
            else:
                book.post(bonus.kind, bonus.points, now, rule=bonus.rule, sale_id=sale.id, key=key)
        for card_code, units, new_vouchers in priced.punches:
            s.add(PunchEvent(id=new_id(), member_id=member.id, punch_card=card_code, units=units,
                             sale_id=sale.id, at=now, **common))
            card = next(c for c in program.punch_cards if c.code == card_code)
            issued = vouchers_issued_of(uow, member.id, card_code)
            for n in range(new_vouchers):
                voucher = Voucher(id=voucher_id(member.id, card_code, issued + n + 1), member_id=member.id,
                                  reward=card.reward, punch_card=card_code, issued_at=now, issued_by_sale=sale.id,
                                  status="open", origin_terminal=0)
                s.add(voucher)
                vouchers_issued.append({"reward": card.reward, "id": voucher.id})
        for code in priced.offers_issued:
            vouchers_issued.append(_issue_offer(uow, program, member, sale, code, now, common))
    result = sale_result(program, sale, priced, book, vouchers_issued)
    if member is not None:
        from terminal.store.inserts import flush_new
        from .views import member_view
        flush_new(uow.session)   # the sale's new rows, written plainly (the member's view reads them)
        view = member_view(uow, program, member, book, now)
        result["member_summary"] = {key: view[key] for key in
                                    ("name", "phone_masked", "card", "tier", "next_tier", "expiring", "balance",
                                     "pending", "spendable", "membership")}
        from .notifications import after_sale
        result["tier_change"] = after_sale(uow, program, version, now, member, sale, book)
    result.setdefault("tier_change", None)
    _keep_answer(uow, sale, json.dumps(result, sort_keys=True))
    return result


def _keep_answer(uow: UnitOfWork, sale: Sale, answer: str) -> None:
    """Store the sale's answer (for a repeated receipt id). A sale with a member was flushed
    already (its member's view reads it back): one plain UPDATE then, recorded as the row's
    committed value, spares the commit a second ORM flush of the whole unit of work."""
    from sqlalchemy import inspect
    from sqlalchemy.orm.attributes import set_committed_value
    if inspect(sale).persistent and not uow.pending_writes():
        with uow.session.no_autoflush:
            rawsql.connection(uow.session).execute("UPDATE sales SET result_json = ? WHERE id = ?", (answer, sale.id))
        set_committed_value(sale, "result_json", answer)
    else:
        sale.result_json = answer


def _issue_offer(uow, program: Program, member: Member, sale: Sale, code: str, now: datetime, common: dict) -> dict:
    """A next-visit offer's voucher (SPEC-mechanics 3): recorded as one punch of the pseudo card
    ``offer:CODE`` (a fact), from which every node derives the same voucher."""
    from .views import voucher_view
    reward = OFFER_PREFIX + code
    s = uow.session
    s.add(PunchEvent(id=new_id(), member_id=member.id, punch_card=reward, units=1, sale_id=sale.id, at=now, **common))
    issued = vouchers_issued_of(uow, member.id, reward)
    voucher = Voucher(id=voucher_id(member.id, reward, issued + 1), member_id=member.id, reward=reward,
                      punch_card=reward, issued_at=now, issued_by_sale=sale.id, status="open", origin_terminal=0)
    s.add(voucher)
    return voucher_view(program, voucher)


def vouchers_issued_of(uow: UnitOfWork, member_id: str, card: str) -> int:
    """How many vouchers the member's card has issued: those written, and those this sale has
    added and not written yet. Counted without flushing (an autoflush here wrote the sale's rows
    through the ORM in the middle of the sale; ``inserts.flush_new`` writes them later)."""
    with uow.session.no_autoflush:
        written = rawsql.scalar(uow.session, "SELECT count(id) FROM vouchers WHERE member_id = ? AND punch_card = ?",
                                (member_id, card))
    pending = sum(1 for obj in uow.session.new
                  if isinstance(obj, Voucher) and obj.member_id == member_id and obj.punch_card == card)
    return written + pending


def bonus_key(program: Program, bonus: Bonus, member: Member, now: datetime) -> str | None:
    """The key of a bonus that a member may get only once (per year for a birthday): two tills
    that both pay it offline pay it once after sync (SYNC.md 2)."""
    if bonus.rule == "referral:referee":
        return "referral:referee"
    if bonus.rule == "referral:referrer":
        return f"referral:referrer:{member.id}"
    campaign = next((c for c in program.campaigns if c.code == bonus.rule), None)
    if campaign is None:
        return None
    if campaign.first_purchase:
        return f"first:{campaign.code}"
    if campaign.birthday_month:
        return f"birthday:{campaign.code}:{local_date(now, program.tz).year}"
    return None


def pay_referrer(uow, program, version, now, member, points, sale_id, key) -> None:
    referrer = uow.session.get(Member, member.referrer_id)
    if referrer is None:
        # A referrer this terminal does not hold (another store's member): the entry is a fact
        # like any other and reaches their store through head office.
        uow.session.add(LedgerEntry(id=new_id(), seq=0, member_id=member.referrer_id, at=now, kind="referral",
                                    points=points, rule="referral:referrer", sale_id=sale_id, key=key,
                                    expires_at=program.expiry_of(now),
                                    derived=False, origin_terminal=uow.terminal, program_version=version))
        return
    referrer = surviving(uow, referrer)
    if referrer.status != "active" or referrer.id == member.id:
        return  # a blocked referrer earns nothing; the referee still gets their part
    book = Book.open(uow, referrer, program, version, now)
    book.post("referral", points, now, rule="referral:referrer", sale_id=sale_id, key=key)


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
        "challenges": outcomes_view(program, priced.challenges),
        "promo": priced.promo,
        "balance_after": book.balance if book else None,
        "tier_before": priced.tier_before.name if priced.tier_before else None,
        "tier_after": priced.tier_after.name if priced.tier_after else None,
        "duplicate": False,
    }
