"""Issue 10 item 5: `refund T001-000365` must refund receipt T001-000365 or nothing, never
another sale that used that text as its external --receipt-id; such ids are refused."""

from __future__ import annotations

import sqlite3

import pytest

from edges_cli_helpers import run_cli as loyalty, store, hardening_store, table_counts  # noqa: F401


@pytest.mark.parametrize("receipt_id", ["T001-000365", "t001-000365", " T7-1 ", "T001-0000000042"])
def test_an_external_id_shaped_like_a_receipt_number_is_refused(store, receipt_id):
    before = table_counts(store["db"])
    code, data, _, _ = loyalty(store["db"], "sale", "--amount", "5.00", "--receipt-id", receipt_id)
    assert code == 1
    assert data["error"]["code"] == "receipt_id_reserved"
    assert table_counts(store["db"]) == before


def test_other_external_ids_still_work(store):
    code, data, _, err = loyalty(store["db"], "sale", "--amount", "5.00", "--receipt-id", "POS-T001-000365")
    assert code == 0, err
    code, refund, _, err = loyalty(store["db"], "refund", "POS-T001-000365")
    assert code == 0, err
    assert refund["refund"]["receipt"] == data["sale"]["receipt"]


def test_a_receipt_number_never_finds_a_sale_by_its_external_id(store):
    # A sale carrying a receipt-shaped external id (as an older release accepted them).
    code, data, _, err = loyalty(store["db"], "sale", "--amount", "7.00", "--receipt-id", "POS-2")
    assert code == 0, err
    with sqlite3.connect(store["db"]) as connection:
        connection.execute("UPDATE sales SET external_id = 'T001-000365' WHERE external_id = 'POS-2'")
    before = table_counts(store["db"])
    code, answer, _, _ = loyalty(store["db"], "refund", "T001-000365")
    assert code == 1
    assert answer["error"]["code"] == "unknown_sale"
    assert table_counts(store["db"]) == before
    code, own, _, err = loyalty(store["db"], "refund", store["receipt"], "--amount", "1.00")
    assert code == 0 and own["refund"]["receipt"] == store["receipt"], err
