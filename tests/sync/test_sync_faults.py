"""Faults: a push and a pull cut midway (the backend terminated, the process killed), head
office restored from an older dump, a terminal restored from its backup. Nothing is lost,
nothing doubled, no receipt number is issued twice; what happened is counted."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from terminal.domain.errors import HqUnreachable
from terminal.store.models import Fact, Sale
from terminal.sync.engine import run_sync

from chain import Chain

JANA = "030 1234567"


def busy_till(chain: Chain, name: str, store: str, sales: int) -> tuple:
    till = chain.terminal(name, store)
    card = till.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    for n in range(sales):
        till.sale(till.request(member=card, lines=[f"grocery={1 + n % 7}.00", "coffee=2.00x2"]))
    return till, card


def local_head(app) -> int:
    with app.db.reader.connect() as connection:
        return connection.execute(select(func.max(Fact.seq)).where(Fact.origin == app.settings()["terminal"])).scalar()


def hq_head(chain: Chain, origin: int) -> int:
    with chain.admin.connect() as connection:
        return connection.execute(text("SELECT coalesce(max(seq), 0) FROM fact_log WHERE origin = :o"),
                                  {"o": origin}).scalar()


def terminate_when(chain: Chain, role: str, condition) -> threading.Thread:
    """Cut ``role`` off head office as soon as ``condition()`` holds: no new connections, its
    backends terminated (``reconnect`` lets it in again)."""
    def watch():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if condition():
                with chain.admin.connect() as connection:
                    connection.execute(text(f'ALTER ROLE "{role}" CONNECTION LIMIT 0'))
                    connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                            "WHERE usename = :r AND pid <> pg_backend_pid()"), {"r": role})
                    connection.commit()
                return
            time.sleep(0.005)
    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def reconnect(chain: Chain, role: str) -> None:
    with chain.admin.connect() as connection:
        connection.execute(text(f'ALTER ROLE "{role}" CONNECTION LIMIT -1'))
        connection.commit()


def test_a_push_cut_by_a_terminated_backend_resumes_without_loss_or_doubles(chain: Chain, monkeypatch):
    import terminal.sync.streams as streams
    monkeypatch.setattr(streams, "PUSH_BATCH", 100)
    t1, card = busy_till(chain, "t1", "A", 120)
    role = make_url(t1.settings()["hq_url"]).username
    watcher = terminate_when(chain, role, lambda: hq_head(chain, 1) > 150)
    with pytest.raises(HqUnreachable):
        run_sync(t1.db, None, chain.clock.now())
    watcher.join()
    reconnect(chain, role)
    kept = hq_head(chain, 1)
    assert 150 < kept < local_head(t1), "the cut kept what was committed, and no more"
    result = run_sync(t1.db, None, chain.clock.now())
    assert result["pushed"] == local_head(t1) - kept
    assert hq_head(chain, 1) == local_head(t1)
    t2 = chain.terminal("t2", "A")
    assert t2.show_member(JANA)["member"]["balance"] == t1.show_member(JANA)["member"]["balance"]
    assert t2.check()["ok"]


def test_a_pull_cut_midway_keeps_what_arrived_and_finishes_later(chain: Chain, monkeypatch):
    import terminal.sync.streams as streams
    monkeypatch.setattr(streams, "FETCH_BATCH", 60)
    t1, card = busy_till(chain, "t1", "A", 120)
    chain.sync("t1")
    t2 = chain.terminal_unsynced("t2", "A")
    role = make_url(t2.settings()["hq_url"]).username
    watcher = terminate_when(chain, role, lambda: local_count(t2) > 200)
    with pytest.raises(HqUnreachable):
        run_sync(t2.db, None, chain.clock.now())
    watcher.join()
    reconnect(chain, role)
    kept = local_count(t2)
    assert 200 < kept < local_head(t1)
    assert t2.check()["ok"], t2.check()["problems"]      # what arrived is whole: transactions and projections
    run_sync(t2.db, None, chain.clock.now())
    chain.assert_same_everywhere(card)


def local_count(app) -> int:
    with app.db.reader.connect() as connection:
        return connection.execute(select(func.count()).select_from(Fact).where(Fact.origin == 1)).scalar()


@pytest.mark.slow
def test_syncs_killed_at_random_moments_lose_and_double_nothing(chain: Chain, monkeypatch):
    t1, card = busy_till(chain, "t1", "A", 150)
    t2 = chain.terminal_unsynced("t2", "A")
    env = {**os.environ, "LOYALTY_NOW": chain.clock.now().isoformat()}
    rng = random.Random(7)
    kills = 0
    for _ in range(int(os.environ.get("SYNC_KILL_ROUNDS", "6"))):
        for app in (t1, t2):
            process = subprocess.Popen([sys.executable, "-m", "terminal.cli.main", "--db", app.db.path, "--json",
                                        "sync"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.2, 1.5))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.wait()
    assert kills > 0
    chain.sync("t1", "t2", "t1", "t2")
    assert hq_head(chain, 1) == local_head(t1)
    chain.assert_same_everywhere(card)


def test_head_office_restored_from_an_older_dump_recovers_by_syncing(chain: Chain, hq_url, pg_server_url, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    t1, card = busy_till(chain, "t1", "A", 3)
    t2 = chain.terminal("t2", "A")
    chain.converge(["t1", "t2"])
    dump = tmp_path / "hq.dump"
    url = make_url(hq_url)
    conn = ["-h", url.host, "-p", str(url.port or 5432), "-U", url.username]
    subprocess.run(["pg_dump", *conn, "-Fc", "-f", str(dump), url.database], check=True)
    for n in range(4):   # after the dump: four sales at t1 and one at t2 reach head office
        t1.sale(t1.request(member=card, amount=f"{10 + n}.00"))
    t2.sale(t2.request(member=card, amount="5.00"))
    chain.converge(["t1", "t2"])
    expected = t1.show_member(card)["member"]["balance"]
    # Head office is restored from the older dump: those facts are gone from it.
    chain.admin.dispose()
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{url.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{url.database}"'))
    admin.dispose()
    subprocess.run(["pg_restore", *conn, "-d", url.database, str(dump)], check=True)
    assert hq_head(chain, 1) < local_head(t1)
    t3 = chain.terminal("t3", "A")    # a new till would now see an old balance...
    results = chain.sync("t1", "t2", "t3")
    assert results[0]["repaired"]["pushed_again"] > 0 and results[1]["repaired"]["pushed_again"] > 0
    chain.converge(["t1", "t2", "t3"])
    assert hq_head(chain, 1) == local_head(t1)
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == expected


@pytest.mark.parametrize("sell_before_sync", [False, True])
def test_a_terminal_restored_from_its_backup_gets_its_facts_back(chain: Chain, tmp_path, sell_before_sync):
    t1 = chain.terminal("t1", "A")
    card = t1.enroll(name="Jana Schulz", phone=JANA)["member"]["card"]
    chain.sync("t1")
    backup = t1.backup(str(tmp_path / "t1-backup.db"))["backup"]
    first = t1.sale(t1.request(member=card, amount="30.00"))["sale"]        # 30 + 100 welcome
    assert (first["receipt"], first["bonus_points"]) == ("T001-000001", 100)
    chain.sync("t1")
    # The till's disk dies; it is restored from last night's backup.
    t1.db.dispose()
    shutil.copy(backup, t1.db.path)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(t1.db.path + suffix):
            os.remove(t1.db.path + suffix)
    if sell_before_sync:   # the till sells before it can reach head office again
        again = t1.sale(t1.request(member=card, amount="10.00"))["sale"]
        assert again["receipt"] == "T001-000001"    # it cannot know; the conflict is recorded below
    result = chain.sync("t1")[0]
    assert result["repaired"]["pulled_back"] > 0
    assert result["repaired"]["renumbered"] == (4 if sell_before_sync else 0)
    later = t1.sale(t1.request(member=card, amount="5.00"))["sale"]
    assert later["receipt"] == "T001-000002"   # after every number this terminal ever used
    assert later["bonus_points"] == 0
    chain.sync("t1")
    t2 = chain.terminal("t2", "A")
    member = chain.assert_same_everywhere(card)
    assert member["balance"] == 30 + 100 + 5 + (10 if sell_before_sync else 0)
    with t2.db.reader.connect() as connection:
        receipts = list(connection.execute(select(Sale.receipt)).scalars())
    assert len(receipts) == (3 if sell_before_sync else 2)
    expected = {"receipt_reused": 1, "bonus_duplicate": 1} if sell_before_sync else {}
    assert chain.conflicts(t1) == chain.conflicts(t2) == expected


def test_a_sale_completes_while_a_long_pull_runs(chain: Chain, monkeypatch):
    """The pull applies small transactions: the till's sales go through meanwhile (they wait
    for one batch at most, never for the pull), and none fails with database_locked."""
    import terminal.sync.streams as streams
    monkeypatch.setattr(streams, "FETCH_BATCH", 300)
    t1, card = busy_till(chain, "t1", "A", 200)
    chain.sync("t1")
    t2 = chain.terminal_unsynced("t2", "A")
    pulling = threading.Event()
    finished = threading.Event()
    failures: list[BaseException] = []

    def pull():
        try:
            run_sync(t2.db, None, chain.clock.now(), lambda n: pulling.set())
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            finished.set()

    thread = threading.Thread(target=pull)
    thread.start()
    assert pulling.wait(60)
    during = 0
    while not finished.is_set():
        t2.sale(t2.request(amount="2.00"))
        during += 1 if not finished.is_set() else 0
    thread.join()
    assert not failures, failures
    assert during >= 1, "no sale went through while the pull ran"
    chain.assert_same_everywhere(card)
