"""Issue 10, item 7: tamper evidence. Someone with the database file drops the append-only
triggers and edits it the way one would to get away with it: the journal of facts is fixed
up too (fact bodies, digests and every later chain hash recomputed: the chain's hash is
public). ``loyalty check`` reports each kind of edit, through the journal's seal
(``terminal.store.seal``, an HMAC keyed by a file the database does not hold).

Naive edits (a row deleted or edited without touching the journal) were already reported by
the chain and are not repeated here.

Setup: Alice buys for 10.00 (10 points), then a manager adjusts +400: the adjustment's ledger
entry and audit entry are the last two facts of terminal 1's stream."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime, timezone

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template  # noqa: F401
from terminal.domain.facts import GENESIS, body_digest, chain_hash

ALICE = "(212) 555-0111"
DROP = ["audit_log_no_update", "audit_log_no_delete", "facts_no_update", "facts_no_delete"]


@pytest.fixture
def tampered(hard_store, cli):
    db = hard_store["db"]
    assert cli(db, "sale", "--member", ALICE, "--amount", "10.00")[0] == 0
    assert cli(db, "member", "adjust", ALICE, "--points", "400", "--reason", "goodwill", "--pin", MANAGER_PIN)[0] == 0
    code, out, _ = cli(db, "check")
    assert code == 0 and out == {"ok": True, "problems": []}
    connection = sqlite3.connect(db)
    for trigger in DROP:
        connection.execute(f"DROP TRIGGER {trigger}")
    before = connection.execute("SELECT hash FROM facts ORDER BY origin, seq").fetchall()
    rechain(connection)     # the attacker's tool is right: an untouched chain recomputes the same
    assert connection.execute("SELECT hash FROM facts ORDER BY origin, seq").fetchall() == before
    yield connection
    connection.close()


def _iso(stored: str) -> str:
    """An instant as SQLite holds it here (naive UTC text) -> as facts carry it (aware ISO)."""
    return datetime.fromisoformat(stored).replace(tzinfo=timezone.utc).isoformat()


def rechain(connection, origin: int = 1) -> None:
    """What an attacker who read the code does: recompute every digest and link of a stream."""
    prev = GENESIS
    for seq, fact_id, kind, store, at, body in connection.execute(
            "SELECT seq, id, kind, store, at, body FROM facts WHERE origin = ? ORDER BY seq", (origin,)).fetchall():
        digest = body_digest(body)
        link = chain_hash(prev, origin, seq, fact_id, kind, store, _iso(at), digest)
        connection.execute("UPDATE facts SET digest = ?, hash = ? WHERE origin = ? AND seq = ?",
                           (digest, link, origin, seq))
        prev = link
    connection.commit()


def check_problems(cli, db) -> list[str]:
    code, out, _ = cli(db, "check")
    assert code == 1 and out["error"]["code"] == "check_failed"
    return out["error"]["problems"]


def test_deleting_a_real_adjustment_with_its_journal_entries(tampered, cli, hard_store):
    entry = tampered.execute("SELECT id FROM ledger_entries WHERE kind = 'adjust'").fetchone()[0]
    audit = tampered.execute("SELECT id FROM audit_log WHERE action = 'adjust'").fetchone()[0]
    tampered.execute("DELETE FROM lots WHERE entry_id = ?", (entry,))
    tampered.execute("DELETE FROM ledger_entries WHERE id = ?", (entry,))
    tampered.execute("DELETE FROM audit_log WHERE id = ?", (audit,))
    tampered.execute("DELETE FROM facts WHERE id IN (?, ?)", (entry, audit))
    tampered.commit()
    problems = check_problems(cli, hard_store["db"])
    assert any("were removed" in p for p in problems), problems


@pytest.mark.parametrize("field, value", [("reason", "routine"), ("staff_id", None)])
def test_editing_an_audit_row_and_its_fact(tampered, cli, hard_store, field, value):
    audit_id, body = tampered.execute("SELECT a.id, f.body FROM audit_log a JOIN facts f ON f.id = a.id "
                                      "WHERE a.action = 'adjust'").fetchone()
    tampered.execute(f"UPDATE audit_log SET {field} = ? WHERE id = ?", (value, audit_id))
    data = json.loads(body)
    data[field] = value
    tampered.execute("UPDATE facts SET body = ? WHERE id = ?",
                     (json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False), audit_id))
    tampered.commit()
    rechain(tampered)
    problems = check_problems(cli, hard_store["db"])
    assert any("not the fact that was sealed" in p for p in problems), problems


def test_deleting_an_older_audit_row_and_renumbering_the_stream(tampered, cli, hard_store):
    """The first manager's audit entry (at init), deleted; every later fact moved up by one."""
    audit_id, seq = tampered.execute("SELECT a.id, f.seq FROM audit_log a JOIN facts f ON f.id = a.id "
                                     "ORDER BY f.seq LIMIT 1").fetchone()
    tampered.execute("DELETE FROM audit_log WHERE id = ?", (audit_id,))
    tampered.execute("DELETE FROM facts WHERE id = ?", (audit_id,))
    for (later,) in tampered.execute("SELECT seq FROM facts WHERE origin = 1 AND seq > ? ORDER BY seq",
                                     (seq,)).fetchall():
        tampered.execute("UPDATE facts SET seq = ? WHERE origin = 1 AND seq = ?", (later - 1, later))
        tampered.execute("UPDATE ledger_entries SET seq = ? WHERE seq = ? AND derived = 0", (later - 1, later))
    tampered.commit()
    rechain(tampered)
    assert check_problems(cli, hard_store["db"])


def _forge_adjust(tampered, origin: int, seq: int) -> None:
    member, store, staff, at, expires = tampered.execute(
        "SELECT member_id, store, staff_id, at, expires_at FROM ledger_entries WHERE kind = 'adjust'").fetchone()
    evil = str(uuid.uuid4())
    tampered.execute("INSERT INTO ledger_entries (seq, member_id, at, kind, points, rule, id, origin_terminal, "
                     "derived, store, reason, staff_id, expires_at) VALUES (?, ?, ?, 'adjust', 100000, 'manual', ?, "
                     "?, 0, ?, 'goodwill', ?, ?)", (seq, member, at, evil, origin, store, staff, expires))
    order = tampered.execute("SELECT max(seq) + 1 FROM lots").fetchone()[0]
    tampered.execute("INSERT INTO lots (entry_id, member_id, expires_at, remaining, seq) VALUES (?, ?, ?, 100000, ?)",
                     (evil, member, expires, order))
    row = tampered.execute("SELECT * FROM ledger_entries WHERE id = ?", (evil,)).fetchone()
    names = [d[0] for d in tampered.execute("SELECT * FROM ledger_entries LIMIT 0").description]
    # The body as the journal writes it: the fact columns, instants as UTC ISO text.
    template = json.loads(tampered.execute("SELECT body FROM facts WHERE kind = 'ledger_entries' "
                                           "ORDER BY seq DESC LIMIT 1").fetchone()[0])
    values = dict(zip(names, row))
    body = {k: values[k] for k in template}
    for k in ("at", "expires_at"):
        body[k] = _iso(values[k])
    body.update(points=100000, id=evil)
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    tampered.execute("INSERT INTO facts (origin, seq, id, kind, store, member_id, at, tx, body, digest, hash) "
                     "VALUES (?, ?, ?, 'ledger_entries', ?, ?, ?, ?, ?, '', '')",
                     (origin, seq, evil, store, member, at, seq, text))
    tampered.commit()
    rechain(tampered, origin)


def test_inserting_a_100000_point_adjustment_with_its_lot_and_fact(tampered, cli, hard_store):
    top = tampered.execute("SELECT max(seq) FROM facts WHERE origin = 1").fetchone()[0]
    _forge_adjust(tampered, 1, top + 1)
    problems = check_problems(cli, hard_store["db"])
    assert any("came after the last seal" in p for p in problems), problems


def test_inserting_an_adjustment_as_if_from_another_terminal(tampered, cli, hard_store):
    _forge_adjust(tampered, 7, 1)
    problems = check_problems(cli, hard_store["db"])
    assert any("other terminals" in p for p in problems), problems


def test_the_key_file_is_owner_only_and_a_copy_without_it_is_only_a_warning(tampered, cli, hard_store, tmp_path):
    import os
    import shutil
    import stat
    key = f"{hard_store['db']}.seal-key"
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    tampered.close()
    copy = tmp_path / "copy.db"
    shutil.copy(hard_store["db"], copy)
    code, out, _ = cli(copy, "check")
    assert code == 0 and out == {"ok": True, "problems": []}
    code, text, _ = cli(copy, "check", json_out=False)
    assert code == 0 and "Note: journal: the seal key" in text and "is missing" in text
