"""The ``loyalty`` command (SPEC section 4): a stable integration surface for the store's
main POS and for people at a shell. Never imports Qt.

With ``--json`` success prints one JSON object and exits 0; a domain error prints
``{"error": {"code", "message"}}`` and exits 1; a usage error exits 2."""

from __future__ import annotations

import argparse
import os
import sys

from terminal.domain.errors import DatabaseCorrupt, InvalidInput, LoyaltyError
from terminal.store import damage
from terminal.paths import default_db_path
from terminal.store.sqlite_errors import translate
from terminal.domain.text import escape_lines
from terminal.store.private import owner_only_umask

from . import commands
from .output import emit_json

EXIT_OK, EXIT_DOMAIN, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_UNANSWERED = 4   # done (anything it writes is committed), but the answer could not be written
EXIT_INTERRUPTED = 130


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


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given the arguments, only the command they name (when they plainly name
    a known one), which parses them the same way."""
    parser = _Parser(prog="loyalty", description="Loyalty Terminal: members, points and receipts at the till.")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    commands.register(sub, common, only=_command_named(argv) if argv is not None else None)
    return parser


_VALUED = ("--db", "--now")   # the global options that take a value


def _command_named(argv: list[str]) -> str | None:
    """The command ``argv`` names, or None when that is not plain: help asked first, an
    unknown name, or an option before it that argparse might read differently (an
    abbreviation, ``--``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED:
            skip = True
        elif arg.startswith(tuple(f"{option}=" for option in _VALUED)) or arg == "--json":
            pass
        elif arg.startswith("-"):
            return None
        else:
            return arg if commands.known_command(arg) else None
    return None


def main(argv: list[str] | None = None) -> int:
    owner_only_umask()   # the database, backups, reports and receipts hold member data
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in argv
    undecodable = next((i for i, arg in enumerate(argv, 1) if _undecodable(arg)), None)
    if undecodable is not None:  # bytes that are not UTF-8 (a Latin-1 POS): refused, never guessed
        return _refuse(InvalidInput(f"argument {undecodable} is not UTF-8 text; send arguments in UTF-8"),
                       wants_json)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    args.db = args.db or default_db_path()
    args.now = args.now or os.environ.get("LOYALTY_NOW") or None
    try:
        result, text = args.handler(args)
    except LoyaltyError as exc:
        return _refuse(exc, args.json)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        known = translate(exc, path=args.db)
        if isinstance(known, DatabaseCorrupt):
            damage.mark(args.db, known.message)  # every command refuses it until restored
        if known is not None:
            return _refuse(known, args.json)
        if os.environ.get("LOYALTY_DEBUG"):
            raise
        # a bug: say so briefly, keep the trace for LOYALTY_DEBUG
        error = {"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"}
        if args.json:
            _write(lambda: emit_json({"error": error}))
        else:
            _say(f"loyalty: internal error: {error['message']} (set LOYALTY_DEBUG=1 for details)")
        return EXIT_INTERNAL
    if args.json:
        failure = _write(lambda: emit_json(result))
    else:
        # names and ids from outside: never a terminal control sequence
        failure = _write(lambda: print(escape_lines(text)) if text else None)
    if failure is not None:
        _say(f"loyalty: done, but the answer could not be written ({failure.strerror or failure}); "
             f"exit {EXIT_UNANSWERED}: do not repeat a change without its --receipt-id/--refund-id")
        return EXIT_UNANSWERED
    return EXIT_OK


def _undecodable(arg: str) -> bool:
    """Python hands undecodable argv bytes over as lone surrogates (PEP 383)."""
    return any("\udc80" <= ch <= "\udcff" for ch in arg)


def _refuse(exc: LoyaltyError, as_json: bool) -> int:
    """A refusal: nothing was written. Exit 1 whether or not the answer could be written."""
    if as_json:
        _write(lambda: emit_json({"error": exc.to_dict()}))
    else:
        _say(f"loyalty: {exc.message} [{exc.code}]")
    return EXIT_DOMAIN


def _write(emit) -> OSError | None:
    """Write and flush the answer; an answer that cannot be written (a full disk, a closed
    pipe) is returned, and stdout is pointed at /dev/null so that Python's own flush at exit
    does not fail again with a traceback."""
    try:
        emit()
        sys.stdout.flush()
    except OSError as exc:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass
        return exc
    return None


def _say(message: str) -> None:
    try:
        print(escape_lines(message), file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def run() -> None:
    """The ``loyalty`` command: ``main``, then the process ends without the interpreter's
    teardown (``terminal.quick_exit``: 190 ms of CPU of a ``member show``)."""
    from terminal.quick_exit import quick_exit
    quick_exit(main())


if __name__ == "__main__":
    run()
