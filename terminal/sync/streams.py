"""Push and pull of per-origin fact streams (SYNC.md 5 and 7).

Each terminal numbers its own facts 1, 2, 3... without gaps. Head office keeps, per origin, the
highest number it holds (``stream_heads``) and refuses a fact that would leave a gap.

- Push sends this terminal's facts after head office's head for its origin, whole transactions
  at a time, each batch one HQ transaction under a lock of that origin only (terminals push at
  once without waiting for each other). A retried push sends nothing twice: it starts from the
  head again.
- Pull asks, per origin, for what comes after this terminal's cursor; row-level security hands
  out only the store's own facts and those of members the store follows. Facts apply here in
  small transactions, each with its cursor, so a cut link keeps what arrived and a sale at the
  till never waits behind a pull for long; families they touch are projected afterwards, also
  in small transactions.
- Repair: head office holding more of this origin than this database (a terminal restored from
  a backup) sends those facts back, and facts made here since the restore move after them
  (their numbers were never sent); head office holding less (restored from an older dump) is
  simply pushed to again.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy import delete, event, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine

from terminal.domain.facts import GENESIS, chain_hash
from terminal.services import projector
from terminal.services.promos import project_promo_uses
from terminal.services.uow import UnitOfWork
from terminal.store.database import Database
from terminal.store import seal
from terminal.store.journal import Envelope, receive
from terminal.store.redaction import redact_received, scrub_files
from terminal.store.models import Card, Counter, Fact, JournalUnlock, LedgerEntry, Sale, SyncStream

from .hq_schema import fact_log, member_follows, stream_heads

PUSH_BATCH = 5000        # facts per head-office transaction
FETCH_BATCH = 10_000     # facts per pull request
APPLY_BATCH = 150        # facts per step of a local transaction (a sale waits at most for one)
PROJECT_BATCH = 40       # dirty members in a projection step, at least (more while steps are quick)
PROJECT_MAX = 1000       # ...and at most
PROJECT_STEP_S = 0.04    # the time a projection step aims at
TX_SECONDS = 0.5         # a local transaction of the pull ends after this long (progress kept)
CACHE_PRAGMA = "PRAGMA cache_size = -65536"   # 64 MB: the indexes of random ids a pull inserts into
YIELD_LIMIT_S = 10.0     # the longest the pull lets announced writers go first
PUSH_LOCK = 7_340_003    # pg_advisory_xact_lock(PUSH_LOCK, origin): one pusher per origin

#: One statement per batch (head office checks each statement's facts follow its head without
#: gaps, and fills its relational tables once per statement). The batch travels as one JSON
#: array of arrays (parsed by PostgreSQL, not adapted value by value; no key repeated per
#: fact); instants travel as SQLite keeps them (naive UTC text) and become timestamptz there.
PUSH = text("INSERT INTO fact_log (origin, seq, id, kind, store_id, member_id, at, tx, body, digest, hash) "
            "SELECT (x->>0)::integer, (x->>1)::bigint, x->>2, x->>3, x->>4, x->>5, "
            "(x->>6)::timestamp AT TIME ZONE 'UTC', (x->>7)::bigint, x->>8, x->>9, x->>10 "
            "FROM jsonb_array_elements(CAST(:facts AS jsonb)) AS x ORDER BY (x->>1)::bigint")

_OWN_AFTER = ("SELECT origin, seq, id, kind, store, member_id, at, tx, body, digest, hash FROM facts "
              "WHERE origin = ? AND seq > ? ")


def push_payload(rows) -> dict:
    return {"facts": json.dumps(rows, ensure_ascii=False)}


@dataclass
class StreamReport:
    pushed: int = 0
    pulled: int = 0
    pulled_back: int = 0          # own facts head office had and this database had lost
    renumbered: int = 0           # facts made here after a restore, moved after head office's
    hq_was_behind: int = 0        # own facts pushed again to a head office restored from a dump
    followed: int = 0             # members fetched because this store started following them
    heads: dict[int, int] = field(default_factory=dict)


def envelope(row) -> Envelope:
    return Envelope(origin=row.origin, seq=row.seq, id=row.id, kind=row.kind, store=row.store_id,
                    member_id=row.member_id, at=row.at, tx=row.tx, body=row.body, digest=row.digest, hash=row.hash)


def hq_head(connection, origin: int) -> int:
    return int(connection.execute(select(stream_heads.c.head).where(stream_heads.c.origin == origin)).scalar() or 0)


def local_cursor(uow: UnitOfWork, origin: int) -> int:
    return int(uow.session.scalar(select(SyncStream.pulled).where(SyncStream.origin == origin)) or 0)


def set_cursor(uow: UnitOfWork, origin: int, seq: int) -> None:
    statement = sqlite_insert(SyncStream.__table__).values(origin=origin, pulled=seq)
    uow.session.execute(statement.on_conflict_do_update(index_elements=["origin"], set_={"pulled": seq}))


# --------------------------------------------------------------------------- push

def push(db: Database, hq: Engine, origin: int, report: StreamReport) -> None:
    """Batches go one after another, each one HQ statement; the next batch is read and
    encoded here while head office stores the one before (a thread: the wait for head office
    releases the interpreter)."""
    with hq.connect() as connection:
        head = hq_head(connection, origin)
    with UnitOfWork(db, write=False) as uow:
        acked = local_cursor(uow, origin)
    if head < acked:
        report.hq_was_behind += acked - head
    with ThreadPoolExecutor(1, thread_name_prefix="sync-push-read") as reader:
        ahead = reader.submit(_batch_after, db, origin, head)
        while True:
            last, count, payload = ahead.result()
            if not count:
                break
            ahead = reader.submit(_batch_after, db, origin, last)
            with hq.begin() as connection:
                connection.execute(text("SELECT pg_advisory_xact_lock(:lock, :origin)"),
                                   {"lock": PUSH_LOCK, "origin": origin})
                current = hq_head(connection, origin)
                if current != head:   # another process of this terminal pushed meanwhile
                    head = current
                    ahead.result()
                    ahead = reader.submit(_batch_after, db, origin, head)
                    continue
                connection.execute(PUSH, payload)
            head = last
            report.pushed += count
            with UnitOfWork(db) as uow:
                set_cursor(uow, origin, head)
                uow.commit()
        ahead.cancel()
    report.heads[origin] = head


def _batch_after(db: Database, origin: int, after: int) -> tuple[int, int, dict]:
    """The next batch to push: its last seq, its size and its statement's parameters."""
    with UnitOfWork(db, write=False) as uow:
        rows = _own_after(uow, origin, after, PUSH_BATCH)
    if not rows:
        return after, 0, {}
    return rows[-1][1], len(rows), push_payload(rows)


def _own_after(uow: UnitOfWork, origin: int, after: int, limit: int) -> list:
    """Facts of ``origin`` after ``after``, whole transactions only, as plain tuples in
    ``FACT_COLUMNS`` order (the instant as stored: naive UTC text)."""
    connection = uow.session.connection()
    rows = connection.exec_driver_sql(_OWN_AFTER + "ORDER BY seq LIMIT ?", (origin, after, limit)).fetchall()
    if len(rows) == limit:
        rows += connection.exec_driver_sql(_OWN_AFTER + "AND seq > ? AND tx = ? ORDER BY seq",
                                           (origin, after, rows[-1][1], rows[-1][7])).fetchall()
    return [tuple(r) for r in rows]


# --------------------------------------------------------------------------- repair

def repair_own_stream(db: Database, hq: Engine, origin: int, program, now: datetime, report: StreamReport) -> None:
    """Compare this database's stream with head office's copy of it (see the module's doc)."""
    with hq.connect() as connection:
        head = hq_head(connection, origin)
    with UnitOfWork(db, write=False) as uow:
        acked = local_cursor(uow, origin)
        local_head = uow.session.scalar(select(func.max(Fact.seq)).where(Fact.origin == origin)) or 0
    if head <= acked:
        return   # nothing there that this database has not seen acknowledged
    start = min(acked, local_head)
    with hq.connect() as connection:
        theirs = [envelope(r) for r in connection.execute(
            select(fact_log).where(fact_log.c.origin == origin, fact_log.c.seq > start).order_by(fact_log.c.seq))]
    with UnitOfWork(db, now=now) as uow:
        mine = {f.seq: f for f in uow.session.scalars(select(Fact).where(Fact.origin == origin, Fact.seq > start))}
        diverged = next((e.seq for e in theirs if e.seq not in mine or mine[e.seq].id != e.id), None)
        if diverged is None:
            set_cursor(uow, origin, head)
            uow.commit()
            return
        held_there = {e.id for e in theirs}
        moved = [f for seq, f in sorted(mine.items()) if seq >= diverged and f.id not in held_there]
        _renumber(uow, origin, moved, head, theirs[-1].hash if theirs else GENESIS)
        missing = [e for e in theirs if e.seq >= diverged]
        report.pulled_back += len(receive(uow.session, missing))
        report.renumbered += len(moved)
        projector.project_sales(uow.session, [e.id for e in missing if e.kind == "sales"])
        projector.project_sales(uow.session, [f.id for f in moved if f.kind == "sales"])
        _move_counters_past(uow, origin)
        set_cursor(uow, origin, head)
        uow.commit()


def _renumber(uow: UnitOfWork, origin: int, facts: list, after: int, prev_hash: str) -> None:
    """Give never-pushed facts the numbers after ``after`` (the journal is otherwise
    append-only: a repair holds ``journal_unlock`` while it runs)."""
    if not facts:
        return
    s = uow.session
    s.add(JournalUnlock(reason="renumber after restore"))
    s.flush()
    plain = [(f.seq, f.id, f.kind, f.store, f.at, f.digest, f.tx) for f in facts]
    table = Fact.__table__
    offset = after + len(plain) + max(p[0] for p in plain)
    for seq, *_ in plain:   # out of the way first (primary key)
        s.execute(table.update().where(table.c.origin == origin, table.c.seq == seq).values(seq=seq + offset))
    new_tx: dict[int, int] = {}
    for n, (old_seq, fact_id, kind, store, at, body_sha, tx) in enumerate(plain, start=1):
        seq = after + n
        new_tx.setdefault(tx, seq)
        digest = chain_hash(prev_hash, origin, seq, fact_id, kind, store, at, body_sha)
        s.execute(table.update().where(table.c.origin == origin, table.c.seq == old_seq + offset)
                  .values(seq=seq, hash=digest, tx=new_tx[tx]))
        if kind == "ledger_entries":
            s.execute(LedgerEntry.__table__.update().where(LedgerEntry.__table__.c.id == fact_id).values(seq=seq))
        prev_hash = digest
    s.execute(delete(JournalUnlock))
    s.expire_all()


def _move_counters_past(uow: UnitOfWork, origin: int) -> None:
    """Receipt and card numbers continue after the highest this terminal ever used."""
    s = uow.session
    receipts = [r for r in s.scalars(select(Sale.receipt).where(Sale.origin_terminal == origin))]
    serial = max((int(r.rsplit("-", 1)[1]) for r in receipts if r and "-" in r and r.rsplit("-", 1)[1].isdigit()),
                 default=0)
    cards = [c for c in s.scalars(select(Card.number).where(Card.origin_terminal == origin))]
    card_serial = max((int(c[5:12]) for c in cards if len(c) == 13 and c[2:5] == f"{origin:03d}"), default=0)
    for name, value in (("receipt", serial), ("card_serial", card_serial)):
        counter = s.get(Counter, name)
        if counter is None:
            s.add(Counter(name=name, value=value))
        elif counter.value < value:
            counter.value = value


# --------------------------------------------------------------------------- pull

def pull(db: Database, hq: Engine, origin_self: int, program, now: datetime, report: StreamReport,
         on_progress: Callable[[int], None] | None = None) -> None:
    with hq.connect() as connection:
        heads = dict(connection.execute(select(stream_heads.c.origin, stream_heads.c.head)).all())
    report.heads.update(heads)

    def applied(count: int) -> None:
        report.pulled += count
        if on_progress:
            on_progress(report.pulled)

    for origin, head in sorted(heads.items()):
        if origin == origin_self:
            continue
        with UnitOfWork(db, write=False) as uow:
            cursor = local_cursor(uow, origin)
        while cursor < head:
            with hq.connect() as connection:
                rows = _fetch(connection, origin, cursor, head)
            if not rows:
                with UnitOfWork(db) as uow:
                    set_cursor(uow, origin, head)
                    uow.commit()
                break
            _apply_all(db, list(_tx_chunks(rows, APPLY_BATCH)), origin, now, applied)
            cursor = rows[-1].seq
    _follow(db, hq, now, report)
    project_dirty(db, program, now)


#: The fact log's columns in ``Envelope`` order, the instant as the text SQLite keeps (UTC):
#: rows become envelopes as they come, with no per-value conversion on this side.
_FETCH = ("SELECT origin, seq, id, kind, store_id, member_id, "
          "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'), tx, body, digest, hash "
          "FROM fact_log WHERE origin = %(origin)s AND seq > %(cursor)s AND seq <= %(head)s ")


def _fetch(connection, origin: int, cursor: int, head: int) -> list[Envelope]:
    """The next facts of ``origin`` after ``cursor`` (whole transactions, at most about
    ``FETCH_BATCH``)."""
    params = {"origin": origin, "cursor": cursor, "head": head}
    rows = list(map(Envelope._make, connection.exec_driver_sql(_FETCH + "ORDER BY seq LIMIT %(limit)s",
                                                               params | {"limit": FETCH_BATCH}).fetchall()))
    if len(rows) == FETCH_BATCH:
        rows += map(Envelope._make, connection.exec_driver_sql(_FETCH + "AND seq > %(last)s AND tx = %(tx)s "
                                                               "ORDER BY seq",
                                                               params | {"last": rows[-1].seq, "tx": rows[-1].tx})
                    .fetchall())
    return rows


def _tx_chunks(rows: list[Envelope], size: int):
    chunk: list[Envelope] = []
    for row in rows:
        if len(chunk) >= size and row.tx != chunk[-1].tx:
            yield chunk
            chunk = []
        chunk.append(row)
    if chunk:
        yield chunk


def _apply(db: Database, envelopes: list[Envelope], origin: int | None, now: datetime) -> None:
    """``envelopes`` (whole transactions) in one local transaction."""
    _apply_all(db, [envelopes], origin, now, one_transaction=True)


_RESTORE = "loyalty_autocheckpoint_off"


def _restore_autocheckpoint(dbapi_connection, record) -> None:
    pages = record.info.pop(_RESTORE, None)
    if pages is not None and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


def _pull_transaction(db: Database, s) -> None:
    """A pull's transaction: a large page cache (the indexes of random ids it inserts into),
    and a commit that does not checkpoint the WAL (SQLite's automatic checkpoint copies the
    pages at the commit, and a sale waiting for the write lock would wait for the copy: half
    the pull's time under the lock went there). The pull checkpoints between its transactions
    instead (``_checkpoint``, holding no lock); the connection gets its own setting back when
    it returns to the pool (SQLite's default, or a till's BackgroundCheckpoints safety net)."""
    if not event.contains(db.writer, "checkin", _restore_autocheckpoint):
        event.listen(db.writer, "checkin", _restore_autocheckpoint)
    connection = s.connection()
    connection.exec_driver_sql(CACHE_PRAGMA)
    info = connection.connection.info
    if _RESTORE not in info:   # the connection's own value (the till's is larger: BackgroundCheckpoints)
        info[_RESTORE] = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")


def _checkpoint(db: Database) -> None:
    """Copy the WAL into the database without taking the write lock (a sale may commit meanwhile);
    a till whose WAL is folded back in the background (``BackgroundCheckpoints``) leaves it there."""
    if db.checkpoints is not None:
        return
    raw = db.writer.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()


def _apply_all(db: Database, chunks: list[list[Envelope]], origin: int | None, now: datetime,
               on_applied: Callable[[int], None] | None = None, *, one_transaction: bool = False) -> None:
    """Apply ``chunks`` (each whole transactions) in as few local transactions as the till
    allows: a transaction takes chunk after chunk until a writer announces itself (a sale at
    the till: it then waits for one chunk at most) or ``TX_SECONDS`` have passed (progress is
    kept for a cut link); before each transaction, announced writers go first. The received
    sales, staff and the seal of the streams' heads are settled once per transaction."""
    own = None
    done = 0
    while done < len(chunks):
        db.yield_to_writers(YIELD_LIMIT_S)
        redacted = applied = 0
        with UnitOfWork(db, now=now) as uow:
            s = uow.session
            s.info["receiving"] = True
            _pull_transaction(db, s)
            started = time.monotonic()
            sale_ids: list[str] = []
            staff: set[str] = set()
            while done < len(chunks):
                chunk = chunks[done]
                done += 1
                fresh = receive(s, chunk, reseal=False)
                redacted += redact_received(s, fresh)
                sale_ids += [e.id for e in fresh if e.kind == "sales"]
                staff |= {e.id for e in fresh if e.kind == "staff"}
                staff |= {_staff_of(e) for e in fresh if e.kind == "staff_events"}
                applied += len(chunk)
                if one_transaction:
                    continue
                if uow.writer_waiting() or time.monotonic() - started > TX_SECONDS:
                    break
            projector.project_sales(s, sale_ids)
            if sale_ids:
                project_promo_uses(s, uow.program()[0], sale_ids)
            if staff:
                projector.project_staff(s, staff)
            if origin is not None:
                set_cursor(uow, origin, chunks[done - 1][-1].seq)
            if own is None:
                own = uow.terminal
            seal.reseal(s, own)   # the heads of the streams received are sealed too
            uow.commit()
        if redacted:
            scrub_files(db.writer)   # an erasure arrived: no page image of the data stays in the WAL
        else:
            _checkpoint(db)
        if on_applied:
            on_applied(applied)


def _staff_of(envelope: Envelope) -> str:
    return json.loads(envelope.body)["staff_id"]


def apply_received(db: Database, envelopes: list[Envelope], program, now: datetime) -> int:
    """Facts that came outside the streams (a member looked up at head office): applied and
    projected; the streams' cursors do not move (the same facts may come again, harmlessly)."""
    _apply_all(db, list(_tx_chunks(envelopes, APPLY_BATCH)), None, now)
    project_dirty(db, program, now)
    return len(envelopes)


def _follow(db: Database, hq: Engine, now: datetime, report: StreamReport) -> None:
    """Members this store started following since the last sync (looked up at another till of
    the store, or joined to one it follows): their history, if this terminal lacks it."""
    with UnitOfWork(db, write=False) as uow:
        cursor = int(uow.setting("follow_cursor", "0"))
    with hq.connect() as connection:
        follows = connection.execute(select(member_follows.c.member_id, member_follows.c.follow_seq)
                                     .where(member_follows.c.follow_seq > cursor)
                                     .order_by(member_follows.c.follow_seq)).all()
    if not follows:
        return
    with UnitOfWork(db, write=False) as uow:
        held = set(uow.session.scalars(select(Fact.member_id).where(
            Fact.kind == "members", Fact.member_id.in_([m for m, _ in follows]))))
    for member_id, _ in follows:
        if member_id in held:
            continue
        with hq.connect() as connection:
            history = [envelope(r) for r in connection.execute(text(
                "SELECT * FROM hq_member_history(:member)"), {"member": member_id})]
        _apply_all(db, list(_tx_chunks(history, APPLY_BATCH)), None, now)
        report.followed += 1
    with UnitOfWork(db) as uow:
        uow.set_setting("follow_cursor", str(follows[-1][1]))
        uow.commit()


def project_dirty(db: Database, program, now: datetime, limit: int | None = None) -> int:
    """Project the families facts arrived for, each once. A step projects a batch of dirty
    members, sized so that a step takes about ``PROJECT_STEP_S`` (a projection costs a few
    statements per batch, whatever its size, and a sale at the till waits for one step at
    most); a transaction takes steps until a writer announces itself or ``TX_SECONDS`` have
    passed, and announced writers go first before each."""
    done, size = 0, PROJECT_BATCH
    while True:
        db.yield_to_writers(YIELD_LIMIT_S)
        with UnitOfWork(db, now=now) as uow:
            _pull_transaction(db, uow.session)
            started = time.monotonic()
            while True:
                step = time.monotonic()
                want = size if limit is None else max(1, min(size, limit - done))
                batch = projector.dirty_members(uow.session, want)
                if batch:
                    projector.project_families(uow, program, batch, now)
                    done += len(batch)
                    took = time.monotonic() - step
                    if len(batch) == want:
                        size = max(PROJECT_BATCH, min(PROJECT_MAX, 2 * size, int(size * PROJECT_STEP_S / max(took, 1e-3))))
                if (not batch or (limit is not None and done >= limit) or uow.writer_waiting()
                        or time.monotonic() - started > TX_SECONDS):
                    break
            uow.commit()
        _checkpoint(db)
        if not batch or (limit is not None and done >= limit):
            return done
