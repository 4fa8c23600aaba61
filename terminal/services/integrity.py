"""``loyalty check`` and ``loyalty backup``: is every number still true, and a safe copy."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict

from sqlalchemy import func, select, text

from terminal.domain.errors import InvalidInput
from terminal.domain.wallet import LedgerLine, Wallet, replay_accounts
from terminal.store.models import LedgerEntry, LotRow, Member, Refund, Sale, SaleLineRow

from .uow import UnitOfWork


def check(uow: UnitOfWork) -> dict:
    s = uow.session
    problems: list[str] = []
    for (result,) in s.execute(text("PRAGMA integrity_check")):
        if result != "ok":
            problems.append(f"sqlite integrity: {result}")
    for row in s.execute(text("PRAGMA foreign_key_check")):
        problems.append(f"foreign key: table {row[0]} row {row[1]} points to a missing {row[2]}")

    # A merged account's ledger belongs to its survivor's wallet: replay per family.
    members = {m.id: m for m in s.scalars(select(Member))}

    def survivor(member_id: str) -> str:
        seen = set()
        while members[member_id].status == "merged" and members[member_id].merged_into and member_id not in seen:
            seen.add(member_id)
            member_id = members[member_id].merged_into
        return member_id

    entries = [(e.at, e.member_id, LedgerLine(e.id, e.points, e.expires_at, e.lot_id)) for e in
               s.scalars(select(LedgerEntry).order_by(LedgerEntry.at, LedgerEntry.origin_terminal, LedgerEntry.seq))]
    merges = [(m.merged_at, m.id, m.merged_into) for m in members.values() if m.status == "merged" and m.merged_into]
    wallets = replay_accounts(entries, merges)
    sums, cached, debts = defaultdict(int), defaultdict(lambda: defaultdict(int)), defaultdict(int)
    for at, member_id, line in entries:
        sums[survivor(member_id)] += line.points
    for lot in s.scalars(select(LotRow).where(LotRow.remaining != 0)):
        if lot.remaining < 0:
            problems.append(f"member {lot.member_id}: lot {lot.entry_id} holds {lot.remaining} points")
        cached[survivor(lot.member_id)][lot.expires_at] += lot.remaining
    for member in members.values():
        debts[survivor(member.id)] += member.debt
    for member_id in {survivor(m) for m in members}:
        replayed = wallets.get(member_id, Wallet())
        if replayed.balance != sums[member_id]:
            problems.append(f"member {member_id}: replayed balance {replayed.balance} != ledger sum {sums[member_id]}")
        by_expiry = defaultdict(int)
        for lot in replayed.lots:
            by_expiry[lot.expires_at] += lot.remaining
        if {k: v for k, v in by_expiry.items() if v} != {k: v for k, v in cached[member_id].items() if v}:
            problems.append(f"member {member_id}: cached lots differ from a replay of the ledger")
        if replayed.debt != debts[member_id]:
            problems.append(f"member {member_id}: cached debt {debts[member_id]} != replayed debt {replayed.debt}")

    line_totals = dict(s.execute(select(SaleLineRow.sale_id, func.sum(SaleLineRow.amount)).group_by(SaleLineRow.sale_id)).all())
    refund_totals = dict(s.execute(select(Refund.sale_id, func.sum(Refund.amount)).group_by(Refund.sale_id)).all())
    for sale in s.scalars(select(Sale)):
        if line_totals.get(sale.id, 0) != sale.total:
            problems.append(f"sale {sale.receipt}: lines add up to {line_totals.get(sale.id, 0)}, total is {sale.total}")
        if sale.paid != sale.total - sale.discount or sale.paid < 0:
            problems.append(f"sale {sale.receipt}: paid {sale.paid} != total {sale.total} - discount {sale.discount}")
        if refund_totals.get(sale.id, 0) != sale.refunded or sale.refunded > sale.paid:
            problems.append(f"sale {sale.receipt}: refunds {refund_totals.get(sale.id, 0)} vs recorded {sale.refunded}")
    return {"ok": not problems, "problems": problems}


def backup(db_path: str, destination: str) -> dict:
    """An online, consistent copy through SQLite's backup API, verified after writing."""
    if not destination:
        raise InvalidInput("backup needs a destination file")
    if os.path.exists(destination):
        raise InvalidInput(f"{destination} already exists; choose a new file name")
    parent = os.path.dirname(os.path.abspath(destination))
    if not os.path.isdir(parent):
        raise InvalidInput(f"the folder {parent} does not exist")
    source = sqlite3.connect(db_path)
    target = sqlite3.connect(destination)
    try:
        with target:
            source.backup(target)
        verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
        source.close()
    if verdict != "ok":
        os.remove(destination)
        raise InvalidInput(f"the backup did not verify ({verdict}); nothing was kept")
    return {"backup": os.path.abspath(destination), "bytes": os.path.getsize(destination), "verified": True}
