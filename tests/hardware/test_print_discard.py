"""A manager can discard a pending print job: it leaves the queue, stays stored for reprints,
and a store file made before discarding existed gets the column when opened."""

from __future__ import annotations

import sqlite3

import pytest

from hardware.printing import SqlitePrintJobStore


def _stores(tmp_path):
    from terminal.store.database import open_database
    from terminal.store.print_queue import DatabasePrintJobStore
    db = open_database(tmp_path / "t.db")
    return [SqlitePrintJobStore(tmp_path / "jobs.sqlite"), DatabasePrintJobStore(db)], db


def test_discard_takes_a_job_out_of_the_queue_only(tmp_path):
    stores, db = _stores(tmp_path)
    try:
        for store in stores:
            first = store.add("T001-000001", "receipt", b"\x1b@one", "one")
            second = store.add("T001-000002", "receipt", b"\x1b@two", "two")
            assert store.discard(first.id) is True
            assert store.discard(first.id) is False, "discarding twice changes nothing"
            assert [j.id for j in store.pending()] == [second.id]
            assert store.latest("T001-000001").payload == b"\x1b@one", "kept for a reprint"
            store.mark_printed(second.id)
            assert store.discard(second.id) is False, "a printed job is not pending"
    finally:
        stores[0].close()
        db.dispose()


def test_an_older_job_file_gets_the_column(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE print_jobs (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
                           "document TEXT NOT NULL, kind TEXT NOT NULL, payload BLOB NOT NULL, text TEXT NOT NULL, "
                           "created_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
                           "printed_at REAL)")
        connection.execute("INSERT INTO print_jobs (id, document, kind, payload, text, created_at) "
                           "VALUES ('a', 'T1', 'receipt', x'00', 't', 1.0)")
    store = SqlitePrintJobStore(path)
    try:
        assert [j.id for j in store.pending()] == ["a"]
        assert store.discard("a") and store.pending() == []
    finally:
        store.close()


@pytest.mark.parametrize("bad", ["", "no-such-job"])
def test_discarding_an_unknown_job_says_so(tmp_path, bad):
    store = SqlitePrintJobStore(tmp_path / "jobs.sqlite")
    try:
        assert store.discard(bad) is False
    finally:
        store.close()
