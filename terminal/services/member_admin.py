"""The back office's member screen: search by name, phone or card; one member in full (the
MEMBER view, every card, the ledger history and the audit entries about them); profile edits.
Adjusting, blocking, replacing a card and merging are the ``members`` use cases themselves."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select

from terminal.domain.errors import InvalidInput, LoyaltyError
from terminal.domain.phones import mask_phone
from terminal.domain.program import Program
from terminal.domain.text import has_controls
from terminal.domain.timekeeping import local_date
from terminal.store.models import Card, LedgerEntry, Member, Sale

from .audit_log import query as audit_query
from .ledger import Book
from .lookup import active_card, resolve
from .members import edit_profile
from .uow import UnitOfWork
from .views import member_view

SEARCH_LIMIT = 50
HISTORY_LIMIT = 200


def search(uow: UnitOfWork, program: Program, text: str) -> dict:
    """Members whose name contains ``text``, whose phone or card contains its digits, or whom
    ``text`` names exactly (a card, a phone, an id). Merged accounts are left out: their card
    or phone finds the survivor."""
    text = " ".join((text or "").split())
    found: dict[str, Member] = {}
    try:
        member = resolve(uow, program, text)
        found[member.id] = member
    except LoyaltyError:
        pass
    digits = "".join(c for c in text if c.isdigit())
    conditions = []
    if len(text) >= 2:
        conditions.append(Member.name_key.contains(text.casefold()))
    if len(digits) >= 4:
        conditions.append(Member.phone.contains(digits))
        conditions.append(Member.id.in_(select(Card.member_id).where(Card.number.contains(digits))))
    if conditions:
        query = (select(Member).where(or_(*conditions), Member.status != "merged")
                 .order_by(Member.name_key).limit(SEARCH_LIMIT))
        for member in uow.session.scalars(query):
            found.setdefault(member.id, member)
    return {"members": [{"id": m.id, "name": m.name, "phone_masked": mask_phone(m.phone),
                         "card": active_card(uow, m), "status": m.status} for m in found.values()]}


def detail(uow: UnitOfWork, program: Program, version: int, now: datetime, ref: str) -> dict:
    member = resolve(uow, program, ref)
    book = Book.open(uow, member, program, version, now)
    view = member_view(uow, program, member, book, now)
    view.update(phone=member.phone, marketing_consent=member.marketing_consent)
    cards = [{"number": c.number, "status": c.status, "issued_at": c.issued_at.isoformat(),
              "replaced_by": c.replaced_by}
             for c in uow.session.scalars(select(Card).where(Card.member_id == member.id).order_by(Card.issued_at))]
    query = (select(LedgerEntry, Sale.receipt).outerjoin(Sale, Sale.id == LedgerEntry.sale_id)
             .where(LedgerEntry.member_id == member.id)
             .order_by(LedgerEntry.at.desc(), LedgerEntry.seq.desc()).limit(HISTORY_LIMIT))
    history = [{"id": e.id, "kind": e.kind, "points": e.points, "at": e.at.isoformat(), "sale": receipt,
                "rule": e.rule, "reason": e.reason,
                "expires_on": local_date(e.expires_at, program.tz).isoformat() if e.expires_at else None}
               for e, receipt in uow.session.execute(query)]
    return {"member": view, "cards": cards, "history": history,
            "audit": audit_query(uow, program, member=member.id)["entries"]}


def update(uow: UnitOfWork, program: Program, version: int, now: datetime, manager, ref: str, *,
           name: str | None = None, phone: str | None = None, email: str | None = None,
           birthday: str | date | None = None, marketing_consent: bool | None = None,
           reason: str | None = None) -> dict:
    """Change what is given (``None``: leave it); an empty email or birthday clears it."""
    member = resolve(uow, program, ref)
    if name is not None and has_controls(name):
        raise InvalidInput("the name contains control characters")
    given = {"name": name, "phone": phone, "email": email, "birthday": birthday,
             "marketing_consent": marketing_consent}
    changed = edit_profile(uow, program, version, now, member, manager, reason,
                           **{k: v for k, v in given.items() if v is not None})
    result = detail(uow, program, version, now, member.id)
    result["changed"] = changed
    return result
