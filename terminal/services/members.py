"""Enrollment and the card lifecycle: enroll, edit, adjust, replace card, block, merge.

Each of these writes facts (an enrollment, a card issued, a member event, a ledger entry, an
audit entry) and brings the member's projected state up to date with them: a block or an edit
at once, a merge through the projector (the joint wallet is the replay's)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from terminal.domain.cards import generate_card, validate_card
from terminal.domain.errors import (DuplicatePhone, InvalidAmount, InvalidCard, InvalidInput, MemberBlocked)
from terminal.domain.phones import normalize_phone
from terminal.domain.program import Program
from terminal.domain.text import require_label
from terminal.domain.timekeeping import local_date
from terminal.store.models import Card, Member, MemberEvent, new_id

from .ledger import Book
from .lookup import resolve
from .staff import audit, require_manager, require_reason
from .uow import UnitOfWork

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_ADJUSTMENT = 10_000_000


def clean_name(name: str | None) -> str:
    if not (name or "").strip():
        raise InvalidInput("a member needs a name")
    name = require_label(name, "the name")
    if len(name) > 200:
        raise InvalidInput("the name is longer than 200 characters")
    return name


def clean_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    email = email.strip()
    if len(email) > 254 or not _EMAIL.match(email):
        raise InvalidInput(f"{email!r} is not an email address")
    return email


def clean_birthday(text: str | date | None, today: date) -> date | None:
    if text is None or text == "":
        return None
    try:
        day = text if isinstance(text, date) else date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput(f"birthday {text!r} is not a date like 1990-05-17") from None
    if day > today or day.year < 1900:
        raise InvalidInput(f"birthday {day.isoformat()} is not a plausible birth date")
    return day


def issue_card(uow: UnitOfWork, program: Program, member: Member, number: str | None, now: datetime,
               version: int, *, replacement: bool = False) -> Card:
    if number:
        number = validate_card(number, program.card_prefix)
        if uow.session.scalars(select(Card.id).where(Card.number == number)).first():
            raise InvalidCard(f"card {number} is already issued to a member")
    else:
        while True:
            number = generate_card(program.card_prefix, uow.terminal, uow.next_value("card_serial"))
            if not uow.session.scalars(select(Card.id).where(Card.number == number)).first():
                break
    card = Card(id=new_id(), number=number, member_id=member.id, status="active", issued_at=now,
                replacement=replacement, store=uow.store, origin_terminal=uow.terminal, program_version=version)
    uow.session.add(card)
    return card


def phone_taken(uow: UnitOfWork, phone: str, except_id: str | None = None) -> bool:
    query = select(Member.id).where(Member.phone == phone, Member.status != "merged")
    if except_id:
        query = query.where(Member.id != except_id)
    return uow.session.scalars(query).first() is not None


def enroll(uow: UnitOfWork, program: Program, version: int, now: datetime, *, name: str, phone: str,
           email: str | None = None, birthday: str | date | None = None, card: str | None = None,
           referrer: str | None = None, marketing_consent: bool = False) -> Member:
    name = clean_name(name)
    e164 = normalize_phone(phone, program.region)
    email = clean_email(email)
    born = clean_birthday(birthday, local_date(now, program.tz))
    referrer_member = resolve(uow, program, referrer) if referrer else None
    if referrer_member is not None and referrer_member.status == "blocked":
        raise MemberBlocked("the referring member is blocked")
    if phone_taken(uow, e164):
        raise DuplicatePhone(f"a member with phone {phone} is already enrolled")
    member = Member(id=new_id(), name=name, name_key=name.casefold(), phone=e164, email=email, birthday=born,
                    marketing_consent=bool(marketing_consent), status="active",
                    referrer_id=referrer_member.id if referrer_member else None, enrolled_at=now, updated_at=now,
                    debt=0, store=uow.store, origin_terminal=uow.terminal, program_version=version)
    uow.session.add(member)
    issue_card(uow, program, member, card, now, version)
    try:
        uow.session.flush()
    except IntegrityError:
        raise DuplicatePhone(f"a member with phone {phone} is already enrolled") from None
    if referrer_member is not None and program.referral and program.referral.paid_on == "enrollment":
        _pay_referral_on_enrollment(uow, program, version, now, member)
    return member


def _pay_referral_on_enrollment(uow: UnitOfWork, program: Program, version: int, now: datetime,
                                member: Member) -> None:
    """``[referral] paid_on = "enrollment"`` (SPEC-mechanics 6): both bonuses are paid when the
    referred member enrolls, under the same once-per-member keys as on a first purchase, so a
    phone enrolled at two tills offline is paid once after sync. No sale: nothing reverses them."""
    from .sales import pay_referrer
    referral = program.referral
    if referral.referee_bonus:
        Book.open(uow, member, program, version, now).post("referral", referral.referee_bonus, now,
                                                           rule="referral:referee", key="referral:referee")
    if referral.referrer_bonus:
        pay_referrer(uow, program, version, now, member, referral.referrer_bonus, None,
                     f"referral:referrer:{member.id}")


def adjust(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str, points: int,
           reason: str, pin: str) -> Member:
    manager = require_manager(uow, pin)
    reason = require_reason(reason)
    if not isinstance(points, int) or points == 0 or abs(points) > MAX_ADJUSTMENT:
        raise InvalidAmount(f"an adjustment moves a whole number of points, not zero, at most {MAX_ADJUSTMENT}")
    member = resolve(uow, program, ref)
    book = Book.open(uow, member, program, version, now)
    book.post("adjust", points, now, rule="manual", reason=reason, staff_id=manager.id)
    audit(uow, now, manager, "adjust", member_id=member.id, reason=reason, points=points)
    return member


def replace_card(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str, pin: str,
                 card: str | None = None, reason: str | None = None) -> Member:
    """A replacement card: every card the member had before it is replaced (and still resolves
    to the member, marked replaced)."""
    manager = require_manager(uow, pin)
    member = resolve(uow, program, ref)
    new = issue_card(uow, program, member, card, now, version, replacement=True)
    old = list(uow.session.scalars(select(Card).where(Card.member_id == member.id, Card.id != new.id)))
    for previous in old:
        previous.status, previous.replaced_by = "replaced", new.number
    audit(uow, now, manager, "replace_card", member_id=member.id, reason=reason or "card replaced",
          old=[c.number for c in old if c.status == "replaced"], new=new.number)
    return member


def member_event(uow: UnitOfWork, version: int, now: datetime, member: Member, kind: str, staff, *,
                 into: str | None = None, changes: dict | None = None, reason: str | None = None) -> MemberEvent:
    event = MemberEvent(id=new_id(), member_id=member.id, at=now, kind=kind, target_id=into,
                        changes=json.dumps(changes, sort_keys=True, default=str) if changes is not None else None,
                        reason=reason, staff_id=staff.id if staff else None, store=uow.store,
                        origin_terminal=uow.terminal, program_version=version)
    uow.session.add(event)
    return event


def set_blocked(uow: UnitOfWork, program: Program, now: datetime, ref: str, pin: str, blocked: bool,
                reason: str | None = None, version: int | None = None) -> Member:
    manager = require_manager(uow, pin)
    member = resolve(uow, program, ref)
    reason = reason or ("blocked" if blocked else "unblocked")
    member_event(uow, version, now, member, "blocked" if blocked else "unblocked", manager, reason=reason)
    member.status = "blocked" if blocked else "active"
    member.updated_at = now
    audit(uow, now, manager, "block" if blocked else "unblock", member_id=member.id, reason=reason)
    return member


EDITABLE = ("name", "phone", "email", "birthday", "marketing_consent")


def edit_member(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str, pin: str,
                reason: str | None = None, **changes) -> Member:
    """Change a member's profile (manager): only the fields given; the phone stays unique."""
    manager = require_manager(uow, pin)
    member = resolve(uow, program, ref)
    edit_profile(uow, program, version, now, member, manager, reason, **changes)
    return member


def edit_profile(uow: UnitOfWork, program: Program, version: int, now: datetime, member: Member, manager,
                 reason: str | None = None, **changes) -> list[str]:
    """Validate and record a profile edit as a fact (``member_events``, kind ``edited``) and
    apply it; returns the fields that changed. An empty email or birthday clears it."""
    from terminal.store.redaction import erasures
    if erasures(uow.session, [member.id]):
        raise InvalidInput("this member's personal data was erased: the profile can no longer be edited")
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE)}")
    clean: dict = {}
    if "name" in changes:
        clean["name"] = clean_name(changes["name"])
    if "phone" in changes:
        clean["phone"] = normalize_phone(changes["phone"], program.region)
        if clean["phone"] != member.phone and phone_taken(uow, clean["phone"], except_id=member.id):
            raise DuplicatePhone(f"another member already has phone {changes['phone']}")
    if "email" in changes:
        clean["email"] = clean_email(changes["email"])
    if "birthday" in changes:
        clean["birthday"] = clean_birthday(changes["birthday"], local_date(now, program.tz))
    if "marketing_consent" in changes:
        clean["marketing_consent"] = bool(changes["marketing_consent"])
    clean = {k: v for k, v in clean.items() if getattr(member, k) != v}
    if not clean:
        return []
    member_event(uow, version, now, member, "edited", manager, changes=clean, reason=reason)
    for key, value in clean.items():
        setattr(member, key, value)
    if "name" in clean:
        member.name_key = clean["name"].casefold()
    member.updated_at = now
    audit(uow, now, manager, "member_edit", member_id=member.id, reason=(reason or "").strip()[:500] or
          "profile edited", fields=sorted(clean))
    return sorted(clean)


def merge(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str, into_ref: str, pin: str,
          reason: str | None = None) -> Member:
    """Merge ``ref`` into ``into_ref``: from now on one account. The wallets join (each lot
    keeps its expiry, debt stays debt), punch cards add up, open vouchers and cards of ``ref``
    resolve to the survivor; nothing of either history is rewritten."""
    from .projector import project_families
    manager = require_manager(uow, pin)
    source, target = resolve(uow, program, ref), resolve(uow, program, into_ref)
    if source.id == target.id:
        raise InvalidInput("a member cannot be merged into itself")
    source_book = Book.open(uow, source, program, version, now)
    Book.open(uow, target, program, version, now)
    moved = source_book.balance
    member_event(uow, version, now, source, "merged", manager, into=target.id, reason=reason or "duplicate account")
    audit(uow, now, manager, "merge", member_id=target.id, reason=reason or "duplicate account",
          merged=source.id, points=moved)
    project_families(uow, program, [source.id, target.id], now)
    return uow.session.get(Member, target.id)
