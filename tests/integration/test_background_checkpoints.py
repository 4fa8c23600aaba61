"""The till folds the write-ahead log back into the database on a thread of its own, so no sale
pays for a checkpoint and its disk sync (issue 11: the tail of a sale's latency)."""

from __future__ import annotations

import os
import sqlite3
import time

from terminal.store.database import BACKGROUND_AUTOCHECKPOINT_PAGES, open_database


def _wal_pages_not_folded(path: str) -> int:
    """Pages in the WAL not yet copied into the database (a passive checkpoint's own count
    would fold them, so this reads the WAL's size in frames instead)."""
    wal = f"{path}-wal"
    if not os.path.exists(wal):
        return 0
    return max(0, (os.path.getsize(wal) - 32) // (4096 + 24))


def test_the_wal_is_folded_in_the_background_not_by_the_writer(tmp_path):
    path = str(tmp_path / "till.db")
    open_database(path).dispose()
    db = open_database(path, create=False, background_checkpoints=True)
    try:
        with db.writer.connect() as connection:   # the writers' net is far above what one sale writes
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKGROUND_AUTOCHECKPOINT_PAGES
            connection.exec_driver_sql("CREATE TABLE filler (x BLOB)")
            for _ in range(40):   # 40 commits of 100 kB: 1,000 pages and more reach the WAL
                connection.exec_driver_sql("INSERT INTO filler VALUES (randomblob(100000))")
                connection.commit()
        size_before = os.path.getsize(path)
        assert _wal_pages_not_folded(path) > 1000
        deadline = time.monotonic() + 30
        while os.path.getsize(path) < size_before + 3_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert os.path.getsize(path) >= size_before + 3_000_000, "the background thread never folded the WAL"
        assert db.checkpoints.error is None
    finally:
        db.dispose()
    assert not db.checkpoints._thread.is_alive()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM filler").fetchone()[0] == 40
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_commands_keep_sqlites_own_checkpoints(tmp_path):
    path = str(tmp_path / "cli.db")
    db = open_database(path)
    try:
        assert db.checkpoints is None
        with db.writer.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        db.dispose()


def test_a_pull_gives_the_till_its_own_safety_net_back(tmp_path):
    """A pull turns SQLite's checkpoint in the commit off for its transactions; the connection
    goes back to the pool with the till's setting, not SQLite's 1,000-page default."""
    from terminal.services.uow import UnitOfWork
    from terminal.sync.streams import _pull_transaction
    path = str(tmp_path / "till.db")
    open_database(path).dispose()
    db = open_database(path, create=False, background_checkpoints=True)
    try:
        with UnitOfWork(db) as uow:
            _pull_transaction(db, uow.session)
            assert uow.session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
            uow.commit()
        with db.writer.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKGROUND_AUTOCHECKPOINT_PAGES
    finally:
        db.dispose()
