"""Issue 10 item 14: a file that is not ours given as --db is refused with a code, untouched:
a zero-byte file, another application's SQLite file, a text file; only `init` makes a
database of an empty file, and not even `init` adds our tables to another application's."""

from __future__ import annotations

import sqlite3

import pytest

from edges_cli_helpers import NOW, PROGRAM, run_cli


def _tables(path):
    with sqlite3.connect(path) as connection:
        return sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


@pytest.mark.parametrize("args", [["member", "show", "2125550111"], ["sale", "--amount", "1.00"], ["check"],
                                  ["program", "show"], ["backup", "{dir}/b.db"]])
def test_a_zero_byte_file_is_not_a_loyalty_database(tmp_path, args):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    code, data, _, err = run_cli(db, *[a.format(dir=tmp_path) for a in args])
    assert code == 1, err
    assert data["error"]["code"] == "not_a_loyalty_database"
    assert db.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_init_makes_a_database_of_an_empty_file(tmp_path):
    db, program = tmp_path / "empty.db", tmp_path / "program.toml"
    db.write_bytes(b"")
    program.write_text(PROGRAM, encoding="utf-8")
    code, data, _, err = run_cli(db, "init", "--program", program, "--manager-pin", "2468")
    assert code == 0, err
    assert run_cli(db, "check")[1] == {"ok": True, "problems": []}


@pytest.mark.parametrize("command", [["init"], ["member", "show", "2125550111"], ["expire"]])
def test_another_applications_sqlite_file_is_refused_even_by_init(tmp_path, command):
    db = tmp_path / "notes.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('milk')")
    before = db.read_bytes()
    code, data, _, err = run_cli(db, *command)
    assert code == 1, err
    assert data["error"]["code"] == "not_a_loyalty_database"
    assert _tables(db) == ["notes"]
    assert db.read_bytes() == before


def test_a_text_file_is_refused(tmp_path):
    db = tmp_path / "readme.txt"
    db.write_text("hello, this is not a database\n" * 200, encoding="utf-8")
    code, data, _, err = run_cli(db, "member", "show", "2125550111")
    assert code == 1, err
    assert data["error"]["code"] == "not_a_loyalty_database"


def test_the_till_refuses_them_too(tmp_path):
    from terminal.app import TerminalConfig, build_terminal
    from terminal.domain.errors import NotLoyaltyDatabase
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    with pytest.raises(NotLoyaltyDatabase):
        build_terminal(TerminalConfig(db=str(db), now=NOW))
    assert db.read_bytes() == b""
