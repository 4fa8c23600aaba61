"""Issue 10, item 10: every input file is read with a size limit. ``/dev/zero`` (endless) and a
file one byte over the limit are refused with ``file_too_large`` and nothing written; the CLI
runs under a 2 GiB address-space limit, so a reader without a limit fails fast instead of
taking the machine's memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from data_helpers import MANAGER_PIN, NOW, hard_store, hard_template, table_counts  # noqa: F401

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")


def _limited():
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def _loyalty(db, *args):
    done = subprocess.run([sys.executable, "-m", "terminal.cli.main", "--db", str(db), "--json", *map(str, args)],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limited,
                          env={**os.environ, "LOYALTY_NOW": NOW})
    return done.returncode, done.stdout


@pytest.mark.parametrize("command", [["program", "import", "/dev/zero"],
                                     ["member", "import", "/dev/zero", "--pin", MANAGER_PIN]])
def test_dev_zero_is_refused_as_too_large(hard_store, command):
    before = table_counts(hard_store["db"])
    code, out = _loyalty(hard_store["db"], *command)
    assert code == 1 and '"file_too_large"' in out
    assert table_counts(hard_store["db"]) == before


def test_a_program_file_one_byte_over_the_limit_is_refused_unread(hard_store, monkeypatch):
    from terminal.domain.errors import FileTooLarge
    from terminal.services import input_files
    from terminal.services.setup import read_program_file
    monkeypatch.setattr(input_files, "PROGRAM_LIMIT", 1000)
    big = hard_store["dir"] / "big.toml"
    big.write_text("# " + "x" * 999 + "\n", encoding="utf-8")
    with pytest.raises(FileTooLarge):
        read_program_file(str(big))
