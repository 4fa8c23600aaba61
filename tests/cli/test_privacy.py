"""Privacy through the ``loyalty`` CLI: consent at enrollment, ``member export`` and
``member erase`` (docs/SPEC-privacy-notifications.md), worked with hand-computed numbers.

The store (``conftest.template_store``): program "CLI Rewards" (1 point per 1.00, beauty x2),
Alice Able (phone (212) 555-0111, alice@example.com, born 1990-02-03) with one sale of
grocery 40.00 -> 40 points.
"""

from __future__ import annotations

import os
import stat

from cli_helpers import MANAGER_PIN, loyalty

PERSONAL = [b"Alice", b"alice@example.com", b"2125550111", b"5550111", b"1990-02-03", b"Able", b"Ally",
            b"ally@example.org", b"2125550122"]


def leaks(path) -> list[bytes]:
    """Personal strings present in a file's bytes (and in its WAL, if one is left)."""
    found = []
    for candidate in (str(path), f"{path}-wal"):
        if os.path.exists(candidate):
            data = open(candidate, "rb").read()
            found += [p for p in PERSONAL if p in data]
    return found


def test_export_then_erase_keeps_every_number(store, run, tmp_path):
    db, card = store["db"], store["card"]
    # Alice's second account, with consent: beauty 10.00 x2 = 20 points.
    code, enrolled = run(db, "member", "enroll", "--name", "Ally Able", "--phone", "(212) 555-0122",
                         "--email", "ally@example.org", "--marketing")
    assert code == 0 and enrolled["member"]["marketing_consent"] is True
    assert run(db, "sale", "--member", enrolled["member"]["card"], "--line", "beauty=10.00")[1]["sale"][
        "points_earned"] == 20
    # Alice: grocery 60.00 -> 60 points (40 + 60 = 100); refund 30.00 of it -> floor(60*30/60) = 30
    # clawed back (70); the second account merged in: 70 + 20 = 90.
    code, sale = run(db, "sale", "--member", card, "--line", "grocery=60.00")
    assert sale["sale"]["points_earned"] == 60
    code, refund = run(db, "refund", sale["sale"]["receipt"], "--amount", "30.00")
    assert refund["refund"]["points_clawed_back"] == 30
    code, merged = run(db, "member", "merge", enrolled["member"]["card"], card, "--pin", MANAGER_PIN)
    assert code == 0 and merged["member"]["balance"] == 90
    before_report = run(db, "report", "daily")[1]
    before_report_unsynced = before_report.pop("unsynced")

    # Export: everything, both accounts, with the full phone.
    out = tmp_path / "alice.json"
    code, done = run(db, "member", "export", card, "--output", out)
    assert code == 0 and stat.S_IMODE(os.stat(out).st_mode) == 0o600
    code, exported = run(db, "member", "export", card)
    data = exported["export"]
    assert {(a["name"], a["phone"], a["email"], a["birthday"], a["marketing_consent"]) for a in data["accounts"]} == {
        ("Alice Able", "+12125550111", "alice@example.com", "1990-02-03", False),
        ("Ally Able", "+12125550122", "ally@example.org", None, True)}
    assert sorted(e["points"] for e in data["ledger"]) == [-30, 20, 40, 60]      # sums to 90
    assert len(data["sales"]) == 3 and len(data["refunds"]) == 1
    assert [e["kind"] for e in data["member_events"]] == ["merged"]

    # A cashier's PIN does not erase; nothing changes.
    code, refused = run(db, "member", "erase", card, "--pin", "1357")
    assert code == 1 and refused["error"]["code"] == "bad_pin", refused
    assert run(db, "member", "show", card)[1]["member"]["name"] == "Alice Able"

    code, erased = run(db, "member", "erase", card, "--pin", MANAGER_PIN)
    assert code == 0 and len(erased["erased"]["accounts"]) == 2

    # The numbers stay: balance 90, the history sums to it, the day's report is unchanged.
    member = run(db, "member", "show", card)[1]["member"]
    assert (member["name"], member["phone_masked"], member["email"], member["birthday"], member["erased"],
            member["balance"]) == ("", None, None, None, True, 90)
    history = run(db, "member", "history", card)[1]["entries"]
    assert sum(e["points"] for e in history) == 90   # Alice's own account (40 + 60 - 30) and the merged one's 20
    after_report = run(db, "report", "daily")[1]
    assert after_report.pop("unsynced") == before_report_unsynced + 4   # the wrong PIN, two erasures, the erase audit entry
    assert after_report == before_report
    assert run(db, "check")[1] == {"ok": True, "problems": []}
    # The phone finds no one any more; the card still finds the anonymous account.
    assert run(db, "member", "show", "(212) 555-0111")[1]["error"]["code"] == "unknown_member"
    code, again = run(db, "member", "export", card)
    assert {(a["name"], a["phone"], a["email"], a["birthday"], a["erased"]) for a in again["export"]["accounts"]} == {
        (None, None, None, None, True)}
    assert run(db, "member", "erase", card, "--pin", MANAGER_PIN)[1]["error"]["code"] == "invalid_input"

    # Not a byte left in the database, its WAL, or a backup made now.
    assert leaks(db) == []
    backup = tmp_path / "after.db"
    assert run(db, "backup", backup)[0] == 0
    assert leaks(backup) == []


def test_consent_is_asked_and_recorded_as_a_fact(store):
    """Through a real subprocess: ``--no-marketing`` and ``--marketing`` are both accepted, and
    what was answered is part of the enrollment fact in the journal."""
    import json
    import sqlite3
    db = store["db"]
    for phone, flag, expected in (("2125550133", "--marketing", True), ("2125550144", "--no-marketing", False)):
        code, data, _, err = loyalty(db, "member", "enroll", "--name", "Consent Test", "--phone", phone, flag)
        assert code == 0, err
        assert data["member"]["marketing_consent"] is expected
        with sqlite3.connect(db) as connection:
            body = connection.execute("SELECT body FROM facts WHERE kind = 'members' AND id = ?",
                                      (data["member"]["id"],)).fetchone()[0]
        assert json.loads(body)["marketing_consent"] is expected
