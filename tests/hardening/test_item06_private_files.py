"""Issue 10, item 6: files holding member data are the owner's only on POSIX (0600 files, 0700
folders) whatever the caller's umask: the database and its WAL/SHM, backups, simulated receipt
pictures and text, and the folders made for them; a database left 0644 by an older release is
narrowed when opened. The head-office password is never echoed nor stored in the database
(that part was done by the sync work, ``terminal/sync/credentials.py``; checked here again)."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from data_helpers import MANAGER_PIN, PROGRAM, cli  # noqa: F401

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def _loyalty(cli):
    """The CLI in this process, started each time with a permissive umask (022)."""
    def run(db, *args):
        os.umask(0o022)
        code, out, err = cli(db, *args, json_out=False)
        return code, out + err
    return run


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_member_data_files_are_owner_only(tmp_path, _loyalty):
    folder = tmp_path / "data" / "till"              # made by init
    db = folder / "store.db"
    program = tmp_path / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    assert _loyalty(db, "init", "--store", "S", "--program", program, "--manager-pin", MANAGER_PIN)[0] == 0
    code, out = _loyalty(db, "member", "enroll", "--name", "Pat Private", "--phone", "(212) 555-0111",
                         "--birthday", "1980-01-02")
    assert code == 0, out
    code, out = _loyalty(db, "sale", "--member", "(212) 555-0111", "--amount", "20.00")
    assert code == 0, out
    receipt = out.split("Receipt")[1].split()[0]
    paper = tmp_path / "paper"
    assert _loyalty(db, "receipt", "print", receipt, "--printer", f"sim:?dir={paper}")[0] == 0
    backup = tmp_path / "backup.db"
    assert _loyalty(db, "backup", backup)[0] == 0

    assert _mode(folder) == 0o700
    for path in [db, backup, *[p for p in (f"{db}-wal", f"{db}-shm") if os.path.exists(p)]]:
        assert _mode(path) == 0o600, path
    assert _mode(paper) == 0o700
    printed = sorted(paper.iterdir())
    assert printed and all(_mode(p) == 0o600 for p in printed)

    # A password in a head-office URL is never echoed, nor stored in the database or its backup.
    code, out = _loyalty(db, "sync", "--hq", "postgresql+psycopg://till:S3cretPW@127.0.0.1:1/loyalty")
    assert code == 1 and "S3cretPW" not in out
    for path in (db, backup):
        with sqlite3.connect(path) as connection:
            assert not [r for r in connection.execute("SELECT value FROM settings") if "S3cretPW" in str(r[0])]


def test_an_older_world_readable_database_is_narrowed_when_opened(tmp_path, _loyalty):
    db = tmp_path / "store.db"
    program = tmp_path / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    assert _loyalty(db, "init", "--store", "S", "--program", program, "--manager-pin", MANAGER_PIN)[0] == 0
    os.chmod(db, 0o644)
    assert _loyalty(db, "program", "show")[0] == 0
    assert _mode(db) == 0o600
