"""Head office enforces who may write and read what, in PostgreSQL itself (SYNC.md 4): these
tests connect as a terminal's own role, as a dishonest till would, and try."""

from __future__ import annotations

import json
import os
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from terminal.domain.facts import GENESIS, body_digest, canonical_json, chain_hash

from chain import Chain, knows_pin

JANA = "030 1234567"


@pytest.fixture
def two_stores(chain: Chain):
    t1, t3 = chain.terminal("t1", "A"), chain.terminal("t3", "B")
    jana = t1.enroll(name="Jana Schulz", phone=JANA)["member"]
    t1.sale(t1.request(member=jana["card"], amount="50.00"))
    bo = t3.enroll(name="Bo Berg", phone="040 7654321")["member"]
    chain.sync("t1", "t3")
    return t1, t3, jana, bo


def test_history_rows_cannot_be_updated_or_deleted(chain: Chain, two_stores):
    t1, *_ = two_stores
    with chain.connect_as(t1).connect() as connection:
        for statement in ("UPDATE fact_log SET body = '{}' WHERE origin = 1",
                          "DELETE FROM fact_log WHERE origin = 1",
                          "UPDATE ledger_entries SET points = 100000",
                          "DELETE FROM sales",
                          "UPDATE stream_heads SET head = 0",
                          "DELETE FROM member_follows"):
            with pytest.raises(DBAPIError, match="permission denied"):
                connection.execute(text(statement))
            connection.rollback()


def _forged(origin: int, seq: int, store: str, member_id: str, points: int) -> dict:
    body = canonical_json({"id": f"00000000-0000-4000-8000-{seq:012d}", "member_id": member_id, "kind": "adjust",
                           "points": points, "at": "2026-05-04T09:00:00+00:00"})
    return {"origin": origin, "seq": seq, "id": f"00000000-0000-4000-8000-{seq:012d}", "kind": "ledger_entries",
            "store_id": store, "member_id": member_id, "at": "2026-05-04T09:00:00+00:00", "tx": seq, "body": body,
            "digest": body_digest(body), "hash": chain_hash(GENESIS, origin, seq, "x", "ledger_entries", store, "t",
                                                            body_digest(body))}


INSERT = text("INSERT INTO fact_log (origin, seq, id, kind, store_id, member_id, at, tx, body, digest, hash) "
              "VALUES (:origin, :seq, :id, :kind, :store_id, :member_id, :at, :tx, :body, :digest, :hash)")


def test_a_till_cannot_write_another_origins_or_another_stores_facts(chain: Chain, two_stores):
    t1, t3, jana, bo = two_stores
    with chain.connect_as(t3).connect() as connection:
        head = connection.execute(text("SELECT head FROM stream_heads WHERE origin = 2")).scalar()
        attempts = [
            _forged(1, 999, "A", jana["id"], -5000),        # store A's terminal 1, as if it wrote it
            _forged(2, head + 1, "A", bo["id"], -5000),     # its own origin, another store
            _forged(2, head + 1, "B", jana["id"], -5000),   # a member its store does not follow
        ]
        for forged in attempts:
            with pytest.raises(DBAPIError, match="row-level security"):
                connection.execute(INSERT, forged)
            connection.rollback()
        # A forged enrollment of Jana's id (to start following her) is refused too.
        enrollment = {**_forged(2, head + 1, "B", jana["id"], 0), "kind": "members", "id": jana["id"]}
        with pytest.raises(DBAPIError, match="row-level security"):
            connection.execute(INSERT, enrollment)
        connection.rollback()
        # Its own stream must stay gap-free.
        with pytest.raises(DBAPIError, match="without gaps"):
            connection.execute(INSERT, _forged(2, head + 5, "B", bo["id"], 10))
            connection.commit()
        connection.rollback()
    # Nothing forged reached store A's till.
    chain.sync("t1")
    assert t1.show_member(JANA)["member"]["balance"] == 50 + 100 and t1.check()["ok"]


def test_a_till_reads_only_its_store_and_other_members_only_by_exact_lookup(chain: Chain, two_stores):
    t1, t3, jana, bo = two_stores
    with chain.connect_as(t3).connect() as connection:
        visible = {r.member_id for r in connection.execute(text("SELECT DISTINCT member_id FROM fact_log"))}
        assert jana["id"] not in visible and bo["id"] in visible
        for table in ("members", "cards", "sales", "ledger_entries", "terminals", "stores"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                connection.execute(text(f"SELECT * FROM {table}"))
            connection.rollback()
        with pytest.raises(DBAPIError, match="does not follow"):
            connection.execute(text("SELECT * FROM hq_member_history(:m)"), {"m": jana["id"]})
        connection.rollback()
        # A phone that is not exactly hers finds nothing; her exact E.164 phone finds her.
        assert connection.execute(text("SELECT count(*) FROM hq_lookup_member('+4930123456', NULL)")).scalar() == 0
        found = connection.execute(text("SELECT count(*) FROM hq_lookup_member('+49301234567', NULL)")).scalar()
        connection.commit()
        assert found >= 3
        assert jana["id"] in {r.member_id for r in connection.execute(text("SELECT member_id FROM fact_log"))}


def test_staff_pins_stay_in_their_store(chain: Chain, two_stores):
    t1, t3, *_ = two_stores
    chain.terminal("t2", "A")
    chain.sync("t1", "t3", "t2")
    assert not knows_pin(t3, chain.pin("A"))             # store A's manager PIN is unknown at store B
    assert knows_pin(chain.terminals["t2"], chain.pin("A"))
    with chain.connect_as(t3).connect() as connection:
        kinds = {r.store_id for r in connection.execute(text("SELECT store_id FROM fact_log WHERE kind = 'staff'"))}
        assert kinds == {"B"}


def test_no_superuser_is_needed_and_no_password_is_kept_in_the_database(chain: Chain, two_stores):
    t1, *_ = two_stores
    with chain.connect_as(t1).connect() as connection:
        assert connection.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
                                  ).scalar() is False
    url = t1.settings()["hq_url"]
    assert "@" in url and ":" not in url.split("//", 1)[1].split("@", 1)[0]     # user, no password
    passfile = f"{t1.db.path}.pgpass"
    password = open(passfile, encoding="utf-8").read().strip().split(":")[-1]
    assert len(password) >= 24 and stat.S_IMODE(os.stat(passfile).st_mode) == 0o600
    with open(t1.db.path, "rb") as handle:
        assert password.encode() not in handle.read()
    backup = t1.backup(str(t1.db.path) + ".backup")
    with open(backup["backup"], "rb") as handle:
        assert password.encode() not in handle.read()


def test_errors_never_show_a_password(tmp_path):
    from terminal.domain.errors import LoyaltyError
    from terminal.store.database import open_database
    from terminal.services.loyalty import Loyalty
    from terminal.domain.clock import FixedClock
    from terminal.sync.engine import run_sync
    from chain import START
    app = Loyalty(open_database(tmp_path / "t.db"), FixedClock(START))
    app.initialise()
    for url in ("postgresql+psycopg://till:s3cret-pw@127.0.0.1:1/hq", "mysql://till:s3cret-pw@host/hq",
                "postgresql+psycopg://till:s3cret-pw@[::1/hq", "not a url s3cret-pw"):
        with pytest.raises(LoyaltyError) as refused:
            run_sync(app.db, url, START)
        assert "s3cret-pw" not in refused.value.message, refused.value.message
    assert "s3cret" not in json.dumps(app.settings())
