"""Push and pull (ARCHITECTURE, head office sync).

Push: rows named in the outbox are sent to HQ in batches with ``ON CONFLICT``; a row whose
content HQ already has changes nothing, so retrying a push is always safe. The outbox entry is
removed only if the row was not changed again meanwhile.

Pull: rows other terminals (or HQ) wrote after this terminal's cursor are applied locally by
UUID in one transaction; a row with a local change not yet pushed keeps the local version
(last writer wins on the next push). Balances are ledger sums, so the union of ledgers
converges; the wallet cache of every member touched is rebuilt by replaying its ledger.

Two members enrolled offline with one phone are merged, the same way on every terminal: the
one enrolled first survives, the other is marked merged into it from its enrollment instant,
and its ledger then counts in the survivor's wallet. History is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Date, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from terminal.domain.errors import HqUnreachable
from terminal.domain.wallet import LedgerLine, replay_accounts
from terminal.services.ledger import family_of
from terminal.services.uow import UnitOfWork
from terminal.store.database import Database
from terminal.store.models import Base, LedgerEntry, LotRow, Member, OutboxItem, UtcDateTime

from .hq_schema import HQ_WRITER, PUSH_LOCK, hq_rows, hq_terminals, row_seq

BATCH = 500
SYNCED_TABLES = ("program_versions", "staff", "members", "cards", "sales", "sale_lines", "sale_redemptions",
                 "refunds", "ledger_entries", "vouchers", "punch_events", "audit_log")


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


def _encode(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(column, value):
    if value is None:
        return None
    if isinstance(column.type, UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def payload_of(row) -> dict:
    return {key: _encode(value) for key, value in row.items()}


# --------------------------------------------------------------------------- push

def push(db: Database, hq: Engine, terminal: int) -> int:
    pushed = 0
    while True:
        with UnitOfWork(db, write=False) as uow:
            items = uow.session.scalars(select(OutboxItem).order_by(OutboxItem.queued_at).limit(BATCH)).all()
            if not items:
                return pushed
            batch, done = [], []
            for item in items:
                table = Base.metadata.tables[item.table_name]
                row = uow.session.execute(select(table).where(table.c.id == item.row_id)).mappings().first()
                done.append((item.table_name, item.row_id, item.change))
                if row is None:
                    continue
                batch.append({"tbl": item.table_name, "id": item.row_id,
                              "origin": row.get("origin_terminal", terminal), "writer": terminal,
                              "updated_at": datetime.now(timezone.utc), "payload": payload_of(row)})
        if batch:
            try:
                with hq.begin() as connection:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
                    statement = pg_insert(hq_rows).values(batch)
                    statement = statement.on_conflict_do_update(
                        constraint="uq_hq_rows_tbl_id",
                        set_={"payload": statement.excluded.payload, "writer": statement.excluded.writer,
                              "updated_at": statement.excluded.updated_at, "seq": row_seq.next_value()},
                        where=hq_rows.c.payload != statement.excluded.payload)
                    connection.execute(statement)
            except DBAPIError as exc:
                raise HqUnreachable(f"head office stopped answering during the push: {exc.orig}") from None
        with UnitOfWork(db) as uow:
            for table_name, row_id, change in done:
                uow.session.execute(delete(OutboxItem).where(
                    OutboxItem.table_name == table_name, OutboxItem.row_id == row_id,
                    OutboxItem.change == change))
            uow.commit()
        pushed += len(batch)


# --------------------------------------------------------------------------- pull

def pull(db: Database, hq: Engine, terminal: int) -> tuple[int, int]:
    pulled = conflicts = 0
    touched: set[str] = set()
    with UnitOfWork(db) as uow:
        session = uow.session
        session.info["applying_pull"] = True
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        cursor = int(uow.setting("hq_cursor", "0"))
        pending = {(t, i) for t, i in session.execute(select(OutboxItem.table_name, OutboxItem.row_id))}
        try:
            with hq.connect() as connection:
                while True:
                    rows = connection.execute(select(hq_rows.c.seq, hq_rows.c.tbl, hq_rows.c.id, hq_rows.c.writer,
                                                     hq_rows.c.payload)
                                              .where(hq_rows.c.seq > cursor, hq_rows.c.writer != terminal)
                                              .order_by(hq_rows.c.seq).limit(BATCH)).all()
                    if not rows:
                        break
                    for seq, tbl, row_id, writer, payload in rows:
                        cursor = seq
                        if tbl not in SYNCED_TABLES:
                            continue
                        if tbl == "program_versions":
                            if writer == HQ_WRITER and _adopt_program(uow, payload):
                                pulled += 1
                            continue
                        if (tbl, row_id) in pending:
                            conflicts += 1  # our unpushed change wins; it is pushed next
                            continue
                        applied, conflict = _apply(uow, tbl, payload)
                        pulled += applied
                        conflicts += conflict
                        if tbl == "ledger_entries" or tbl == "members":
                            touched.add(payload["member_id"] if tbl == "ledger_entries" else payload["id"])
                connection.execute(pg_insert(hq_terminals).values(
                    terminal=terminal, store=uow.setting("store"), last_sync=datetime.now(timezone.utc),
                    cursor=cursor).on_conflict_do_update(
                    index_elements=["terminal"], set_={"last_sync": datetime.now(timezone.utc), "cursor": cursor}))
                connection.commit()
        except DBAPIError as exc:
            raise HqUnreachable(f"head office stopped answering during the pull: {exc.orig}") from None
        session.flush()
        _rebuild_wallets(uow, touched)
        uow.set_setting("hq_cursor", str(cursor))
        uow.commit()
    return pulled, conflicts


def _adopt_program(uow: UnitOfWork, payload: dict) -> bool:
    """Programs come from head office only (other terminals' local versions stay theirs).
    A published program becomes this terminal's next version unless it is already in force;
    version numbers are local, the row's UUID ties it to head office's."""
    from terminal.store.models import ProgramVersion
    if uow.session.get(ProgramVersion, payload["id"]) is not None:
        return False
    current = uow.program_row()
    if current is not None and current.toml == payload["toml"]:
        return False
    uow.session.add(ProgramVersion(id=payload["id"], version=(current.version if current else 0) + 1,
                                   toml=payload["toml"], created_at=datetime.fromisoformat(payload["created_at"]),
                                   origin_terminal=HQ_WRITER, program_version=payload["version"]))
    uow.session.flush()
    return True


def _apply(uow: UnitOfWork, tbl: str, payload: dict) -> tuple[int, int]:
    table = Base.metadata.tables[tbl]
    values = {c.name: _decode(c, payload.get(c.name)) for c in table.columns if c.name in payload}
    conflict = 0
    if tbl == "members" and values.get("status") != "merged" and values.get("phone"):
        conflict = _settle_phone(uow, values)
    statement = sqlite_insert(table).values(values)
    statement = statement.on_conflict_do_update(index_elements=["id"],
                                                set_={k: statement.excluded[k] for k in values if k != "id"})
    savepoint = uow.session.begin_nested()
    try:
        uow.session.execute(statement)
        savepoint.commit()
    except IntegrityError:
        savepoint.rollback()
        return 0, 1
    return 1, conflict


def _settle_phone(uow: UnitOfWork, incoming: dict) -> int:
    """One live member per phone: the first enrolled survives, on every terminal alike."""
    session = uow.session
    local = session.scalars(select(Member).where(Member.phone == incoming["phone"], Member.status != "merged",
                                                 Member.id != incoming["id"])).first()
    if local is None:
        return 0
    incoming_key = (incoming["enrolled_at"], incoming["id"])
    local_key = (local.enrolled_at, local.id)
    if incoming_key < local_key:
        survivor_id, loser_enrolled = incoming["id"], local.enrolled_at
        session.execute(update(Member.__table__).where(Member.__table__.c.id == local.id).values(
            status="merged", merged_into=survivor_id, merged_at=loser_enrolled, updated_at=loser_enrolled))
        session.expire(local)
        _queue(uow, "members", local.id)
    else:
        incoming.update(status="merged", merged_into=local.id, merged_at=incoming["enrolled_at"])
        _queue(uow, "members", incoming["id"])
    return 1


def _queue(uow: UnitOfWork, table: str, row_id: str) -> None:
    from terminal.store.outbox import queue_statement
    uow.session.execute(queue_statement(), [{"table_name": table, "row_id": row_id,
                                             "queued_at": datetime.now(timezone.utc), "change": 1}])


def _rebuild_wallets(uow: UnitOfWork, member_ids: set[str]) -> None:
    """Replace the wallet cache of every family touched by a replay of its ledger."""
    session = uow.session
    roots = set()
    for member_id in member_ids:
        member = session.get(Member, member_id)
        while member is not None and member.status == "merged" and member.merged_into:
            member = session.get(Member, member.merged_into)
        if member is not None:
            roots.add(member.id)
    for root in roots:
        ids = family_of(session, root)
        members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
        entries = session.scalars(select(LedgerEntry).where(LedgerEntry.member_id.in_(ids))
                                  .order_by(LedgerEntry.at, LedgerEntry.origin_terminal, LedgerEntry.seq)).all()
        owner = {e.id: (e.member_id, e.seq) for e in entries}
        merges = [(m.merged_at, m.id, m.merged_into) for m in members.values()
                  if m.status == "merged" and m.merged_into and m.merged_at]
        wallet = replay_accounts([(e.at, e.member_id, LedgerLine(e.id, e.points, e.expires_at, e.lot_id))
                                  for e in entries], merges).get(root)
        session.execute(delete(LotRow).where(LotRow.member_id.in_(ids)))
        for lot in (wallet.lots if wallet else []):
            member_id, seq = owner[lot.entry_id]
            session.add(LotRow(entry_id=lot.entry_id, member_id=member_id, expires_at=lot.expires_at,
                               remaining=lot.remaining, seq=seq))
        for member in members.values():
            member.debt = wallet.debt if (wallet and member.id == root) else 0
    session.flush()


# --------------------------------------------------------------------------- both

def sync(db: Database, hq: Engine, now: datetime) -> SyncResult:
    from .hq import require_schema
    with UnitOfWork(db, write=False) as uow:
        terminal = uow.terminal
    require_schema(hq)
    result = SyncResult()
    result.pushed = push(db, hq, terminal)
    result.pulled, result.conflicts = pull(db, hq, terminal)
    # Settling phones may have queued local changes; send them now so others converge sooner.
    result.pushed += push(db, hq, terminal)
    with UnitOfWork(db) as uow:
        uow.set_setting("hq_online", "1")
        uow.set_setting("last_sync_at", now.isoformat())
        uow.commit()
    return result


def publish_program(hq: Engine, toml: str, now: datetime) -> int:
    """Head office publishes a program: the next version number above any it has seen."""
    from terminal.domain.program import parse_program, program_to_toml
    from terminal.store.models import new_id
    canonical = program_to_toml(parse_program(toml))
    with hq.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
        current = connection.execute(select(func.coalesce(func.max(
            hq_rows.c.payload["version"].as_integer()), 0)).where(hq_rows.c.tbl == "program_versions")).scalar()
        version = int(current) + 1
        row_id = new_id()
        connection.execute(insert(hq_rows).values(
            tbl="program_versions", id=row_id, origin=HQ_WRITER, writer=HQ_WRITER, updated_at=now,
            payload={"id": row_id, "version": version, "toml": canonical, "created_at": _encode(now),
                     "origin_terminal": HQ_WRITER, "program_version": version}))
    return version


def unsynced_count(db: Database) -> int:
    with UnitOfWork(db, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(OutboxItem)))


def run_sync(db: Database, url: str, now: datetime) -> dict:
    """``loyalty sync --hq URL``: remember HQ, sync, and record whether it answered (while it
    does not, the offline redemption cap applies)."""
    from .hq import connect_hq
    with UnitOfWork(db, write=False) as uow:
        known = uow.setting("hq_url") == url
    try:
        hq = connect_hq(url)
    except HqUnreachable:
        if known:  # our head office is down: offline until it answers again
            _mark_offline(db)
        raise  # a new or mistyped URL changes nothing
    with UnitOfWork(db) as uow:
        uow.set_setting("hq_url", url)
        uow.commit()
    try:
        return sync(db, hq, now).as_dict()
    except HqUnreachable:
        _mark_offline(db)
        raise
    finally:
        hq.dispose()


def _mark_offline(db: Database) -> None:
    with UnitOfWork(db) as uow:
        uow.set_setting("hq_online", "0")
        uow.commit()


# --------------------------------------------------------------------------- lookup

def fetch_member(db: Database, hq: Engine, program, ref: str) -> bool:
    """SPEC 7: a member unknown here is looked up at head office. Copies the member, their
    merged accounts, cards, ledger and the sales it points to; returns whether one was found."""
    from terminal.domain.cards import looks_like_card, validate_card
    from terminal.domain.phones import normalize_phone
    from .hq import require_schema
    require_schema(hq)
    text_ref = (ref or "").strip()
    try:
        with hq.connect() as connection:
            def rows(tbl: str, where: str, **params) -> list[dict]:
                query = text(f"SELECT payload FROM hq_rows WHERE tbl = :tbl AND {where}")
                return [r[0] for r in connection.execute(query, {"tbl": tbl, **params})]

            if looks_like_card(text_ref, program.card_prefix):
                cards = rows("cards", "payload->>'number' = :n", n=validate_card(text_ref, program.card_prefix))
                member_ids = [c["member_id"] for c in cards]
            else:
                phone = normalize_phone(text_ref, program.region)
                member_ids = [m["id"] for m in rows("members", "payload->>'phone' = :p", p=phone)]
            if not member_ids:
                return False
            members = {m["id"]: m for m in rows("members", "payload->>'id' = ANY(:ids)", ids=member_ids)}
            frontier = list(members)
            while frontier:  # up to the survivors, and down to everything merged into them
                found = rows("members", "(payload->>'id' = ANY(:ids) OR payload->>'merged_into' = ANY(:ids))",
                             ids=frontier + [m.get("merged_into") for m in members.values() if m.get("merged_into")])
                frontier = [m["id"] for m in found if m["id"] not in members]
                members.update({m["id"]: m for m in found})
            ids = list(members)
            related = {"members": list(members.values())}
            for tbl in ("cards", "ledger_entries", "vouchers", "punch_events", "sales"):
                related[tbl] = rows(tbl, "payload->>'member_id' = ANY(:ids)", ids=ids)
            sale_ids = list({s["id"] for s in related["sales"]} |
                            {e["sale_id"] for e in related["ledger_entries"] if e.get("sale_id")})
            related["sales"] = rows("sales", "payload->>'id' = ANY(:ids)", ids=sale_ids)
            for tbl in ("sale_lines", "sale_redemptions", "refunds"):
                related[tbl] = rows(tbl, "payload->>'sale_id' = ANY(:ids)", ids=sale_ids)
            staff_ids = list({r["staff_id"] for tbl in ("sales", "ledger_entries", "refunds")
                              for r in related[tbl] if r.get("staff_id")})
            related["staff"] = rows("staff", "payload->>'id' = ANY(:ids)", ids=staff_ids)
    except DBAPIError as exc:
        raise HqUnreachable(f"head office stopped answering during a member lookup: {exc.orig}") from None
    with UnitOfWork(db) as uow:
        uow.session.info["applying_pull"] = True
        uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
        pending = {(t, i) for t, i in uow.session.execute(select(OutboxItem.table_name, OutboxItem.row_id))}
        for tbl in SYNCED_TABLES:
            for payload in related.get(tbl, []):
                if (tbl, payload["id"]) not in pending:
                    _apply(uow, tbl, payload)
        uow.session.flush()
        _rebuild_wallets(uow, set(ids))
        uow.commit()
    return True
