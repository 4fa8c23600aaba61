"""``loyalty hq init`` and ``loyalty sync``: head office (SPEC section 7)."""

from __future__ import annotations

from terminal.services.setup import read_program_file
from terminal.domain.program import program_to_toml

from .output import pairs


def cmd_hq_init(args):
    from terminal.sync.engine import publish_program
    from terminal.sync.hq import connect_hq, init_hq
    program = read_program_file(args.program) if args.program else None
    hq = connect_hq(args.url)
    try:
        init_hq(hq)
        result = {"hq": hq.url.render_as_string(hide_password=True), "program_version": None}
        if program is not None:
            from datetime import datetime, timezone
            now = datetime.now(timezone.utc)
            if args.now:
                from terminal.domain.timekeeping import parse_instant
                now = parse_instant(args.now, program.tz)
            result["program_version"] = publish_program(hq, program_to_toml(program), now)
    finally:
        hq.dispose()
    text = pairs([("Head office", result["hq"]), ("Schema", "ready"),
                  ("Published program version", result["program_version"] or "-")])
    return result, text


def cmd_sync(args):
    from terminal.sync.engine import run_sync
    from .commands import open_app
    app = open_app(args)
    result = run_sync(app.db, args.hq, app.clock.now())
    return result, pairs([("Pushed", result["pushed"]), ("Pulled", result["pulled"]),
                          ("Conflicts", result["conflicts"])])


def register(sub, add) -> None:
    hq = sub.add_parser("hq", help="head office").add_subparsers(dest="hq_cmd", required=True)
    p = add(hq, "init", cmd_hq_init, "create or upgrade head office's schema; optionally publish a program")
    p.add_argument("--url", required=True, help="SQLAlchemy URL of the PostgreSQL database")
    p.add_argument("--program", help="program TOML to publish to every terminal")
    p = add(sub, "sync", cmd_sync, "push what this terminal made, pull what others made")
    p.add_argument("--hq", required=True, metavar="URL")
