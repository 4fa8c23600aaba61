"""``loyalty check`` and ``loyalty backup``: is every number still true, and a safe copy.

``check`` verifies, and names the first thing that is wrong:
- SQLite's own integrity (``file_problems``, on its own connection, first) and the remaining
  foreign keys;
- the journal: each origin's hash chain, this terminal's stream without gaps, and every fact
  row still equal to its journal entry (an edited or inserted row, or a deleted journal entry,
  shows);
- every family's cached state (lots, debt, derived entries, vouchers, status, sale totals)
  equal to a replay of its facts (``terminal.domain.projection``), and every balance equal to
  its ledger sum;
- every sale's lines adding up to its total.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from sqlalchemy import func, select, text

from terminal.domain.facts import GENESIS, body_digest, canonical_json, chain_hash, derived_id
from terminal.domain.program import Program
from terminal.domain.projection import project_family
from terminal.store import seal
from terminal.store.journal import fact_body, fact_table
from terminal.store.models import (MUTABLE, NOT_IN_FACT, Fact, LedgerEntry, LotRow, Member, MemberEvent,
                                   PunchEvent, Refund, Sale, SaleLineRow, Voucher)
from terminal.store.redaction import ERASED, MARKER

from .projector import charge_points, family_members, load_family, punch_rules
from .uow import UnitOfWork

MAX_PROBLEMS = 200


def check(uow: UnitOfWork, program: Program) -> dict:
    s = uow.session
    problems: list[str] = []  # SQLite's own integrity: ``file_problems``, run first
    for row in s.execute(text("PRAGMA foreign_key_check")):
        problems.append(f"foreign key: table {row[0]} row {row[1]} points to a missing {row[2]}")
    problems += check_journal(uow)
    problems += seal.verify(s, uow.terminal)[0]
    problems += check_projections(uow, program)
    problems += check_ledger_totals(uow)
    line_totals = dict(s.execute(select(SaleLineRow.sale_id, func.sum(SaleLineRow.amount))
                                 .group_by(SaleLineRow.sale_id)).all())
    for sale in s.scalars(select(Sale)):
        if line_totals.get(sale.id, 0) != sale.total:
            problems.append(f"sale {sale.receipt}: lines add up to {line_totals.get(sale.id, 0)}, total is {sale.total}")
        if sale.paid != sale.total - sale.discount or sale.paid < 0:
            problems.append(f"sale {sale.receipt}: paid {sale.paid} != total {sale.total} - discount {sale.discount}")
    return {"ok": not problems, "problems": problems[:MAX_PROBLEMS]}


def seal_warnings(uow: UnitOfWork) -> list[str]:
    """What ``check`` could not verify: a sealed journal without its key beside it (a copy of the
    database, a backup). Said to people, not part of the JSON answer."""
    return seal.verify(uow.session, uow.terminal)[1]


class Cancelled(Exception):
    """``quick_check`` was asked to stop (the till is closing) before it finished."""


def quick_check(uow: UnitOfWork, stop=None, *, seal_part: bool = True, chains: bool = True, pause=None) -> dict:
    """The cheap part of ``check``, for the till's start: the journal's seal (constant time) and
    every origin's hash chain (one hash per fact, no rows read). The full check replays every
    family and compares every row (``loyalty check``).

    The chain walk grows with the journal, so the till runs it on a thread of its own after its
    window shows; the rows stream in batches (fetched whole, the 369,344 facts of a 100,000-member
    store took the process to 365 MB, a million members' would take gigabytes); ``stop`` (a
    ``threading.Event``) ends it early with ``Cancelled`` when the till closes meanwhile.
    ``seal_part`` / ``chains`` False leave that part out (the till asks for each on its own).
    ``pause``, a callable, makes the walk step aside while it answers True (the till: while a
    scan or a sale waits for the database worker) and for a moment after: a walk holding the
    interpreter lock between SQLite calls more than doubled the time a scan took to answer."""
    problems, warnings = seal.verify(uow.session, uow.terminal) if seal_part else ([], [])
    if not chains:
        return {"ok": not problems, "problems": problems, "warnings": warnings}
    previous: dict[int, tuple[int, str]] = {}
    for n, (origin, seq, fact_id, kind, store, at, digest, link) in enumerate(uow.session.execute(
            select(Fact.origin, Fact.seq, Fact.id, Fact.kind, Fact.store, Fact.at, Fact.digest, Fact.hash)
            .order_by(Fact.origin, Fact.seq).execution_options(yield_per=2048))):
        if not n % 256:
            if stop is not None and stop.is_set():
                raise Cancelled()
            if pause is not None and pause():
                _step_aside(pause, stop)
        last_seq, last_hash = previous.get(origin, (0, GENESIS))
        if seq == last_seq + 1 and chain_hash(last_hash, origin, seq, fact_id, kind, store, at, digest) != link:
            problems.append(f"journal: fact {origin}/{seq} ({kind} {fact_id}) does not match its hash: "
                            "the journal was edited")
            break
        previous[origin] = (seq, link)
    return {"ok": not problems, "problems": problems, "warnings": warnings}


def _step_aside(pause, stop) -> None:
    import threading
    stop = stop or threading.Event()
    while pause():
        if stop.wait(0.01):
            raise Cancelled()
    if stop.wait(0.1):   # and while the answer is shown
        raise Cancelled()


def check_ledger_totals(uow: UnitOfWork) -> list[str]:
    """The running totals the daily report reads (kept by triggers) against the ledger."""
    s = uow.session
    kept = {store: points for store, points in s.execute(text("SELECT store, points FROM ledger_totals"))
            if points}
    actual = {store: points for store, points in s.execute(text(
        "SELECT coalesce(m.store, ''), sum(e.points) FROM ledger_entries e LEFT JOIN members m ON m.id = e.member_id "
        "GROUP BY coalesce(m.store, '')")) if points}
    return [f"ledger totals: store {store or '(unknown members)'} holds {kept.get(store, 0)}, its ledger says "
            f"{actual.get(store, 0)}" for store in sorted(set(kept) | set(actual))
            if kept.get(store, 0) != actual.get(store, 0)]


def check_journal(uow: UnitOfWork) -> list[str]:
    """The hash chain of each origin, this terminal's stream without gaps, and every fact row
    equal to its journal entry."""
    s, problems = uow.session, []
    own = uow.terminal
    previous: dict[int, tuple[int, str]] = {}
    bodies: dict[str, tuple[str, str]] = {}
    redacted: list[tuple] = []
    for origin, seq, fact_id, kind, store, member_id, at, body, digest, link in s.execute(
            select(Fact.origin, Fact.seq, Fact.id, Fact.kind, Fact.store, Fact.member_id, Fact.at, Fact.body,
                   Fact.digest, Fact.hash).order_by(Fact.origin, Fact.seq)):
        last_seq, last_hash = previous.get(origin, (0, GENESIS))
        if origin == own and seq != last_seq + 1:
            problems.append(f"journal: terminal {origin}'s facts {last_seq + 1}..{seq - 1} are missing")
        if seq == last_seq + 1 and chain_hash(last_hash, origin, seq, fact_id, kind, store, at, digest) != link:
            problems.append(f"journal: fact {origin}/{seq} ({kind} {fact_id}) does not match its hash: "
                            "the journal was edited")
        if body_digest(body) != digest:
            redacted_by = _redacted_by(body)
            if redacted_by is None:
                problems.append(f"journal: fact {origin}/{seq} ({kind} {fact_id}) was edited: its body no longer "
                                "matches its digest")
            else:
                redacted.append((origin, seq, kind, fact_id, member_id, redacted_by))
        previous[origin] = (seq, link)
        bodies[fact_id] = (kind, body)
    erasures = {e.id: e.member_id for e in s.scalars(select(MemberEvent).where(MemberEvent.kind == ERASED))}
    for origin, seq, kind, fact_id, member_id, by in redacted:
        if erasures.get(by) != member_id or kind not in ("members", "member_events"):
            problems.append(f"journal: fact {origin}/{seq} ({kind} {fact_id}) was edited: its body no longer "
                            "matches its digest, and no erasure of its member accounts for it")
    for kind in NOT_IN_FACT:
        table = fact_table(kind)
        model = next(m for m in Fact.registry.mappers if m.local_table is table).class_
        query = select(model)
        if "derived" in table.columns:
            query = query.where(table.c.derived.is_(False))
        for row in s.scalars(query):
            journal = bodies.pop(row.id, None)
            if journal is None:
                if row.origin_terminal == own:
                    problems.append(f"{kind} {row.id}: no journal entry (written outside the application?)")
                continue
            if journal[0] != kind or not _same_fact(kind, fact_body(row), journal[1]):
                problems.append(f"{kind} {row.id}: differs from its journal entry (edited outside the application?)")
    for fact_id, (kind, _) in bodies.items():
        if kind in NOT_IN_FACT:
            problems.append(f"journal: {kind} {fact_id} has no row (deleted outside the application?)")
    return problems + _profile_problems(s)


PROFILE = ("name", "phone", "email", "birthday", "marketing_consent")


def _profile_problems(s) -> list[str]:
    """Each member's profile equals their enrollment with their profile edits applied in
    canonical order (an erasure redacts both alike)."""
    enrolled = dict(s.execute(select(Fact.id, Fact.body).where(Fact.kind == "members")).all())
    edits = defaultdict(list)
    for member_id, at, changes, origin, seq in s.execute(
            select(MemberEvent.member_id, MemberEvent.at, MemberEvent.changes, Fact.origin, Fact.seq)
            .join(Fact, Fact.id == MemberEvent.id).where(MemberEvent.kind == "edited")):
        edits[member_id].append((at, origin, seq, changes))
    problems = []
    for m in s.scalars(select(Member)):
        if m.id not in enrolled:
            continue
        body = json.loads(enrolled[m.id])
        expected = {k: body.get(k) for k in PROFILE}
        for *_, changes in sorted(edits.get(m.id, ()), key=lambda e: e[:3]):
            expected.update({k: v for k, v in json.loads(changes or "{}").items() if k in expected})
        held = {"name": m.name, "phone": m.phone, "email": m.email,
                "birthday": m.birthday.isoformat() if m.birthday else None,
                "marketing_consent": bool(m.marketing_consent)}
        expected["marketing_consent"] = bool(expected["marketing_consent"])
        if held != expected:
            changed = sorted(k for k in PROFILE if held[k] != expected[k])
            problems.append(f"member {m.id}: {', '.join(changed)} {'differs' if len(changed) == 1 else 'differ'} "
                            "from the enrollment and its edits (edited outside the application?)")
    return problems


def _redacted_by(body: str) -> str | None:
    try:
        value = json.loads(body).get(MARKER)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _same_fact(kind: str, row: dict, body: str) -> bool:
    """A fact row still says what its journal entry says: the columns a later fact may change
    (a profile after an edit or an erasure) aside, and a redacted body's marker aside."""
    if canonical_json(row) == body:
        return True
    mutable = MUTABLE[kind] - NOT_IN_FACT[kind]
    journal = json.loads(body)
    journal.pop(MARKER, None)
    written = json.loads(canonical_json(row))
    return ({k: v for k, v in written.items() if k not in mutable}
            == {k: v for k, v in journal.items() if k not in mutable})


def check_projections(uow: UnitOfWork, program: Program) -> list[str]:
    """Replay every family and compare with what is cached."""
    s, problems, now = uow.session, [], uow.now
    all_ids = list(s.scalars(select(Member.id)))
    for family in family_members(s, all_ids):
        facts = load_family(s, family)
        state = project_family(facts, now=now, punch_cards=punch_rules(program),
                               expiry_of=program.expiry_of,
                               charge_points=lambda minor: charge_points(program, minor),
                                     challenges=program.challenges, tz=program.tz,
                                     available_of=program.available_of)
        ids = sorted(family)
        label = f"member {state.roots[0] if state.roots else ids[0]}"
        # The cache expires lazily (SPEC 3.1): lots due by now but not yet touched count as
        # expired here, as the next use of the member would write them.
        cached_lots, due = defaultdict(int), set()
        for lot in s.scalars(select(LotRow).where(LotRow.member_id.in_(ids), LotRow.remaining != 0)):
            if lot.remaining < 0:
                problems.append(f"{label}: lot {lot.entry_id} holds {lot.remaining} points")
            if lot.expires_at is not None and lot.expires_at <= now:
                due.add((derived_id("expire", lot.entry_id), "expire", -lot.remaining))
            else:
                cached_lots[lot.expires_at] += lot.remaining
        replayed_lots = defaultdict(int)
        for lot, _ in state.lots:
            replayed_lots[lot.expires_at] += lot.remaining
        if dict(cached_lots) != dict(replayed_lots):
            problems.append(f"{label}: cached lots differ from a replay of the ledger")
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))}
        cached_debt = sum(m.debt for m in members.values())
        if cached_debt != sum(state.debts.values()):
            problems.append(f"{label}: cached debt {cached_debt} != replayed debt {sum(state.debts.values())}")
        ledger_sum = (s.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                               .where(LedgerEntry.member_id.in_(ids))) or 0) + sum(p for _, _, p in due)
        balance = sum(r for r in replayed_lots.values()) - sum(state.debts.values())
        if balance != ledger_sum:
            problems.append(f"{label}: replayed balance {balance} != ledger sum {ledger_sum}")
        cached_derived = {(e.id, e.kind, e.points) for e in s.scalars(
            select(LedgerEntry).where(LedgerEntry.member_id.in_(ids), LedgerEntry.derived.is_(True)))} | due
        cached_vouchers = {(v.id, v.status) for v in s.scalars(select(Voucher).where(Voucher.member_id.in_(ids)))}
        if cached_vouchers != {(v.id, v.status) for v in state.vouchers}:
            problems.append(f"{label}: vouchers differ from a replay of the punch cards")
        takebacks = {p.id for p in s.scalars(select(PunchEvent).where(PunchEvent.member_id.in_(ids),
                                                                       PunchEvent.derived.is_(True)))}
        if takebacks != {p.id for p in state.takebacks}:
            problems.append(f"{label}: punch-card takebacks differ from a replay")
        for member_id, status in state.members.items():
            member = members.get(member_id)
            if member is not None and (member.status, member.merged_into) != (status.status, status.merged_into):
                problems.append(f"member {member_id}: status {member.status} != replayed {status.status}")
        for sale_id, totals in state.sale_totals.items():
            sale = s.get(Sale, sale_id)
            cached = (sale.refunded, sale.points_clawed_back, sale.points_returned, sale.qualifying_refunded,
                      sale.fully_refunded)
            replayed = (totals.refunded, totals.points_clawed_back, totals.points_returned,
                        totals.qualifying_refunded, totals.fully_refunded)
            if cached != replayed:
                problems.append(f"sale {sale.receipt}: refund totals {cached} != replayed {replayed}")
        if len(problems) > MAX_PROBLEMS:
            break
    orphans = s.scalar(select(func.count(Refund.id)).where(Refund.sale_id.not_in(select(Sale.id))))
    if orphans:
        problems.append(f"{orphans} refund(s) of sales this terminal does not hold (sync has not finished)")
    return problems


def file_problems(db_path: str) -> list[str]:
    """``PRAGMA integrity_check`` on its own read-only connection: what SQLite finds wrong
    with the file (a garbage page, a broken index), or that it is not a database at all."""
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return [f"sqlite integrity: {row[0]}" for row in connection.execute("PRAGMA integrity_check")
                    if row[0] != "ok"]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [f"sqlite integrity: {exc}"]
