"""The journal of facts (``facts`` table): what this terminal made, and what it received.

Writing: a ``before_flush`` listener turns every new fact row (``models.NOT_IN_FACT`` names the
fact tables) into a journal entry in the same transaction: the next ``seq`` of this terminal's
own stream, the transaction's ``tx``, the canonical JSON of the row's fact columns, and the
hash that chains it to the previous entry. A fact row's fact columns can never change
afterwards: the listener refuses it (a bug, not a user error).

Receiving: :func:`receive` stores facts that came from head office (other origins, or this
origin's own after a restore) and the projection rows they stand for, without journaling them
again; both are idempotent, so a repeated pull changes nothing. The projector then computes
the rest (``terminal.services.projector``).
"""

from __future__ import annotations

import json
from typing import NamedTuple
from datetime import date, datetime, timezone

from sqlalchemy import Date, Table, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from terminal.domain.facts import GENESIS, body_digest, canonical_json, chain_hash

from . import rawsql, seal
from .models import (NOT_IN_FACT, Base, DirtyMember, Fact, MUTABLE, Sale, UtcDateTime)

#: The column that dates each fact table's rows (sale lines and redemptions take their sale's).
TIME_COLUMN = {
    "members": "enrolled_at", "cards": "issued_at", "staff": "created_at", "sales": "at", "refunds": "at",
    "ledger_entries": "at", "punch_events": "at", "member_events": "at", "staff_events": "at",
    "audit_log": "at", "conflict_resolutions": "at", "notifications": "at",
}

_registered = False


class ImmutableFact(RuntimeError):
    """A fact row was changed or deleted outside the projection: a bug."""


class Envelope(NamedTuple):
    """A fact as it travels: position, identity, routing and body (canonical JSON). A named
    tuple: a pull makes hundreds of thousands of them, straight from the rows it fetches."""
    origin: int
    seq: int
    id: str
    kind: str
    store: str
    member_id: str | None
    at: datetime
    tx: int
    body: str
    digest: str
    hash: str


def register() -> None:
    global _registered
    if _registered:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_transaction_end", _forget_position)
    _registered = True


def fact_table(kind: str) -> Table:
    return Base.metadata.tables[kind]


def is_fact(obj) -> bool:
    table = getattr(obj, "__tablename__", None)
    return table in NOT_IN_FACT and not getattr(obj, "derived", False)


# --------------------------------------------------------------------------- writing

def _before_flush(session: Session, _context, _instances) -> None:
    before_flush(session)


def before_flush(session: Session) -> None:
    """What must happen before the session's rows are written (``inserts.flush_new`` writes
    some without a flush): facts never change, new fact rows are journaled."""
    _guard(session)
    if session.info.get("receiving"):
        return
    new = [obj for obj in session.new if is_fact(obj)]
    if new:
        append(session, new)


def append(session: Session, objs: list, *, tx: int | None = None) -> None:
    """Journal ``objs`` (fact rows, in the order they happened) as the next facts of this
    terminal's stream."""
    connection = session.connection()
    origin, store = _identity(session)
    seq, prev = _position(session, connection, origin)
    tx = tx if tx is not None else session.info.setdefault("journal_tx", seq + 1)
    rows = []
    sales = {obj.id: obj for obj in list(objs) + list(session.new) if isinstance(obj, Sale)}
    for obj in objs:
        seq += 1
        kind = obj.__tablename__
        if kind == "ledger_entries":
            obj.seq = seq
        if hasattr(obj, "store") and obj.store is None:
            obj.store = store
        obj.origin_terminal = origin
        _apply_defaults(obj)
        body = canonical_json(fact_body(obj))
        at, member = _routing(session, obj, sales)
        digest = body_digest(body)
        link = chain_hash(prev, origin, seq, obj.id, kind, store, at, digest)
        rows.append((origin, seq, obj.id, kind, store, member, rawsql.instant(at), tx, body, digest, link))
        prev = link
    # One plain statement: a Core insert() compiled for each flush cost a sale ~0.3 ms.
    connection.exec_driver_sql(_APPEND_SQL, rows)
    session.info["journal_position"] = (origin, seq, prev)
    seal.seal(session, origin, seq, prev)


_APPEND_SQL = ("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _apply_defaults(obj) -> None:
    """Column defaults are applied at INSERT, after this listener: apply them now, so the
    journal says what the row will hold."""
    for key, value in _scalar_defaults(obj.__table__):
        if getattr(obj, key) is None:
            setattr(obj, key, value)


_DEFAULTS: dict[str, tuple] = {}


def _scalar_defaults(table: Table) -> tuple:
    """``(column key, default)`` of a table's columns with a scalar default (asked per fact)."""
    found = _DEFAULTS.get(table.name)
    if found is None:
        found = _DEFAULTS[table.name] = tuple((c.key, c.default.arg) for c in table.columns
                                              if c.default is not None and c.default.is_scalar)
    return found


def fact_body(obj) -> dict:
    return {key: getattr(obj, key) for key in _body_keys(obj.__table__)}


_BODY_KEYS: dict[str, tuple[str, ...]] = {}


def _body_keys(table: Table) -> tuple[str, ...]:
    keys = _BODY_KEYS.get(table.name)
    if keys is None:
        excluded = NOT_IN_FACT[table.name] | {"store", "origin_terminal"}
        keys = _BODY_KEYS[table.name] = tuple(c.key for c in table.columns if c.key not in excluded)
    return keys


def _routing(session: Session, obj, sales: dict) -> tuple[datetime, str | None]:
    kind = obj.__tablename__
    if kind in ("sale_lines", "sale_redemptions"):
        sale = sales.get(obj.sale_id)
        if sale is None:
            with session.no_autoflush:
                sale = session.get(Sale, obj.sale_id)
        return sale.at, sale.member_id
    at = getattr(obj, TIME_COLUMN[kind])
    member = obj.id if kind == "members" else getattr(obj, "member_id", None)
    return at, member


def _identity(session: Session) -> tuple[int, str]:
    cached = session.info.get("journal_identity")
    if cached is None:
        with session.no_autoflush:   # called while flushing
            values = dict(rawsql.rows(session, "SELECT key, value FROM settings WHERE key IN ('terminal', 'store')"))
        cached = (int(values.get("terminal") or 1), values.get("store") or "Store")
        session.info["journal_identity"] = cached
    return cached


def _position(session: Session, connection, origin: int) -> tuple[int, str]:
    cached = session.info.get("journal_position")
    if cached and cached[0] == origin:
        return cached[1], cached[2]
    with session.no_autoflush:   # called while flushing
        last = rawsql.first(session, "SELECT seq, hash FROM facts WHERE origin = ? ORDER BY seq DESC LIMIT 1",
                            (origin,))
    return (last[0], last[1]) if last else (0, GENESIS)


def _forget_position(session: Session, transaction) -> None:
    """The stream's position is read again after any transaction ends, savepoints included: a
    savepoint rolled back after a flush (an import row refused once its member was journaled)
    takes its facts with it, and the next fact must follow the last one kept (no gap, no link
    to a fact that is gone)."""
    session.info.pop("journal_position", None)
    if transaction.parent is None:
        for key in ("journal_tx", "journal_identity"):
            session.info.pop(key, None)


def _guard(session: Session) -> None:
    if session.info.get("projecting"):
        return
    for obj in session.deleted:
        if is_fact(obj):
            raise ImmutableFact(f"{obj.__tablename__} {obj.id} is a fact and cannot be deleted")
    for obj in session.dirty:
        if not is_fact(obj) or obj in session.new:
            continue
        from sqlalchemy import inspect
        state = inspect(obj)
        # Only an attribute with a committed value recorded can have changed (asking every
        # attribute's history cost each sale's flush ~0.2 ms per dirty row).
        changed = {key for key in state.committed_state if state.attrs[key].history.has_changes()}
        changed -= {r.key for r in state.mapper.relationships}
        illegal = changed - MUTABLE[obj.__tablename__]
        if illegal:
            raise ImmutableFact(f"{obj.__tablename__} {obj.id}: {', '.join(sorted(illegal))} cannot change")


# --------------------------------------------------------------------------- receiving

#: Computed columns of a received row, at their initial values (the projector sets them).
INITIAL = {
    "members": {"status": "active", "merged_into": None, "merged_at": None, "debt": 0},
    "cards": {"status": "active", "replaced_by": None},
    "sales": {"refunded": 0, "points_clawed_back": 0, "points_returned": 0, "qualifying_refunded": 0,
              "fully_refunded": False, "result_json": "{}"},
    "refunds": {"points_clawed_back": 0, "points_returned": 0, "qualifying_reduction": 0, "full": False},
    "ledger_entries": {"derived": False},
    "punch_events": {"derived": False},
    "staff": {"active": True},
}


def sqlite_instant(value) -> str | None:
    """An instant as SQLite holds it here (naive UTC text, ``UtcDateTime``), from a fact's
    canonical ISO text (always UTC) or an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        if value.endswith("+00:00") and len(value) in (25, 32):
            text = value[:-6].replace("T", " ")
            return text if len(text) == 26 else text + ".000000"
        value = datetime.fromisoformat(value)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


class _RowPlan:
    """How to turn the bodies of one kind of fact into rows of its table, fast: the columns in
    order, and which of them are instants."""

    def __init__(self, kind: str):
        table = fact_table(kind)
        self.columns = [c.key for c in table.columns]
        self.instants = {c.key for c in table.columns if isinstance(c.type, UtcDateTime)}
        self.initial = INITIAL.get(kind, {})
        self.has_store = "store" in table.columns
        self.sql = (f"INSERT OR IGNORE INTO {kind} ({', '.join(self.columns)}) "
                    f"VALUES ({', '.join('?' for _ in self.columns)})")
        self.plan = [(c, c in self.instants) for c in self.columns]

    def row(self, envelope: Envelope) -> tuple:
        body = json.loads(envelope.body)
        values = {**self.initial, **body} if self.initial else body
        values["origin_terminal"] = envelope.origin
        if self.has_store:
            values["store"] = envelope.store
        kind = envelope.kind
        if kind == "members":
            values["updated_at"] = values.get("enrolled_at")
            values["name_key"] = (values.get("name") or "").casefold()
        elif kind == "ledger_entries":
            values["seq"] = envelope.seq
        get = values.get
        return tuple([sqlite_instant(get(c)) if instant else get(c) for c, instant in self.plan])


_PLANS: dict[str, _RowPlan] = {}

FACT_SQL = ("INSERT OR IGNORE INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def receive(session: Session, envelopes: list[Envelope], *, reseal: bool = True) -> list[Envelope]:
    """Store facts from elsewhere with the rows they stand for; returns those that were new
    here. A fact already held (same id) is skipped, whatever its position. Written with plain
    parameterised statements: this is the bulk path of a pull. ``reseal=False``: the caller
    receives more in the same transaction and reseals once before it commits."""
    if not envelopes:
        return []
    held = set(session.scalars(select(Fact.id).where(Fact.id.in_([e.id for e in envelopes]))))
    fresh = [e for e in envelopes if e.id not in held]
    if not fresh:
        return []
    connection = session.connection()
    connection.exec_driver_sql(FACT_SQL, [(e.origin, e.seq, e.id, e.kind, e.store, e.member_id, sqlite_instant(e.at),
                                           e.tx, e.body, e.digest, e.hash) for e in fresh])
    by_kind: dict[str, list[tuple]] = {}
    for envelope in fresh:
        if envelope.kind in NOT_IN_FACT:
            plan = _PLANS.get(envelope.kind) or _PLANS.setdefault(envelope.kind, _RowPlan(envelope.kind))
            by_kind.setdefault(envelope.kind, []).append(plan.row(envelope))
    for kind, rows in by_kind.items():
        connection.exec_driver_sql(_PLANS[kind].sql, rows)
    mark_dirty(session, {e.member_id for e in fresh if e.member_id})
    own = _identity(session)[0]
    if any(e.origin == own for e in fresh):   # our own facts back from HQ (a restore): a new head
        session.info.pop("journal_position", None)
    if reseal:
        seal.reseal(session, own)             # the heads of the streams received are sealed too
    return fresh


def mark_dirty(session: Session, member_ids) -> None:
    ids = [m for m in member_ids if m]
    if ids:
        session.connection().execute(sqlite_insert(DirtyMember.__table__).on_conflict_do_nothing(),
                                     [{"member_id": m} for m in ids])


def own_head(session: Session, origin: int) -> int:
    return session.scalar(select(Fact.seq).where(Fact.origin == origin).order_by(Fact.seq.desc()).limit(1)) or 0
