"""A chain for sync tests: head office on a real PostgreSQL, terminals on SQLite files, one
clock for all (moved by the test), and assertions that every node holds the same."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import create_engine, select, text

from terminal.domain.clock import FixedClock
from terminal.domain.program import parse_program
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database
from terminal.store.models import Fact, LedgerEntry, Member
from terminal.sync.admin import publish_program
from terminal.sync.engine import run_sync
from terminal.sync.hq import connect_hq, init_hq
from terminal.sync.register import register_here
from terminal.sync.remote import HqRemote

PROGRAM = """
[program]
name = "Sync Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"
expiry_months = 1

[redemption]
min_points = 10
max_fraction_of_sale = "1"
offline_max_points = 50

[[categories]]
name = "coffee"

[[campaigns]]
code = "WELCOME"
kind = "bonus"
value = "100"
first_purchase = true

[[punch_cards]]
code = "COFFEE"
category = "coffee"
units = 9
reward = "FREE-COFFEE"

[[products]]
sku = "COFFEE-REG"
name = "Regular coffee"
category = "coffee"
price = "3.00"

[[rewards]]
code = "TENNER"
kind = "amount_off"
points = 40
value = "1.00"

[[rewards]]
code = "FREE-COFFEE"
kind = "free_item"
points = 0
sku = "COFFEE-REG"
"""

START = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)   # a Monday, 11:00 in Berlin
MANAGER_PIN = "1357"


class Chain:
    def __init__(self, tmp_path, hq_url: str, program: str = PROGRAM):
        self.tmp, self.hq_url, self.program_text = tmp_path, hq_url, program
        self.clock = FixedClock(START)
        self.admin = connect_hq(hq_url)
        init_hq(self.admin)
        publish_program(self.admin, parse_program(program), START)
        self.terminals: dict[str, Loyalty] = {}

    def close(self) -> None:
        for app in self.terminals.values():
            app.db.dispose()
        self.admin.dispose()

    def terminal_unsynced(self, name: str, store: str) -> Loyalty:
        return self.terminal(name, store, sync=False)

    def terminal(self, name: str, store: str, number: int | None = None, *, sync: bool = True) -> Loyalty:
        """A new till of ``store``, registered at head office, its program and store pulled,
        with a manager whose PIN is the store's (staff PINs are per store)."""
        db = open_database(self.tmp / f"{name}.db")
        app = Loyalty(db, self.clock)
        app.initialise(store="Unregistered", program=parse_program(self.program_text))
        register_here(db, self.hq_url, store, number)
        app.remote = HqRemote(db, self.clock)
        if sync:
            run_sync(db, None, self.clock.now())
        if not knows_pin(app, self.pin(store)):
            app.initialise(manager_pin=self.pin(store))
        self.terminals[name] = app
        return app

    @staticmethod
    def pin(store: str) -> str:
        return {"A": "1357", "B": "2468", "C": "3579"}.get(store, "9753")

    def sync(self, *names: str) -> list[dict]:
        return [run_sync(self.terminals[n].db, None, self.clock.now()) for n in names]

    def converge(self, order: list[str]) -> None:
        """Sync in ``order`` twice over: everything reaches everyone who may see it."""
        self.sync(*order, *order)

    # -- what every node holds -----------------------------------------------------------
    def ledger(self, app: Loyalty, member_ids) -> dict[str, tuple]:
        with app.db.reader.connect() as connection:
            rows = connection.execute(select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.points,
                                             LedgerEntry.derived).where(LedgerEntry.member_id.in_(list(member_ids))))
            return {r.id: (r.kind, r.points, r.derived) for r in rows}

    def family_ids(self, app: Loyalty, ref: str) -> list[str]:
        member_id = app.show_member(ref)["member"]["id"]
        with app.db.reader.connect() as connection:
            ids = {member_id}
            while True:
                more = set(connection.execute(select(Member.id).where(Member.merged_into.in_(list(ids)))).scalars())
                if more <= ids:
                    return sorted(ids)
                ids |= more

    def hq_entries(self, member_ids) -> dict[str, tuple]:
        with self.admin.connect() as connection:
            rows = connection.execute(text("SELECT id, kind, points FROM ledger_entries WHERE member_id = ANY(:ids)"),
                                      {"ids": list(member_ids)})
            return {r.id: (r.kind, r.points, False) for r in rows}

    def assert_same_everywhere(self, ref: str, names: list[str] | None = None) -> dict:
        """The member named ``ref`` is the same on every terminal named (default: all): same
        balance, same ledger entry by entry; head office holds the same fact entries; every
        terminal's check passes. Returns the member as the first terminal shows it."""
        names = names or list(self.terminals)
        first = self.terminals[names[0]]
        ids = self.family_ids(first, ref)
        shown = first.show_member(ref)["member"]
        ledger = self.ledger(first, ids)
        for name in names:
            app = self.terminals[name]
            member = app.show_member(ref)["member"]
            assert (name, member["id"], member["balance"], member["tier"], member["expiring"], member["vouchers"]) == \
                (name, shown["id"], shown["balance"], shown["tier"], shown["expiring"], shown["vouchers"])
            assert self.ledger(app, ids) == ledger, f"{name}'s ledger differs from {names[0]}'s"
            check = app.check()
            assert check["ok"], (name, check["problems"])
        facts_only = {k: v for k, v in ledger.items() if not v[2]}
        assert self.hq_entries(ids) == facts_only, "head office's entries differ from the terminals'"
        assert sum(points for _, points, _ in ledger.values()) == shown["balance"]
        return shown

    def conflicts(self, app: Loyalty) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in app.list_conflicts()["conflicts"]:
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        return counts

    def journal_ids(self, app: Loyalty) -> set[str]:
        with app.db.reader.connect() as connection:
            return set(connection.execute(select(Fact.id)).scalars())

    def connect_as(self, app: Loyalty):
        """An engine logged in as this terminal's own role (its password from its file)."""
        from terminal.sync.credentials import passfile_for
        return connect_hq(app.settings()["hq_url"], passfile=passfile_for(app.db.path))

    def superuser(self):
        return create_engine(self.hq_url)


def knows_pin(app: Loyalty, pin: str) -> bool:
    """Whether this terminal has a staff member with ``pin`` (without a wrong-PIN count)."""
    from terminal.services.staff import find_staff_by_pin
    from terminal.services.uow import UnitOfWork
    with UnitOfWork(app.db, write=False) as uow:
        return find_staff_by_pin(uow, pin) is not None


ORDERS = [["t1", "t2", "t3"], ["t3", "t2", "t1"], ["t2", "t3", "t1"]]
