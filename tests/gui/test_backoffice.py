"""The store manager's back office, driven as a manager would: sign-in with wrong PINs (the
growing delay, the lockout), a cashier's shift recorded on the sale, a member merge, an
adjustment found in the audit screen, a program edit that changes the next sale's points, a
test print, the print queue, the summary's exports and print-out, idle sign-out."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import ADA_CARD
from helpers import active_dialog, scan
from terminal.domain.clock import FixedClock
from terminal.services.uow import UnitOfWork


def open_office(qtbot, till, pin="1234"):
    qtbot.keyClick(till, Qt.Key.Key_F9)
    dialog = active_dialog(qtbot, "backofficeSignIn")
    dialog.pin.setText(pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    return active_dialog(qtbot, "backOffice")


def settled(qtbot, office):
    qtbot.waitUntil(lambda: office.ctx.runner.pending == 0 and office.ctx.till_runner.pending == 0, timeout=15000)


def close_office(qtbot, office):
    with qtbot.waitSignal(office.signed_out, timeout=5000):
        qtbot.keyClick(office, Qt.Key.Key_Escape)


@pytest.fixture
def guard(till):
    clock = FixedClock(datetime(2026, 3, 3, 17, 0, tzinfo=timezone.utc))
    till.loyalty.guard_clock = clock
    return clock


def test_wrong_pins_wait_longer_then_lock_and_never_say_whose(qtbot, till, guard):
    qtbot.keyClick(till, Qt.Key.Key_F9)
    dialog = active_dialog(qtbot, "backofficeSignIn")

    def attempt(pin):
        dialog.message.setText("")
        dialog.pin.setText(pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
        qtbot.waitUntil(lambda: till.runner.pending == 0, timeout=10000)
        return dialog.message.text()

    assert "Wrong PIN" in attempt("9999")
    text = attempt("2580")                      # a cashier's PIN: the same answer, no name
    assert "Wrong PIN" in text and "Sam" not in text and "cashier" not in text.lower()
    assert "Wait 1 seconds" in attempt("8888")   # the third in a row: the next try waits
    assert "Try again in 1 s" in attempt("1234")  # even the right PIN, refused before it is checked
    assert not dialog.sign_in_button.isEnabled()
    dialog._tick()                              # the countdown reaches zero (no sleeping in tests)
    assert dialog.sign_in_button.isEnabled()
    guard.advance(seconds=1)
    for n, wait in ((4, 2), (5, 4), (6, 8), (7, 16), (8, 32), (9, 64)):
        assert f"Wait {wait} seconds" in attempt("7777"), n
        dialog._tick() if dialog.wait_left else None
        dialog.wait_left = 0
        guard.advance(seconds=wait)
    assert "locked" in attempt("6666")           # the tenth wrong PIN locks every PIN
    attempt("1234")
    assert "Try again in 300 s" in dialog.message.text() and not dialog.sign_in_button.isEnabled()
    with UnitOfWork(till.loyalty.db, write=False) as uow:
        from sqlalchemy import func, select
        from terminal.store.models import AuditEntry
        failed = uow.session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "pin_failed"))
    assert failed == 10
    guard.advance(seconds=300)
    dialog.wait_left = 0
    dialog.sign_in_button.setEnabled(True)
    dialog.pin.setText("1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    office = active_dialog(qtbot, "backOffice")
    close_office(qtbot, office)


def test_a_cashier_signs_in_and_the_sale_records_them(qtbot, make_till, wedge_clock, idle):
    till = make_till(cashier_sign_in=True)
    dialog = active_dialog(qtbot, "shiftSignIn")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)     # a shift cannot be skipped
    assert dialog.isVisible()
    dialog.pin.setText("2580")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.shift.name == "Sam Cashier", timeout=10000)
    assert "Sam Cashier" in till.till_label.text()
    till.activateWindow()
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("HAND-CREAM")
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job == done.args[0]["receipt"] for job, _ in printer.pages), timeout=10000)
    page = next(p for job, p in printer.pages if job == done.args[0]["receipt"])
    assert "Sam Cashier" in page.text
    from terminal.store.models import Sale, Staff
    with UnitOfWork(till.loyalty.db, write=False) as uow:
        sale = uow.session.get(Sale, done.args[0]["id"])
        assert uow.session.get(Staff, sale.staff_id).name == "Sam Cashier"
    till.shift.idle.set_seconds(0, milliseconds=50)   # the till's idle time runs out
    qtbot.waitUntil(lambda: till.shift.token is None, timeout=10000)
    active_dialog(qtbot, "shiftSignIn")
    assert "without activity" in till.banner.text
    till.sale.add_product("HAND-CREAM")
    idle(till)
    till.complete_sale()                             # refused until someone signs in
    assert "Sign in" in till.banner.text


def test_a_member_merge(qtbot, till):
    office = open_office(qtbot, till)
    members = office.open_screen("members")
    members.search.setText("Ada Lovelace")
    qtbot.waitUntil(lambda: members.results.rowCount() == 2, timeout=10000)   # the demo has two
    cards = [members.results.item(r, 2).text() for r in range(2)]
    duplicate = next(c for c in cards if c != ADA_CARD)
    members.open_member(duplicate)
    qtbot.waitUntil(lambda: members.member is not None and members.member["card"] == duplicate, timeout=10000)
    moved = members.member["balance"]
    members.merge_into.setText(ADA_CARD)
    qtbot.mouseClick(members.merge_button, Qt.MouseButton.LeftButton)
    assert "Click again" in members.message.text()            # a merge asks twice
    qtbot.mouseClick(members.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: members.member is not None and members.member["card"] == ADA_CARD, timeout=10000)
    qtbot.waitUntil(lambda: members.member["balance"] == 1094 + moved, timeout=10000)
    assert "Merged into Ada Lovelace" in members.message.text() or "audit" in members.message.text()
    assert till.loyalty.show_member(duplicate)["member"]["id"] == members.member["id"], "the old card finds the survivor"
    close_office(qtbot, office)


def test_an_adjustment_appears_in_the_audit_screen(qtbot, till):
    office = open_office(qtbot, till)
    members = office.open_screen("members")
    members.open_member(ADA_CARD)
    qtbot.waitUntil(lambda: members.member is not None, timeout=10000)
    members.points.setValue(-40)
    members.reason.setText("duplicate receipt \x1b keyed twice")
    qtbot.mouseClick(members.adjust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: members.member["balance"] == 1094 - 40, timeout=10000)
    audit = office.open_screen("audit")
    settled(qtbot, office)
    audit.action.setCurrentIndex(audit.action.findData("adjust"))
    audit.member.setText(ADA_CARD)
    qtbot.mouseClick(audit.apply_button, Qt.MouseButton.LeftButton)
    settled(qtbot, office)
    rows = [[audit.table.item(r, c).text() for c in range(6)] for r in range(audit.table.rowCount())]
    assert len(rows) == 1
    when, staff, action, member, reason, details = rows[0]
    assert (staff, action, member, details) == ("Manager", "adjust", "Ada Lovelace", "points: -40")
    assert reason == "duplicate receipt keyed twice", "no control character reaches the screen"
    audit.staff.setCurrentIndex(audit.staff.findText("Sam Cashier"))
    qtbot.mouseClick(audit.apply_button, Qt.MouseButton.LeftButton)
    settled(qtbot, office)
    assert audit.table.rowCount() == 0
    close_office(qtbot, office)


def test_a_program_edit_changes_the_next_sales_points(qtbot, till, wedge_clock, idle):
    office = open_office(qtbot, till)
    editor = office.open_screen("program")
    qtbot.waitUntil(lambda: editor.current is not None, timeout=10000)
    categories = editor.tables["categories"]
    names = [categories.item(r, 0).text() for r in range(categories.rowCount())]
    row = names.index("beauty")
    categories.item(row, 2).setText("abc")                       # validated as one types
    assert "Not valid" in editor.validity.text() and "categories[%d].multiplier" % row in editor.validity.text()
    assert not editor.save_button.isEnabled()
    assert categories.item(row, 2).background().color().name() == "#fde2e2"
    categories.item(row, 2).setText("5")
    assert "Valid" in editor.validity.text() and editor.save_button.isEnabled()
    editor.sample.setText("beauty=10.00")                        # a Tuesday: DOUBLE-TUE doubles
    assert "40 points" in editor.before.text() and "100 points" in editor.after.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 2" in editor.message.text(), timeout=10000)
    close_office(qtbot, office)
    till.activateWindow()
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("HAND-CREAM")        # beauty 12.90 x beauty 5 (was 2) x Silver 1.25 x DOUBLE-TUE 2
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    sale = done.args[0]
    assert {b["rule"]: b["points"] for b in sale["breakdown"]}.get("category:beauty", 0) > 0
    assert sale["points_earned"] == (1290 * 5 * 125 * 2) // 10000 == 161   # was floor(12.90 x 2 x 1.25 x 2) = 64


def test_a_test_print_and_the_print_queue(qtbot, till):
    office = open_office(qtbot, till)
    devices = office.open_screen("devices")
    settled(qtbot, office)
    assert devices.printer.text() == "sim:"
    qtbot.mouseClick(devices.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test page printed" in devices.printer_state.text(), timeout=10000)
    assert devices.preview.pixmap() is not None and not devices.preview.pixmap().isNull()
    till.hub.devices.scanner.inject(ADA_CARD)                    # the live scan monitor
    qtbot.waitUntil(lambda: devices.scans.count() == 1, timeout=10000)
    assert devices.scans.item(0).text().split() == ["card", ADA_CARD]

    printer = till.hub.devices.printer
    printer.online = False
    summary = office.open_screen("summary")
    qtbot.waitUntil(lambda: summary.summary is not None, timeout=10000)
    qtbot.mouseClick(summary.print_button, Qt.MouseButton.LeftButton)
    queue = office.open_screen("print_queue")
    qtbot.waitUntil(lambda: queue.table.rowCount() == 1 and queue.table.item(0, 3).text() != "0", timeout=15000)
    assert queue.table.item(0, 1).text() == "day_summary"
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.table.rowCount() == 0, timeout=10000)
    settled(qtbot, office)
    assert "taken out of the queue" in queue.message.text()
    printer.online = True
    queue.receipt.setText(queue_document := "day-" + summary.summary["date"])
    qtbot.mouseClick(queue.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(job == queue_document for job, _ in printer.pages), timeout=15000)
    page = next(p for job, p in printer.pages if job == queue_document)
    assert "Daily summary" in page.text and "Liability (points)" in page.text
    close_office(qtbot, office)
    log = till.loyalty.backoffice.audit_log(till.loyalty.sign_in("1234", "backoffice")["session"],
                                            action="print_discard")
    assert len(log["entries"]) == 1


def test_the_summary_screen_exports_and_charts(qtbot, till, tmp_path):
    from pypdf import PdfReader
    from terminal.reporting.summary_csv import read_sections
    office = open_office(qtbot, till)
    summary = office.open_screen("summary")
    summary.set_day(datetime(2026, 3, 2).date())
    qtbot.waitUntil(lambda: summary.summary is not None and summary.summary["date"] == "2026-03-02", timeout=10000)
    s = summary.summary
    assert summary.tiles["revenue"].value.text() == till.fmt.money(s["revenue"])
    assert len(summary.hourly.values) == 24 and len(summary.trend.values) == 30
    summary.export("csv", str(tmp_path / "day.csv"))
    summary.export("pdf", str(tmp_path / "day.pdf"))
    settled(qtbot, office)
    wide = read_sections((tmp_path / "day.csv").read_text(encoding="utf-8"))[0]
    assert dict(zip(*wide))["revenue"] == s["revenue"]
    text = PdfReader(str(tmp_path / "day.pdf")).pages[0].extract_text()
    assert till.fmt.money(s["revenue"]) in text and "Corner Market" in text
    close_office(qtbot, office)


def test_the_back_office_signs_out_when_idle(qtbot, till):
    office = open_office(qtbot, till)
    session = office.ctx.session
    with qtbot.waitSignal(office.signed_out, timeout=10000) as ended:
        office.idle.set_seconds(0, milliseconds=50)
    assert ended.args == ["idle"]
    qtbot.waitUntil(lambda: till.runner.pending == 0, timeout=10000)
    from terminal.domain.errors import BadPin
    with pytest.raises(BadPin, match="signed out"):
        till.loyalty.backoffice.staff(session)
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget().objectName() != "backOffice"


def test_a_sync_conflict_is_listed_and_resolved_with_a_note(qtbot, till):
    """A conflict the projection recorded (here written straight into its table, as a pull would
    leave it) shows on the sync screen in words, and a manager resolves it with a note."""
    import json
    from terminal.store.models import AuditEntry, ConflictRow, Member
    from sqlalchemy import select
    with UnitOfWork(till.loyalty.db) as uow:
        ada = uow.session.scalars(select(Member.id).where(Member.name == "Ada Lovelace")).first()
        uow.session.add(ConflictRow(id="c0ffee00-0000-4000-8000-000000000001", kind="voucher_reused",
                                    member_id=ada, at=datetime(2026, 3, 3, 9, 0, tzinfo=timezone.utc),
                                    detail=json.dumps({"voucher": "V-7", "uses": 2}), scope="family"))
        uow.commit()
    office = open_office(qtbot, till)
    screen = office.open_screen("sync")
    panel = screen.conflicts
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    assert panel.heading.text() == "Conflicts waiting: 1"
    row = [panel.table.item(0, c).text() for c in range(5)]
    assert row[:4] == ["Voucher used twice", "Ada Lovelace", "voucher: V-7; uses: 2", "no"]
    panel.table.selectRow(0)
    panel.resolve_button.click()
    assert "write a note" in panel.message.text()        # a resolution needs a note
    panel.note.setText("customer kept the second coffee; voucher voided")
    panel.resolve_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=10000)
    assert panel.heading.text() == "Conflicts waiting: 0"
    with UnitOfWork(till.loyalty.db, write=False) as uow:
        audited = uow.session.scalars(select(AuditEntry.member_id).where(AuditEntry.action == "resolve_conflict")).one()
    assert audited == ada
    close_office(qtbot, office)


@pytest.mark.parametrize("language,size", [("en", (1366, 768)), ("tr", (1366, 768)), ("tr", (1024, 768))])
def test_every_back_office_screen_fits_the_till_screen(qtbot, make_till, language, size):
    """The longest words (Turkish) must not push the back office wider than the till's screen: at
    1366x768 every screen fits whole; at 1024x768 a screen wider than that scrolls inside it."""
    width, height = size
    till = make_till(language=language, size=size)
    till.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is till, timeout=5000)
    office = open_office(qtbot, till)
    office.resize(width, height)
    from terminal.ui.backoffice.window import screen_classes
    for key, _screen in screen_classes():
        office.open_screen(key)
        settled(qtbot, office)
        qtbot.wait(300)   # the answers' queued signals fill the screen (longer texts, wider rows)
        assert office.minimumSizeHint().width() <= width, (key, office.minimumSizeHint().width())
        assert office.width() <= width, (key, office.width())
        if width >= 1366:
            needed = office.screens[key].minimumSizeHint().width()
            assert needed <= office.scroll.viewport().width(), (key, needed)
            assert not office.scroll.horizontalScrollBar().isVisible(), key
    close_office(qtbot, office)
