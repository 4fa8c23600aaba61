"""Head office (SPEC section 7): ``loyalty hq init|register|publish|report``, ``loyalty sync``
and ``loyalty conflicts list|resolve``."""

from __future__ import annotations

from datetime import datetime, timezone

from terminal.domain.errors import InvalidInput
from terminal.services.setup import read_program_file

from .arguments import whole
from .output import pairs, table


def _now(args, program=None):
    if not args.now:
        return datetime.now(timezone.utc)
    from terminal.domain.timekeeping import parse_instant, zone
    try:
        return parse_instant(args.now, program.tz if program else zone("UTC"))
    except ValueError as exc:
        raise InvalidInput(f"--now: {exc}") from None


def _admin(url: str):
    from terminal.sync.hq import connect_hq
    return connect_hq(url)


def cmd_hq_init(args):
    from terminal.sync.admin import publish_program
    from terminal.sync.credentials import redact
    from terminal.sync.hq import init_hq
    program = read_program_file(args.program) if args.program else None
    hq = _admin(args.url)
    try:
        init_hq(hq)
        result = {"hq": redact(hq.url), "program_version": None}
        if program is not None:
            result["program_version"] = publish_program(hq, program, _now(args, program))
    finally:
        hq.dispose()
    text = pairs([("Head office", result["hq"]), ("Schema", "ready"),
                  ("Published program version", result["program_version"] or "-")])
    return result, text


def cmd_hq_publish(args):
    from terminal.sync.admin import publish_program
    program = read_program_file(args.file)
    hq = _admin(args.url)
    try:
        version = publish_program(hq, program, _now(args, program))
    finally:
        hq.dispose()
    return {"program_version": version}, f"Program version {version} is published to every terminal"


def cmd_hq_register(args):
    from terminal.sync.register import register_here
    from .commands import open_app
    app = open_app(args)
    result = register_here(app.db, args.url, args.store, args.terminal)
    return result, pairs([("Store", result["store"]), ("Terminal", result["terminal"]),
                          ("Head office", result["url"]), ("Password", "kept in " + result["passfile"])])


def cmd_hq_report(args):
    from terminal.sync.report import hq_report
    day = None
    if args.date:
        from terminal.domain.timekeeping import parse_day
        try:
            day = parse_day(args.date, "--date")
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
    hq = _admin(args.url)
    try:
        result = hq_report(hq, day, _now(args), args.store)
    finally:
        hq.dispose()
    keys = ("sales", "revenue", "refunds", "points_earned", "points_redeemed", "points_expired", "enrollments",
            "liability_points", "conflicts")
    rows = [[r["store"], *[r[k] for k in keys]] for r in result["stores"]]
    rows.append(["(chain)", *[result["chain"][k] for k in keys]])
    return result, f"Head office report {result['date']}\n\n" + table(["Store", *keys], rows,
                                                                         right=tuple(range(1, len(keys) + 1)))


def cmd_sync(args):
    from terminal.sync.engine import run_sync
    from .commands import open_app
    app = open_app(args)
    result = run_sync(app.db, args.hq, app.clock.now())
    lines = [("Pushed", result["pushed"]), ("Pulled", result["pulled"]), ("Conflicts waiting", result["conflicts"])]
    lines += [(f"  {kind}", n) for kind, n in result["conflicts_by_kind"].items()]
    skew = result["clock_skew_s"]
    lines.append(("Clock skew", f"{skew:+.1f} s" + ("  (more than 2 minutes: set this till's clock)"
                                                    if result["clock_skew_warning"] else "")))
    return result, pairs(lines)


def cmd_conflicts_list(args):
    from .commands import open_app
    result = open_app(args).list_conflicts(include_resolved=args.all)
    rows = [[c["id"][:8], c["kind"], c.get("member_name") or c["member"] or "", c["at"][:16].replace("T", " "),
             "yes" if c["resolved"] else "no"] for c in result["conflicts"]]
    return result, table(["Id", "Kind", "Member", "When (UTC)", "Resolved"], rows) if rows else "No conflicts waiting."


def cmd_conflicts_resolve(args):
    from .commands import open_app
    app = open_app(args)
    conflict_id = args.id
    if len(conflict_id) < 36:   # the short id the list shows
        matches = [c["id"] for c in app.list_conflicts()["conflicts"] if c["id"].startswith(conflict_id)]
        conflict_id = matches[0] if len(matches) == 1 else conflict_id
    result = app.resolve_conflict(conflict_id, args.note, args.pin)
    return result, f"Conflict {result['conflict']['id']} ({result['conflict']['kind']}) resolved"


def register(sub, add) -> None:
    hq = sub.add_parser("hq", help="head office").add_subparsers(dest="hq_cmd", required=True)
    p = add(hq, "init", cmd_hq_init, "create or upgrade head office's schema, roles and policies")
    p.add_argument("--url", required=True, help="SQLAlchemy URL of head office's PostgreSQL (its owner)")
    p.add_argument("--program", help="program TOML to publish to every terminal")
    p = add(hq, "publish", cmd_hq_publish, "publish a program chain-wide (validated like a local import)")
    p.add_argument("--url", required=True)
    p.add_argument("file")
    p = add(hq, "register", cmd_hq_register,
            "register this terminal at head office: a chain-unique number and its own credentials")
    p.add_argument("--url", required=True, help="head office's owner URL (used once, never stored)")
    p.add_argument("--store", required=True)
    p.add_argument("--terminal", type=whole(1, 999),
                   help="confirm this number (default: this database's, or the next free)")
    p = add(hq, "report", cmd_hq_report, "daily figures per store and for the chain")
    p.add_argument("--url", required=True)
    p.add_argument("--date", help="store-local day, YYYY-MM-DD (default: today)")
    p.add_argument("--store", help="only this store")
    p = add(sub, "sync", cmd_sync, "push what this terminal made, pull what its store needs")
    p.add_argument("--hq", metavar="URL", help="head office (default: the one registered)")
    conflicts = sub.add_parser("conflicts", help="sync conflicts for managers").add_subparsers(
        dest="conflicts_cmd", required=True)
    p = add(conflicts, "list", cmd_conflicts_list, "conflicts waiting for a manager")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p = add(conflicts, "resolve", cmd_conflicts_resolve, "mark a conflict resolved, with a note (manager)")
    p.add_argument("id")
    p.add_argument("--note", required=True)
    p.add_argument("--pin", required=True)
