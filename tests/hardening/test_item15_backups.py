"""Issue 10 item 15: a backup is written to a temporary file, verified (integrity_check and
the project's check), flushed and only then named; killed at any moment it leaves no file
under the destination's name. Daily backups rotate; `loyalty restore` puts one back."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from edges_cli_helpers import NOW, clean_without_seal, hardening_store, run_cli, store  # noqa: F401


def _integrity(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_backup_is_verified_private_and_complete(store):
    dest = store["dir"] / "copy.db"
    code, data, _, err = run_cli(store["db"], "backup", dest)
    assert code == 0, err
    assert data["verified"] is True and clean_without_seal(data["checked"])
    assert os.stat(dest).st_mode & 0o777 == 0o600
    assert _integrity(dest) == "ok"
    left = sorted(p.name for p in store["dir"].iterdir() if not p.name.startswith("store.db"))
    assert left == ["copy.db"]                              # no temporary file left, no -wal beside it


def test_a_backup_killed_as_soon_as_it_writes_leaves_nothing_under_its_name(store):
    """Killed the moment the first byte of the backup reaches the folder (deterministic)."""
    env = {**os.environ, "LOYALTY_NOW": NOW}
    for attempt in range(3):
        folder = store["dir"] / f"out{attempt}"
        folder.mkdir()
        dest = folder / "backup.db"
        process = subprocess.Popen([sys.executable, "-m", "terminal.cli.main", "--db", str(store["db"]), "--json",
                                    "backup", str(dest)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=env)
        deadline = time.monotonic() + 60
        while not any(folder.iterdir()) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if dest.exists():          # only ever whole: the store's tables and a clean check
            assert dest.stat().st_size > 0 and _integrity(dest) == "ok"
            assert clean_without_seal(run_cli(dest, "check")[1])
        assert all(p.name == "backup.db" or p.name.startswith(".backup.db.partial") for p in folder.iterdir())


def test_a_copy_that_fails_the_check_is_not_kept(store, monkeypatch):
    import terminal.services.backups as backups
    from terminal.services import integrity
    monkeypatch.setattr(integrity, "check", lambda uow, program: {"ok": False, "problems": ["balance off by 1"]})
    dest = store["dir"] / "bad.db"
    code, data, _, _ = run_cli(store["db"], "backup", dest)
    assert code == 1 and data["error"]["code"] == "check_failed"
    assert [p.name for p in store["dir"].iterdir() if not p.name.startswith("store.db")] == []
    assert backups.DEFAULT_KEEP == 7


def test_daily_backups_rotate(store):
    folder = store["dir"] / "daily"
    for day in range(1, 6):
        code, data, _, err = run_cli(store["db"], "backup", "--daily", "--dir", folder, "--keep", "3",
                                     now=f"2026-08-{day:02d}T12:00:00-04:00")
        assert code == 0, err
        assert data["made"] is True
    code, again, _, _ = run_cli(store["db"], "backup", "--daily", "--dir", folder, "--keep", "3",
                                now="2026-08-05T18:00:00-04:00")
    assert code == 0 and again["made"] is False            # one a day
    assert sorted(p.name for p in folder.iterdir()) == ["loyalty-2026-08-03.db", "loyalty-2026-08-04.db",
                                                         "loyalty-2026-08-05.db"]


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(store):
    backup = store["dir"] / "before.db"
    assert run_cli(store["db"], "backup", backup)[0] == 0
    code, sale, _, err = run_cli(store["db"], "sale", "--member", store["card"], "--amount", "25.00")
    assert code == 0, err
    code, data, _, err = run_cli(store["db"], "restore", backup)
    assert code == 0, err
    previous = data["previous"]
    # The sale made after the backup is gone from the restored database, kept in the previous one.
    assert run_cli(store["db"], "member", "show", store["card"])[1]["member"]["balance"] == 40
    assert run_cli(previous, "member", "show", store["card"])[1]["member"]["balance"] == 40 + 25
    assert run_cli(store["db"], "check")[1] == {"ok": True, "problems": []}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store):
    from edges_cli_helpers import garble_page
    backup = store["dir"] / "b.db"
    assert run_cli(store["db"], "backup", backup)[0] == 0
    garble_page(backup)
    before = store["db"].read_bytes()
    code, data, _, _ = run_cli(store["db"], "restore", backup)
    assert code == 1 and data["error"]["code"] in ("database_corrupt", "check_failed")
    assert store["db"].read_bytes() == before


def test_the_till_makes_its_daily_backup(store):
    from terminal.app import TerminalConfig, build_terminal
    folder = store["dir"] / "till-backups"
    terminal = build_terminal(TerminalConfig(db=str(store["db"]), now=NOW, daily_backups=True,
                                             backup_dir=str(folder)))
    try:
        deadline = time.monotonic() + 30
        while not list(folder.glob("loyalty-*.db")) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        terminal.close()
    assert [p.name for p in folder.iterdir()] == ["loyalty-2026-08-04.db"]


def test_closing_the_till_stops_a_backup_under_way(store):
    """The till's daily backup is a child process (verifying a copy replays the whole journal:
    minutes at a million members); closing the till stops it instead of waiting for it, and
    removes the ``.partial`` file it leaves, so no half-made backup stays behind."""
    from terminal.app import DailyBackups, TerminalConfig, build_terminal
    folder = store["dir"] / "slow-backups"
    folder.mkdir()
    terminal = build_terminal(TerminalConfig(db=str(store["db"]), now=NOW, daily_backups=False))
    started = folder / "started"

    class SlowBackups(DailyBackups):
        def _command(self):   # a backup stuck in its verification: its partial file, then a long wait
            code = ("import os, pathlib, time\n"
                    f"folder = pathlib.Path({str(folder)!r})\n"
                    "(folder / f'.loyalty-2026-08-04.db.partial-{os.getpid()}').write_bytes(b'half')\n"
                    "(folder / 'started').write_text('yes')\n"
                    "time.sleep(600)\n")
            return [sys.executable, "-c", code]

    backups = SlowBackups(terminal.loyalty, str(folder), 7)
    try:
        backups.start()
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists()
        child = backups._child
        backups.close()
        assert child.poll() is not None            # stopped, not waited for
        assert not backups._thread.is_alive()
        assert sorted(p.name for p in folder.iterdir()) == ["started"]   # no partial left
        assert backups.error is None               # a stop at closing is not a failure to report
    finally:
        terminal.close()
