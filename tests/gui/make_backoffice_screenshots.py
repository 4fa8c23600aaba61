"""Regenerate resources/screenshots/backoffice-<screen>-<lang>.png: every back-office screen at
1366x768, in English and Turkish, on the demo store at a fixed instant.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_backoffice_screenshots.py [OUTPUT_DIR]

Not a test; run it after changing the back office, then look at every picture."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from make_screenshots import ADA_CARD, NOW, settle, wait_for  # noqa: E402

SIZE = (1366, 768)


def main(out: Path) -> list[Path]:
    from terminal.app import TerminalConfig, build_demo_database, build_terminal, make_clock
    from terminal.ui.backoffice.signin_dialog import SignInDialog
    from terminal.ui.main import create_window, stylesheet

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loyalty-office-shots-"))
    saved: list[Path] = []
    try:
        build_demo_database(work / "demo.db", make_clock(NOW))
        for lang in ("en", "tr"):
            shutil.copy(work / "demo.db", work / f"{lang}.db")
            terminal = build_terminal(TerminalConfig(db=str(work / f"{lang}.db"), now=NOW, scanner="sim:",
                                                     printer="sim:", display="sim:", sync_interval_ms=60000,
                                                     cashier_sign_in=True))
            w = create_window(terminal, lang)
            w.resize(*SIZE)
            w.show()
            settle(w)

            def shot(name, widget, dialog=None):
                path = out / f"backoffice-{name}-{lang}.png"
                picture = widget.grab()
                if dialog is not None:   # a dialog is its own window: draw it where it stands, centred
                    from PySide6.QtGui import QColor, QPainter
                    painter = QPainter(picture)
                    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
                    inner = dialog.grab()
                    painter.drawPixmap((picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 3,
                                       inner)
                    painter.end()
                picture.save(str(path))
                saved.append(path)

            shift = w.shift.dialog
            shift.pin.setText("2580")
            shot("shift-sign-in", w, shift)
            shift.submit()
            settle(w, 300)
            w.open_settings()
            settle(w)
            gate = [d for d in w.findChildren(SignInDialog) if d.purpose == "backoffice"][0]
            gate.pin.setText("99")
            shot("sign-in", w, gate)
            gate.pin.setText("1234")
            gate.submit()
            settle(w, 300)
            office = w.backoffice
            office.resize(*SIZE)
            runners = (office.ctx.runner, w.runner, w.device_runner)

            summary = office.open_screen("summary")
            summary.set_day(date(2026, 3, 2))
            wait_for(*runners, ms=400)
            shot("summary", office)
            from PySide6.QtWidgets import QScrollArea
            area = summary.findChild(QScrollArea)
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())   # the analytics, at the bottom
            wait_for(*runners, ms=200)
            shot("summary-analytics", office)
            area.verticalScrollBar().setValue(0)

            members = office.open_screen("members")
            members.search.setText("Ada")
            wait_for(*runners)
            members.open_member(ADA_CARD)
            wait_for(*runners)
            members.points.setValue(25)
            members.reason.setText("geciken sipariş" if lang == "tr" else "late order")
            shot("members", office)
            members.tabs.setCurrentIndex(2)
            shot("members-history", office)
            members.tabs.setCurrentIndex(1)
            shot("members-profile", office)

            audit = office.open_screen("audit")
            wait_for(*runners)
            shot("audit", office)

            program = office.open_screen("program")
            wait_for(*runners)
            program.tabs.setCurrentIndex(1)
            tiers = program.tables["tiers"]
            tiers.item(1, 1).setText("150")
            shot("program", office)
            tiers.item(1, 1).setText("12.345")
            program.tabs.setCurrentIndex(0)   # the error selects nothing by itself: show where it is
            program.tabs.setCurrentIndex(1)
            shot("program-invalid", office)
            tiers.item(1, 1).setText("500.00")
            program.tabs.setCurrentIndex(3)
            shot("program-campaigns", office)

            staff = office.open_screen("staff")
            wait_for(*runners)
            staff.table.selectRow(1)
            shot("staff", office)

            devices = office.open_screen("devices")
            wait_for(*runners)
            devices.test_print()
            wait_for(*runners, ms=500)
            terminal.devices.scanner.inject(ADA_CARD)
            terminal.devices.scanner.inject("4006381333931")
            wait_for(*runners, ms=400)
            shot("devices", office)

            terminal.devices.printer.online = False
            office.open_screen("summary")
            summary.print_summary()
            wait_for(*runners, ms=1500)
            queue = office.open_screen("print_queue")
            wait_for(*runners, ms=600)
            shot("print-queue", office)
            terminal.devices.printer.online = True

            office.open_screen("sync")
            wait_for(*runners)
            shot("sync", office)

            office.end_session("sign_out")
            settle(w)
            w.shutdown()
            w.close()
            terminal.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for path in main(target):
        print(path)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (a PySide finalisation crash)
