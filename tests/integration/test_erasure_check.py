"""``loyalty check`` after erasures: a body redacted by an erasure the journal holds verifies; a
body or profile changed any other way is reported, redaction marker or not."""

from __future__ import annotations

import json
import sqlite3

PIN = "2468"


def _problems(app) -> list[str]:
    return app.check()["problems"]


def test_a_redacted_journal_verifies_and_a_forged_redaction_does_not(make_loyalty, tmp_path):
    app, _ = make_loyalty(manager_pin=PIN)
    kept = app.enroll(name="Kim Keep", phone="2125550111", email="kim@example.com")["member"]
    gone = app.enroll(name="Gus Gone", phone="2125550122", email="gus@example.com")["member"]
    app.edit_member(gone["card"], PIN, reason="new mail", email="gus@example.org")
    app.erase_member(gone["card"], PIN)
    assert _problems(app) == []

    with sqlite3.connect(tmp_path / "app.db") as connection:
        connection.execute("INSERT INTO journal_unlock (reason) VALUES ('test')")
        body = json.loads(connection.execute("SELECT body FROM facts WHERE id = ?", (kept["id"],)).fetchone()[0])
        body.update(name="", phone=None, email=None, _erased_by="no-such-erasure")   # a forged "erasure"
        connection.execute("UPDATE facts SET body = ? WHERE id = ?", (json.dumps(body), kept["id"]))
        connection.execute("UPDATE members SET name = 'Mallory' WHERE id = ?", (gone["id"],))
        connection.execute("DELETE FROM journal_unlock")
    problems = _problems(app)
    assert any(f"({'members'} {kept['id']}) was edited" in p and "no erasure" in p for p in problems), problems
    assert any(p.startswith(f"member {gone['id']}: name differs") for p in problems), problems
