"""Issue 10 item 8: `check` and the lot cache agree on one ordering rule. Before the facts
rewrite (issue 7), a merge at the same instant as a sale, or a refund dated before its sale,
made the lot cache and the ledger replay disagree and `check` report a false `check_failed`.
Now both read one order (the projection replays facts by instant, then by their stream
position) and a back-dated refund is refused."""

from __future__ import annotations

from edges_cli_helpers import ALICE_PHONE, MANAGER_PIN, hardening_store, run_cli, store, table_counts  # noqa: F401

SAME = "2026-08-05T09:30:00-04:00"
BOB_PHONE = "(212) 555-0177"


def _balance_equals_its_history(db, ref) -> int:
    code, shown, _, err = run_cli(db, "member", "show", ref, now=SAME)
    assert code == 0, err
    code, history, _, err = run_cli(db, "member", "history", ref, "--limit", "1000", now=SAME)
    assert code == 0, err
    assert shown["member"]["balance"] == sum(e["points"] for e in history["entries"])
    return shown["member"]["balance"]


def test_a_merge_at_the_same_instant_as_sales_and_an_adjustment_keeps_check_ok(store):
    db = store["db"]
    code, bob, _, err = run_cli(db, "member", "enroll", "--name", "Bob Baker", "--phone", BOB_PHONE, now=SAME)
    assert code == 0, err
    bob_card = bob["member"]["card"]
    for argv in (["sale", "--member", ALICE_PHONE, "--amount", "20.00"],
                 ["sale", "--member", bob_card, "--amount", "12.00"],
                 ["member", "merge", bob_card, ALICE_PHONE, "--pin", MANAGER_PIN],
                 ["sale", "--member", bob_card, "--amount", "8.00"],      # the old card, after the merge
                 ["member", "adjust", ALICE_PHONE, "--points", "-5", "--reason", "same second",
                  "--pin", MANAGER_PIN]):
        code, _, _, err = run_cli(db, *argv, now=SAME)   # every one at the same instant
        assert code == 0, (argv, err)
    assert run_cli(db, "check", now=SAME)[1] == {"ok": True, "problems": []}
    _balance_equals_its_history(db, ALICE_PHONE)


def test_a_refund_dated_before_its_sale_is_refused_and_writes_nothing(store):
    db = store["db"]
    code, sale, _, err = run_cli(db, "sale", "--member", ALICE_PHONE, "--amount", "30.00", now=SAME)
    assert code == 0, err
    before = table_counts(db)
    code, data, _, _ = run_cli(db, "refund", sale["sale"]["receipt"], "--amount", "10.00",
                               now="2026-08-05T09:29:59-04:00")
    assert code == 1 and data["error"]["code"] == "invalid_input"
    assert "before its sale" in data["error"]["message"]
    assert table_counts(db) == before
    # the same instant as the sale is not before it
    code, _, _, err = run_cli(db, "refund", sale["sale"]["receipt"], "--amount", "10.00", now=SAME)
    assert code == 0, err
    assert run_cli(db, "check", now=SAME)[1] == {"ok": True, "problems": []}
    _balance_equals_its_history(db, ALICE_PHONE)
