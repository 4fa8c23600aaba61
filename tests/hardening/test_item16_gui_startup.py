"""Issue 10 item 16: every bad start of the till (corrupt configuration, unknown key, bad
device URL, missing, empty, foreign, damaged or locked database, bad clock) ends in one clear
sentence on stderr (and one dialog when there is a screen), never a Python traceback."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sqlite3

import pytest

from edges_cli_helpers import NOW, hardening_store  # noqa: F401

CONFIGS = {
    "corrupt_toml": b'db = "{db}"\n[devices\n',
    "unknown_key": b'db = "{db}"\ncolour = "red"\n',
    "unknown_device_key": b'db = "{db}"\n[devices]\nprinter_colour = "red"\n',
    "ipv6_url": b'db = "{db}"\n[devices]\nprinter = "tcp://[::1"\n',
    "unknown_scheme": b'db = "{db}"\n[devices]\nscanner = "usb://scanner"\n',
    "url_not_text": b'db = "{db}"\n[devices]\ndisplay = 9100\n',
    "printer_width": b'db = "{db}"\n[devices]\nprinter_width = "wide"\n',
    "language": b'db = "{db}"\nlanguage = "xx"\n',
    "db_not_text": b'db = 5\n',
    "bad_amount": b'db = "{db}"\nconfirm_amount_above = "abc"\n',
    "not_utf8": b'db = "\xff\xfe"\n',
    "missing_db": b'db = "{missing}"\n',
    "empty_db": b'db = "{empty}"\n',
    "foreign_db": b'db = "{foreign}"\n',
    "damaged_db": b'db = "{damaged}"\n',
    "bad_now": b'db = "{db}"\nnow = "yesterday"\n',
}


@pytest.fixture
def files(hardening_store, tmp_path):
    db = tmp_path / "till.db"
    shutil.copy(hardening_store["db"], db)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    damaged = tmp_path / "damaged.db"
    shutil.copy(hardening_store["db"], damaged)
    (tmp_path / "damaged.db.damaged").write_text("sqlite integrity: page 12 is garbage\n")
    return {"db": db, "empty": empty, "foreign": foreign, "damaged": damaged, "missing": tmp_path / "no.db",
            "dir": tmp_path}


def _start(qapp, capsys, argv):
    from terminal.ui.main import main
    capsys.readouterr()
    code = main(argv)
    err = capsys.readouterr().err
    return code, err


def _one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip() and "propagateSizeHints" not in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("loyalty-terminal: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_a_bad_start_is_one_sentence(qapp, capsys, files, name, monkeypatch):
    monkeypatch.setenv("LOYALTY_NO_DIALOGS", "1")
    config = files["dir"] / "till.toml"
    text = CONFIGS[name]
    for key in ("db", "empty", "foreign", "damaged", "missing"):
        text = text.replace(b"{" + key.encode() + b"}", str(files[key]).encode())
    config.write_bytes(text)
    code, err = _start(qapp, capsys, ["--config", str(config), "--exit-after", "0"])
    assert code in (1, 2)
    _one_sentence(err)


@pytest.mark.parametrize("argv", [["--printer", "tcp://[::1"], ["--scanner", "bogus:"],
                                  ["--now", "0001-01-01T00:00:00+00:00"], ["--display", "serial://host/dev/tty"]])
def test_bad_command_line_devices_and_clock_are_one_sentence(qapp, capsys, files, argv, monkeypatch):
    monkeypatch.setenv("LOYALTY_NO_DIALOGS", "1")
    code, err = _start(qapp, capsys, ["--db", str(files["db"]), *argv, "--exit-after", "0"])
    assert code == 1
    _one_sentence(err)


def test_a_locked_database_is_one_sentence(qapp, capsys, files, monkeypatch):
    monkeypatch.setenv("LOYALTY_NO_DIALOGS", "1")
    monkeypatch.setenv("LOYALTY_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(files["db"], isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, err = _start(qapp, capsys, ["--db", str(files["db"]), "--now", NOW, "--exit-after", "0"])
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    assert "locked" in _one_sentence(err)


def test_with_a_screen_the_sentence_is_also_a_dialog(qapp, monkeypatch, capsys):
    import terminal.ui.main as till
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.delenv("LOYALTY_NO_DIALOGS", raising=False)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    assert till.startup_failed(None, "the configuration cannot be read: x", 2) == 2
    assert shown == ["the configuration cannot be read: x"]
    assert capsys.readouterr().err == "loyalty-terminal: the configuration cannot be read: x\n"
