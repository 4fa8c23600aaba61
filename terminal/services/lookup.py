"""Finding members (SPEC 1, member reference) and the facts about them the rules need."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from terminal.domain.cards import looks_like_card, validate_card
from terminal.domain.checkout import MemberSituation
from terminal.domain.errors import UnknownMember
from terminal.domain.phones import normalize_phone
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date, local_midnight
from terminal.store.models import Card, LedgerEntry, Member, PunchEvent, Sale, Voucher

from .challenges import challenge_states
from .memberships import membership_now
from .ledger import Book, family_of
from .uow import UnitOfWork

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def surviving(uow: UnitOfWork, member: Member) -> Member:
    """Follow merges to the account that survives."""
    seen = set()
    while member.status == "merged" and member.merged_into and member.id not in seen:
        seen.add(member.id)
        member = uow.session.get(Member, member.merged_into)
    return member


def resolve(uow: UnitOfWork, program: Program, ref: str) -> Member:
    """A card number, a phone number or a member id, to the surviving member. Facts received
    for the member's family and not yet projected are projected first, so merges they carry
    are followed."""
    member = _find(uow, program, ref)
    from .pending import is_dirty
    now = getattr(uow, "now", None)
    if now is not None and is_dirty(uow.session, family_of(uow.session, member.id) + [member.id]):
        from .projector import project_families
        project_families(uow, program, [member.id], now)
        member = _find(uow, program, ref)
    return member


def _find(uow: UnitOfWork, program: Program, ref: str) -> Member:
    text = (ref or "").strip()
    if looks_like_card(text, program.card_prefix):
        number = validate_card(text, program.card_prefix)
        card = first_card(uow, number)
        if card is None:
            raise UnknownMember(f"no member has card {number}")
        return surviving(uow, uow.session.get(Member, card.member_id))
    if _UUID.match(text.lower()):
        member = uow.session.get(Member, text.lower())
        if member is None:
            raise UnknownMember(f"no member has id {text}")
        return surviving(uow, member)
    phone = normalize_phone(text, program.region)
    member = uow.session.scalars(select(Member).where(Member.phone == phone, Member.status != "merged")
                                 .order_by(Member.enrolled_at, Member.id)).first()
    if member is None:
        raise UnknownMember(f"no member has phone {text}")
    return member


def first_card(uow: UnitOfWork, number: str) -> Card | None:
    """The card issued first with this number (a number issued twice is a conflict; the first
    issue keeps it)."""
    return uow.session.scalars(select(Card).where(Card.number == number)
                               .order_by(Card.issued_at, Card.origin_terminal)).first()


def family(uow: UnitOfWork, member: Member) -> list[str]:
    """The member's id and the ids of every account merged into it (transitively)."""
    return family_of(uow.session, member.id)


def active_card(uow: UnitOfWork, member: Member) -> str | None:
    return uow.session.scalars(select(Card.number).where(Card.member_id == member.id, Card.status == "active")
                               .order_by(Card.issued_at.desc())).first()


def qualifying_spend(uow: UnitOfWork, program: Program, ids: list[str], now: datetime) -> int:
    """Eligible paid amount of the window ``(now - days, now]``, net of refunds (SPEC 3.2, 3.9)."""
    start = now - timedelta(days=program.tier_window_days)
    total = uow.session.scalar(select(func.coalesce(func.sum(Sale.qualifying - Sale.qualifying_refunded), 0))
                               .where(Sale.member_id.in_(ids), Sale.at > start, Sale.at <= now))
    return int(total)


def open_vouchers(uow: UnitOfWork, ids: list[str], program: Program | None = None,
                  now: datetime | None = None) -> list[Voucher]:
    """Open vouchers, oldest first; with ``program`` and ``now``, a next-visit offer's voucher past
    its validity is left out (SPEC-mechanics 3)."""
    found = list(uow.session.scalars(select(Voucher).where(Voucher.member_id.in_(ids), Voucher.status == "open")
                                     .order_by(Voucher.issued_at, Voucher.id)))
    if program is None or now is None:
        return found
    return [v for v in found if (program.offer_expiry(v.reward, v.issued_at) or now + timedelta(days=1)) > now]


def punch_progress(uow: UnitOfWork, ids: list[str]) -> dict[str, int]:
    rows = uow.session.execute(select(PunchEvent.punch_card, func.sum(PunchEvent.units))
                               .where(PunchEvent.member_id.in_(ids)).group_by(PunchEvent.punch_card))
    return {card: int(units) for card, units in rows}


def situation(uow: UnitOfWork, program: Program, member: Member, book: Book, now: datetime,
              offline_redeemed: int | None = None) -> MemberSituation:
    ids = family(uow, member)
    # A first purchase is the first with an eligible paid amount: a gift-card-only sale earns
    # nothing, so it must not use up the welcome (or referral) bonus.
    has_sale = uow.session.scalar(select(Sale.id).where(Sale.member_id.in_(ids), Sale.qualifying > 0)
                                  .limit(1)) is not None
    birthday_codes = [c.code for c in program.campaigns if c.birthday_month]
    paid_this_year = frozenset()
    if birthday_codes:
        year_start = local_midnight(local_date(now, program.tz).replace(month=1, day=1), program.tz)
        paid_this_year = frozenset(uow.session.scalars(
            select(LedgerEntry.rule).where(LedgerEntry.member_id.in_(ids), LedgerEntry.kind == "bonus",
                                           LedgerEntry.rule.in_(birthday_codes), LedgerEntry.at >= year_start)))
    return MemberSituation(
        qualifying_spend=qualifying_spend(uow, program, ids, now),
        balance=book.spendable(now),   # pending points (SPEC-mechanics 5) cannot be redeemed yet
        first_purchase=not has_sale,
        birthday=member.birthday,
        birthday_bonuses_this_year=paid_this_year,
        vouchers=tuple((v.id, v.reward) for v in sorted(open_vouchers(uow, ids, program, now),
                                                         key=lambda v: _offer_order(program, v))),
        punches=punch_progress(uow, ids),
        referred=member.referrer_id is not None,
        offline_redeemed=offline_redeemed,
        challenges=challenge_states(uow, program, ids, now),
        pending=book.balance - book.spendable(now),
        held_tier=held.tier if (held := membership_now(uow, program, ids, now)) is not None else None,
    )


def _offer_order(program: Program, voucher) -> tuple:
    """Next-visit offers the sale uses: the soonest to lapse first, then the program's order
    (other vouchers keep their order: the sort is stable)."""
    expires = program.offer_expiry(voucher.reward, voucher.issued_at)
    if expires is None:
        return (0, datetime.max.replace(tzinfo=timezone.utc), 0)
    codes = [c.code for c in program.campaigns]
    return (1, expires, codes.index(voucher.reward.split(":", 1)[1]))


def scanned_card(uow: UnitOfWork, program: Program, ref: str) -> dict | None:
    """What became of the card named by ``ref``: active, replaced (by which) or merged away."""
    text = (ref or "").strip()
    if not looks_like_card(text, program.card_prefix):
        return None
    card = first_card(uow, text)
    if card is None:
        return None
    owner = uow.session.get(Member, card.member_id)
    status = "merged" if owner.status == "merged" else card.status
    return {"number": card.number, "status": status, "replaced_by": card.replaced_by}
