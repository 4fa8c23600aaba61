"""The application's use cases behind one object. The CLI and the GUI call these; each call
is one unit of work with the injected clock, and returns plain data (the JSON shapes of
SPEC section 4) or raises a ``LoyaltyError``.

The GUI calls these from a worker thread; a ``Loyalty`` holds no per-call state, and every
call opens its own session, so calls from several threads are safe (SQLite serialises the
writers).

Head office reaches the use cases only through ``remote`` (SPEC 7: a member unknown here is
looked up at HQ by every command that names one; a stale link is probed before the offline
redemption cap applies), an object the composition root injects, as it injects the clock; the
services never import the sync layer."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import func, select

from terminal.domain.clock import Clock, SystemClock
from terminal.domain.errors import UnknownMember
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date, parse_instant
from terminal.store.database import Database
from terminal.store.models import LedgerEntry, Member, Sale

from . import signin
from .ledger import Book, family_of
from .lookup import resolve, scanned_card
from .staff import audit, create_staff, require_manager
from .signin import ANY_STAFF, MANAGER
from .uow import NeedsWrite, UnitOfWork
from .views import member_view


class _OnFirstUse:
    """A module of use cases imported when a use case first needs it: each ``loyalty``
    command is its own process, and ``member show`` need not pay for the import, the
    integrity check, refunds or conflicts."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr):
        import importlib
        return getattr(importlib.import_module(self._name, __package__), attr)


conflicts, importer, integrity, members, refunds, sales, setup = (
    _OnFirstUse(f".{name}") for name in ("conflicts", "importer", "integrity", "members", "refunds", "sales", "setup"))


class Remote(Protocol):
    """What the use cases may ask of head office (``terminal.sync.remote.HqRemote``)."""

    def fetch_member(self, ref: str) -> bool: ...   # copy a member known at HQ here; found?
    def probe(self) -> bool: ...                    # does HQ answer now?


class Loyalty:
    def __init__(self, db: Database, clock: Clock, remote: Remote | None = None,
                 guard_clock: Clock | None = None):
        """``clock`` is business time (``--now`` sets it); ``guard_clock`` times wrong-PIN
        waits and idle sessions, and stays the real clock unless a test injects one;
        ``remote`` is head office (see ``Remote``)."""
        self.db, self.clock, self.remote = db, clock, remote
        self.guard_clock = guard_clock or SystemClock()
        from .bootstrap import ensure_journal
        ensure_journal(db, clock)

    # -- plumbing -------------------------------------------------------------------

    def _run(self, action, *, write: bool | str = True, commit: bool = True):
        """``write="if_needed"``: a use case that usually only reads (showing a member: it
        writes only when a lot is due to expire or received facts wait to be projected) runs
        first in a read transaction, which never waits for a writer; only when it turns out
        to need a write does it run again as one."""
        now = self.clock.now()
        if write == "if_needed":
            try:
                with UnitOfWork(self.db, write=False, now=now) as uow:
                    with uow.session.no_autoflush:
                        program, version = uow.program()
                        result = action(uow, program, version, now)
                        if not uow.pending_writes():
                            return result
            except NeedsWrite:
                pass
            write = True
        with UnitOfWork(self.db, write=write, now=now) as uow:
            program, version = uow.program()
            result = action(uow, program, version, now)
            if commit and write:
                uow.commit()
            return result

    def _naming(self, refs, action, **options):
        """Run a use case that names members; a member unknown here is fetched from head
        office (when one answers) and the use case runs again."""
        try:
            return self._run(action, **options)
        except UnknownMember:
            if self.remote is None or not any(ref and self.remote.fetch_member(ref) for ref in refs):
                raise
            return self._run(action, **options)

    def _authorize(self, credential, roles: tuple[str, ...], action: str) -> signin.Authorized:
        """The staff member behind a PIN or session, counted by the wrong-PIN guard."""
        return signin.authenticate(self.db, credential, roles=roles, action=action, now=self.clock.now(),
                                   guard_now=self.guard_clock.now())

    @property
    def backoffice(self):
        """The store manager's use cases (``terminal.services.backoffice``)."""
        from .backoffice import BackOffice
        return BackOffice(self)

    def program(self) -> Program:
        with UnitOfWork(self.db, write=False) as uow:
            return uow.program()[0]

    def parse_time(self, text: str) -> datetime:
        return parse_instant(text, self.program().tz)

    # -- setup and program ----------------------------------------------------------

    def initialise(self, *, store=None, terminal=None, program: Program | None = None, manager_pin=None) -> dict:
        with UnitOfWork(self.db) as uow:
            result = setup.initialise(uow, self.clock.now(), store=store, terminal=terminal, program=program,
                                      manager_pin=manager_pin)
            uow.commit()
            return result

    def import_program(self, program: Program) -> dict:
        with UnitOfWork(self.db) as uow:
            version = setup.store_program(uow, program, self.clock.now())
            uow.commit()
            return {"program_version": version}

    def export_program(self) -> tuple[str, int]:
        with UnitOfWork(self.db, write=False) as uow:
            row = uow.program_row()
            return row.toml, row.version

    def device_settings(self) -> dict:
        """The devices chosen in the back office (``store_settings``), for the composition root."""
        from .store_settings import device_settings
        with UnitOfWork(self.db, write=False) as uow:
            return device_settings(uow)

    def settings(self) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return {"store": uow.setting("store"), "terminal": uow.terminal, "hq_url": uow.setting("hq_url")}

    # -- staff ----------------------------------------------------------------------

    def add_staff(self, *, name: str, role: str, pin: str, by_pin: str) -> dict:
        manager = self._authorize(by_pin, MANAGER, "staff_add")

        def action(uow, program, version, now):
            staff = create_staff(uow, name, role, pin, now)
            audit(uow, now, require_manager(uow, manager), "staff_add", reason=f"new {role}", staff_member=staff.id,
                  name=staff.name)
            return {"staff": {"id": staff.id, "name": staff.name, "role": staff.role}}
        return self._run(action)

    def sign_in(self, pin: str, purpose: str = "till") -> dict:
        """Open a till shift ("till") or a back-office visit ("backoffice": managers only).
        Wrong PINs are counted and made to wait (``terminal.services.signin``)."""
        return signin.sign_in(self.db, pin, purpose, now=self.clock.now(), guard_now=self.guard_clock.now())

    def sign_out(self, session: str, reason: str = "sign_out") -> bool:
        return signin.sign_out(self.db, session, now=self.clock.now(), guard_now=self.guard_clock.now(),
                               reason=reason)

    # -- members --------------------------------------------------------------------

    def _member_result(self, uow, program, version, now, member) -> dict:
        book = Book.open(uow, member, program, version, now)
        return {"member": member_view(uow, program, member, book, now)}

    def enroll(self, **fields) -> dict:
        def action(uow, program, version, now):
            member = members.enroll(uow, program, version, now, **fields)
            return self._member_result(uow, program, version, now, member)
        return self._naming([fields.get("referrer")], action)

    def show_member(self, ref: str) -> dict:
        """Shows the balance, so expires what is due first (SPEC 3.1): a write when a lot is
        due (or received facts wait to be projected), a read otherwise.

        When ``ref`` is a card, ``scanned_card`` says what became of that card, so the till
        can say plainly "this card was replaced" or "this account was merged"."""
        def action(uow, program, version, now):
            member = resolve(uow, program, ref)
            result = self._member_result(uow, program, version, now, member)
            card = scanned_card(uow, program, ref)
            if card is not None:
                result["scanned_card"] = card
            return result
        return self._naming([ref], action, write="if_needed")

    def search_members(self, text: str, limit: int = 20) -> list[dict]:
        """Name search for the till: members whose name contains ``text`` (case-insensitive)."""
        needle = " ".join((text or "").split()).casefold()
        if len(needle) < 2:
            return []
        with UnitOfWork(self.db, write=False) as uow:
            rows = uow.session.scalars(select(Member).where(Member.name_key.contains(needle),
                                                            Member.status != "merged")
                                       .order_by(Member.name_key).limit(limit))
            from terminal.domain.phones import mask_phone
            return [{"id": m.id, "name": m.name, "phone_masked": mask_phone(m.phone), "status": m.status}
                    for m in rows]

    def history(self, ref: str, limit: int | None = None) -> dict:
        def action(uow, program, version, now):
            member = resolve(uow, program, ref)
            Book.open(uow, member, program, version, now)
            # The accounts merged into this one share its wallet: their entries are its history
            # too, so the balance is always the sum of what is listed.
            family = family_of(uow.session, member.id)
            query = (select(LedgerEntry, Sale.receipt).outerjoin(Sale, Sale.id == LedgerEntry.sale_id)
                     .where(LedgerEntry.member_id.in_(family))
                     .order_by(LedgerEntry.at.desc(), LedgerEntry.seq.desc()))
            if limit:
                query = query.limit(limit)
            return {"member": member.id, "entries": [
                {"id": e.id, "kind": e.kind, "points": e.points, "at": e.at.isoformat(), "sale": receipt,
                 "rule": e.rule, "reason": e.reason, "account": e.member_id,
                 "expires_on": local_date(e.expires_at, program.tz).isoformat() if e.expires_at else None}
                for e, receipt in uow.session.execute(query)]}
        return self._naming([ref], action, write="if_needed")

    def adjust(self, ref: str, points: int, reason: str, pin: str) -> dict:
        pin = self._authorize(pin, MANAGER, "adjust")

        def action(uow, program, version, now):
            member = members.adjust(uow, program, version, now, ref, points, reason, pin)
            return self._member_result(uow, program, version, now, member)
        return self._naming([ref], action)

    def replace_card(self, ref: str, pin: str, card: str | None = None) -> dict:
        pin = self._authorize(pin, MANAGER, "replace_card")

        def action(uow, program, version, now):
            member = members.replace_card(uow, program, version, now, ref, pin, card)
            return self._member_result(uow, program, version, now, member)
        return self._naming([ref], action)

    def block(self, ref: str, pin: str, blocked: bool = True, reason: str | None = None) -> dict:
        pin = self._authorize(pin, MANAGER, "block" if blocked else "unblock")

        def action(uow, program, version, now):
            member = members.set_blocked(uow, program, now, ref, pin, blocked, reason, version)
            return self._member_result(uow, program, version, now, member)
        return self._naming([ref], action)

    def edit_member(self, ref: str, pin: str, reason: str | None = None, **changes) -> dict:
        pin = self._authorize(pin, MANAGER, "edit")

        def action(uow, program, version, now):
            member = members.edit_member(uow, program, version, now, ref, pin, reason, **changes)
            return self._member_result(uow, program, version, now, member)
        return self._naming([ref], action)

    def merge(self, ref: str, into_ref: str, pin: str) -> dict:
        pin = self._authorize(pin, MANAGER, "merge")

        def action(uow, program, version, now):
            member = members.merge(uow, program, version, now, ref, into_ref, pin)
            return self._member_result(uow, program, version, now, member)
        return self._naming([ref, into_ref], action)

    def export_member(self, ref: str) -> dict:
        """Everything held about a member, as JSON (``terminal.services.privacy``)."""
        from . import privacy
        return self._naming([ref], lambda uow, program, version, now: privacy.export(uow, program, version, now, ref))

    def erase_member(self, ref: str, pin: str, reason: str | None = None) -> dict:
        """Remove a member's personal data everywhere (manager); the numbers stay. The WAL is
        folded into the database and truncated afterwards, so no copy of a page remains."""
        from terminal.store.redaction import scrub_files
        from . import privacy
        pin = self._authorize(pin, MANAGER, "erase")
        result = self._naming([ref], lambda uow, program, version, now:
                              privacy.erase(uow, program, version, now, ref, pin, reason))
        scrub_files(self.db.writer)
        return result

    def import_members(self, path: str, pin: str | None = None) -> dict:
        """Streamed, in batches of their own transactions (``terminal.services.importer``); a
        manager's ``pin`` lets rows with an opening balance in."""
        pin = self._authorize(pin, MANAGER, "import") if pin else None
        with UnitOfWork(self.db, write=False) as uow:
            program, version = uow.program()
        return importer.import_members(self.db, program, version, self.clock.now(), path, pin)

    # -- sales ----------------------------------------------------------------------

    def request(self, *, member=None, amount=None, lines=(), items=(), redeem=(), redeem_points=None,
                receipt_id=None, promo=None) -> SaleRequest:
        program = self.program()
        from .sale_input import build_lines
        return sales.SaleRequest(lines=build_lines(program, amount, list(lines), list(items)), member=member,
                                 redeem=list(redeem), redeem_points=redeem_points, receipt_id=receipt_id,
                                 promo=promo)

    def sale(self, request: SaleRequest, session: str | None = None) -> dict:
        """Record a sale; with the till's ``session`` the sale records who rang it."""
        who = self._authorize(session, ANY_STAFF, "sale") if session else None
        self._refresh_link(request)
        return {"sale": self._naming([request.member], lambda uow, program, version, now: sales.record_sale(
            uow, program, version, now, request, staff=signin.staff_of(uow, who)))}

    def preview(self, request: SaleRequest):
        """The priced sale without keeping anything (for the till's live preview)."""
        return self._naming([request.member], lambda uow, program, version, now:
                            sales.preview_sale(uow, program, version, now, request), commit=False)

    def _refresh_link(self, request: SaleRequest) -> None:
        """Before a redemption, a link to head office not heard from lately is probed (outside
        any transaction), so the offline cap applies exactly while HQ does not answer."""
        if self.remote is None or not (request.redeem or request.redeem_points):
            return
        with UnitOfWork(self.db, write=False) as uow:
            stale = sales.hq_silent_since(uow, self.clock.now()) is not None
        if stale:
            self.remote.probe()

    def refund(self, receipt: str, amount: str | None = None, refund_id: str | None = None,
               session: str | None = None, *, approver_pin: str | None = None,
               approval_above: str | None = None) -> dict:
        """``refund_id``: an idempotency key (a refund repeated with it answers the first).
        ``approval_above``: refunds of more than this (a decimal) need ``approver_pin``, a
        manager's, checked by the wrong-PIN guard like any PIN."""
        who = self._authorize(session, ANY_STAFF, "refund") if session else None
        approver = self._authorize(approver_pin, MANAGER, "refund_approval") if approver_pin else None
        return {"refund": self._run(lambda uow, program, version, now: refunds.refund_sale(
            uow, program, version, now, receipt, amount, staff_id=who.staff_id if who else None,
            request_id=refund_id, approver_pin=approver, approval_above=approval_above))}

    def sale_record(self, receipt: str) -> dict:
        """A stored sale's answer (for reprints and refunds at the till)."""
        import json
        with UnitOfWork(self.db, write=False) as uow:
            sale = refunds.find_sale(uow, receipt)
            result = json.loads(sale.result_json)
            result.update(refunded=uow.program()[0].currency.format(sale.refunded),
                          fully_refunded=sale.fully_refunded)
            return result

    def expire(self) -> dict:
        return {"expired": self._run(lambda uow, program, version, now:
                                     refunds.expire_all(uow, program, version, now))}

    def queue_expiring_notices(self) -> int:
        """Notifications for consenting members whose points expire within 30 days."""
        from .notifications import queue_all_expiring
        return self._run(queue_all_expiring)

    # -- reports --------------------------------------------------------------------

    def daily_report(self, day: str | date | None = None) -> dict:
        """The store-local day's report; today when no day is given."""
        from terminal.domain.errors import InvalidInput
        from .reports import daily_report

        def action(uow, program, version, now):
            if day is None:
                chosen = local_date(now, program.tz)
            elif isinstance(day, date):
                chosen = day
            else:
                from terminal.domain.timekeeping import parse_day
                try:
                    chosen = parse_day(day, "--date")
                except ValueError as exc:
                    raise InvalidInput(str(exc)) from None
            return daily_report(uow, program, version, now, chosen)
        return self._run(action)

    def period_report(self, first: str | date, last: str | date) -> dict:
        """The store's figures and the manager's analytics for the days ``first`` to ``last``."""
        from .report_summary import pick_day
        from .reports import period_report
        return self._run(lambda uow, program, version, now: period_report(
            uow, program, version, now, pick_day(first, now, program), pick_day(last, now, program)))

    def daily_summary(self, day: str | date | None = None) -> dict:
        """The daily report and what a manager asks next (``terminal.services.report_summary``)."""
        from . import report_summary
        return self._run(lambda uow, program, version, now: report_summary.daily_summary(
            uow, program, version, now, report_summary.pick_day(day, now, program)))

    # -- integrity ------------------------------------------------------------------

    def quick_check(self, stop=None, *, seal: bool = True, chains: bool = True, pause=None) -> dict:
        """The cheap part of ``check`` (the journal's seal and chains), for the till's start;
        ``stop`` (an event) cancels it (``integrity.Cancelled``); ``seal``/``chains`` False
        leave that part out; the walk steps aside while ``pause()`` is true."""
        with UnitOfWork(self.db, write=False, now=self.clock.now()) as uow:
            return integrity.quick_check(uow, stop, seal_part=seal, chains=chains, pause=pause)

    def check_warnings(self) -> list[str]:
        """What ``check`` could not verify (``integrity.seal_warnings``)."""
        with UnitOfWork(self.db, write=False, now=self.clock.now()) as uow:
            return integrity.seal_warnings(uow)

    def check(self) -> dict:
        """SQLite's own integrity first (a damaged file is reported, marked, and not read
        further); then families whose facts arrived but were not projected yet (a sync that
        was cut) are projected, as any use of those members would, and everything is checked."""
        from terminal.store import damage
        damaged = integrity.file_problems(self.db.path)
        if damaged:
            damage.mark(self.db.path, "; ".join(damaged[:5]))
            return {"ok": False, "problems": damaged[:integrity.MAX_PROBLEMS]}
        damage.clear(self.db.path)
        self.project_pending()
        with UnitOfWork(self.db, write=False, now=self.clock.now()) as uow:
            return integrity.check(uow, uow.program()[0])

    def project_pending(self, batch: int = 40) -> int:
        from .pending import dirty_members
        with UnitOfWork(self.db, write=False) as uow:   # usually nothing: no write lock then
            if not dirty_members(uow.session, 1):
                return 0
        from .projector import project_families
        done = 0
        while True:
            now = self.clock.now()
            with UnitOfWork(self.db, now=now) as uow:
                pending = dirty_members(uow.session, batch)
                if not pending:
                    return done
                project_families(uow, uow.program()[0], pending, now)
                uow.commit()
            done += len(pending)

    def backup(self, destination: str) -> dict:
        """A verified copy (``terminal.services.backups``); pending projections are written
        first, so the copy checks as the database does."""
        from .backups import backup
        self.project_pending()
        return backup(self.db.path, destination, self.clock.now())

    def daily_backup(self, folder: str | None = None, keep: int | None = None) -> dict:
        """Today's backup (store-local day) in ``folder`` (default: ``backups`` beside the
        database) unless it is there; the oldest beyond ``keep`` are removed."""
        from . import backups
        now = self.clock.now()
        today = local_date(now, self.program().tz)
        folder = folder or backups.default_backup_folder(self.db.path)
        if not os.path.exists(os.path.join(folder, f"loyalty-{today.isoformat()}.db")):
            self.project_pending()
        return backups.daily_backup(self.db.path, folder, today, now, keep or backups.DEFAULT_KEEP)

    def counts(self) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return {"members": uow.session.scalar(select(func.count(Member.id))),
                    "sales": uow.session.scalar(select(func.count(Sale.id)))}

    # -- head office's facts here --------------------------------------------------------

    def list_conflicts(self, include_resolved: bool = False) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return {"conflicts": conflicts.list_conflicts(uow, uow.program()[0], include_resolved)}

    def resolve_conflict(self, conflict_id: str, note: str, pin: str) -> dict:
        pin = self._authorize(pin, MANAGER, "resolve_conflict")
        return {"conflict": self._run(lambda uow, program, version, now:
                                      conflicts.resolve(uow, program, now, conflict_id, note, pin))}

    def sync_status(self) -> dict:
        """What the status bar and the back office show of head-office sync."""
        with UnitOfWork(self.db, write=False) as uow:
            return conflicts.sync_status(uow, self.clock.now())
