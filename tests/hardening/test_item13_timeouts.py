"""Issue 10 item 13: `--timeout nan`, `inf`, negative or zero is refused at once (usage, exit 2)
instead of waiting forever."""

from __future__ import annotations

import pytest

from edges_cli_helpers import run_cli as loyalty, store, hardening_store  # noqa: F401

BAD = ["nan", "inf", "-inf", "-1", "0", "1e400", "NaN"]


@pytest.mark.parametrize("value", BAD)
def test_receipt_print_refuses_a_timeout_that_is_not_a_finite_positive_number(store, value):
    code, _, _, err = loyalty(store["db"], "receipt", "print", store["receipt"], "--printer", "sim:",
                              f"--timeout={value}")
    assert code == 2, err
    assert "--timeout" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [["receipt", "retry", "--printer", "sim:"],
                                     ["devices", "listen", "--scanner", "sim:"],
                                     ["report", "daily", "--format", "receipt", "--printer", "sim:"]])
def test_every_timeout_option_is_bounded(store, command):
    code, _, _, err = loyalty(store["db"], *command, "--timeout=nan")
    assert code == 2, err
