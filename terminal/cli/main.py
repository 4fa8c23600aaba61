"""The ``loyalty`` command (SPEC section 4): a stable integration surface for the store's
main POS and for people at a shell. Never imports Qt.

With ``--json`` success prints one JSON object and exits 0; a domain error prints
``{"error": {"code", "message"}}`` and exits 1; a usage error exits 2."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from terminal.domain.errors import LoyaltyError
from terminal.domain.text import escape_lines
from terminal.store.private import owner_only_umask

from . import commands
from .output import emit_json

EXIT_OK, EXIT_DOMAIN, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def default_db_path() -> str:
    env = os.environ.get("LOYALTY_DB")
    if env:
        return env
    from platformdirs import user_data_dir
    return str(Path(user_data_dir("loyalty-terminal", appauthor=False)) / "loyalty.db")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as SPEC 4 wants; this only sharpens the message."""

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"loyalty: error: {message}\n")


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = (lambda value: argparse.SUPPRESS) if suppress else (lambda value: value)
    parser.add_argument("--db", default=default(None), help="database file (env LOYALTY_DB)")
    parser.add_argument("--now", default=default(None), help="fixed clock, ISO-8601 (env LOYALTY_NOW)")
    parser.add_argument("--json", action="store_true", default=default(False), help="one JSON object on stdout")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loyalty", description="Loyalty Terminal: members, points and receipts at the till.")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    commands.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    owner_only_umask()   # the database, backups, reports and receipts hold member data
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = args.db or default_db_path()
    args.now = args.now or os.environ.get("LOYALTY_NOW") or None
    try:
        result, text = args.handler(args)
    except LoyaltyError as exc:
        if args.json:
            emit_json({"error": exc.to_dict()})
        else:
            print(escape_lines(f"loyalty: {exc.message} [{exc.code}]"), file=sys.stderr)
        return EXIT_DOMAIN
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so briefly, keep the trace for LOYALTY_DEBUG
        if os.environ.get("LOYALTY_DEBUG"):
            raise
        error = {"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"}
        if args.json:
            emit_json({"error": error})
        else:
            print(escape_lines(f"loyalty: internal error: {error['message']} (set LOYALTY_DEBUG=1 for details)"),
                  file=sys.stderr)
        return EXIT_INTERNAL
    if args.json:
        emit_json(result)
    elif text:
        print(escape_lines(text))  # names and ids from outside: never a terminal control sequence
    return EXIT_OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
