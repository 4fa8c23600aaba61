"""Fixtures of the CLI tests: a store prepared through the CLI and an in-process runner."""

from __future__ import annotations

import json
import shutil

import pytest

from cli_helpers import ALICE_PHONE, CASHIER_PIN, MANAGER_PIN, NOW, PROGRAM, loyalty


@pytest.fixture(scope="session")
def template_store(tmp_path_factory):
    """A store made through the CLI: program, manager, a cashier, Alice with one sale."""
    root = tmp_path_factory.mktemp("template")
    db, program = root / "store.db", root / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    assert loyalty(db, "init", "--store", "CLI Store", "--program", program, "--manager-pin", MANAGER_PIN)[0] == 0
    assert loyalty(db, "staff", "add", "--name", "Cass", "--role", "cashier", "--pin", CASHIER_PIN,
                   "--by", MANAGER_PIN)[0] == 0
    code, data, _, err = loyalty(db, "member", "enroll", "--name", "Alice Able", "--phone", ALICE_PHONE,
                                 "--birthday", "1990-02-03", "--email", "alice@example.com")
    assert code == 0, err
    card = data["member"]["card"]
    code, sale, _, err = loyalty(db, "sale", "--member", card, "--line", "grocery=40.00", "--receipt-id", "POS-1")
    assert code == 0, err
    return {"db": db, "program": program, "card": card, "receipt": sale["sale"]["receipt"]}


@pytest.fixture
def store(template_store, tmp_path):
    """A private copy of the template store, with its journal seal key (kept beside the database)."""
    db = tmp_path / "store.db"
    shutil.copy(template_store["db"], db)
    shutil.copy(f"{template_store['db']}.seal-key", f"{db}.seal-key")
    return {**template_store, "db": db, "dir": tmp_path}


@pytest.fixture
def run(monkeypatch, capsys):
    """In-process ``main(argv)`` with --json: returns (exit code, JSON)."""
    from terminal.cli.main import main

    def runner(db, *args, now: str = NOW):
        monkeypatch.setenv("LOYALTY_NOW", now)
        capsys.readouterr()
        code = main(["--db", str(db), "--json", *map(str, args)])
        out = capsys.readouterr().out
        return code, (json.loads(out) if out.strip() else None)
    return runner
