"""Issue 10 item 17: the CLI and the GUI default to the same database path on every platform
(one function; platformdirs puts ``appauthor`` into the path on Windows)."""

from __future__ import annotations

import platformdirs


def _windows_like(appname, appauthor=None, *args, **kwargs):
    author = appname if appauthor is None else (appauthor or "")
    return "C:/Users/till/AppData/Local/" + "/".join(p for p in (author, appname) if p)


def test_cli_and_gui_default_to_the_same_database(monkeypatch):
    monkeypatch.delenv("LOYALTY_DB", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", _windows_like)
    import terminal.app as gui
    import terminal.cli.main as cli
    assert cli.default_db_path() == gui.default_db_path()
    assert cli.default_db_path().endswith("loyalty-terminal/loyalty.db")


def test_loyalty_db_wins_for_both(monkeypatch, tmp_path):
    monkeypatch.setenv("LOYALTY_DB", str(tmp_path / "x.db"))
    import terminal.app as gui
    import terminal.cli.main as cli
    assert cli.default_db_path() == gui.default_db_path() == str(tmp_path / "x.db")
