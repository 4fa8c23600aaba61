"""A member's erasure, as the database carries it out (``docs/SPEC-privacy-notifications.md``).

An erasure is a fact (``member_events`` of kind ``erased``) that syncs like any other. Where it
is written, and on every node that receives it, :func:`redact_members` removes the member's
personal data (name, phone, email, birthday) from:

- the member's row (and its search key);
- the journal bodies that carry it: the enrollment (``members``) and profile edits
  (``member_events`` of kind ``edited``, whose ``changes`` are redacted field by field), and
  the rows those bodies stand for;
- the print queue: jobs of the member's receipts, refund slips and card slips (a receipt can
  still be printed again from its sale, without the name).

A redacted body keeps its fact's digest and hash, so every origin's chain still verifies; it
names the erasure that redacted it (``"_erased_by"``), and ``loyalty check`` accepts a body
that differs from its digest only when the journal holds that erasure for the same member.
Facts that arrive later for an erased member (an edit made offline elsewhere) are redacted as
they are received (:func:`redact_received`).

The connection runs with ``PRAGMA secure_delete`` (``terminal.store.database``), so what the
update replaces is overwritten, not left in free space; :func:`scrub_files` then checkpoints
the WAL into the database and truncates it, so no earlier page image survives there either.
"""

from __future__ import annotations

import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from . import rawsql
from .models import Card, Fact, JournalUnlock, Member, MemberEvent, PrintJobRow, Refund, Sale

#: The personal fields, and what an erasure leaves in their place.
PERSONAL = {"name": "", "phone": None, "email": None, "birthday": None}
MARKER = "_erased_by"
ERASED = "erased"


def redact_body(kind: str, body: str, erasure_id: str) -> str | None:
    """The redacted body of a journal entry, or ``None`` when it carries nothing personal."""
    data = json.loads(body)
    if MARKER in data:
        return None
    if kind == "members":
        data.update(PERSONAL)
    elif kind == "member_events" and data.get("kind") == "edited" and data.get("changes"):
        data["changes"] = redact_changes(data["changes"])
    else:
        return None
    data[MARKER] = erasure_id
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def redact_changes(changes: str | None) -> str | None:
    if not changes:
        return changes
    fields = json.loads(changes)
    fields.update({k: v for k, v in PERSONAL.items() if k in fields})
    return json.dumps(fields, sort_keys=True)


def erasures(session: Session, member_ids) -> dict[str, str]:
    """Erased members among ``member_ids``: member id -> the id of (one of) their erasures."""
    ids = sorted({m for m in member_ids if m})
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        # Plain SQL: asked by every sale with a member (an ORM select cost it ~0.3 ms).
        for member_id, event_id in rawsql.rows(
                session, f"SELECT member_id, id FROM member_events WHERE member_id IN ({rawsql.marks(chunk)}) "
                "AND kind = ? ORDER BY at, id", (*chunk, ERASED)):
            found.setdefault(member_id, event_id)
    return found


def redact_members(session: Session, erased: dict[str, str]) -> int:
    """Remove the personal data of ``erased`` (member id -> erasure id) here; returns how many
    journal bodies and member rows it changed (0: nothing personal was left). Idempotent."""
    if not erased:
        return 0
    connection = session.connection()
    ids = list(erased)
    bodies = connection.execute(select(Fact.origin, Fact.seq, Fact.kind, Fact.id, Fact.member_id, Fact.body)
                                .where(Fact.member_id.in_(ids), Fact.kind.in_(("members", "member_events")))).all()
    changed = []
    for origin, seq, kind, fact_id, member_id, body in bodies:
        redacted = redact_body(kind, body, erased[member_id])
        if redacted is not None:
            changed.append((origin, seq, kind, fact_id, redacted))
    if changed:
        session.add(JournalUnlock(reason="erasure"))
        session.flush()
        facts = Fact.__table__
        for origin, seq, kind, fact_id, redacted in changed:
            connection.execute(facts.update().where(facts.c.origin == origin, facts.c.seq == seq)
                               .values(body=redacted))
            if kind == "member_events":
                connection.execute(MemberEvent.__table__.update().where(MemberEvent.__table__.c.id == fact_id)
                                   .values(changes=json.loads(redacted)["changes"]))
        connection.execute(JournalUnlock.__table__.delete().where(JournalUnlock.__table__.c.reason == "erasure"))
    members = Member.__table__
    rows = connection.execute(members.update().where(
        members.c.id.in_(ids), (members.c.name != "") | members.c.phone.is_not(None) | members.c.email.is_not(None)
        | members.c.birthday.is_not(None)).values(name="", name_key="", phone=None, email=None, birthday=None))
    answers = _redact_answers(session, ids)
    _drop_print_jobs(session, ids)
    session.expire_all()
    return len(changed) + rows.rowcount + answers


def _redact_answers(session: Session, ids: list[str]) -> int:
    """The SALE answers kept for repeated receipt ids carry the member's name and masked phone."""
    sales = Sale.__table__
    count = 0
    for sale_id, answer in session.connection().execute(select(sales.c.id, sales.c.result_json)
                                                        .where(sales.c.member_id.in_(ids))):
        data = json.loads(answer or "{}")
        summary = data.get("member_summary")
        if isinstance(summary, dict) and (summary.get("name") or summary.get("phone_masked")):
            summary.update(name="", phone_masked=None)
            session.connection().execute(sales.update().where(sales.c.id == sale_id)
                                         .values(result_json=json.dumps(data, sort_keys=True)))
            count += 1
    return count


def _drop_print_jobs(session: Session, ids: list[str]) -> None:
    receipts = list(session.scalars(select(Sale.receipt).where(Sale.member_id.in_(ids))))
    refunded = list(session.scalars(select(Sale.receipt).join(Refund, Refund.sale_id == Sale.id)
                                    .where(Refund.member_id.in_(ids))))
    cards = [f"card-{n}" for n in session.scalars(select(Card.number).where(Card.member_id.in_(ids)))]
    jobs = PrintJobRow.__table__
    documents = sorted(set(receipts) | set(cards))
    for start in range(0, len(documents), 500):
        session.connection().execute(jobs.delete().where(jobs.c.document.in_(documents[start:start + 500])))
    for receipt in sorted(set(refunded)):
        session.connection().execute(jobs.delete().where(jobs.c.document.like(f"refund-{receipt}-%")))


def redact_received(session: Session, envelopes) -> int:
    """After facts arrived: erasures among them, and personal facts of members erased before,
    are carried out here."""
    touched = {e.member_id for e in envelopes
               if e.member_id and e.kind in ("members", "member_events")}
    return redact_members(session, erasures(session, touched)) if touched else 0


def scrub_files(engine) -> tuple[int, int, int]:
    """Move the WAL into the database file and truncate it, so no earlier page image remains
    there. Outside any transaction; returns SQLite's ``(busy, log, checkpointed)``."""
    raw = engine.raw_connection()
    try:
        return tuple(raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    finally:
        raw.close()
