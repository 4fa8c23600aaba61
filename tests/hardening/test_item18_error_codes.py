"""Issue 10 item 18: no undocumented `error` code. Every code the product can answer is in
SPEC section 4 or the README's "Exit codes and error codes"; a full disk is `disk_full` (0
bytes free is not a corrupt database), a read-only one `database_readonly`, a database
without a program `no_program`."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import shutil
import subprocess
from pathlib import Path

import terminal
from terminal.domain.errors import LoyaltyError

from edges_cli_helpers import documented_codes, hardening_store, run_cli, store, tiny_disk  # noqa: F401

ROOT = Path(terminal.__file__).resolve().parent


def _all_error_classes():
    for info in pkgutil.walk_packages([str(ROOT)], "terminal."):
        if ".ui" in info.name or "migrations" in info.name:
            continue
        importlib.import_module(info.name)
    seen, todo = set(), [LoyaltyError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen


def test_every_error_code_is_documented_and_none_is_plain_error():
    codes = {cls.code for cls in _all_error_classes()}
    assert "error" not in codes
    assert codes - documented_codes() == set()


def test_nothing_raises_the_bare_base_class():
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "LoyaltyError":
                raise AssertionError(f"{path}:{node.lineno} raises LoyaltyError itself (code 'error')")


def test_a_database_without_a_program_says_no_program(tmp_path):
    from terminal.store.database import open_database
    db = tmp_path / "bare.db"
    open_database(db).dispose()             # the schema, and nothing in it
    code, data, _, err = run_cli(db, "member", "show", "2125550111")
    assert code == 1, err
    assert data["error"]["code"] == "no_program"


def test_zero_bytes_free_is_disk_full_not_a_corrupt_database(store, tiny_disk):
    db = tiny_disk / "till.db"
    shutil.copy(store["db"], db)
    with open(tiny_disk / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    codes = set()
    for n in range(40):                     # until the WAL needs a page the disk does not have
        code, data, _, err = run_cli(db, "sale", "--member", store["card"], "--amount", "1.00",
                                     "--receipt-id", f"FULL-{n}")
        assert code in (0, 1), err
        if code == 1:
            codes.add(data["error"]["code"])
            break
    assert codes == {"disk_full"}
    (tiny_disk / "filler").unlink()
    assert run_cli(db, "check")[1] == {"ok": True, "problems": []}


def test_a_read_only_disk_is_database_readonly(store, tiny_disk):
    db = tiny_disk / "till.db"
    shutil.copy(store["db"], db)
    assert subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)]).returncode == 0
    code, data, _, err = run_cli(db, "sale", "--amount", "1.00")
    assert code == 1, err
    assert data["error"]["code"] in ("database_readonly",)
