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

from sqlalchemy import String, bindparam, delete, func, insert, literal_column, or_, select, update

from terminal.domain.facts import order_key
from terminal.domain.program import Program
from terminal.domain.projection import (EntryFact, FamilyFacts, FamilyState, MemberFact, MergeFact, PunchCardRule,
                                        PunchFact, RefundFact, SaleFact, StatusFact, VoucherUse, conflict_id,
                                        project_family)
from terminal.store.models import (Card, ConflictResolution, ConflictRow, DirtyMember, Fact, LedgerEntry, LotRow,
                                   Member, MemberEvent, PunchEvent, Refund, Sale, SaleLineRow, SaleRedemption, Staff,
                                   StaffEvent, Voucher)

from .pending import dirty_members, is_dirty  # noqa: F401 - the names callers know
from .uow import UnitOfWork

CHUNK = 500
FAMILY_CONFLICTS = "family"


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


ID_CHUNK = 20_000


def _id_set(ids: list[str]):
    """``ids`` for ``column.in_(...)`` as one JSON text read by ``json_each``: the statement's
    text is the same whatever the number of ids, so SQLAlchemy compiles it once and SQLite
    prepares it once (an expanded ``IN (?, ?, ...)`` is rendered and prepared anew each time:
    most of a pull's projection time went there)."""
    return select(literal_column("value")).select_from(func.json_each(bindparam(None, json.dumps(ids), String)))


# --------------------------------------------------------------------------- families

def family_members(session, member_ids: Iterable[str]) -> list[set[str]]:
    """Split ``member_ids`` into families, each widened to every account joined to it by a
    merge (either way) or by a shared phone. One breadth-first walk for all of them, then
    connected components."""
    M, E = Member.__table__, MemberEvent.__table__
    start = {m for m in member_ids if m}
    seen, frontier = set(start), set(start)
    edges: list[tuple[str, str]] = []
    by_phone: dict[str, set[str]] = defaultdict(set)
    while frontier:
        ids = sorted(frontier)
        rows = _rows(session, lambda c: select(M.c.id, M.c.merged_into, M.c.phone).where(M.c.id.in_(c)), ids)
        rows += _rows(session, lambda c: select(M.c.id, M.c.merged_into, M.c.phone).where(M.c.merged_into.in_(c)), ids)
        phones = {phone for _, _, phone in rows if phone}
        rows += _rows(session, lambda c: select(M.c.id, M.c.merged_into, M.c.phone).where(M.c.phone.in_(c)),
                      sorted(phones))
        rows += [(a, b, None) for a, b in _rows(session, lambda c: select(E.c.member_id, E.c.target_id).where(
            E.c.kind == "merged", E.c.member_id.in_(c)), ids)]
        rows += [(a, b, None) for a, b in _rows(session, lambda c: select(E.c.member_id, E.c.target_id).where(
            E.c.kind == "merged", E.c.target_id.in_(c)), ids)]
        found = set()
        for member, into, phone in rows:
            found.add(member)
            if into:
                found.add(into)
                edges.append((member, into))
            if phone:
                by_phone[phone].add(member)
        frontier = found - seen
        seen |= found
    parent = {m: m for m in seen}

    def root(m: str) -> str:
        while parent[m] != m:
            parent[m] = parent[parent[m]]
            m = parent[m]
        return m

    for group in by_phone.values():
        edges += [(a, b) for a, b in zip(sorted(group), sorted(group)[1:])]
    for a, b in edges:
        parent[root(a)] = root(b)
    existing = {m for (m,) in _rows(session, lambda c: select(M.c.id).where(M.c.id.in_(c)), sorted(seen))}
    components: dict[str, set[str]] = defaultdict(set)
    for m in existing:
        components[root(m)].add(m)
    wanted = {root(m) for m in start}
    return [components[r] for r in sorted(wanted) if components.get(r)]


def _positions(session, ids: list[str]) -> dict[str, tuple[int, int]]:
    found = {}
    for chunk in _chunks(ids, ID_CHUNK):
        found.update({i: (o, s) for i, o, s in session.execute(select(Fact.id, Fact.origin, Fact.seq)
                                                                .where(Fact.id.in_(_id_set(chunk))))})
    return found


def _enrolled_phones(session, ids: list[str]) -> dict[str, str | None]:
    """The phone each member enrolled with (edits may change the current one)."""
    phones = {}
    for chunk in _chunks(ids, ID_CHUNK):
        for member_id, body in session.execute(select(Fact.id, Fact.body).where(Fact.id.in_(_id_set(chunk)),
                                                                                 Fact.kind == "members")):
            phones[member_id] = json.loads(body).get("phone")
    return phones


def _rows(session, statement_for_chunk, ids: list[str]) -> list:
    """Run ``statement_for_chunk(id_set)`` for every chunk of ``ids`` (``_id_set``)."""
    found = []
    for chunk in _chunks(ids, ID_CHUNK):
        found.extend(session.execute(statement_for_chunk(_id_set(chunk))).all())
    return found


def load_family(session, ids: set[str]) -> FamilyFacts:
    return load_families(session, [ids])[0]


def load_families(session, families: list[set[str]]) -> list[FamilyFacts]:
    """Every fact of each family, read with a few queries for all of them together."""
    s = session
    owner = {m: n for n, family in enumerate(families) for m in family}
    idl = sorted(owner)
    M, E, L, S, R, P, X = (Member.__table__, MemberEvent.__table__, LedgerEntry.__table__, Sale.__table__,
                           Refund.__table__, PunchEvent.__table__, SaleRedemption.__table__)
    members = _rows(s, lambda c: select(M.c.id, M.c.enrolled_at, M.c.origin_terminal, M.c.phone)
                    .where(M.c.id.in_(c)), idl)
    events = _rows(s, lambda c: select(E.c.id, E.c.member_id, E.c.target_id, E.c.at, E.c.origin_terminal, E.c.kind)
                   .where(E.c.member_id.in_(c), E.c.kind.in_(("merged", "blocked", "unblocked"))), idl)
    entries = _rows(s, lambda c: select(L.c.id, L.c.member_id, L.c.at, L.c.origin_terminal, L.c.seq, L.c.kind,
                                        L.c.points, L.c.expires_at, L.c.sale_id, L.c.key, L.c.lot_id)
                    .where(L.c.member_id.in_(c), L.c.derived.is_(False)), idl)
    sale_columns = (S.c.id, S.c.member_id, S.c.at, S.c.origin_terminal, S.c.paid, S.c.points_earned,
                    S.c.points_redeemed, S.c.qualifying, S.c.receipt)
    sales = _rows(s, lambda c: select(*sale_columns).where(S.c.member_id.in_(c)), idl)
    sale_ids = [x.id for x in sales]
    refund_columns = (R.c.id, R.c.sale_id, R.c.at, R.c.origin_terminal, R.c.amount)
    refunds = _rows(s, lambda c: select(*refund_columns).where(R.c.sale_id.in_(c)), sale_ids)
    punches = _rows(s, lambda c: select(P.c.id, P.c.member_id, P.c.at, P.c.origin_terminal, P.c.punch_card,
                                        P.c.units, P.c.sale_id)
                    .where(P.c.member_id.in_(c), P.c.derived.is_(False)), idl)
    uses = _rows(s, lambda c: select(X.c.id, X.c.sale_id, S.c.member_id, S.c.at, S.c.origin_terminal, X.c.voucher_id,
                                     X.c.reward, X.c.discount).join(S, S.c.id == X.c.sale_id)
                 .where(S.c.member_id.in_(c), X.c.voucher_id.is_not(None)), idl)
    foreign_ids = sorted({e.sale_id for e in entries if e.sale_id and e.kind in ("bonus", "referral")}
                         - set(sale_ids))
    foreign_sales = _rows(s, lambda c: select(*sale_columns).where(S.c.id.in_(c)), foreign_ids)
    foreign_refunds = _rows(s, lambda c: select(*refund_columns).where(R.c.sale_id.in_(c)), foreign_ids)
    positions = _positions(s, [m.id for m in members] + [e.id for e in events] + sale_ids + [r.id for r in refunds]
                           + [p.id for p in punches] + [u.id for u in uses] + foreign_ids
                           + [r.id for r in foreign_refunds])
    phones = _enrolled_phones(s, [m.id for m in members])
    roots = _roots_outside(s, entries)

    def pos(fact_id: str, origin: int) -> tuple[int, int]:
        return positions.get(fact_id, (origin, 0))

    out = [FamilyFacts(members=[]) for _ in families]
    for m in members:
        out[owner[m.id]].members.append(MemberFact(m.id, m.enrolled_at, *pos(m.id, m.origin_terminal),
                                                   phones.get(m.id, m.phone)))
    for e in events:
        origin, seq = pos(e.id, e.origin_terminal)
        if e.kind == "merged":
            out[owner[e.member_id]].merges.append(MergeFact(e.id, e.member_id, e.target_id, e.at, origin, seq))
        else:
            out[owner[e.member_id]].statuses.append(StatusFact(e.id, e.member_id, e.at, origin, seq,
                                                               e.kind == "blocked"))
    for e in entries:
        out[owner[e.member_id]].entries.append(EntryFact(e.id, e.member_id, e.at, e.origin_terminal, e.seq, e.kind,
                                                         e.points, e.expires_at, e.sale_id,
                                                         _canonical_key(e.key, roots), e.lot_id))
    sale_owner = {}
    bought = _eligible_categories(s, sale_ids)
    for x in sales:
        sale_owner[x.id] = owner[x.member_id]
        out[owner[x.member_id]].sales.append(SaleFact(x.id, x.member_id, x.at, *pos(x.id, x.origin_terminal), x.paid,
                                                      x.points_earned, x.points_redeemed, x.qualifying, x.receipt,
                                                      tuple(sorted(bought.get(x.id, ())))))
    for r in refunds:
        out[sale_owner[r.sale_id]].refunds.append(RefundFact(r.id, r.sale_id, r.at, *pos(r.id, r.origin_terminal),
                                                             r.amount))
    for p in punches:
        out[owner[p.member_id]].punches.append(PunchFact(p.id, p.member_id, p.at, *pos(p.id, p.origin_terminal),
                                                         p.punch_card, p.units, p.sale_id))
    for u in uses:
        out[owner[u.member_id]].uses.append(VoucherUse(u.id, u.sale_id, u.member_id, u.at, *pos(u.id, u.origin_terminal),
                                                       u.voucher_id, u.reward, u.discount))
    if foreign_sales:
        their_refunds = defaultdict(list)
        for r in foreign_refunds:
            their_refunds[r.sale_id].append(RefundFact(r.id, r.sale_id, r.at, *pos(r.id, r.origin_terminal), r.amount))
        needed_by = defaultdict(set)
        for e in entries:
            if e.sale_id in foreign_ids:
                needed_by[e.sale_id].add(owner[e.member_id])
        for x in foreign_sales:
            fact = SaleFact(x.id, x.member_id, x.at, *pos(x.id, x.origin_terminal), x.paid, x.points_earned,
                            x.points_redeemed, x.qualifying, x.receipt)
            for n in needed_by[x.id]:
                out[n].foreign_sales[x.id] = (fact, their_refunds[x.id])
    return out


REFERRER_KEY = "referral:referrer:"


def _eligible_categories(session, sale_ids: list[str]) -> dict[str, set[str]]:
    """Per sale, the eligible categories it paid for (what a categories challenge counts)."""
    found = defaultdict(set)
    T = SaleLineRow.__table__
    for sale_id, category in _rows(session, lambda c: select(T.c.sale_id, T.c.category).where(
            T.c.sale_id.in_(c), T.c.eligible.is_(True), T.c.paid > 0), sale_ids):
        found[sale_id].add(category or "")
    return found


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

def project_families(uow: UnitOfWork, program: Program, member_ids: Iterable[str], now: datetime, *,
                     _following: bool = False) -> None:
    """Project the families of ``member_ids`` again from their facts and write the result
    (all families of one call with a few statements together)."""
    uow.require_write()
    session = uow.session
    session.flush()
    from .ledger import forget_families
    forget_families(session)   # merges are projected here
    member_ids = [m for m in member_ids if m]
    families = family_members(session, member_ids)
    states = []
    for family, facts in zip(families, load_families(session, families)):
        states.append(project_family(facts, now=now, punch_cards=punch_rules(program),
                                     expiry_of=program.expiry_of,
                                     charge_points=lambda minor: charge_points(program, minor),
                                     challenges=program.challenges, tz=program.tz,
                                     available_of=program.available_of))
    if families:
        _write_families(session, families, states)
    done = set().union(*families) if families else set()
    for chunk in _chunks(sorted(done | set(member_ids))):
        session.execute(delete(DirtyMember).where(DirtyMember.member_id.in_(chunk)))
    session.expire_all()
    forget_families(session)
    if not _following:
        # A referrer's bonus is keyed by the referee's surviving account: when this projection
        # merged referees (two enrollments of one phone), their referrers' families are
        # projected again, so two bonuses for one person are seen as one key.
        merged = sorted(m for state in states for m, status in state.members.items() if status.status == "merged")
        referrers = {r for (r,) in _rows(session, lambda c: select(LedgerEntry.member_id).where(
            LedgerEntry.key.in_(c)), [REFERRER_KEY + m for m in merged])}
        if referrers:
            project_families(uow, program, sorted(referrers), now, _following=True)


def punch_rules(program: Program) -> dict[str, PunchCardRule]:
    """Punch cards, and each next-visit offer as a card of one unit (SPEC-mechanics 3)."""
    rules = {card.code: PunchCardRule(card.units, card.reward) for card in program.punch_cards}
    rules.update({c.voucher_reward: PunchCardRule(1, c.voucher_reward) for c in program.campaigns
                  if c.kind == "next_visit"})
    return rules


def charge_points(program: Program, minor: int) -> int:
    """Points worth ``minor`` units of money, rounded up (a voucher used twice is charged)."""
    value = program.points_value_minor(1)
    if value <= 0 or minor <= 0:
        return 0
    return int((Decimal(minor) / value).to_integral_value(rounding=ROUND_CEILING))


def _delete_where(s, column, ids: list[str], *extra) -> None:
    for chunk in _chunks(ids, ID_CHUNK):
        s.execute(delete(column.table).where(column.in_(_id_set(chunk)), *extra))


def _write_families(s, families: list[set[str]], states: list[FamilyState]) -> None:
    ids = sorted(set().union(*families))
    _write_members(s, ids, states)
    _write_profiles(s, ids)
    _write_cards(s, ids)
    L, T, V, P = LedgerEntry.__table__, LotRow.__table__, Voucher.__table__, PunchEvent.__table__
    derived = [d for state in states for d in state.derived]
    lots = [(lot, owner) for state in states for lot, owner in state.lots]
    _delete_where(s, L.c.member_id, ids, L.c.derived.is_(True))
    if derived:
        stores = _derived_stores(s, ids, derived)
        s.execute(insert(L), [
            {"id": d.id, "member_id": d.member_id, "kind": d.kind, "points": d.points, "at": d.at, "seq": d.seq,
             "rule": d.rule, "sale_id": d.sale_id, "refund_id": d.refund_id, "lot_id": d.lot_id,
             "expires_at": d.expires_at, "derived": True, "origin_terminal": d.origin, "key": None,
             "store": stores.get(d.refund_id) or stores.get(d.sale_id) or stores.get(d.member_id),
             "program_version": None, "reason": None, "staff_id": None} for d in derived])
    _delete_where(s, T.c.member_id, ids)
    _delete_where(s, T.c.entry_id, [lot.entry_id for lot, owner in lots if owner not in ids])
    if lots:
        s.execute(insert(T), [{"entry_id": lot.entry_id, "member_id": owner, "expires_at": lot.expires_at,
                               "remaining": lot.remaining, "seq": lot.order} for lot, owner in lots])
    vouchers = [v for state in states for v in state.vouchers]
    _delete_where(s, V.c.member_id, ids)
    if vouchers:
        s.execute(insert(V), [{"id": v.id, "member_id": v.member_id, "reward": v.reward, "punch_card": v.punch_card,
                               "issued_at": v.issued_at, "issued_by_sale": v.issued_by_sale,
                               "used_by_sale": v.used_by_sale, "status": v.status, "origin_terminal": 0,
                               "program_version": None} for v in vouchers])
    takebacks = [p for state in states for p in state.takebacks]
    _delete_where(s, P.c.member_id, ids, P.c.derived.is_(True))
    if takebacks:
        s.execute(insert(P), [{"id": p.id, "member_id": p.member_id, "punch_card": p.card, "units": p.units,
                               "sale_id": p.sale_id, "at": p.at, "derived": True, "origin_terminal": p.origin,
                               "program_version": None, "store": None} for p in takebacks])
    _write_totals(s, ids, states)
    write_conflicts(s, FAMILY_CONFLICTS, ids, [c for state in states for c in state.conflicts])


def _write_totals(s, ids: list[str], states: list[FamilyState]) -> None:
    """Refund totals of sales and effects of refunds: only those that changed are written."""
    S, R = Sale.__table__, Refund.__table__
    cached_sales = {row[0]: tuple(row[1:]) for row in _rows(s, lambda c: select(
        S.c.id, S.c.refunded, S.c.points_clawed_back, S.c.points_returned, S.c.qualifying_refunded,
        S.c.fully_refunded).where(S.c.member_id.in_(c)), ids)}
    for state in states:
        for sale_id, t in state.sale_totals.items():
            wanted = (t.refunded, t.points_clawed_back, t.points_returned, t.qualifying_refunded, t.fully_refunded)
            if cached_sales.get(sale_id) != wanted:
                s.execute(S.update().where(S.c.id == sale_id).values(
                    refunded=t.refunded, points_clawed_back=t.points_clawed_back, points_returned=t.points_returned,
                    qualifying_refunded=t.qualifying_refunded, fully_refunded=t.fully_refunded))
    refund_ids = [r for state in states for r in state.refund_effects]
    cached = {row[0]: tuple(row[1:]) for row in _rows(s, lambda c: select(
        R.c.id, R.c.points_clawed_back, R.c.points_returned, R.c.qualifying_reduction, R.c.full)
        .where(R.c.id.in_(c)), refund_ids)}
    for state in states:
        for refund_id, e in state.refund_effects.items():
            wanted = (e.points_clawed_back, e.points_returned, e.qualifying_reduction, e.full)
            if cached.get(refund_id) != wanted:
                s.execute(R.update().where(R.c.id == refund_id).values(
                    points_clawed_back=e.points_clawed_back, points_returned=e.points_returned,
                    qualifying_reduction=e.qualifying_reduction, full=e.full))


def _derived_stores(s, ids: list[str], derived) -> dict[str, str | None]:
    """Where a derived entry counts: the store of the refund or sale it comes from, else the
    member's home store (expiry)."""
    stores = dict(_rows(s, lambda c: select(Member.id, Member.store).where(Member.id.in_(c)), ids))
    refund_ids = sorted({d.refund_id for d in derived if d.refund_id})
    sale_ids = sorted({d.sale_id for d in derived if d.sale_id})
    stores.update(_rows(s, lambda c: select(Refund.id, Refund.store).where(Refund.id.in_(c)), refund_ids))
    stores.update(_rows(s, lambda c: select(Sale.id, Sale.store).where(Sale.id.in_(c)), sale_ids))
    return stores


def _write_members(s, ids: list[str], states: list[FamilyState]) -> None:
    M = Member.__table__
    cached = {row[0]: tuple(row[1:]) for row in _rows(s, lambda c: select(
        M.c.id, M.c.status, M.c.merged_into, M.c.merged_at, M.c.debt).where(M.c.id.in_(c)), ids)}
    for state in states:
        for member_id, status in state.members.items():
            if member_id not in cached:
                continue
            debt = state.debts.get(member_id, 0) if status.status != "merged" else 0
            wanted = (status.status, status.merged_into, status.merged_at, debt)
            if cached[member_id] != wanted:
                s.execute(M.update().where(M.c.id == member_id).values(
                    status=status.status, merged_into=status.merged_into, merged_at=status.merged_at, debt=debt))


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
    C = Card.__table__
    cards = _rows(s, lambda c: select(C.c.id, C.c.member_id, C.c.number, C.c.issued_at, C.c.origin_terminal,
                                      C.c.replacement, C.c.status, C.c.replaced_by).where(C.c.member_id.in_(c)), ids)
    by_member = defaultdict(list)
    for card in cards:
        by_member[card.member_id].append(card)
    replaced = [c for group in by_member.values() if len(group) > 1 or group[0].replacement for c in group]
    positions = _positions(s, [c.id for c in replaced])
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
                s.execute(C.update().where(C.c.id == card.id).values(status=status, replaced_by=target))
    numbers = [c.number for c in cards]
    shared = {n for (n,) in _rows(s, lambda c: select(C.c.number).where(C.c.number.in_(c)).group_by(C.c.number)
                                  .having(func.count(func.distinct(C.c.member_id)) > 1), numbers)}
    held = {n for (n,) in _rows(s, lambda c: select(ConflictRow.detail).where(
        ConflictRow.kind == "card_collision", ConflictRow.member_id.in_(c)), ids)}
    if shared or held:
        project_card_numbers(s, {c.number for c in cards if c.number in shared or any(c.number in h for h in held)})


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
    _delete_where(s, ConflictRow.__table__.c.member_id, member_ids, ConflictRow.__table__.c.scope == scope)
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
    receipts, external = set(), set()
    for chunk in _chunks(ids, ID_CHUNK):
        receipts |= set(s.scalars(select(Sale.receipt).where(Sale.id.in_(_id_set(chunk)))))
        external |= {(store, ext) for store, ext in s.execute(select(Sale.store, Sale.external_id).where(
            Sale.id.in_(_id_set(chunk)), Sale.external_id.is_not(None)))}
    found = []
    for chunk in _chunks(sorted(receipts), ID_CHUNK):
        twice = s.scalars(select(Sale.receipt).where(Sale.receipt.in_(_id_set(chunk))).group_by(Sale.receipt)
                          .having(func.count(Sale.id) > 1)).all()
        for receipt in twice:
            same = s.execute(select(Sale.id, Sale.member_id, Sale.at).where(Sale.receipt == receipt)).all()
            fact_ids = tuple(sorted(r[0] for r in same))
            found.append(Conflict(conflict_id("receipt_reused", *fact_ids), "receipt_reused", same[0][1],
                                  max(r[2] for r in same), {"receipt": receipt, "sales": list(fact_ids)}))
    for store, ext in external:
        same = s.execute(select(Sale.id, Sale.member_id, Sale.at).where(Sale.store == store,
                                                                        Sale.external_id == ext)).all()
        if len(same) > 1:
            fact_ids = tuple(sorted(r[0] for r in same))
            found.append(Conflict(conflict_id("duplicate_receipt_id", *fact_ids), "duplicate_receipt_id",
                                  same[0][1], max(r[2] for r in same),
                                  {"receipt_id": ext, "store": store, "sales": list(fact_ids)}))
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



