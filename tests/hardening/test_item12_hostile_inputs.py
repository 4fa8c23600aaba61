"""Issue 10 item 12: hostile inputs get a documented error code, never exit 3 ("a bug"):
extreme --now and --date, a 30-digit --limit, a malformed device URL, a MySQL URL as head
office, arguments that are not UTF-8, a backup to /proc or onto a full disk, and a database
with a garbage page (which `check` reports and every other command refuses)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from edges_cli_helpers import (NOW, documented_codes, garble_page, hardening_store, run_cli,  # noqa: F401
                               store, table_counts, tiny_disk)

THIRTY_DIGITS = "1" * 30


def _refused(result, *, usage_ok=False):
    code, data, _, err = result
    assert code != 3 and "Traceback" not in err, err
    if usage_ok and code == 2:
        return None
    assert code == 1, err
    assert data["error"]["code"] in documented_codes(), data
    return data["error"]["code"]


@pytest.mark.parametrize("args", [
    ["--now", "0001-01-01T00:00:00+00:00", "member", "show", "{card}"],
    ["--now", "9999-12-31T23:59:59+00:00", "member", "show", "{card}"],
    ["--now", "9999-12-31T23:59:59+00:00", "sale", "--member", "{card}", "--amount", "1.00"],
    ["--now", "0001-01-01T00:00:00-05:00", "expire"],
    ["report", "daily", "--date", "9999-12-31"],
    ["report", "daily", "--date", "0001-01-01"],
    ["member", "history", "{card}", "--limit", THIRTY_DIGITS],
    ["member", "history", "{card}", "--limit", "-" + THIRTY_DIGITS],
    ["devices", "test-print", "--printer", "tcp://[::1"],
    ["receipt", "print", "{receipt}", "--printer", "tcp://[::1"],
    ["devices", "listen", "--scanner", "tcp://[::1", "--timeout", "1"],
    ["sync", "--hq", "mysql://"],
    ["sync", "--hq", "mysql://user:secret@db.example/loyalty"],
    ["hq", "report", "--url", "mysql://", "--date", "2026-08-04"],
])
def test_a_hostile_argument_is_a_documented_refusal(store, args):
    args = [a.format(card=store["card"], receipt=store["receipt"]) for a in args]
    before = table_counts(store["db"])
    code = _refused(run_cli(store["db"], *args), usage_ok=True)
    assert code != "internal_error"
    assert table_counts(store["db"]) == before


def test_arguments_that_are_not_utf8_are_refused(store):
    argv = [sys.executable.encode(), b"-m", b"terminal.cli.main", b"--db", str(store["db"]).encode(), b"--json",
            b"member", b"enroll", b"--name", "Zo\u00eb".encode("latin-1"), b"--phone", b"2125550142"]
    before = table_counts(store["db"])
    done = subprocess.run(argv, capture_output=True, timeout=60,
                          env={**os.environ, "LOYALTY_NOW": NOW, "LC_ALL": "C.UTF-8"})
    assert done.returncode == 1, done.stderr
    assert b'"invalid_input"' in done.stdout and b"Traceback" not in done.stderr
    assert table_counts(store["db"]) == before


@pytest.mark.parametrize("dest", ["/proc/loyalty-backup.db", "/proc/self/nowhere/x.db", "/dev/null"])
def test_a_backup_to_where_no_file_can_be_made_is_refused(store, dest):
    _refused(run_cli(store["db"], "backup", dest))


def test_a_backup_onto_a_full_disk_is_disk_full_and_leaves_no_file(store, tiny_disk):
    filler = tiny_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:     # leave no room at all
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    code = _refused(run_cli(store["db"], "backup", tiny_disk / "backup.db"))
    assert code == "disk_full"
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]


def test_a_database_with_a_garbage_page_is_reported_by_check_and_refused_by_the_rest(store):
    garble_page(store["db"])
    code, data, _, err = run_cli(store["db"], "check")
    assert code == 1, err
    assert data["error"]["code"] == "check_failed"
    assert any(p.startswith("sqlite integrity") for p in data["error"]["problems"])
    for args in (["member", "show", store["card"]], ["sale", "--amount", "1.00"], ["report", "daily"],
                 ["program", "show"], ["backup", store["dir"] / "b.db"]):
        code, data, _, err = run_cli(store["db"], *args)
        assert code == 1, (args, err)
        assert data["error"]["code"] == "database_corrupt", args
    assert not (store["dir"] / "b.db").exists()


def test_a_restore_lifts_the_refusal(store):
    good = store["dir"] / "good.db"
    assert run_cli(store["db"], "backup", good)[0] == 0
    garble_page(store["db"])
    assert run_cli(store["db"], "check")[0] == 1
    code, data, _, err = run_cli(store["db"], "restore", good)
    assert code == 0, err
    code, member, _, err = run_cli(store["db"], "member", "show", store["card"])
    assert code == 0, err
    assert member["member"]["balance"] == 40
    assert run_cli(store["db"], "check")[1] == {"ok": True, "problems": []}
