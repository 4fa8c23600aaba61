"""``loyalty`` builds only the parser of the command its arguments name (each command is its own
process): that parser must read every argument list exactly as the whole parser does, and help,
usage errors and unknown commands must come from the whole parser."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from terminal.cli import commands
from terminal.cli.main import _command_named, build_parser

ARGUMENT_LISTS = [
    ["member", "show", "(212) 555-0111"],
    ["--db", "x.db", "--json", "member", "show", "2900100000062"],
    ["--json", "--now", "2026-02-11T12:00:00-05:00", "sale", "--member", "(212) 555-0111", "--amount", "9.99"],
    ["sale", "--line", "coffee=3.50x2", "--item", "4006381333931", "--redeem", "FREE", "--json"],
    ["--db=x.db", "member", "adjust", "ALICE", "--points", "-40", "--reason", "r", "--pin", "1234"],
    ["member", "enroll", "--name", "A", "--phone", "1", "--no-marketing"],
    ["program", "show"], ["program", "export", "f.toml"], ["init", "--demo", "--terminal", "7"],
    ["staff", "add", "--name", "B", "--role", "cashier", "--pin", "1", "--by", "2"],
    ["refund", "T001-000001", "--amount", "5.00"], ["expire"], ["check"], ["backup", "--daily", "--keep", "3"],
    ["restore", "b.db"], ["report", "daily", "--date", "2026-11-20"], ["sync"], ["conflicts", "list"],
    ["hq", "init", "postgresql://x"], ["devices", "list"], ["receipt", "pending"],
]


def _parse(parser, argv):
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            parsed = vars(parser.parse_args(argv))
        except SystemExit as exc:
            return {"exit": exc.code}
    handler = parsed.pop("handler")   # a member command's handler is a closure made per parser
    parsed["handler"] = (handler.__qualname__, [c.cell_contents.__code__ for c in handler.__closure__ or ()])
    return parsed


@pytest.mark.parametrize("argv", ARGUMENT_LISTS, ids=" ".join)
def test_the_one_command_parser_reads_arguments_as_the_whole_one(argv):
    assert _command_named(argv) == next(a for a in argv if commands.known_command(a))
    whole, one = _parse(build_parser(), argv), _parse(build_parser(argv), argv)
    assert whole == one
    assert "exit" not in whole or whole["exit"] != 0


@pytest.mark.parametrize("argv", [["--help"], ["-h", "member"], ["nosuch"], [], ["--json"], ["--d", "x", "member"],
                                  ["--", "member"], ["--db"]])
def test_anything_else_gets_the_whole_parser(argv):
    assert _command_named(argv) is None


def test_every_command_is_known_to_the_one_command_parser():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert all(commands.known_command(name) for name in sub.choices)
    assert set(sub.choices) == set(commands._GROUPS) | set(commands.EXTENSIONS)
