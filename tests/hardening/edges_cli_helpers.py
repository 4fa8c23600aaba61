"""Shared by the hardening tests of the CLI's edges (issue 10, items 1, 5, 12-18): a store
made through the CLI, the documented codes read from the README, and a small disk to fill.
(Named uniquely: test directories are not packages.)"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "cli"))

from cli_helpers import ALICE_PHONE, MANAGER_PIN, NOW, PROGRAM, loyalty, table_counts  # noqa: E402

__all__ = ["ALICE_PHONE", "MANAGER_PIN", "NOW", "PROGRAM", "loyalty", "table_counts", "documented_codes", "run_cli",
           "hardening_store", "store", "tiny_disk", "garble_page", "DOCUMENTED_EXITS"]

DOCUMENTED_EXITS = {0, 1, 2, 4}


def documented_codes() -> set[str]:
    """Every error code SPEC section 4 names, and those the README's "Exit codes and error
    codes" section adds."""
    spec = {"unknown_member", "invalid_phone", "invalid_card", "invalid_amount", "insufficient_points",
            "redemption_limit", "reward_not_applicable", "unknown_reward", "member_blocked", "duplicate_phone",
            "refund_exceeds_sale", "unknown_sale", "bad_pin", "program_invalid", "database_locked", "hq_unreachable"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes and error codes", 1)[1].split("\n## ", 1)[0].split("**Backups.**")[0]
    return spec | set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", section))


_TEMPLATE: dict = {}


@pytest.fixture(scope="session")
def hardening_store(tmp_path_factory):
    """A store made through the CLI: program, manager, Alice with one sale (receipt id POS-1);
    made once per test run, whichever module asks first."""
    if not _TEMPLATE:
        _TEMPLATE.update(_make_store(tmp_path_factory.mktemp("hardening")))
    return dict(_TEMPLATE)


def _make_store(root: Path) -> dict:
    db, program = root / "store.db", root / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    assert loyalty(db, "init", "--store", "CLI Store", "--program", program, "--manager-pin", MANAGER_PIN)[0] == 0
    code, data, _, err = loyalty(db, "member", "enroll", "--name", "Alice Able", "--phone", ALICE_PHONE)
    assert code == 0, err
    card = data["member"]["card"]
    code, sale, _, err = loyalty(db, "sale", "--member", card, "--line", "grocery=40.00", "--receipt-id", "POS-1")
    assert code == 0, err
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"db": db, "program": program, "card": card, "receipt": sale["sale"]["receipt"]}


@pytest.fixture
def store(hardening_store, tmp_path):
    db = tmp_path / "store.db"
    shutil.copy(hardening_store["db"], db)
    return {**hardening_store, "db": db, "dir": tmp_path}


@pytest.fixture
def tiny_disk(tmp_path):
    """An 8 MB tmpfs to fill up (root only: skipped where mounting is not allowed)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs permission to mount a small tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def garble_page(db: Path) -> None:
    """Overwrite one page in the middle of the file with bytes that are no b-tree page."""
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    with open(db, "r+b") as handle:
        handle.seek(size * (pages // 2))
        handle.write(bytes(range(256)) * (size // 256))


def run_cli(db, *args, now: str = NOW, json_out: bool = True):
    """``loyalty`` in this process (fast): (exit code, JSON or None, stdout, stderr)."""
    import contextlib
    import io
    import json
    from terminal.cli.main import main
    out, err = io.StringIO(), io.StringIO()
    argv = (["--db", str(db)] if db is not None else []) + (["--json"] if json_out else []) + [str(a) for a in args]
    previous = os.environ.get("LOYALTY_NOW")
    os.environ["LOYALTY_NOW"] = now
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:
                code = exc.code
    finally:
        if previous is None:
            os.environ.pop("LOYALTY_NOW", None)
        else:
            os.environ["LOYALTY_NOW"] = previous
    text = out.getvalue()
    return code, (json.loads(text) if json_out and text.strip() else None), text, err.getvalue()
