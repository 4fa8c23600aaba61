"""The till's start-up check (``Loyalty.quick_check``) streams the journal and can be stopped:
the till runs it on a thread of its own after its window shows and stops it when it closes
(issue 11: it grows with the journal). Stopped, it says so (``Cancelled``) instead of answering;
not stopped, it finds what it found before."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template  # noqa: F401
from terminal.app import make_clock
from terminal.services.integrity import Cancelled
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database

ALICE = "(212) 555-0111"
NOW = "2026-08-04T12:00:00-04:00"


def _quick_check(db, stop=None) -> dict:
    database = open_database(db, create=False)
    try:
        return Loyalty(database, make_clock(NOW)).quick_check(stop)
    finally:
        database.dispose()


@pytest.fixture
def store(hard_store, cli):
    db = hard_store["db"]
    assert cli(db, "sale", "--member", ALICE, "--amount", "10.00")[0] == 0
    assert cli(db, "member", "adjust", ALICE, "--points", "400", "--reason", "goodwill", "--pin", MANAGER_PIN)[0] == 0
    return db


def test_a_stopped_check_says_so_and_an_unstopped_one_answers(store):
    stop = threading.Event()
    assert _quick_check(store, stop) == {"ok": True, "problems": [], "warnings": []}
    stop.set()
    with pytest.raises(Cancelled):
        _quick_check(store, stop)


def test_an_edited_link_is_still_found(store):
    connection = sqlite3.connect(store)
    connection.execute("DROP TRIGGER facts_no_update")
    connection.execute("UPDATE facts SET hash = 'x' || substr(hash, 2) WHERE origin = 1 AND seq = 3")
    connection.commit()
    connection.close()
    result = _quick_check(store, threading.Event())
    assert not result["ok"] and any("fact 1/" in p for p in result["problems"]), result


def test_the_two_parts_the_till_asks_for_make_the_whole_check(store):
    """The till asks for the seal first and the chains later; together they say what the whole
    quick check says, problems in the same order."""
    connection = sqlite3.connect(store)
    connection.execute("DROP TRIGGER facts_no_update")
    connection.execute("UPDATE facts SET hash = 'x' || substr(hash, 2) WHERE origin = 1 AND seq = 2")
    connection.commit()
    connection.close()
    database = open_database(store, create=False)
    try:
        loyalty = Loyalty(database, make_clock(NOW))
        whole = loyalty.quick_check()
        seal, chains = loyalty.quick_check(chains=False), loyalty.quick_check(seal=False)
    finally:
        database.dispose()
    assert not whole["ok"]
    assert whole == {"ok": seal["ok"] and chains["ok"], "problems": seal["problems"] + chains["problems"],
                     "warnings": seal["warnings"] + chains["warnings"]}


def test_the_walk_steps_aside_while_asked_and_stops_when_told(store):
    """While ``pause()`` is true the walk waits (the till: a scan is being answered); a stop
    during the wait ends it."""
    stop, asked = threading.Event(), []

    def pause():
        asked.append(1)
        if len(asked) > 3:
            stop.set()
        return True
    database = open_database(store, create=False)
    try:
        with pytest.raises(Cancelled):
            Loyalty(database, make_clock(NOW)).quick_check(stop, seal=False, pause=pause)
        assert Loyalty(database, make_clock(NOW)).quick_check(seal=False, pause=lambda: False)["ok"]
    finally:
        database.dispose()
