"""Writing points: every ledger entry goes through a ``Book``, which keeps the cached wallet
(lots table and member debt) in step with the ledger and expires due lots before anything
else touches the balance (SPEC 3.1, lazy expiry)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from terminal.domain.program import Program
from terminal.domain.timekeeping import expiry_instant
from terminal.domain.wallet import Lot, Wallet
from terminal.store.models import LedgerEntry, LotRow, Member, new_id

from .uow import UnitOfWork


def family_of(session, member_id: str) -> list[str]:
    """The member's id, then the ids of every account merged into it (transitively)."""
    ids, frontier = [member_id], [member_id]
    while frontier:
        frontier = [i for i in session.scalars(select(Member.id).where(Member.merged_into.in_(frontier),
                                                                       Member.status == "merged"))
                    if i not in ids]
        ids.extend(frontier)
    return ids


class Book:
    """One member's points inside one unit of work."""

    def __init__(self, uow: UnitOfWork, member: Member, program: Program, version: int):
        self.uow, self.member, self.program, self.version = uow, member, program, version
        # A member merged in by head office keeps its own ledger; its lots and debt are the
        # survivor's to use (terminal.sync). Merges made here move lots explicitly instead.
        family_ids = family_of(uow.session, member.id)
        self._other_debt = sum(uow.session.get(Member, i).debt for i in family_ids[1:])
        rows = uow.session.scalars(select(LotRow).where(LotRow.member_id.in_(family_ids),
                                                        LotRow.remaining > 0)).all()
        self._rows = {row.entry_id: row for row in rows}
        self.wallet = Wallet([Lot(r.entry_id, r.expires_at, r.remaining, r.seq) for r in rows],
                             member.debt + self._other_debt)
        self.wallet._counter = max((r.seq for r in rows), default=0)

    @property
    def balance(self) -> int:
        return self.wallet.balance

    def expire_due(self, now: datetime) -> int:
        """Write an ``expire`` entry for every lot past its expiry; returns points expired."""
        expired = 0
        for lot in self.wallet.due(now):
            points = lot.remaining
            self.post("expire", -points, lot.expires_at, rule="expiry", lot_id=lot.entry_id)
            expired += points
        return expired

    def post(self, kind: str, points: int, at: datetime, *, expires_at: datetime | None = None,
             earned_at: datetime | None = None, lot_id: str | None = None, **fields) -> LedgerEntry:
        """Write one entry and apply it to the wallet. A positive entry gets the program's
        expiry counted from ``earned_at`` (default ``at``) unless ``expires_at`` is given."""
        if points == 0:
            raise ValueError("a ledger entry moves at least one point")
        if points > 0 and expires_at is None:
            expires_at = expiry_instant(earned_at or at, self.program.expiry_months, self.program.tz)
        entry = LedgerEntry(id=new_id(), seq=self.uow.next_value("ledger"), member_id=self.member.id, at=at, kind=kind,
                            points=points, expires_at=expires_at if points > 0 else None, lot_id=lot_id,
                            origin_terminal=self.uow.terminal, program_version=self.version, **fields)
        self.uow.session.add(entry)
        if points > 0:
            lot = self.wallet.credit(entry.id, points, expires_at)
            if lot is not None:
                lot.order = entry.seq
        elif lot_id:
            self.wallet.close_lot(lot_id, -points)
        else:
            self.wallet.debit(-points)
        self._sync_cache()
        return entry

    def _sync_cache(self) -> None:
        live = {lot.entry_id: lot for lot in self.wallet.lots}
        for entry_id, row in list(self._rows.items()):
            if entry_id not in live:
                row.remaining = 0
                del self._rows[entry_id]
        for entry_id, lot in live.items():
            row = self._rows.get(entry_id)
            if row is None:
                row = LotRow(entry_id=entry_id, member_id=self.member.id, expires_at=lot.expires_at,
                             remaining=lot.remaining, seq=lot.order)
                self.uow.session.add(row)
                self._rows[entry_id] = row
            else:
                row.remaining = lot.remaining
        self.member.debt = self.wallet.debt - self._other_debt

