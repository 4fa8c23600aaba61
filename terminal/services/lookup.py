"""Finding members (SPEC 1, member reference) and the facts about them the rules need."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from typing import NamedTuple

from sqlalchemy import bindparam, select

from terminal.domain.cards import looks_like_card, validate_card
from terminal.domain.checkout import MemberSituation
from terminal.domain.errors import UnknownMember
from terminal.domain.phones import normalize_phone
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date, local_midnight
from terminal.store import rawsql
from terminal.store.models import Card, Member

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


# The lookups every scan and sale makes are plain SQL, or ORM statements built once: building
# an ORM select each time cost about 0.25 ms of a lookup's 0.7 ms (``terminal.store.rawsql``).

_BY_PHONE = (select(Member).where(Member.phone == bindparam("phone"), Member.status != "merged")
             .order_by(Member.enrolled_at, Member.id).limit(1))
# The member of the card issued first with the number, in one statement (a plain read of the
# owner then ``session.get`` was two round trips: a card lookup cost twice a phone lookup).
_BY_CARD = select(Member).where(Member.id == select(Card.member_id).where(Card.number == bindparam("number"))
                                .order_by(Card.issued_at, Card.origin_terminal).limit(1).scalar_subquery())


def _find(uow: UnitOfWork, program: Program, ref: str) -> Member:
    text = (ref or "").strip()
    if looks_like_card(text, program.card_prefix):
        number = validate_card(text, program.card_prefix)
        owner = uow.session.scalars(_BY_CARD, {"number": number}).first()
        if owner is None:
            raise UnknownMember(f"no member has card {number}")
        return surviving(uow, owner)
    if _UUID.match(text.lower()):
        member = uow.session.get(Member, text.lower())
        if member is None:
            raise UnknownMember(f"no member has id {text}")
        return surviving(uow, member)
    phone = normalize_phone(text, program.region)
    member = uow.session.scalars(_BY_PHONE, {"phone": phone}).first()
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
    return rawsql.scalar(uow.session, "SELECT number FROM cards WHERE member_id = ? AND status = 'active' "
                         "ORDER BY issued_at DESC LIMIT 1", (member.id,))


def qualifying_spend(uow: UnitOfWork, program: Program, ids: list[str], now: datetime) -> int:
    """Eligible paid amount of the window ``(now - days, now]``, net of refunds (SPEC 3.2, 3.9)."""
    start = now - timedelta(days=program.tier_window_days)
    total = rawsql.scalar(uow.session, "SELECT coalesce(sum(qualifying - qualifying_refunded), 0) FROM sales "
                          f"WHERE member_id IN ({rawsql.marks(ids)}) AND at > ? AND at <= ?",
                          (*ids, rawsql.instant(start), rawsql.instant(now)))
    return int(total)


class OpenVoucher(NamedTuple):
    """What the till shows and the rules use of an open voucher (read plainly, not as an ORM row)."""
    id: str
    reward: str
    issued_at: datetime


def open_vouchers(uow: UnitOfWork, ids: list[str], program: Program | None = None,
                  now: datetime | None = None) -> list[OpenVoucher]:
    """Open vouchers, oldest first; with ``program`` and ``now``, a next-visit offer's voucher past
    its validity is left out (SPEC-mechanics 3)."""
    found = [OpenVoucher(voucher_id, reward, rawsql.aware(issued_at)) for voucher_id, reward, issued_at in rawsql.rows(
        uow.session, f"SELECT id, reward, issued_at FROM vouchers WHERE member_id IN ({rawsql.marks(ids)}) "
        "AND status = 'open' ORDER BY issued_at, id", tuple(ids))]
    if program is None or now is None:
        return found
    return [v for v in found if (program.offer_expiry(v.reward, v.issued_at) or now + timedelta(days=1)) > now]


def punch_progress(uow: UnitOfWork, ids: list[str]) -> dict[str, int]:
    rows = rawsql.rows(uow.session, "SELECT punch_card, sum(units) FROM punch_events "
                       f"WHERE member_id IN ({rawsql.marks(ids)}) GROUP BY punch_card", tuple(ids))
    return {card: int(units) for card, units in rows}


def situation(uow: UnitOfWork, program: Program, member: Member, book: Book, now: datetime,
              offline_redeemed: int | None = None) -> MemberSituation:
    ids = family(uow, member)
    # A first purchase is the first with an eligible paid amount: a gift-card-only sale earns
    # nothing, so it must not use up the welcome (or referral) bonus.
    has_sale = rawsql.first(uow.session, f"SELECT 1 FROM sales WHERE member_id IN ({rawsql.marks(ids)}) "
                            "AND qualifying > 0 LIMIT 1", tuple(ids)) is not None
    birthday_codes = [c.code for c in program.campaigns if c.birthday_month]
    paid_this_year = frozenset()
    if birthday_codes:
        year_start = local_midnight(local_date(now, program.tz).replace(month=1, day=1), program.tz)
        paid_this_year = frozenset(rule for rule, in rawsql.rows(
            uow.session, f"SELECT rule FROM ledger_entries WHERE member_id IN ({rawsql.marks(ids)}) AND kind = 'bonus' "
            f"AND rule IN ({rawsql.marks(birthday_codes)}) AND at >= ?",
            (*ids, *birthday_codes, rawsql.instant(year_start))))
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
    card = rawsql.first(uow.session, "SELECT number, status, replaced_by, member_id FROM cards WHERE number = ? "
                        "ORDER BY issued_at, origin_terminal LIMIT 1", (text,))   # first_card, plainly
    if card is None:
        return None
    number, card_status, replaced_by, member_id = card
    owner = uow.session.get(Member, member_id)
    status = "merged" if owner.status == "merged" else card_status
    return {"number": number, "status": status, "replaced_by": replaced_by}
