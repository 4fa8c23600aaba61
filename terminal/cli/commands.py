"""The subcommands of ``loyalty``: argument definitions and handlers. A handler takes the
parsed arguments and returns ``(json_result, human_text)``."""

from __future__ import annotations

import argparse

from terminal.domain.clock import FixedClock, SystemClock
from terminal.domain.errors import CheckFailed, InvalidInput, LoyaltyError
from terminal.domain.timekeeping import parse_instant, zone
from terminal.services.loyalty import Loyalty
from terminal.store import damage
from terminal.store.database import open_database

from .arguments import whole
from .output import member_text, pairs, sale_text, table


def read_program_file(path: str):
    """``terminal.services.setup.read_program_file``, imported by the commands that read one."""
    from terminal.services.setup import read_program_file as read
    return read(path)


# --------------------------------------------------------------------------- helpers

def _clock(args, tz_name: str):
    if not args.now:
        return SystemClock()
    try:
        return FixedClock(parse_instant(args.now, zone(tz_name)))
    except ValueError as exc:
        raise InvalidInput(f"--now: {exc}") from None


def open_app(args, *, create: bool = False, damaged_ok: bool = False) -> Loyalty:
    """The use cases on ``--db``. A database marked damaged (``terminal.store.damage``) is
    refused, except by ``check``, which looks again."""
    if not damaged_ok:
        damage.refuse(args.db)
    db = open_database(args.db, create=create)
    app = Loyalty(db, SystemClock())
    try:
        tz = app.program().timezone
    except LoyaltyError:
        tz = "UTC"
    app.clock = _clock(args, tz)
    from terminal.sync.lazy_remote import LazyRemote
    app.remote = LazyRemote(db, app.clock)
    return app


def _points(text: str) -> int:
    """A whole number of points in ASCII digits, within ``bounds.MAX_POINTS`` either way."""
    from terminal.domain.bounds import MAX_POINTS, parse_points
    try:
        return parse_points(text, "points", minimum=-MAX_POINTS)
    except LoyaltyError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _member_handler(method):
    def handler(args):
        result = method(open_app(args), args)
        return result, member_text(result["member"])
    return handler


# --------------------------------------------------------------------------- handlers

def cmd_init(args):
    program = read_program_file(args.program) if args.program else None
    if args.demo:
        from terminal.services.demo import demo_program
        program = program or demo_program()
    db = open_database(args.db, create=True)
    app = Loyalty(db, SystemClock())
    app.clock = _clock(args, program.timezone if program else "UTC")
    result = app.initialise(store=args.store or ("Corner Market" if args.demo else None), terminal=args.terminal,
                            program=program, manager_pin=args.manager_pin)
    text = pairs([("Store", result["store"]), ("Terminal", result["terminal"]),
                  ("Program version", result["program_version"]), ("Database", args.db)])
    if args.demo:
        from terminal.services.demo import load_demo
        summary = load_demo(app)
        result["demo"] = summary
        text += "\n\n" + pairs([("Demo members", summary["members"]), ("Demo sales", summary["sales"]),
                                ("Manager PIN", summary["manager_pin"]), ("Cashier PIN", summary["cashier_pin"])])
    return result, text


def cmd_staff_add(args):
    result = open_app(args).add_staff(name=args.name, role=args.role, pin=args.pin, by_pin=args.by)
    s = result["staff"]
    return result, f"Added {s['role']} {s['name']} ({s['id']})"


def cmd_program_import(args):
    result = open_app(args).import_program(read_program_file(args.file))
    return result, f"Program version {result['program_version']} is now in force"


def cmd_program_export(args):
    toml, version = open_app(args).export_program()
    if args.file:
        try:
            with open(args.file, "w", encoding="utf-8") as handle:
                handle.write(toml)
        except OSError as exc:
            raise InvalidInput(f"cannot write {args.file}: {exc}") from None
        return {"program_version": version, "file": args.file}, f"Program version {version} written to {args.file}"
    return {"program_version": version, "toml": toml}, toml.rstrip()


def cmd_program_show(args):
    app = open_app(args)
    toml, version = app.export_program()
    from terminal.domain.program import parse_program
    program = parse_program(toml)
    money = program.currency.format
    text = pairs([("Program", f"{program.name} (version {version})"), ("Currency", program.currency.code),
                  ("Region / timezone", f"{program.region} / {program.timezone}"),
                  ("Earn", f"{program.points_per_unit} point(s) per unit, rounding {program.rounding}"),
                  ("Point value", str(program.point_value)),
                  ("Expiry", f"{program.expiry_months} months" if program.expiry_months
                   else f"{program.expiry_days} days" if program.expiry_days else "never"),
                  ("Pending", f"{program.pending_days} days" if program.pending_days else "none")])
    text += "\n\n" + table(["Tier", "From spend", "Multiplier"],
                           [[t.name, money(t.min_spend), t.multiplier] for t in program.tiers], right=(1, 2))
    if program.rewards:
        text += "\n\n" + table(["Reward", "Kind", "Points"],
                               [[r.code, r.kind, r.points] for r in program.rewards.values()], right=(2,))
    if program.campaigns:
        text += "\n\n" + table(["Campaign", "Kind", "Value"],
                               [[c.code, c.kind, c.value] for c in program.campaigns], right=(2,))
    return {"program_version": version, "name": program.name, "currency": program.currency.code}, text


def cmd_member_enroll(args):
    result = open_app(args).enroll(name=args.name, phone=args.phone, email=args.email, birthday=args.birthday,
                                   card=args.card, referrer=args.referrer, marketing_consent=args.marketing)
    return result, member_text(result["member"])


def cmd_member_history(args):
    result = open_app(args).history(args.ref, limit=args.limit)
    rows = [[e["at"][:19].replace("T", " "), e["kind"], e["points"], e["rule"] or "", e["sale"] or "",
             e.get("expires_on") or ""] for e in result["entries"]]
    return result, table(["When (UTC)", "Kind", "Points", "Rule", "Receipt", "Expires"], rows, right=(2,))


def cmd_member_search(args):
    found = open_app(args).search_members(args.text)
    return {"members": found}, table(["Name", "Phone", "Status", "Id"],
                                     [[m["name"], m["phone_masked"], m["status"], m["id"]] for m in found])


def cmd_member_export(args):
    import json
    result = open_app(args).export_member(args.ref)
    document = json.dumps(result["export"], indent=2, ensure_ascii=False, sort_keys=True)
    if args.output:
        from .output import write_private
        write_private(args.output, document + "\n")
        return {"export": args.output}, f"Everything held about the member written to {args.output} (owner-only)"
    return result, document


def cmd_member_erase(args):
    result = open_app(args).erase_member(args.ref, args.pin, args.reason)
    e = result["erased"]
    return result, (f"Personal data of member {e['member']} erased ({len(e['accounts'])} account(s)); "
                    "points, sales and reports keep their numbers")


def cmd_member_import(args):
    result = open_app(args).import_members(args.csv, args.pin)
    text = f"Imported {result['imported']} member(s); rejected {len(result['rejected'])}"
    if result["rejected"]:
        text += "\n\n" + table(["Row", "Error", "Why"], [[r["row"], r["error"], r["message"]]
                                                        for r in result["rejected"]], right=(0,))
    return result, text


def cmd_sale(args):
    app = open_app(args)
    request = app.request(member=args.member, amount=args.amount, lines=args.line, items=args.item,
                          redeem=args.redeem, redeem_points=args.redeem_points, receipt_id=args.receipt_id,
                          promo=args.promo)
    result = app.sale(request)
    return result, sale_text(result["sale"])


def cmd_refund(args):
    result = open_app(args).refund(args.receipt, args.amount, refund_id=args.refund_id)
    r = result["refund"]
    refunded = r["amount"] + ("  (in full)" if r["full"] else "")
    if r.get("duplicate"):
        refunded += "  (repeated refund id: first result, nothing changed)"
    text = pairs([("Receipt", r["receipt"]), ("Refunded", refunded),
                  ("Points clawed back", r["points_clawed_back"]), ("Points returned", r["points_returned"])])
    if r["member"]:
        text += "\n\n" + member_text(r["member"])
    return result, text


def cmd_expire(args):
    app = open_app(args)
    result = app.expire()
    result["notifications_queued"] = app.queue_expiring_notices()
    e = result["expired"]
    return result, (f"Expired {e['points']} point(s) of {e['members']} member(s); "
                    f"{result['notifications_queued']} expiry notice(s) queued")


def cmd_check(args):
    app = open_app(args, damaged_ok=True)
    result = app.check()
    if result["ok"]:
        text = "OK: every balance equals its ledger, every sale adds up."
        for warning in app.check_warnings():
            text += f"\nNote: {warning}"
        return result, text
    raise CheckFailed("; ".join(result["problems"][:20]), problems=result["problems"])


def cmd_backup(args):
    app = open_app(args)
    if args.daily:
        if args.dest:
            raise InvalidInput("backup --daily takes --dir, not a file name")
        result = app.daily_backup(args.dir, args.keep)
        text = (f"Backed up to {result['backup']}" if result["made"] else f"Today's backup is {result['backup']}")
        if result["removed"]:
            text += f"; removed {len(result['removed'])} older backup(s)"
        return result, text
    if not args.dest:
        raise InvalidInput("backup needs a destination file (or --daily)")
    result = app.backup(args.dest)
    return result, f"Backed up to {result['backup']} ({result['bytes']} bytes, verified)"


def cmd_restore(args):
    from terminal.services.backups import restore
    result = restore(args.db, args.backup, _clock(args, "UTC").now())
    text = f"Restored {result['restored']} from {result['from']}"
    if result["previous"]:
        text += f"; the database it replaced is kept as {result['previous']}"
    return result, text


# --------------------------------------------------------------------------- registry

#: The command groups that live in their own modules (reports, HQ, devices, receipts), by the
#: commands each registers.
EXTENSIONS = {"hq": "terminal.cli.hq", "sync": "terminal.cli.hq", "conflicts": "terminal.cli.hq",
              "devices": "terminal.cli.devices", "receipt": "terminal.cli.devices",
              "report": "terminal.cli.reports"}


def register(sub, common, only: str | None = None) -> None:
    """Every command, in the order ``--help`` lists them; with ``only``, just that command (or
    its group): a command is its own process, and building (and importing) the parsers of the
    other thirty cost each one about 10 ms."""
    def add(parent, name, handler, help_text, **kwargs):
        parser = parent.add_parser(name, parents=[common], help=help_text, description=help_text, **kwargs)
        parser.set_defaults(handler=handler)
        return parser

    if only in EXTENSIONS and _extension(EXTENSIONS[only]) is None:
        only = None   # a module this installation lacks: the whole parser says what there is
    for name, group in _GROUPS.items():
        if only is None or only == name:
            group(sub, add)
    for module in dict.fromkeys(EXTENSIONS.values()):
        if only is None or EXTENSIONS.get(only) == module:
            extension = _extension(module)
            if extension is not None:
                extension(sub, add)


def known_command(name: str) -> bool:
    return name in _GROUPS or name in EXTENSIONS


def _extension(module: str):
    try:
        return __import__(module, fromlist=["register"]).register
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


def _init(sub, add) -> None:
    p = add(sub, "init", cmd_init, "create or migrate the database and its first manager")
    p.add_argument("--store", help="store name")
    p.add_argument("--terminal", type=whole(1, 999), help="this terminal's number, 1-999 (part of card numbers)")
    p.add_argument("--program", help="program TOML file")
    p.add_argument("--manager-pin", help="PIN of the first manager")
    p.add_argument("--demo", action="store_true", help="load the demo program, members, staff and history")


def _staff(sub, add) -> None:
    staff = sub.add_parser("staff", help="staff who sign in").add_subparsers(dest="staff_cmd", required=True)
    p = add(staff, "add", cmd_staff_add, "add a cashier or manager")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=("cashier", "manager"))
    p.add_argument("--pin", required=True)
    p.add_argument("--by", required=True, metavar="PIN", help="a manager's PIN")


def _program(sub, add) -> None:
    program = sub.add_parser("program", help="the loyalty program, as TOML").add_subparsers(dest="program_cmd",
                                                                                             required=True)
    add(program, "import", cmd_program_import, "load a program file as the new version").add_argument("file")
    add(program, "export", cmd_program_export, "write the program as TOML").add_argument("file", nargs="?")
    add(program, "show", cmd_program_show, "summarise the program in force")


def _member(sub, add) -> None:
    member = sub.add_parser("member", help="members and cards").add_subparsers(dest="member_cmd", required=True)
    p = add(member, "enroll", cmd_member_enroll, "enroll a member; a card number is generated unless --card")
    p.add_argument("--name", required=True)
    p.add_argument("--phone", required=True)
    p.add_argument("--email")
    p.add_argument("--birthday", help="YYYY-MM-DD")
    p.add_argument("--card", help="a pre-printed card number")
    p.add_argument("--referrer", help="the referring member (card or phone)")
    p.add_argument("--marketing", action=argparse.BooleanOptionalAction, default=False,
                   help="the member consents (or not: --no-marketing) to marketing messages; recorded with the "
                        "enrollment")
    add(member, "show", _member_handler(lambda app, a: app.show_member(a.ref)), "one member").add_argument("ref")
    p = add(member, "history", cmd_member_history, "ledger entries, newest first")
    p.add_argument("ref")
    p.add_argument("--limit", type=whole(1, 1_000_000))
    add(member, "search", cmd_member_search, "find members by name").add_argument("text")
    p = add(member, "adjust", _member_handler(lambda app, a: app.adjust(a.ref, a.points, a.reason, a.pin)),
            "manual adjustment (manager)")
    p.add_argument("ref")
    p.add_argument("--points", required=True, type=_points)
    p.add_argument("--reason", required=True)
    p.add_argument("--pin", required=True)
    p = add(member, "replace-card", _member_handler(lambda app, a: app.replace_card(a.ref, a.pin, a.card)),
            "issue a new card; the old one resolves to the member but is marked replaced")
    p.add_argument("ref")
    p.add_argument("--card")
    p.add_argument("--pin", required=True)
    for name, blocked in (("block", True), ("unblock", False)):
        p = add(member, name, _member_handler(lambda app, a, b=blocked: app.block(a.ref, a.pin, b, a.reason)),
                f"{name} a member (manager)")
        p.add_argument("ref")
        p.add_argument("--pin", required=True)
        p.add_argument("--reason")
    p = add(member, "merge", _member_handler(lambda app, a: app.merge(a.ref, a.into_ref, a.pin)),
            "merge REF into INTO_REF (manager)")
    p.add_argument("ref")
    p.add_argument("into_ref")
    p.add_argument("--pin", required=True)
    p = add(member, "import", cmd_member_import, "members from a CSV file")
    p.add_argument("csv")
    p.add_argument("--pin", help="a manager's PIN: needed for rows with an opening balance")
    p = add(member, "export", cmd_member_export, "everything held about a member, as JSON")
    p.add_argument("ref")
    p.add_argument("--output", metavar="FILE", help="write to FILE (created owner-only) instead of stdout")
    p = add(member, "erase", cmd_member_erase,
            "remove a member's personal data everywhere, head office included (manager); the numbers stay")
    p.add_argument("ref")
    p.add_argument("--pin", required=True)
    p.add_argument("--reason")


def _sale(sub, add) -> None:
    p = add(sub, "sale", cmd_sale, "record a sale")
    p.add_argument("--member", help="card number or phone")
    p.add_argument("--amount", help="one uncategorised amount")
    p.add_argument("--line", action="append", default=[], help="CATEGORY=AMOUNT[xQTY], AMOUNT per unit")
    p.add_argument("--item", action="append", default=[], help="SKU or EAN[xQTY] from the catalog")
    p.add_argument("--redeem", action="append", default=[], metavar="CODE")
    p.add_argument("--redeem-points", type=_points, metavar="N")
    p.add_argument("--receipt-id", help="the main POS's receipt id; repeating it changes nothing")
    p.add_argument("--promo", metavar="CODE", help="a promo code: unlocks its campaign or its reward")


def _refund(sub, add) -> None:
    p = add(sub, "refund", cmd_refund, "refund all or part of a sale")
    p.add_argument("receipt", help="receipt number or external receipt id")
    p.add_argument("--amount")
    p.add_argument("--refund-id", help="the main POS's id for this refund; repeating it changes nothing")


def _expire(sub, add) -> None:
    add(sub, "expire", cmd_expire, "expire everything due as of now")


def _check(sub, add) -> None:
    add(sub, "check", cmd_check, "integrity check")


def _backup(sub, add) -> None:
    p = add(sub, "backup", cmd_backup, "online backup to a new file, verified before it gets its name")
    p.add_argument("dest", nargs="?")
    p.add_argument("--daily", action="store_true",
                   help="today's backup in --dir (default: backups beside the database), keeping --keep")
    p.add_argument("--dir", help="folder of the daily backups")
    p.add_argument("--keep", type=whole(1, 1000), default=7, help="daily backups kept (default 7)")


def _restore(sub, add) -> None:
    add(sub, "restore", cmd_restore, "replace the database by a verified backup (stop the till first)"
        ).add_argument("backup")


_GROUPS = {"init": _init, "staff": _staff, "program": _program, "member": _member, "sale": _sale,
           "refund": _refund, "expire": _expire, "check": _check, "backup": _backup, "restore": _restore}
