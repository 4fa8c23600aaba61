"""The JSON shapes of SPEC section 4 (MEMBER, SALE), built from the database."""

from __future__ import annotations

from datetime import datetime, timedelta

from terminal.domain.phones import mask_phone
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date
from terminal.store.models import Member
from terminal.store.redaction import erasures

from .challenges import challenge_states, challenges_view
from .ledger import Book
from .memberships import membership_now, membership_view
from .lookup import active_card, family, open_vouchers, punch_progress, qualifying_spend
from .uow import UnitOfWork


def member_view(uow: UnitOfWork, program: Program, member: Member, book: Book, now: datetime) -> dict:
    money = program.currency.format
    ids = family(uow, member)
    spend = qualifying_spend(uow, program, ids, now)
    held = membership_now(uow, program, ids, now)
    tier = program.effective_tier(spend, held.tier if held else None)
    upcoming = program.next_tier_above(spend, tier)
    balance = book.balance
    punches = punch_progress(uow, ids)
    value = program.points_value_minor(balance)
    return {
        "id": member.id,
        "name": member.name,
        "phone_masked": mask_phone(member.phone),
        "card": active_card(uow, member),
        "status": member.status,
        "tier": tier.name,
        "balance": balance,
        "balance_value": money(int(value.to_integral_value(rounding="ROUND_FLOOR"))),
        "qualifying_spend": money(spend),
        "next_tier": ({"name": upcoming.name, "spend_needed": money(upcoming.min_spend - spend)}
                      if upcoming else None),
        "expiring": [{"points": points, "on": local_date(instant, program.tz).isoformat()}
                     for instant, points in book.wallet.expiring(now)],
        "vouchers": [voucher_view(program, v) for v in open_vouchers(uow, ids, program, now)],
        "punch_cards": [{"code": card.code, "units": punches.get(card.code, 0) % card.units, "of": card.units,
                         "reward": card.reward} for card in program.punch_cards],
        "negative": balance < 0,
        "email": member.email,
        "birthday": member.birthday.isoformat() if member.birthday else None,
        "enrolled_at": member.enrolled_at.isoformat(),
        "marketing_consent": bool(member.marketing_consent),
        "erased": bool(erasures(uow.session, [member.id])),
        "challenges": challenges_view(program, challenge_states(uow, program, ids, now)),
        "membership": membership_view(program, held),
        "spendable": book.spendable(now),
        "pending": [{"points": points, "on": local_date(instant, program.tz).isoformat()}
                    for instant, points in book.wallet.pending(now)],
    }


def voucher_view(program: Program, voucher) -> dict:
    """A voucher of MEMBER; a next-visit offer's also says until when (its last day) and what."""
    shown = {"reward": voucher.reward, "id": voucher.id}
    expires = program.offer_expiry(voucher.reward, voucher.issued_at)
    if expires is not None:
        campaign = program.offer_campaign(voucher.reward)
        shown["until"] = (local_date(expires, program.tz) - timedelta(days=1)).isoformat()
        shown["offer"] = campaign.offer
        if campaign.offer == "amount_off":
            shown["value"] = program.currency.format(campaign.offer_value)
    return shown
