"""Projections: the state computed from facts, the same way on every node (SYNC.md 1).

``project_families`` takes member ids, widens them to their families (accounts joined by a
merge, or by two enrollments of one phone), loads every fact of each family, replays them with
``terminal.domain.projection.project_family`` and writes what is derived: member status and
profile, cards, lots and debt, derived ledger entries and punches, vouchers, sale and refund
totals, and the family's conflicts. It is how facts pulled from head office take effect, how a
merge takes effect here, and what ``loyalty check`` compares the cached state with.

Writes made here at the till (a sale, a refund) update the same state incrementally
(``terminal.services.ledger.Book``) for speed; ``check`` proves both ways agree.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from decimal import ROUND_CEILING, Decimal
from typing import Iterable

from sqlalchemy import delete, func, insert, or_, select, update

from terminal.domain.facts import order_key
from terminal.domain.program import Program
from terminal.domain.projection import (EntryFact, FamilyFacts, FamilyState, MemberFact, MergeFact, PunchCardRule,
                                        PunchFact, RefundFact, SaleFact, StatusFact, VoucherUse, conflict_id,
                                        project_family)
from terminal.domain.timekeeping import expiry_instant
from terminal.store.models import (Card, ConflictResolution, ConflictRow, DirtyMember, Fact, LedgerEntry, LotRow,
                                   Member, MemberEvent, PunchEvent, Refund, Sale, SaleRedemption, Staff, StaffEvent,
                                   Voucher)

from .uow import UnitOfWork

CHUNK = 500
FAMILY_CONFLICTS = "family"


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --------------------------------------------------------------------------- families

def family_members(session, member_ids: Iterable[str]) -> list[set[str]]:
    """Split ``member_ids`` into families, each widened to every account joined to it by a
    merge (either way) or by a shared phone."""
    pending = {m for m in member_ids if m}
    families: list[set[str]] = []
    while pending:
        seed = pending.pop()
        family, frontier = {seed}, {seed}
        while frontier:
            found = set()
            for chunk in _chunks(sorted(frontier)):
                rows = session.execute(select(Member.id, Member.merged_into, Member.phone).where(
                    or_(Member.id.in_(chunk), Member.merged_into.in_(chunk)))).all()
                phones = {phone for _, _, phone in rows if phone}
                found |= {i for i, _, _ in rows} | {m for _, m, _ in rows if m}
                if phones:
                    found |= set(session.scalars(select(Member.id).where(Member.phone.in_(phones))))
                events = session.execute(select(MemberEvent.member_id, MemberEvent.target_id).where(
                    MemberEvent.kind == "merged",
                    or_(MemberEvent.member_id.in_(chunk), MemberEvent.target_id.in_(chunk)))).all()
                found |= {a for a, _ in events} | {b for _, b in events if b}
            frontier = found - family
            family |= frontier
        known = set(session.scalars(select(Member.id).where(Member.id.in_(list(family)))))
        families.append(known)
        pending -= family
    return [f for f in families if f]


def _positions(session, ids: list[str]) -> dict[str, tuple[int, int]]:
    found = {}
    for chunk in _chunks(ids):
        found.update({i: (o, s) for i, o, s in session.execute(select(Fact.id, Fact.origin, Fact.seq)
                                                                .where(Fact.id.in_(chunk)))})
    return found


def _enrolled_phones(session, ids: list[str]) -> dict[str, str | None]:
    """The phone each member enrolled with (edits may change the current one)."""
    phones = {}
    for chunk in _chunks(ids):
        for member_id, body in session.execute(select(Fact.id, Fact.body).where(Fact.id.in_(chunk),
                                                                                 Fact.kind == "members")):
            phones[member_id] = json.loads(body).get("phone")
    return phones


def load_family(session, ids: set[str]) -> FamilyFacts:
    s, idl = session, sorted(ids)
    members = s.execute(select(Member.id, Member.enrolled_at, Member.origin_terminal, Member.phone)
                        .where(Member.id.in_(idl))).all()
    events = s.scalars(select(MemberEvent).where(MemberEvent.member_id.in_(idl),
                                                 MemberEvent.kind.in_(("merged", "blocked", "unblocked")))).all()
    entries = s.scalars(select(LedgerEntry).where(LedgerEntry.member_id.in_(idl),
                                                  LedgerEntry.derived.is_(False))).all()
    sales = s.scalars(select(Sale).where(Sale.member_id.in_(idl))).all()
    sale_ids = [x.id for x in sales]
    refunds = [r for chunk in _chunks(sale_ids) for r in s.scalars(select(Refund).where(Refund.sale_id.in_(chunk)))]
    punches = s.scalars(select(PunchEvent).where(PunchEvent.member_id.in_(idl), PunchEvent.derived.is_(False))).all()
    uses = s.execute(select(SaleRedemption, Sale.member_id, Sale.at, Sale.origin_terminal)
                     .join(Sale, Sale.id == SaleRedemption.sale_id)
                     .where(Sale.member_id.in_(idl), SaleRedemption.voucher_id.is_not(None))).all()
    positions = _positions(s, [m.id for m in members] + [e.id for e in events] + sale_ids + [r.id for r in refunds]
                           + [p.id for p in punches] + [u.id for u, *_ in uses])
    phones = _enrolled_phones(s, [m.id for m in members])

    def pos(fact_id: str, origin: int) -> tuple[int, int]:
        return positions.get(fact_id, (origin, 0))

    facts = FamilyFacts(members=[MemberFact(m.id, m.enrolled_at, *pos(m.id, m.origin_terminal),
                                            phones.get(m.id, m.phone)) for m in members])
    for e in events:
        origin, seq = pos(e.id, e.origin_terminal)
        if e.kind == "merged":
            facts.merges.append(MergeFact(e.id, e.member_id, e.target_id, e.at, origin, seq))
        else:
            facts.statuses.append(StatusFact(e.id, e.member_id, e.at, origin, seq, e.kind == "blocked"))
    roots = _roots_outside(s, entries)
    for e in entries:
        facts.entries.append(EntryFact(e.id, e.member_id, e.at, e.origin_terminal, e.seq, e.kind, e.points,
                                       e.expires_at, e.sale_id, _canonical_key(e.key, roots), e.lot_id))
    for x in sales:
        facts.sales.append(SaleFact(x.id, x.member_id, x.at, *pos(x.id, x.origin_terminal), x.paid, x.points_earned,
                                    x.points_redeemed, x.qualifying, x.receipt))
    for r in refunds:
        facts.refunds.append(RefundFact(r.id, r.sale_id, r.at, *pos(r.id, r.origin_terminal), r.amount))
    for p in punches:
        facts.punches.append(PunchFact(p.id, p.member_id, p.at, *pos(p.id, p.origin_terminal), p.punch_card, p.units,
                                       p.sale_id))
    for u, member_id, at, origin in uses:
        facts.uses.append(VoucherUse(u.id, u.sale_id, member_id, at, *pos(u.id, origin), u.voucher_id, u.reward,
                                     u.discount))
    foreign = sorted({e.sale_id for e in entries if e.sale_id and e.kind in ("bonus", "referral")} - set(sale_ids))
    for sale in s.scalars(select(Sale).where(Sale.id.in_(foreign))) if foreign else []:
        their = s.scalars(select(Refund).where(Refund.sale_id == sale.id)).all()
        their_pos = _positions(s, [r.id for r in their] + [sale.id])
        sale_fact = SaleFact(sale.id, sale.member_id, sale.at, *their_pos.get(sale.id, (sale.origin_terminal, 0)),
                             sale.paid, sale.points_earned, sale.points_redeemed, sale.qualifying, sale.receipt)
        facts.foreign_sales[sale.id] = (sale_fact, [RefundFact(r.id, r.sale_id, r.at,
                                                               *their_pos.get(r.id, (r.origin_terminal, 0)), r.amount)
                                                    for r in their])
    return facts


REFERRER_KEY = "referral:referrer:"


def _roots_outside(session, entries) -> dict[str, str]:
    """Referrer bonuses are keyed by the referee; a referee merged into another account is the
    same person, so the key names the account that survives."""
    referees = {e.key[len(REFERRER_KEY):] for e in entries if e.key and e.key.startswith(REFERRER_KEY)}
    roots = {}
    for referee in referees:
        member, seen = session.get(Member, referee), set()
        while member is not None and member.merged_into and member.id not in seen:
            seen.add(member.id)
            member = session.get(Member, member.merged_into)
        roots[referee] = member.id if member is not None else referee
    return roots


def _canonical_key(key: str | None, roots: dict[str, str]) -> str | None:
    if key and key.startswith(REFERRER_KEY):
        referee = key[len(REFERRER_KEY):]
        return REFERRER_KEY + roots.get(referee, referee)
    return key


# --------------------------------------------------------------------------- projecting

def project_families(uow: UnitOfWork, program: Program, member_ids: Iterable[str], now: datetime) -> None:
    """Project the families of ``member_ids`` again from their facts and write the result."""
    session = uow.session
    session.flush()
    done: set[str] = set()
    for family in family_members(session, member_ids):
        if family & done:
            continue
        done |= family
        facts = load_family(session, family)
        state = project_family(facts, now=now, punch_cards=punch_rules(program),
                               expiry_of=lambda at: expiry_instant(at, program.expiry_months, program.tz),
                               charge_points=lambda minor: charge_points(program, minor))
        _write_family(uow, program, family, facts, state)
    session.execute(delete(DirtyMember).where(DirtyMember.member_id.in_(list(done) + list(member_ids))))
    session.expire_all()


def punch_rules(program: Program) -> dict[str, PunchCardRule]:
    return {card.code: PunchCardRule(card.units, card.reward) for card in program.punch_cards}


def charge_points(program: Program, minor: int) -> int:
    """Points worth ``minor`` units of money, rounded up (a voucher used twice is charged)."""
    value = program.points_value_minor(1)
    if value <= 0 or minor <= 0:
        return 0
    return int((Decimal(minor) / value).to_integral_value(rounding=ROUND_CEILING))


def _write_family(uow: UnitOfWork, program: Program, family: set[str], facts: FamilyFacts,
                  state: FamilyState) -> None:
    s, ids = uow.session, sorted(family)
    _write_members(s, ids, state)
    _write_profiles(s, ids)
    _write_cards(s, ids)
    s.execute(delete(LedgerEntry).where(LedgerEntry.member_id.in_(ids), LedgerEntry.derived.is_(True)))
    if state.derived:
        stores = _derived_stores(s, ids, state)
        s.execute(insert(LedgerEntry), [
            {"id": d.id, "member_id": d.member_id, "kind": d.kind, "points": d.points, "at": d.at, "seq": d.seq,
             "rule": d.rule, "sale_id": d.sale_id, "refund_id": d.refund_id, "lot_id": d.lot_id,
             "expires_at": d.expires_at, "derived": True, "origin_terminal": d.origin, "key": None,
             "store": stores.get(d.refund_id) or stores.get(d.sale_id) or stores.get(d.member_id),
             "program_version": None} for d in state.derived])
    s.execute(delete(LotRow).where(LotRow.member_id.in_(ids)))
    owners_outside = {owner for _, owner in state.lots} - family
    if owners_outside:
        s.execute(delete(LotRow).where(LotRow.entry_id.in_([lot.entry_id for lot, _ in state.lots])))
    if state.lots:
        s.execute(insert(LotRow), [{"entry_id": lot.entry_id, "member_id": owner, "expires_at": lot.expires_at,
                                    "remaining": lot.remaining, "seq": lot.order} for lot, owner in state.lots])
    s.execute(delete(Voucher).where(Voucher.member_id.in_(ids)))
    if state.vouchers:
        s.execute(insert(Voucher), [{"id": v.id, "member_id": v.member_id, "reward": v.reward,
                                     "punch_card": v.punch_card, "issued_at": v.issued_at,
                                     "issued_by_sale": v.issued_by_sale, "used_by_sale": v.used_by_sale,
                                     "status": v.status, "origin_terminal": 0, "program_version": None}
                                    for v in state.vouchers])
    s.execute(delete(PunchEvent).where(PunchEvent.member_id.in_(ids), PunchEvent.derived.is_(True)))
    if state.takebacks:
        s.execute(insert(PunchEvent), [{"id": p.id, "member_id": p.member_id, "punch_card": p.card,
                                        "units": p.units, "sale_id": p.sale_id, "at": p.at, "derived": True,
                                        "origin_terminal": p.origin, "program_version": None, "store": None}
                                       for p in state.takebacks])
    for sale_id, totals in state.sale_totals.items():
        s.execute(update(Sale).where(Sale.id == sale_id).values(
            refunded=totals.refunded, points_clawed_back=totals.points_clawed_back,
            points_returned=totals.points_returned, qualifying_refunded=totals.qualifying_refunded,
            fully_refunded=totals.fully_refunded).execution_options(synchronize_session=False))
    for refund_id, effect in state.refund_effects.items():
        s.execute(update(Refund).where(Refund.id == refund_id).values(
            points_clawed_back=effect.points_clawed_back, points_returned=effect.points_returned,
            qualifying_reduction=effect.qualifying_reduction, full=effect.full)
            .execution_options(synchronize_session=False))
    write_conflicts(s, FAMILY_CONFLICTS, ids, state.conflicts)


def _derived_stores(s, ids: list[str], state: FamilyState) -> dict[str, str | None]:
    """Where a derived entry counts: the store of the refund or sale it comes from, else the
    member's home store (expiry)."""
    stores = dict(s.execute(select(Member.id, Member.store).where(Member.id.in_(ids))).all())
    refund_ids = sorted({d.refund_id for d in state.derived if d.refund_id})
    sale_ids = sorted({d.sale_id for d in state.derived if d.sale_id})
    for chunk in _chunks(refund_ids):
        stores.update(s.execute(select(Refund.id, Refund.store).where(Refund.id.in_(chunk))).all())
    for chunk in _chunks(sale_ids):
        stores.update(s.execute(select(Sale.id, Sale.store).where(Sale.id.in_(chunk))).all())
    return stores


def _write_members(s, ids: list[str], state: FamilyState) -> None:
    for member_id in ids:
        status = state.members.get(member_id)
        if status is None:
            continue
        debt = state.debts.get(member_id, 0) if status.status != "merged" else 0
        s.execute(update(Member).where(Member.id == member_id).values(
            status=status.status, merged_into=status.merged_into, merged_at=status.merged_at, debt=debt)
            .execution_options(synchronize_session=False))


def _write_profiles(s, ids: list[str]) -> None:
    """Profile edits in canonical order over the enrollment (one field at a time)."""
    edits = s.scalars(select(MemberEvent).where(MemberEvent.member_id.in_(ids), MemberEvent.kind == "edited")).all()
    if not edits:
        return
    positions = _positions(s, [e.id for e in edits])
    bodies = dict(s.execute(select(Fact.id, Fact.body).where(Fact.id.in_(ids), Fact.kind == "members")).all())
    by_member = defaultdict(list)
    for e in edits:
        by_member[e.member_id].append(e)
    for member_id, events in by_member.items():
        enrolled = json.loads(bodies[member_id]) if member_id in bodies else {}
        profile = {k: enrolled.get(k) for k in ("name", "phone", "email", "birthday", "marketing_consent")
                   if k in enrolled}
        updated_at = None
        for event in sorted(events, key=lambda e: order_key(e.at, *positions.get(e.id, (e.origin_terminal, 0)))):
            profile.update(json.loads(event.changes or "{}"))
            updated_at = event.at
        if "birthday" in profile and isinstance(profile["birthday"], str):
            from datetime import date
            profile["birthday"] = date.fromisoformat(profile["birthday"])
        if profile.get("name"):
            profile["name_key"] = profile["name"].casefold()
        s.execute(update(Member).where(Member.id == member_id).values(updated_at=updated_at, **profile)
                  .execution_options(synchronize_session=False))


def _write_cards(s, ids: list[str]) -> None:
    """A replacement card replaces every card the member was issued before it."""
    cards = s.scalars(select(Card).where(Card.member_id.in_(ids))).all()
    positions = _positions(s, [c.id for c in cards])
    by_member = defaultdict(list)
    for card in cards:
        by_member[card.member_id].append(card)
    for member_cards in by_member.values():
        member_cards.sort(key=lambda c: order_key(c.issued_at, *positions.get(c.id, (c.origin_terminal, 0))))
        replaced_by: dict[str, str | None] = {c.id: None for c in member_cards}
        for index, card in enumerate(member_cards):
            if card.replacement:
                for earlier in member_cards[:index]:
                    replaced_by[earlier.id] = card.number
        for card in member_cards:
            target = replaced_by[card.id]
            status = "replaced" if target else "active"
            if (card.status, card.replaced_by) != (status, target):
                s.execute(update(Card).where(Card.id == card.id).values(status=status, replaced_by=target)
                          .execution_options(synchronize_session=False))
    project_card_numbers(s, {c.number for c in cards})


def project_card_numbers(s, numbers: set[str]) -> None:
    """One number issued to two members (a pre-printed card enrolled at two tills offline): the
    first issue keeps it; the other is a conflict for a manager."""
    from terminal.domain.projection import Conflict
    for number in numbers:
        cards = s.execute(select(Card.id, Card.member_id, Card.issued_at, Card.origin_terminal)
                          .where(Card.number == number)).all()
        found = []
        if len({member for _, member, _, _ in cards}) > 1:
            ordered = sorted(cards, key=lambda c: order_key(c[2], c[3], 0))
            first = ordered[0]
            for card_id, member_id, issued_at, _ in ordered[1:]:
                if member_id != first[1]:
                    cid = conflict_id("card_collision", first[0], card_id)
                    found.append(Conflict(cid, "card_collision", member_id, issued_at,
                                          {"card": number, "kept_by": first[1]}))
        s.execute(delete(ConflictRow).where(ConflictRow.scope == "card", ConflictRow.kind == "card_collision",
                                            ConflictRow.detail.like(f'%"card": "{number}"%')))
        _insert_conflicts(s, "card", found)


def write_conflicts(s, scope: str, member_ids: list[str], conflicts) -> None:
    s.execute(delete(ConflictRow).where(ConflictRow.scope == scope, ConflictRow.member_id.in_(member_ids)))
    _insert_conflicts(s, scope, conflicts)


def _insert_conflicts(s, scope: str, conflicts) -> None:
    rows = {c.id: {"id": c.id, "kind": c.kind, "member_id": c.member_id or None, "at": c.at,
                   "detail": json.dumps(c.detail, sort_keys=True, default=str), "scope": scope} for c in conflicts}
    if rows:
        s.execute(delete(ConflictRow).where(ConflictRow.id.in_(list(rows))))
        s.execute(insert(ConflictRow), list(rows.values()))


# --------------------------------------------------------------------------- sales and staff

def project_sales(s, sale_ids: Iterable[str]) -> None:
    """Receipt numbers and external receipt ids used twice (a terminal restored from a backup
    that sold before syncing; one POS id at two tills of a store): both sales stand, every
    node records the same conflict."""
    from terminal.domain.projection import Conflict
    ids = list(sale_ids)
    for chunk in _chunks(ids):
        for sale in s.scalars(select(Sale).where(Sale.id.in_(chunk))):
            same_receipt = s.execute(select(Sale.id, Sale.member_id, Sale.at).where(Sale.receipt == sale.receipt)).all()
            found = []
            if len(same_receipt) > 1:
                fact_ids = tuple(sorted(r[0] for r in same_receipt))
                found.append(Conflict(conflict_id("receipt_reused", *fact_ids), "receipt_reused", sale.member_id,
                                      max(r[2] for r in same_receipt), {"receipt": sale.receipt,
                                                                        "sales": list(fact_ids)}))
            if sale.external_id:
                same_id = s.execute(select(Sale.id, Sale.at).where(Sale.store == sale.store,
                                                                   Sale.external_id == sale.external_id)).all()
                if len(same_id) > 1:
                    fact_ids = tuple(sorted(r[0] for r in same_id))
                    found.append(Conflict(conflict_id("duplicate_receipt_id", *fact_ids), "duplicate_receipt_id",
                                          sale.member_id, max(r[1] for r in same_id),
                                          {"receipt_id": sale.external_id, "store": sale.store,
                                           "sales": list(fact_ids)}))
            _insert_conflicts(s, "sale", found)


def project_staff(s, staff_ids: Iterable[str]) -> None:
    """A staff member's name, role, PIN and whether active: their later changes in order."""
    for staff_id in staff_ids:
        staff = s.get(Staff, staff_id)
        if staff is None:
            continue
        body = s.scalar(select(Fact.body).where(Fact.id == staff_id))
        state = json.loads(body) if body else {"name": staff.name, "role": staff.role, "pin_hash": staff.pin_hash}
        state = {k: state[k] for k in ("name", "role", "pin_hash") if k in state}
        state["active"] = True
        events = s.scalars(select(StaffEvent).where(StaffEvent.staff_id == staff_id)).all()
        positions = _positions(s, [e.id for e in events])
        for event in sorted(events, key=lambda e: order_key(e.at, *positions.get(e.id, (e.origin_terminal, 0)))):
            state.update({k: v for k, v in json.loads(event.changes).items()
                          if k in ("name", "role", "pin_hash", "active")})
        s.execute(update(Staff).where(Staff.id == staff_id).values(**state)
                  .execution_options(synchronize_session=False))


def resolution_of(s, conflict_ids: list[str]) -> dict[str, ConflictResolution]:
    """The first resolution of each conflict (a conflict resolved at two tills stays resolved)."""
    found: dict[str, ConflictResolution] = {}
    for chunk in _chunks(conflict_ids):
        for row in s.scalars(select(ConflictResolution).where(ConflictResolution.conflict_id.in_(chunk))
                             .order_by(ConflictResolution.at)):
            found.setdefault(row.conflict_id, row)
    return found


def dirty_members(s, limit: int | None = None) -> list[str]:
    query = select(DirtyMember.member_id)
    if limit:
        query = query.limit(limit)
    return list(s.scalars(query))


def is_dirty(s, member_ids: list[str]) -> bool:
    return bool(s.scalar(select(func.count()).select_from(DirtyMember).where(DirtyMember.member_id.in_(member_ids))))
