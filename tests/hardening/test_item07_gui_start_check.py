"""Issue 10, item 7 (GUI): the till runs the cheap part of ``loyalty check`` (the journal's
seal and hash chains) in its worker at start, and shows a manager-facing warning when the
records were altered outside the program; an untouched store starts without one."""

from __future__ import annotations

import sqlite3

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template  # noqa: F401
from test_item07_tamper_evidence import DROP, _forge_adjust

ALICE = "(212) 555-0111"
NOW = "2026-08-04T12:00:00-04:00"


def _start(qtbot, db, tmp_path):
    """The till as it starts on ``db``; the check's answer is queued to the GUI thread, so it
    cannot arrive before the wait below begins."""
    from terminal.app import TerminalConfig, build_terminal
    from terminal.ui.main import create_window
    terminal = build_terminal(TerminalConfig(db=str(db), now=NOW, scanner="sim:", printer="sim:", display="sim:",
                                             sync_interval_ms=60000, cashier_sign_in=False))
    try:
        window = create_window(terminal, "en")
    except BaseException:
        terminal.close()
        raise
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.integrity_checked, timeout=10000) as blocker:
        window.resize(1024, 768)
        window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "start.png"))
    return terminal, window, blocker.args[0]


@pytest.fixture
def adjusted(hard_store, cli):
    db = hard_store["db"]
    assert cli(db, "member", "adjust", ALICE, "--points", "400", "--reason", "goodwill", "--pin", MANAGER_PIN)[0] == 0
    return db


def test_a_forged_adjustment_is_shown_at_start(qtbot, adjusted, tmp_path):
    connection = sqlite3.connect(adjusted)
    for trigger in DROP:
        connection.execute(f"DROP TRIGGER {trigger}")
    top = connection.execute("SELECT max(seq) FROM facts WHERE origin = 1").fetchone()[0]
    _forge_adjust(connection, 1, top + 1)
    connection.close()
    terminal, window, result = _start(qtbot, adjusted, tmp_path)
    try:
        assert not result["ok"] and "after the last seal" in result["problems"][0]
        assert window.banner.severity == "error"
        assert "altered outside the program" in window.banner.message()
    finally:
        window.shutdown()
        terminal.close()


def test_an_untouched_store_starts_without_a_warning(qtbot, adjusted, tmp_path):
    terminal, window, result = _start(qtbot, adjusted, tmp_path)
    try:
        assert result["ok"]
        assert "altered" not in window.banner.message()
    finally:
        window.shutdown()
        terminal.close()
