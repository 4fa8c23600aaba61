"""A member's points as lots and debt (SPEC 3.7).

Every positive ledger entry first pays debt, and what remains becomes a lot with the expiry
it was given. Every negative entry consumes open lots earliest-expiring first (lots that never
expire last, older first among equals); what no lot covers becomes debt. Expiry takes exactly
what remains of a lot.

The wallet is pure state derived from the ledger: ``Wallet.replay(entries)`` rebuilds it, and
the invariant ``wallet.balance == sum(entry.points)`` always holds. The store keeps a cached
copy (lots table, member debt) that ``loyalty check`` compares with a replay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable

# Lots that never expire sort after every dated lot.
_NEVER = datetime.max


@dataclass
class Lot:
    entry_id: str
    expires_at: datetime | None
    remaining: int
    order: int = 0  # creation order, to break ties deterministically
    available_at: datetime | None = None  # pending until then (SPEC-mechanics 5); None: spendable

    def pending_at(self, now: datetime | None) -> bool:
        return now is not None and self.available_at is not None and self.available_at > now

    def sort_key(self):
        return (self.expires_at.replace(tzinfo=None) if self.expires_at else _NEVER, self.order)


@dataclass(frozen=True)
class LedgerLine:
    """What the wallet needs of a ledger entry."""
    entry_id: str
    points: int
    expires_at: datetime | None = None
    lot_id: str | None = None  # an ``expire`` entry names the lot it closes


@dataclass
class Wallet:
    lots: list[Lot] = field(default_factory=list)
    debt: int = 0
    _counter: int = 0

    @property
    def balance(self) -> int:
        return sum(lot.remaining for lot in self.lots) - self.debt

    def open_lots(self) -> list[Lot]:
        return sorted((lot for lot in self.lots if lot.remaining > 0), key=Lot.sort_key)

    def credit(self, entry_id: str, points: int, expires_at: datetime | None,
               available_at: datetime | None = None) -> Lot | None:
        """A positive entry: pay debt first, the rest becomes a lot. Returns the new lot."""
        if points <= 0:
            raise ValueError("credit takes a positive number of points")
        paid_debt = min(points, self.debt)
        self.debt -= paid_debt
        rest = points - paid_debt
        if rest == 0:
            return None
        self._counter += 1
        lot = Lot(entry_id, expires_at, rest, self._counter, available_at)
        self.lots.append(lot)
        return lot

    def debit(self, points: int, at: datetime | None = None, pending_first: bool = False) -> list[tuple[str, int]]:
        """A negative entry of ``points`` (> 0): take from lots earliest-expiring first,
        the rest becomes debt. Returns what was taken from which lot.

        With pending lots (SPEC-mechanics 5) as of ``at``: spendable lots go first, pending ones
        after; a refund's entries (``pending_first``) take pending lots first, the latest to
        become spendable first."""
        if points <= 0:
            raise ValueError("debit takes a positive number of points")
        taken: list[tuple[str, int]] = []
        left = points
        for lot in self._debit_order(at, pending_first):
            if left == 0:
                break
            take = min(lot.remaining, left)
            lot.remaining -= take
            left -= take
            taken.append((lot.entry_id, take))
        self.debt += left
        self._drop_empty()
        return taken

    def _debit_order(self, at: datetime | None, pending_first: bool) -> list[Lot]:
        lots = self.open_lots()
        pending = [lot for lot in lots if lot.pending_at(at)]
        if not pending:
            return lots
        spendable = [lot for lot in lots if not lot.pending_at(at)]
        if pending_first:
            pending.sort(key=lambda lot: (lot.available_at, lot.order), reverse=True)
            return pending + spendable
        return spendable + pending

    def spendable(self, now: datetime) -> int:
        """What may be redeemed now: the balance without pending lots."""
        return sum(lot.remaining for lot in self.lots if not lot.pending_at(now)) - self.debt

    def pending(self, now: datetime) -> list[tuple[datetime, int]]:
        """Pending points: (instant they become spendable, points), soonest first."""
        by_instant: dict[datetime, int] = {}
        for lot in self.lots:
            if lot.remaining > 0 and lot.pending_at(now):
                by_instant[lot.available_at] = by_instant.get(lot.available_at, 0) + lot.remaining
        return sorted(by_instant.items())

    def close_lot(self, lot_id: str, points: int) -> None:
        """An ``expire`` entry: remove what remains of one lot. Should the ledger say more
        than the lot holds (entries merged from elsewhere), the excess is an ordinary debit,
        so the balance still equals the ledger sum."""
        lot = next((l for l in self.lots if l.entry_id == lot_id and l.remaining > 0), None)
        take = min(points, lot.remaining) if lot else 0
        if lot:
            lot.remaining -= take
        if points - take:
            self.debit(points - take)
        self._drop_empty()

    def due(self, now: datetime) -> list[Lot]:
        """Lots that have expired as of ``now`` and still hold points, soonest first."""
        found = [lot for lot in self.lots if lot.remaining > 0 and lot.expires_at is not None and lot.expires_at <= now]
        return sorted(found, key=Lot.sort_key)

    def next_expiry(self) -> datetime | None:
        """The soonest instant at which a lot of this wallet expires (``None``: none will)."""
        return min((lot.expires_at for lot in self.lots if lot.remaining > 0 and lot.expires_at is not None),
                   default=None)

    def expiring(self, now: datetime) -> list[tuple[datetime, int]]:
        """Future expiries: (instant, points), one per instant, soonest first."""
        by_instant: dict[datetime, int] = {}
        for lot in self.open_lots():
            if lot.expires_at is not None and lot.expires_at > now:
                by_instant[lot.expires_at] = by_instant.get(lot.expires_at, 0) + lot.remaining
        return sorted(by_instant.items())

    def apply(self, line: LedgerLine) -> None:
        if line.points > 0:
            self.credit(line.entry_id, line.points, line.expires_at)
        elif line.points < 0:
            if line.lot_id:
                self.close_lot(line.lot_id, -line.points)
            else:
                self.debit(-line.points)

    @classmethod
    def replay(cls, lines: Iterable[LedgerLine]) -> "Wallet":
        wallet = cls()
        for line in lines:
            wallet.apply(line)
        return wallet

    def _drop_empty(self) -> None:
        self.lots = [lot for lot in self.lots if lot.remaining > 0]


def replay_accounts(entries: Iterable[tuple[datetime, str, LedgerLine]],
                    merges: Iterable[tuple[datetime, str, str]]) -> dict[str, Wallet]:
    """Replay several accounts whose wallets join when one is merged into another.

    ``entries`` are ``(at, member_id, line)``; ``merges`` are ``(merged_at, source_id,
    target_id)``. Until its merge an account has a wallet of its own; from then on its lots
    and debt belong to the target's wallet, and later entries of either account act on the
    joint wallet. Returns the wallet of every account that survives (merged ones are absent).
    At the same instant, a merge comes before entries.
    """
    events = [(at, 0, i, ("merge", source, target)) for i, (at, source, target) in enumerate(merges)]
    events += [(at, 1, i, ("entry", member, line)) for i, (at, member, line) in enumerate(entries)]
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    wallets: dict[str, Wallet] = {}
    parent: dict[str, str] = {}

    def root(member: str) -> str:
        while member in parent:
            member = parent[member]
        return member

    for _, _, _, event in events:
        if event[0] == "merge":
            _, source, target = event
            source_root, target_root = root(source), root(target)
            if source_root == target_root:
                continue
            joint = wallets.setdefault(target_root, Wallet())
            absorbed = wallets.pop(source_root, Wallet())
            joint.lots.extend(absorbed.lots)
            joint.debt += absorbed.debt
            parent[source_root] = target_root
        else:
            _, member, line = event
            wallets.setdefault(root(member), Wallet()).apply(line)
    return wallets
