"""Issue 10, item 2: a long ``member import`` in another process does not lock out the till.

Before: every command took the write lock, and the import held it for its whole file (one
transaction), so ``member show``, ``sale``, ``check`` and ``program show`` answered
``database_locked`` after the busy timeout. Now reads run in read transactions (WAL: they never
wait), ``member show`` writes only when a lot is due, and the import commits in batches, letting
any writer that is waiting go first between two batches."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = 50_000


def loyalty(db: Path, *args: str, timeout: float = 600) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--json", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    return proc.returncode, json.loads(proc.stdout) if proc.stdout.strip() else {"stderr": proc.stderr}


@pytest.mark.slow
def test_commands_answer_while_a_50000_row_import_runs(tmp_path):
    db = tmp_path / "store.db"
    assert loyalty(db, "init", "--program", str(ROOT / "resources" / "demo" / "program.toml"),
                   "--manager-pin", "4826")[0] == 0
    assert loyalty(db, "member", "enroll", "--name", "Ada Lovelace", "--phone", "2125550100")[0] == 0
    csv_path = tmp_path / "members.csv"
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write("name,phone,balance\n")
        for n in range(ROWS):   # (212) 200-0000 ... (212) 204-9999: valid, distinct, not Ada's
            handle.write(f"Member {n},(212) {200 + n // 10_000}-{n % 10_000:04d},{n % 500}\n")

    importing = subprocess.Popen([sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--json", "member",
                                  "import", str(csv_path), "--pin", "4826"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 cwd=ROOT, text=True)
    answers, rounds_during_import = [], 0
    try:
        time.sleep(0.5)   # the import is under way (its first batch is being written)
        while importing.poll() is None and rounds_during_import < 1:
            round_ = [("check", loyalty(db, "check")),   # first: it replays every member imported so far
                      ("member show", loyalty(db, "member", "show", "2125550100")),
                      ("sale", loyalty(db, "sale", "--member", "2125550100", "--amount", "5.00")),
                      ("program show", loyalty(db, "program", "show"))]
            answers += round_
            if importing.poll() is None:
                rounds_during_import += 1
            locked = [(name, answer) for name, (_, answer) in round_
                      if answer.get("error", {}).get("code") == "database_locked"]
            assert not locked, locked
        out, err = importing.communicate(timeout=600)
    finally:
        if importing.poll() is None:
            importing.kill()
            importing.communicate()
    assert rounds_during_import >= 1, "the import ended before the commands could run beside it"
    assert all(code == 0 for _, (code, _) in answers), answers
    assert importing.returncode == 0, err
    assert json.loads(out)["imported"] == ROWS
    # nothing is half-imported: every member has their card and opening entry
    import sqlite3
    with sqlite3.connect(db) as connection:
        members, cards, entries = connection.execute(
            "SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM cards), "
            "(SELECT count(*) FROM ledger_entries WHERE kind = 'opening')").fetchone()
    # Ada and 50,000 imported; balances n % 500 are zero for 100 rows (no entry for those)
    assert (members, cards, entries) == (ROWS + 1, ROWS + 1, ROWS - ROWS // 500)
