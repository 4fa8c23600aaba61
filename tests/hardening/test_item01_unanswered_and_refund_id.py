"""Issue 10 item 1: a committed sale whose answer cannot be written exits 4 (documented), with
no traceback, so a POS retrying with its --receipt-id gets the first answer and nothing twice;
`refund --refund-id` is an idempotency key like `sale --receipt-id`."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from edges_cli_helpers import NOW, loyalty, store, hardening_store, table_counts  # noqa: F401


def _run_to(db, stdout, *args):
    argv = [sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--json", *args]
    return subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60,
                          env={**os.environ, "LOYALTY_NOW": NOW})


def _sales_with(db, receipt_id):
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM sales WHERE external_id = ?", (receipt_id,)).fetchone()[0]


def test_a_sale_answered_into_a_full_disk_exits_4_and_a_retry_answers_without_selling_twice(store):
    with open("/dev/full", "w") as full:
        done = _run_to(store["db"], full, "sale", "--member", store["card"], "--amount", "10.00",
                       "--receipt-id", "POS-77")
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr and "could not be written" in done.stderr
    assert _sales_with(store["db"], "POS-77") == 1          # the sale was committed
    code, data, _, err = loyalty(store["db"], "sale", "--member", store["card"], "--amount", "10.00",
                                 "--receipt-id", "POS-77")
    assert code == 0, err
    assert data["sale"]["duplicate"] is True
    assert _sales_with(store["db"], "POS-77") == 1


def test_a_closed_pipe_is_exit_4_without_a_traceback(store):
    read, write = os.pipe()
    os.close(read)                       # the reader is gone before the answer comes
    try:
        done = _run_to(store["db"], write, "sale", "--amount", "3.00", "--receipt-id", "POS-78")
    finally:
        os.close(write)
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert _sales_with(store["db"], "POS-78") == 1


def test_a_refusal_that_cannot_be_answered_is_still_exit_1(store):
    before = table_counts(store["db"])
    with open("/dev/full", "w") as full:
        done = _run_to(store["db"], full, "refund", "T001-999999")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert table_counts(store["db"]) == before


def test_refund_id_makes_a_retried_refund_answer_the_first_and_write_nothing(store):
    # The sale paid 40.00 and earned 40 points (1 point per dollar): 10.00 claws back
    # floor(40 * 10.00 / 40.00) = 10 points.
    code, first, _, err = loyalty(store["db"], "refund", store["receipt"], "--amount", "10.00",
                                  "--refund-id", "POS-R-1")
    assert code == 0, err
    assert (first["refund"]["amount"], first["refund"]["points_clawed_back"]) == ("10.00", 10)
    after_first = table_counts(store["db"])
    code, again, _, err = loyalty(store["db"], "refund", store["receipt"], "--amount", "10.00",
                                  "--refund-id", "POS-R-1")
    assert code == 0, err
    assert again["refund"]["duplicate"] is True
    assert again["refund"]["id"] == first["refund"]["id"]
    assert table_counts(store["db"]) == after_first       # nothing written the second time
    code, member, _, _ = loyalty(store["db"], "member", "show", store["card"])
    assert member["member"]["balance"] == 40 - 10


def test_a_refund_whose_answer_is_lost_is_exit_4_and_its_retry_refunds_once(store):
    with open("/dev/full", "w") as full:
        done = _run_to(store["db"], full, "refund", store["receipt"], "--amount", "5.00", "--refund-id", "R-9")
    assert done.returncode == 4, done.stderr
    code, again, _, _ = loyalty(store["db"], "refund", store["receipt"], "--amount", "5.00", "--refund-id", "R-9")
    assert code == 0 and again["refund"]["duplicate"] is True
    with sqlite3.connect(store["db"]) as connection:
        assert connection.execute("SELECT count(*), sum(amount) FROM refunds").fetchone() == (1, 500)
