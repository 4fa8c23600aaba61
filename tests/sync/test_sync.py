"""Head-office sync between terminals through a real PostgreSQL (SPEC section 7)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from terminal.domain.clock import FixedClock
from terminal.domain.errors import HqUnreachable, RedemptionLimit
from terminal.domain.program import parse_program
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database
from terminal.sync.engine import push, run_sync, unsynced_count
from terminal.sync.hq import connect_hq, init_hq
from terminal.sync.hq_schema import hq_rows

PROGRAM = """
[program]
name = "Sync Rewards"
currency = "EUR"
region = "DE"
timezone = "Europe/Berlin"
expiry_months = 12

[redemption]
min_points = 10
max_fraction_of_sale = "1"
offline_max_points = 50

[[rewards]]
code = "TENNER"
kind = "amount_off"
points = 40
value = "1.00"
"""

START = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)


def make_terminal(tmp_path, number: int, clock: FixedClock) -> Loyalty:
    app = Loyalty(open_database(tmp_path / f"terminal{number}.db"), clock)
    app.initialise(store="Sync Store", terminal=number, program=parse_program(PROGRAM))
    return app


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def hq(hq_url):
    engine = connect_hq(hq_url)
    init_hq(engine)
    yield engine
    engine.dispose()


def balance(app: Loyalty, ref: str) -> int:
    return app.show_member(ref)["member"]["balance"]


def test_two_terminals_converge_and_pushing_twice_changes_nothing(tmp_path, clock, hq, hq_url):
    one, two = make_terminal(tmp_path, 1, clock), make_terminal(tmp_path, 2, clock)
    card = one.enroll(name="Jana Schulz", phone="030 1234567")["member"]["card"]
    one.sale(one.request(member=card, amount="37.40"))
    assert unsynced_count(one.db) > 0

    first = run_sync(one.db, hq_url, clock.now())
    assert first["pushed"] > 0 and unsynced_count(one.db) == 0
    with hq.connect() as connection:
        rows_before = connection.execute(select(func.count()).select_from(hq_rows)).scalar()
    # Retrying a push (e.g. after a lost acknowledgement) must never duplicate anything.
    with one.db.writer.begin() as connection:
        connection.execute(text("INSERT INTO sync_outbox (table_name, row_id, queued_at, change) "
                                "SELECT 'ledger_entries', id, CURRENT_TIMESTAMP, 1 FROM ledger_entries"))
    assert push(one.db, hq, 1) > 0
    with hq.connect() as connection:
        assert connection.execute(select(func.count()).select_from(hq_rows)).scalar() == rows_before

    clock.advance(minutes=5)
    run_sync(two.db, hq_url, clock.now())
    assert balance(two, card) == balance(one, card) == 37
    # Terminal two sells to the same member; terminal one learns of it.
    two.sale(two.request(member="030 1234567", amount="10.00"))
    run_sync(two.db, hq_url, clock.now())
    run_sync(one.db, hq_url, clock.now())
    assert balance(one, card) == balance(two, card) == 47
    assert one.check()["ok"] and two.check()["ok"]


def test_offline_enrollments_of_one_phone_merge_into_one_member_everywhere(tmp_path, clock, hq_url, hq):
    one, two = make_terminal(tmp_path, 1, clock), make_terminal(tmp_path, 2, clock)
    run_sync(one.db, hq_url, clock.now())
    run_sync(two.db, hq_url, clock.now())
    # The network is down: both terminals enroll the same person and sell to them.
    first = one.enroll(name="Ali Kaya", phone="+49 30 7654321")["member"]
    one.sale(one.request(member=first["card"], amount="20.00"))
    clock.advance(minutes=3)
    second = two.enroll(name="Ali Kaya", phone="030 7654321")["member"]
    two.sale(two.request(member=second["card"], amount="25.00"))

    conflicts = sum(run_sync(app.db, hq_url, clock.now())["conflicts"] for app in (one, two, one, two))
    assert conflicts >= 1, "the duplicate phone is reported as a conflict"
    for app in (one, two):
        survivor = app.show_member("030 7654321")["member"]
        assert survivor["id"] == first["id"], "the member enrolled first survives on every terminal"
        assert survivor["balance"] == 45, "both terminals' points count, none lost, none doubled"
        # The second card now resolves to the survivor.
        assert app.show_member(second["card"])["member"]["id"] == first["id"]
        assert app.check()["ok"], app.check()["problems"]
    # Spending after the merge draws on the joint wallet.
    one.sale(one.request(member=second["card"], amount="5.00", redeem=["TENNER"]))
    run_sync(one.db, hq_url, clock.now())
    run_sync(two.db, hq_url, clock.now())
    # 45 - 40 redeemed + 4 earned on the 4.00 paid in money.
    assert balance(two, first["card"]) == balance(one, first["card"]) == 45 - 40 + 4


def test_unreachable_head_office_is_reported_and_turns_on_the_offline_cap(tmp_path, clock, hq_url, hq,
                                                                          pg_server_url):
    app = make_terminal(tmp_path, 3, clock)
    card = app.enroll(name="Offline Olga", phone="030 5550001")["member"]["card"]
    app.sale(app.request(member=card, amount="200.00"))
    run_sync(app.db, hq_url, clock.now())  # online once: HQ is configured
    # Head office goes away (its database disappears from the server).
    name = make_url(hq_url).database
    hq.dispose()
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{name}_away"'))
    try:
        with pytest.raises(HqUnreachable):
            run_sync(app.db, hq_url, clock.now())
        # Offline now: a member may redeem at most offline_max_points (50) until the next sync.
        app.sale(app.request(member=card, amount="5.00", redeem=["TENNER"]))
        with pytest.raises(RedemptionLimit) as refused:
            app.sale(app.request(member=card, amount="5.00", redeem=["TENNER"]))
        assert "offline" in refused.value.message
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}_away" RENAME TO "{name}"'))
        admin.dispose()
    run_sync(app.db, hq_url, clock.now())  # back online: the cap lifts
    app.sale(app.request(member=card, amount="5.00", redeem=["TENNER"]))


def test_a_mistyped_head_office_url_changes_nothing(tmp_path, clock, hq_url, hq):
    app = make_terminal(tmp_path, 5, clock)
    card = app.enroll(name="Typo Tom", phone="030 5550005")["member"]["card"]
    app.sale(app.request(member=card, amount="200.00"))
    run_sync(app.db, hq_url, clock.now())
    with pytest.raises(HqUnreachable):
        run_sync(app.db, "postgresql+psycopg://postgres@127.0.0.1:1/typo", clock.now())
    assert app.settings()["hq_url"] == hq_url
    # Still online as far as the real head office goes: no offline cap.
    app.sale(app.request(member=card, amount="5.00", redeem=["TENNER"]))
    app.sale(app.request(member=card, amount="5.00", redeem=["TENNER"]))


def test_a_terminal_upgraded_from_the_first_release_pushes_its_whole_history(tmp_path, clock, hq_url, hq):
    from terminal.store.database import _sqlite_engine, upgrade
    path = tmp_path / "old.db"
    engine = _sqlite_engine(str(path), "IMMEDIATE")
    upgrade(engine, "0001")
    engine.dispose()
    old = Loyalty(open_database(path), clock)
    old.initialise(terminal=4, program=parse_program(PROGRAM))
    old.enroll(name="Legacy Lena", phone="030 5550002")
    assert run_sync(old.db, hq_url, clock.now())["pushed"] >= 3


def test_a_member_unknown_here_is_fetched_from_head_office(tmp_path, clock, hq_url, hq):
    one, two = make_terminal(tmp_path, 1, clock), make_terminal(tmp_path, 2, clock)
    card = one.enroll(name="Wander Wim", phone="030 5550003")["member"]["card"]
    one.sale(one.request(member=card, amount="12.00"))
    run_sync(one.db, hq_url, clock.now())
    run_sync(two.db, hq_url, clock.now())
    # A third member enrolls at terminal one after terminal two's last sync.
    late = one.enroll(name="Late Lotte", phone="030 5550004")["member"]
    one.sale(one.request(member=late["card"], amount="8.00"))
    run_sync(one.db, hq_url, clock.now())
    found = two.show_member(late["card"])["member"]
    assert found["id"] == late["id"] and found["balance"] == 8
    assert two.show_member("030 5550004")["member"]["id"] == late["id"]
    assert two.check()["ok"]
    # The next regular sync applies the same rows again without harm.
    run_sync(two.db, hq_url, clock.now())
    assert two.show_member("030 5550004")["member"]["balance"] == 8 and two.check()["ok"]
