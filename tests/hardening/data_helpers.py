"""Shared by the data-side hardening tests (issue 10): a small store made through the CLI, an
in-process runner and direct SQL. (Named uniquely: test directories are not packages.)"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
from cli_helpers import CASHIER_PIN, MANAGER_PIN, NOW, PROGRAM, loyalty, table_counts  # noqa: E402

__all__ = ["CASHIER_PIN", "MANAGER_PIN", "NOW", "PROGRAM", "loyalty", "table_counts", "hard_template", "hard_store", "cli", "sql"]


@pytest.fixture(scope="session")
def hard_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("hardening")
    db, program = root / "store.db", root / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    from terminal.cli.main import main
    import os
    os.environ["LOYALTY_NOW"] = NOW
    try:
        assert main(["--db", str(db), "--json", "init", "--store", "Hard Store", "--program", str(program),
                     "--manager-pin", MANAGER_PIN]) == 0
        assert main(["--db", str(db), "--json", "staff", "add", "--name", "Cass", "--role", "cashier",
                     "--pin", CASHIER_PIN, "--by", MANAGER_PIN]) == 0
        assert main(["--db", str(db), "--json", "member", "enroll", "--name", "Alice Able", "--phone",
                     "(212) 555-0111"]) == 0
    finally:
        os.environ.pop("LOYALTY_NOW", None)
    return {"db": db, "program": program}


@pytest.fixture
def hard_store(hard_template, tmp_path):
    db = tmp_path / "store.db"
    # The template's engines are still open in this process: copy through SQLite (WAL included).
    with sqlite3.connect(hard_template["db"]) as source, sqlite3.connect(db) as target:
        source.backup(target)
    key = Path(f"{hard_template['db']}.seal-key")      # the journal's seal key goes with its store
    if key.exists():
        Path(f"{db}.seal-key").write_bytes(key.read_bytes())
    return {"db": db, "program": hard_template["program"], "dir": tmp_path}


@pytest.fixture
def cli(monkeypatch, capsys):
    """In-process ``loyalty``: ``cli(db, *args, json_out=True)`` -> (exit code, JSON or text, stderr)."""
    from terminal.cli.main import main

    def runner(db, *args, now: str = NOW, json_out: bool = True):
        monkeypatch.setenv("LOYALTY_NOW", now)
        capsys.readouterr()
        umask = os.umask(0o022)
        os.umask(umask)
        try:
            code = main(["--db", str(db), *(["--json"] if json_out else []), *map(str, args)])
        finally:
            os.umask(umask)     # main() narrows the process's umask: leave the test process's as it was
        captured = capsys.readouterr()
        out = captured.out
        if json_out:
            out = json.loads(out) if out.strip() else None
        return code, out, captured.err
    return runner


def sql(db, statement: str, params=()) -> list:
    with sqlite3.connect(db) as connection:
        return connection.execute(statement, params).fetchall()
