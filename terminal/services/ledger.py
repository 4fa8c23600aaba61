"""Writing points: every ledger entry goes through a ``Book``, which keeps the cached wallet
(lots table and member debt) in step with the ledger and expires due lots before anything
else touches the balance (SPEC 3.1, lazy expiry).

A ``Book`` updates the cache incrementally, for speed at the till; it follows exactly the rules
of the replay in ``terminal.domain.projection`` (which head-office sync and ``loyalty check``
use), including the ids of derived entries, so both ways give the same state.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select

from terminal.domain.facts import derived_id
from terminal.domain.program import Program
from terminal.domain.wallet import Lot, Wallet
from terminal.store import rawsql
from terminal.store.models import LedgerEntry, LotRow, Member, new_id

from .uow import UnitOfWork

#: Ledger kinds that no node sends: every node derives them from the facts they come from.
DERIVED_KINDS = ("expire", "clawback", "return", "reversal", "superseded", "charge", "challenge")


def family_of(session, member_id: str) -> list[str]:
    """The member's id, then the ids of every account merged into it (transitively); asked
    several times by one sale, so kept for the transaction until a projection (the only
    writer of merges) runs (``forget_families``)."""
    known = session.info.setdefault("families", {})
    if member_id in known:
        return list(known[member_id])
    ids, frontier = [member_id], [member_id]
    while frontier:
        frontier = [i for i, in rawsql.rows(session, "SELECT id FROM members WHERE merged_into IN "
                                            f"({rawsql.marks(frontier)}) AND status = 'merged'", tuple(frontier))
                    if i not in ids]
        ids.extend(frontier)
    known[member_id] = tuple(ids)
    return ids


def forget_families(session) -> None:
    session.info.pop("families", None)


_OPEN_LOTS = select(LotRow).where(LotRow.member_id.in_(bindparam("ids", expanding=True)), LotRow.remaining > 0)


class Book:
    """One member's points inside one unit of work (the member's whole family: accounts merged
    into it share one wallet)."""

    def __init__(self, uow: UnitOfWork, member: Member, program: Program, version: int):
        self.uow, self.member, self.program, self.version = uow, member, program, version
        family_ids = family_of(uow.session, member.id)
        self._other_debt = sum(uow.session.get(Member, i).debt for i in family_ids[1:])
        rows = uow.session.scalars(_OPEN_LOTS, {"ids": family_ids}).all()
        self._rows = {row.entry_id: row for row in rows}
        available = self._pending_lots(rows)
        self.wallet = Wallet([Lot(r.entry_id, r.expires_at, r.remaining, r.seq, available.get(r.entry_id))
                              for r in rows], member.debt + self._other_debt)
        self.wallet._counter = max((r.seq for r in rows), default=0)
        self.expired = 0

    def _pending_lots(self, rows) -> dict:
        """When each lot stops being pending (SPEC-mechanics 5), from the entry it comes from."""
        if not self.program.pending_days or not rows:
            return {}
        found = {}
        for chunk in range(0, len(rows), 500):
            ids = [r.entry_id for r in rows[chunk:chunk + 500]]
            for entry_id, kind, at, sale_id in self.uow.session.execute(
                    select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.at, LedgerEntry.sale_id)
                    .where(LedgerEntry.id.in_(ids))):
                when = self.program.available_of(kind, at, sale_id)
                if when is not None:
                    found[entry_id] = when
        return found

    def spendable(self, now: datetime) -> int:
        return self.wallet.spendable(now)

    @classmethod
    def open(cls, uow: UnitOfWork, member: Member, program: Program, version: int, now: datetime) -> "Book":
        """The member's book as of ``now``: facts received for the family are projected first
        (``terminal.services.projector``), then due lots expire."""
        from .pending import is_dirty
        if is_dirty(uow.session, family_of(uow.session, member.id)):
            from .projector import project_families
            project_families(uow, program, [member.id], now)
            uow.session.refresh(member)
        book = cls(uow, member, program, version)
        book.expired = book.expire_due(now)
        return book

    @property
    def balance(self) -> int:
        return self.wallet.balance

    def expire_due(self, now: datetime) -> int:
        """Write the derived ``expire`` entry of every lot past its expiry; returns points expired."""
        expired = 0
        for lot in self.wallet.due(now):
            points = lot.remaining
            owner = self._rows[lot.entry_id].member_id if lot.entry_id in self._rows else self.member.id
            self.post("expire", -points, lot.expires_at, rule="expiry", lot_id=lot.entry_id, derived=True,
                      entry_id=derived_id("expire", lot.entry_id), member_id=owner)
            expired += points
        return expired

    def post(self, kind: str, points: int, at: datetime, *, expires_at: datetime | None = None,
             earned_at: datetime | None = None, lot_id: str | None = None, derived: bool = False,
             entry_id: str | None = None, member_id: str | None = None, **fields) -> LedgerEntry:
        """Write one entry and apply it to the wallet. A positive entry gets the program's
        expiry counted from ``earned_at`` (default ``at``) unless ``expires_at`` is given.
        ``derived`` entries (``DERIVED_KINDS``) carry the id every node derives for them."""
        if points == 0:
            raise ValueError("a ledger entry moves at least one point")
        if points > 0 and expires_at is None:
            expires_at = self.program.expiry_of(earned_at or at)
        entry = LedgerEntry(id=entry_id or new_id(), seq=0, member_id=member_id or self.member.id, at=at, kind=kind,
                            points=points, expires_at=expires_at if points > 0 else None, lot_id=lot_id,
                            derived=derived, origin_terminal=0 if derived else self.uow.terminal,
                            program_version=None if derived else self.version, **fields)
        if derived:
            entry.store = fields.get("store") or self.member.store
        self.uow.session.add(entry)
        if points > 0:
            lot = self.wallet.credit(entry.id, points, expires_at,
                                     self.program.available_of(kind, at, fields.get("sale_id")))
            if lot is not None:
                lot.order = self.uow.next_value("lot_order")
        elif lot_id:
            self.wallet.close_lot(lot_id, -points)
        else:
            # A refund's entries take pending points first (SPEC-mechanics 5), as the replay does.
            self.wallet.debit(-points, at, pending_first=kind in ("clawback", "reversal"))
        self._sync_cache(entry)
        return entry

    def _sync_cache(self, entry: LedgerEntry) -> None:
        live = {lot.entry_id: lot for lot in self.wallet.lots}
        for entry_id, row in list(self._rows.items()):
            if entry_id not in live:
                row.remaining = 0
                del self._rows[entry_id]
        for entry_id, lot in live.items():
            row = self._rows.get(entry_id)
            if row is None:
                row = LotRow(entry_id=entry_id, member_id=entry.member_id, expires_at=lot.expires_at,
                             remaining=lot.remaining, seq=lot.order)
                self.uow.session.add(row)
                self._rows[entry_id] = row
            elif row.remaining != lot.remaining:   # untouched lots stay clean (nothing to flush)
                row.remaining = lot.remaining
        debt = self.wallet.debt - self._other_debt
        if self.member.debt != debt:   # an unchanged member stays clean: no flush work, no fact check
            self.member.debt = debt
