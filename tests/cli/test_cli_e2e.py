"""The ``loyalty`` command end to end through a real subprocess with --json: the JSON shapes of
SPEC 4, human output, --now / LOYALTY_NOW / LOYALTY_DB, init --demo, backup, member import,
staff and the program's TOML round trip."""

from __future__ import annotations

import sqlite3

from cli_helpers import ALICE_PHONE, MANAGER_PIN, PROGRAM, loyalty, table_counts

MEMBER_KEYS = {"id", "name", "phone_masked", "card", "status", "tier", "balance", "qualifying_spend", "next_tier",
               "expiring", "vouchers", "negative"}
SALE_KEYS = {"id", "receipt", "total", "discount", "paid", "points_earned", "points_redeemed", "bonus_points",
             "breakdown", "balance_after", "tier_after", "duplicate"}


def ok(result):
    code, data, stdout, stderr = result
    assert code == 0, stdout + stderr
    return data


def test_json_shapes_of_member_sale_history_refund_expire_check(store):
    db, card = store["db"], store["card"]
    member = ok(loyalty(db, "member", "show", ALICE_PHONE))["member"]
    assert MEMBER_KEYS <= set(member)
    assert member["card"] == card and member["phone_masked"] == "+*******0111" and member["balance"] == 40
    assert member["qualifying_spend"] == "40.00" and member["negative"] is False
    assert member["next_tier"] == {"name": "Silver", "spend_needed": "460.00"}
    assert member["expiring"] == [{"points": 40, "on": "2027-08-04"}]
    sale = ok(loyalty(db, "sale", "--member", card, "--line", "beauty=10.00", "--line", "grocery=2.50x2"))["sale"]
    assert SALE_KEYS <= set(sale)
    assert all(set(b) >= {"rule", "points"} for b in sale["breakdown"])
    assert (sale["total"], sale["paid"], sale["points_earned"], sale["balance_after"]) == ("15.00", "15.00", 25, 65)
    assert isinstance(sale["total"], str) and sale["duplicate"] is False and sale["tier_after"] == "Member"
    history = ok(loyalty(db, "member", "history", card))["entries"]
    assert [e["points"] for e in history] == [25, 40]           # newest first
    assert all(set(e) >= {"id", "kind", "points", "at", "sale", "rule"} for e in history)
    refund = ok(loyalty(db, "refund", sale["receipt"], "--amount", "3.00"))["refund"]
    assert set(refund) >= {"points_clawed_back", "points_returned", "amount", "member"}
    assert (refund["points_clawed_back"], refund["amount"]) == (5, "3.00")     # floor(25 * 3/15) = 5
    assert MEMBER_KEYS <= set(refund["member"])
    assert ok(loyalty(db, "expire"))["expired"] == {"members": 0, "points": 0}   # JSON: at least these
    assert ok(loyalty(db, "check")) == {"ok": True, "problems": []}
    repeat = ok(loyalty(db, "sale", "--member", card, "--amount", "1.00", "--receipt-id", "POS-1"))["sale"]
    assert repeat["duplicate"] is True and repeat["receipt"] == store["receipt"]


def test_human_output_is_aligned_and_has_no_traceback(store):
    code, _, stdout, stderr = loyalty(store["db"], "member", "show", store["card"], json_out=False)
    assert code == 0 and "Traceback" not in stdout + stderr and not stdout.lstrip().startswith("{")
    lines = [l for l in stdout.splitlines() if l.strip()]
    column = lines[0].index("Alice Able")
    for line in lines:
        assert line[column - 2:column] == "  " and line[column] != " ", (line, column)
    code, _, stdout, _ = loyalty(store["db"], "member", "history", store["card"], json_out=False)
    header, rule, *rows = stdout.splitlines()
    assert set(rule.replace(" ", "")) == {"-"}
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for row in [header] + rows:
        for start in starts[1:]:
            assert row[start - 1] == " "             # every column starts where its rule starts
    assert "Points" in header and "earn" in stdout


def test_now_and_the_environment(store, tmp_path):
    # LOYALTY_DB names the database when --db is absent; --now wins over LOYALTY_NOW.
    env = {"LOYALTY_DB": str(store["db"]), "LOYALTY_NOW": "2026-09-01T10:00:00-04:00"}
    sale = ok(loyalty(None, "sale", "--amount", "1.00", env=env))["sale"]
    assert sale["at"].startswith("2026-09-01T14:00:00")
    sale = ok(loyalty(None, "--now", "2026-09-02T08:30:00", "sale", "--amount", "1.00", env=env))["sale"]
    assert sale["at"].startswith("2026-09-02T12:30:00")      # a naive --now is store-local (New York)
    code, data, _, _ = loyalty(None, "--now", "yesterday-ish", "sale", "--amount", "1.00", env=env)
    assert code == 1 and data["error"]["code"] == "invalid_input"
    assert table_counts(store["db"])["sales"] == 3


def test_init_demo_then_check(tmp_path):
    db = tmp_path / "demo.db"
    result = ok(loyalty(db, "init", "--demo", timeout=300))
    assert set(result) >= {"store", "terminal", "program_version"}
    assert ok(loyalty(db, "check")) == {"ok": True, "problems": []}
    counts = table_counts(db)
    assert counts["members"] >= 20 and counts["sales"] > 20 and counts["ledger_entries"] > 20


def test_backup_produces_a_file_that_opens(store, tmp_path):
    dest = tmp_path / "copy.db"
    result = ok(loyalty(store["db"], "backup", dest))
    assert result["verified"] is True and dest.exists()
    with sqlite3.connect(dest) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ok(loyalty(dest, "member", "show", store["card"]))["member"]["balance"] == 40
    assert ok(loyalty(dest, "check"))["ok"] is True
    code, data, _, _ = loyalty(store["db"], "backup", dest)    # never overwrites
    assert code == 1 and data["error"]["code"] == "invalid_input"


def test_member_import_keeps_good_rows_and_reports_bad_ones(store):
    csv_file = store["dir"] / "members.csv"
    csv_file.write_text(
        "name,phone,card,email,birthday,balance\n"
        "Good One,(212) 555-0301,,one@example.com,1980-01-02,150\n"      # row 2
        "Bad Phone,12345,,,,\n"                                          # row 3
        "Good Two,(212) 555-0302,2900300000015,,,0\n"                    # row 4
        "Dup Alice,212-555-0111,,,,\n"                                   # row 5
        "Bad Balance,(212) 555-0303,,,,-5\n"                             # row 6
        "Bad Card,(212) 555-0304,2900300000016,,,\n",                    # row 7
        encoding="utf-8")
    before = table_counts(store["db"])["members"]
    result = ok(loyalty(store["db"], "member", "import", csv_file, "--pin", MANAGER_PIN))
    assert result["imported"] == 2
    assert [(r["row"], r["error"]) for r in result["rejected"]] == [
        (3, "invalid_phone"), (5, "duplicate_phone"), (6, "invalid_amount"), (7, "invalid_card")]
    assert table_counts(store["db"])["members"] == before + 2
    assert ok(loyalty(store["db"], "member", "show", "(212) 555-0301"))["member"]["balance"] == 150
    assert ok(loyalty(store["db"], "member", "show", "2900300000015"))["member"]["name"] == "Good Two"
    assert ok(loyalty(store["db"], "check"))["ok"]


def test_staff_add_and_manager_actions(store):
    staff = ok(loyalty(store["db"], "staff", "add", "--name", "Mia", "--role", "manager", "--pin", "8642",
                       "--by", MANAGER_PIN))["staff"]
    assert set(staff) == {"id", "name", "role"} and staff["role"] == "manager"
    with sqlite3.connect(store["db"]) as connection:
        hashes = [r[0] for r in connection.execute("SELECT pin_hash FROM staff")]
    assert all(h.startswith("scrypt$") and "8642" not in h for h in hashes)
    member = ok(loyalty(store["db"], "member", "adjust", store["card"], "--points", "-60", "--reason", "goodwill undo",
                        "--pin", "8642"))["member"]
    assert (member["balance"], member["negative"]) == (-20, True)
    with sqlite3.connect(store["db"]) as connection:
        actions = [r[0] for r in connection.execute("SELECT action FROM audit_log ORDER BY at")]
    assert "adjust" in actions and "staff_add" in actions


def test_program_import_export_round_trip(store):
    exported = store["dir"] / "exported.toml"
    version = ok(loyalty(store["db"], "program", "export", exported))["program_version"]
    assert ok(loyalty(store["db"], "program", "import", exported))["program_version"] == version   # unchanged
    stdout_toml = ok(loyalty(store["db"], "program", "export"))["toml"]
    assert stdout_toml == exported.read_text(encoding="utf-8")
    changed = store["dir"] / "changed.toml"
    changed.write_text(PROGRAM.replace('multiplier = "2"', 'multiplier = "3"'), encoding="utf-8")
    assert ok(loyalty(store["db"], "program", "import", changed))["program_version"] == version + 1
    sale = ok(loyalty(store["db"], "sale", "--member", store["card"], "--line", "beauty=10.00"))["sale"]
    assert sale["points_earned"] == 30
    assert 'multiplier = "3"' in ok(loyalty(store["db"], "program", "export"))["toml"]
    assert ok(loyalty(store["db"], "program", "show"))["program_version"] == version + 1
