"""SPEC 4: every error code, with exit 1, the JSON error shape, and nothing written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from cli_helpers import ALICE_PHONE, CASHIER_PIN, MANAGER_PIN, full_state, loyalty, table_counts


def assert_error(result, code):
    exit_code, data = result[0], result[1]
    assert exit_code == 1, result
    assert set(data) == {"error"}, data
    assert set(data["error"]) >= {"code", "message"}
    assert data["error"]["code"] == code, data
    assert isinstance(data["error"]["message"], str) and data["error"]["message"]


CASES = [
    # (error code, argv after --db/--json; {card} and {receipt} are filled in)
    ("unknown_member", ["member", "show", "(212) 555-0199"]),
    ("unknown_member", ["sale", "--member", "2900100999991", "--amount", "5.00"]),
    ("invalid_phone", ["member", "enroll", "--name", "Bad Phone", "--phone", "12345"]),
    ("invalid_phone", ["member", "show", "not-a-phone"]),
    ("invalid_card", ["member", "show", "2900100000010"]),
    ("invalid_card", ["member", "enroll", "--name", "Bad Card", "--phone", "(212) 555-0122", "--card", "2900100000010"]),
    ("invalid_amount", ["sale", "--member", "{card}", "--amount", "1.234"]),
    ("invalid_amount", ["sale", "--amount", "NaN"]),
    ("invalid_amount", ["sale", "--amount", "-5.00"]),
    ("invalid_amount", ["sale", "--amount", "99999999999999"]),
    ("invalid_amount", ["sale", "--line", "beauty=0"]),
    ("invalid_amount", ["refund", "{receipt}", "--amount", "1.001"]),
    ("insufficient_points", ["sale", "--member", "{card}", "--amount", "100.00", "--redeem", "5OFF"]),
    ("redemption_limit", ["sale", "--member", "{card}", "--amount", "100.00", "--redeem-points", "10"]),
    ("redemption_limit", ["sale", "--member", "{card}", "--amount", "0.50", "--redeem-points", "40"]),
    ("reward_not_applicable", ["sale", "--member", "{card}", "--item", "COFFEE", "--redeem", "FREE-COFFEE"]),
    ("unknown_reward", ["sale", "--member", "{card}", "--amount", "10.00", "--redeem", "NOPE"]),
    ("duplicate_phone", ["member", "enroll", "--name", "Alice Again", "--phone", "212-555-0111"]),
    ("refund_exceeds_sale", ["refund", "{receipt}", "--amount", "40.01"]),
    ("unknown_sale", ["refund", "T999-000001"]),
    ("bad_pin", ["member", "adjust", "{card}", "--points", "10", "--reason", "test", "--pin", "9753"]),
    ("bad_pin", ["member", "adjust", "{card}", "--points", "10", "--reason", "test", "--pin", CASHIER_PIN]),
    ("bad_pin", ["staff", "add", "--name", "X", "--role", "cashier", "--pin", "1111", "--by", MANAGER_PIN]),
    ("bad_pin", ["staff", "add", "--name", "X", "--role", "cashier", "--pin", "12a4", "--by", MANAGER_PIN]),
    ("bad_pin", ["staff", "add", "--name", "X", "--role", "cashier", "--pin", CASHIER_PIN, "--by", MANAGER_PIN]),
    ("bad_pin", ["staff", "add", "--name", "X", "--role", "manager", "--pin", "8642", "--by", CASHIER_PIN]),
    ("bad_pin", ["member", "block", "{card}", "--pin", "0000"]),
]


@pytest.mark.parametrize("code, argv", CASES, ids=[f"{c}:{' '.join(a[:2])}" for c, a in CASES])
def test_error_codes_in_process_write_nothing(store, run, code, argv):
    argv = [a.format(card=store["card"], receipt=store["receipt"]) for a in argv]
    before = full_state(store["db"])
    result = run(store["db"], *argv)
    assert_error(result, code)
    after = full_state(store["db"])
    if code == "bad_pin" and "wrong PIN" in result[1]["error"]["message"]:
        # A wrong PIN writes exactly this: the guard's count and one audit entry (a fact for
        # head office), and its message names nobody.
        assert "Cass" not in result[1]["error"]["message"] and "cashier" not in result[1]["error"]["message"]
        assert len(after["pin_guard"]) == 1 and "pin_failed" in "".join(after["audit_log"])
        assert len(after["audit_log"]) == len(before["audit_log"]) + 1
        for table in ("pin_guard", "audit_log", "facts"):
            after.pop(table), before.pop(table)
        for state in (before, after):   # the journal's seal moves with its new last fact
            state["settings"] = [row for row in state["settings"] if not row.startswith("('journal_seal'")]
    assert after == before


def test_program_invalid_writes_nothing(store, run):
    bad = store["dir"] / "bad.toml"
    bad.write_text('[program]\nname = "X"\ncurrency = "USD"\npoints_per_unit = 1.5\n', encoding="utf-8")
    before = full_state(store["db"])
    result = run(store["db"], "program", "import", bad)
    assert_error(result, "program_invalid")
    assert "program.points_per_unit" in result[1]["error"]["message"]
    assert_error(run(store["db"], "program", "import", store["dir"] / "missing.toml"), "program_invalid")
    assert full_state(store["db"]) == before


def test_member_blocked_writes_nothing(store, run):
    assert run(store["db"], "member", "block", store["card"], "--pin", MANAGER_PIN)[0] == 0
    before = full_state(store["db"])
    assert_error(run(store["db"], "sale", "--member", store["card"], "--amount", "10.00"), "member_blocked")
    assert full_state(store["db"]) == before
    assert run(store["db"], "member", "show", store["card"])[1]["member"]["status"] == "blocked"


def test_errors_through_a_real_subprocess(store):
    before = table_counts(store["db"])
    for args, code in [(["member", "enroll", "--name", "P", "--phone", "12"], "invalid_phone"),
                       (["sale", "--member", store["card"], "--amount", "100.00", "--redeem", "5OFF"],
                        "insufficient_points"),
                       (["refund", "NOPE-1"], "unknown_sale")]:
        exit_code, data, _, stderr = loyalty(store["db"], *args)
        assert_error((exit_code, data), code)
        assert "Traceback" not in stderr
    assert table_counts(store["db"]) == before


def test_database_locked(store):
    holder = sqlite3.connect(store["db"], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        holder.execute("UPDATE counters SET value = value WHERE 0")
        started = time.monotonic()
        exit_code, data, _, stderr = loyalty(store["db"], "sale", "--amount", "5.00",
                                             env={"LOYALTY_BUSY_TIMEOUT_MS": "200"})
        assert_error((exit_code, data), "database_locked")
        assert "Traceback" not in stderr
        assert time.monotonic() - started < 30
    finally:
        holder.rollback()
        holder.close()
    before = table_counts(store["db"])
    assert before == table_counts(store["db"])
    # Once the lock is gone the same command works.
    assert loyalty(store["db"], "sale", "--amount", "5.00")[0] == 0


def _hq_commands_available() -> bool:
    done = subprocess.run([sys.executable, "-m", "terminal.cli.main", "sync", "--help"], capture_output=True)
    return done.returncode == 0


UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"


@pytest.mark.skipif(not _hq_commands_available(), reason="`loyalty sync` / `loyalty hq init` not written yet")
def test_hq_unreachable(store):
    # A failed sync remembers the head office and that it is offline (settings), which the offline
    # redemption cap needs; no member, sale, ledger or journal row may change.
    def data_rows():
        return {k: v for k, v in full_state(store["db"]).items() if k != "settings"}
    before = data_rows()
    for args in (["sync", "--hq", UNREACHABLE], ["hq", "init", "--url", UNREACHABLE]):
        exit_code, data, _, stderr = loyalty(store["db"], *args)
        assert_error((exit_code, data), "hq_unreachable")
        assert "Traceback" not in stderr
    assert data_rows() == before


@pytest.mark.parametrize("argv", [
    ["sale", "--redeem-points", "lots"],
    ["no-such-command"],
    ["member", "enroll", "--name", "X"],           # --phone is required
    ["staff", "add", "--name", "X", "--role", "boss", "--pin", "2580", "--by", MANAGER_PIN],
    [],
])
def test_usage_errors_exit_2(store, argv):
    before = table_counts(store["db"])
    exit_code, _, stdout, stderr = loyalty(store["db"], *argv, json_out=False)
    assert exit_code == 2
    assert "usage" in stderr.lower() and "Traceback" not in stderr
    assert table_counts(store["db"]) == before


def test_domain_error_for_people_has_no_traceback(store):
    exit_code, _, stdout, stderr = loyalty(store["db"], "member", "show", "(212) 555-0199", json_out=False)
    assert exit_code == 1
    assert "unknown_member" in stderr and "Traceback" not in stderr + stdout
