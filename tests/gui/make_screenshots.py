"""Regenerate resources/screenshots/<screen>-<lang>.png for every screen, in English and Turkish.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_screenshots.py [OUTPUT_DIR]

Builds the demo store at a fixed instant (so the figures are stable), walks the cashier's
screens and saves what each shows. The back office (F9) has its own script beside this one. Not a test; run it after changing the GUI and look at them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

NOW = "2026-03-03T17:00:00+00:00"
ADA_CARD = "2900100000017"
SIZE = (1366, 800)


def wait_for(*runners, ms: int = 150) -> None:
    """Run the event loop until the runners have answered everything, then ``ms`` more."""
    loop = QEventLoop()
    deadline = [0]

    def check():
        deadline[0] += 10
        if all(r.pending == 0 for r in runners) or deadline[0] > 10000:
            QTimer.singleShot(ms, loop.quit)
        else:
            QTimer.singleShot(10, check)
    QTimer.singleShot(10, check)
    loop.exec()


def settle(window, ms: int = 150) -> None:
    wait_for(window.runner, window.device_runner, ms=ms)


def main(out: Path) -> list[Path]:
    from terminal.app import TerminalConfig, build_demo_database, build_terminal, make_clock
    from terminal.ui.dialogs import EnrollDialog, RefundDialog
    from terminal.ui.main import create_window, stylesheet

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loyalty-shots-"))
    saved = []
    try:
        build_demo_database(work / "demo.db", make_clock(NOW))
        for lang in ("en", "tr"):
            shutil.copy(work / "demo.db", work / f"{lang}.db")
            terminal = build_terminal(TerminalConfig(db=str(work / f"{lang}.db"), now=NOW, scanner="sim:",
                                                     printer="sim:", display="sim:", sync_interval_ms=60000,
                                                     cashier_sign_in=False))
            w = create_window(terminal, lang)
            w.resize(*SIZE)
            w.show()

            def shot(name, widget=None):
                settle(w)
                path = out / f"{name}-{lang}.png"
                (widget or w).grab().save(str(path))
                saved.append(path)

            shot("checkout-idle")
            w.find_member(ADA_CARD)
            shot("checkout-member")
            w.sale.add_product("HAND-CREAM")
            w.sale.add_product("COFFEE-LATTE")
            w.sale.amount.setText(w.fmt.plain_amount(2000))
            w.sale.category.setCurrentIndex(w.sale.category.findData("grocery"))
            w.sale.add_amount()
            settle(w)
            w.sale.set_reward_checked("5OFF")
            shot("checkout-sale")
            w.sale.clear()
            w.sale.add_product("COFFEE-REG")
            settle(w)
            w.sale.set_reward_checked("10PCT")
            w.sale.set_reward_checked("5OFF")
            shot("checkout-refused")
            w.sale.clear()
            w.sale.add_product("SOURDOUGH")
            w.sale.add_product("CROISSANT")
            settle(w)
            w.sale.set_reward_checked("FREE-CROISSANT")
            settle(w)
            w.complete_sale()
            settle(w, 400)
            if w.preview_dialog is not None:
                w.preview_dialog.resize(720, 1000)
                shot("receipt-preview", w.preview_dialog)
                w.preview_dialog.close()
            shot("checkout-after-sale")

            dialog = EnrollDialog(w, "(917) 555-0199", w)
            dialog.name.setText("Zeynep Kaya" if lang == "tr" else "Grace Park")
            dialog.email.setText("zeynep@example.com" if lang == "tr" else "grace@example.com")
            dialog.birthday.setText("1990-07-14")
            dialog.consent.setChecked(True)
            dialog.show()
            shot("enroll", dialog)
            dialog.close()

            dialog = RefundDialog(w, w.last_receipt or "", w)
            dialog.show()
            settle(w)
            dialog.submit()
            shot("refund", dialog)
            dialog.close()

            w.clear_member()
            w.lookup.phone.setText("(917) 555-0199")
            w.find_member("(917) 555-0199")
            shot("checkout-unknown-phone")
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
