"""The application's use cases behind one object. The CLI and the GUI call these; each call
is one unit of work with the injected clock, and returns plain data (the JSON shapes of
SPEC section 4) or raises a ``LoyaltyError``.

The GUI calls these from a worker thread; a ``Loyalty`` holds no per-call state, and every
call opens its own session, so calls from several threads are safe (SQLite serialises the
writers)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from terminal.domain.clock import Clock
from terminal.domain.errors import UnknownMember
from terminal.domain.program import Program
from terminal.domain.timekeeping import local_date, parse_instant
from terminal.store.database import Database
from terminal.store.models import LedgerEntry, Member, Sale

from . import importer, integrity, members, refunds, sales, setup
from .ledger import Book
from .lookup import resolve, scanned_card
from .sale_input import build_lines
from .sales import SaleRequest
from .staff import audit, create_staff, require_manager
from .uow import UnitOfWork
from .views import member_view


class Loyalty:
    def __init__(self, db: Database, clock: Clock):
        self.db, self.clock = db, clock

    # -- plumbing -------------------------------------------------------------------

    def _run(self, action, *, write: bool = True, commit: bool = True):
        with UnitOfWork(self.db, write=write) as uow:
            program, version = uow.program()
            result = action(uow, program, version, self.clock.now())
            if commit and write:
                uow.commit()
            return result

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

    def settings(self) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return {"store": uow.setting("store"), "terminal": uow.terminal, "hq_url": uow.setting("hq_url")}

    # -- staff ----------------------------------------------------------------------

    def add_staff(self, *, name: str, role: str, pin: str, by_pin: str) -> dict:
        def action(uow, program, version, now):
            manager = require_manager(uow, by_pin)
            staff = create_staff(uow, name, role, pin, now)
            audit(uow, now, manager, "staff_add", reason=f"new {role}", staff_member=staff.id, name=staff.name)
            return {"staff": {"id": staff.id, "name": staff.name, "role": staff.role}}
        return self._run(action)

    def sign_in(self, pin: str) -> dict | None:
        from .staff import find_staff_by_pin
        with UnitOfWork(self.db, write=False) as uow:
            staff = find_staff_by_pin(uow, pin)
            return {"id": staff.id, "name": staff.name, "role": staff.role} if staff else None

    # -- members --------------------------------------------------------------------

    def _member_result(self, uow, program, version, now, member) -> dict:
        book = Book(uow, member, program, version)
        book.expire_due(now)
        return {"member": member_view(uow, program, member, book, now)}

    def enroll(self, **fields) -> dict:
        def action(uow, program, version, now):
            member = members.enroll(uow, program, version, now, **fields)
            return self._member_result(uow, program, version, now, member)
        return self._run(action)

    def show_member(self, ref: str) -> dict:
        """Shows the balance, so expires what is due first (SPEC 3.1): a write.

        When ``ref`` is a card, ``scanned_card`` says what became of that card, so the till
        can say plainly "this card was replaced" or "this account was merged"."""
        def action(uow, program, version, now):
            member = resolve(uow, program, ref)
            result = self._member_result(uow, program, version, now, member)
            card = scanned_card(uow, program, ref)
            if card is not None:
                result["scanned_card"] = card
            return result
        try:
            return self._run(action)
        except UnknownMember:
            if not self._fetch_from_hq(ref):
                raise
            return self._run(action)

    def _fetch_from_hq(self, ref: str) -> bool:
        """SPEC 7: look a member unknown here up at head office, when it answers."""
        url = self.settings()["hq_url"]
        if not url:
            return False
        from terminal.domain.errors import HqUnreachable
        from terminal.sync.engine import fetch_member
        from terminal.sync.hq import connect_hq
        try:
            hq = connect_hq(url)
        except HqUnreachable:
            return False
        try:
            return fetch_member(self.db, hq, self.program(), ref)
        except HqUnreachable:
            return False
        finally:
            hq.dispose()

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
            Book(uow, member, program, version).expire_due(now)
            query = (select(LedgerEntry, Sale.receipt).outerjoin(Sale, Sale.id == LedgerEntry.sale_id)
                     .where(LedgerEntry.member_id == member.id)
                     .order_by(LedgerEntry.at.desc(), LedgerEntry.seq.desc()))
            if limit:
                query = query.limit(limit)
            return {"member": member.id, "entries": [
                {"id": e.id, "kind": e.kind, "points": e.points, "at": e.at.isoformat(), "sale": receipt,
                 "rule": e.rule, "reason": e.reason,
                 "expires_on": local_date(e.expires_at, program.tz).isoformat() if e.expires_at else None}
                for e, receipt in uow.session.execute(query)]}
        return self._run(action)

    def adjust(self, ref: str, points: int, reason: str, pin: str) -> dict:
        def action(uow, program, version, now):
            member = members.adjust(uow, program, version, now, ref, points, reason, pin)
            return self._member_result(uow, program, version, now, member)
        return self._run(action)

    def replace_card(self, ref: str, pin: str, card: str | None = None) -> dict:
        def action(uow, program, version, now):
            member = members.replace_card(uow, program, version, now, ref, pin, card)
            return self._member_result(uow, program, version, now, member)
        return self._run(action)

    def block(self, ref: str, pin: str, blocked: bool = True, reason: str | None = None) -> dict:
        def action(uow, program, version, now):
            member = members.set_blocked(uow, program, now, ref, pin, blocked, reason)
            return self._member_result(uow, program, version, now, member)
        return self._run(action)

    def merge(self, ref: str, into_ref: str, pin: str) -> dict:
        def action(uow, program, version, now):
            member = members.merge(uow, program, version, now, ref, into_ref, pin)
            return self._member_result(uow, program, version, now, member)
        return self._run(action)

    def import_members(self, path: str) -> dict:
        return self._run(lambda uow, program, version, now:
                         importer.import_members(uow, program, version, now, path))

    # -- sales ----------------------------------------------------------------------

    def request(self, *, member=None, amount=None, lines=(), items=(), redeem=(), redeem_points=None,
                receipt_id=None) -> SaleRequest:
        program = self.program()
        return SaleRequest(lines=build_lines(program, amount, list(lines), list(items)), member=member,
                           redeem=list(redeem), redeem_points=redeem_points, receipt_id=receipt_id)

    def sale(self, request: SaleRequest) -> dict:
        return {"sale": self._run(lambda uow, program, version, now:
                                  sales.record_sale(uow, program, version, now, request))}

    def preview(self, request: SaleRequest):
        """The priced sale without keeping anything (for the till's live preview)."""
        return self._run(lambda uow, program, version, now:
                         sales.preview_sale(uow, program, version, now, request), commit=False)

    def refund(self, receipt: str, amount: str | None = None, *, approver_pin: str | None = None,
               approval_above: str | None = None) -> dict:
        """``approval_above``: refunds of more than this (a decimal) need ``approver_pin``, a manager's."""
        return {"refund": self._run(lambda uow, program, version, now:
                                    refunds.refund_sale(uow, program, version, now, receipt, amount,
                                                        approver_pin=approver_pin, approval_above=approval_above))}

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
                try:
                    chosen = date.fromisoformat(str(day).strip())
                except ValueError:
                    raise InvalidInput(f"--date {day!r} is not a date like 2026-11-23") from None
            return daily_report(uow, program, version, now, chosen)
        return self._run(action)

    # -- integrity ------------------------------------------------------------------

    def check(self) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return integrity.check(uow)

    def backup(self, destination: str) -> dict:
        return integrity.backup(self.db.path, destination)

    def counts(self) -> dict:
        with UnitOfWork(self.db, write=False) as uow:
            return {"members": uow.session.scalar(select(func.count(Member.id))),
                    "sales": uow.session.scalar(select(func.count(Sale.id)))}
