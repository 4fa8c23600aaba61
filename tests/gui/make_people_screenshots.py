"""Regenerate the screenshots of docs/SPEC-privacy-notifications.md, in English and Turkish:

- ``tier-celebration-1366x768-<lang>.png``: Ada Lovelace reaches Gold with a sale of 930.00;
- ``customer-display-1024x768-<lang>.png`` and ``customer-display-cashier-1366x768-<lang>.png``:
  the customer keys in her phone and sees her points, and the cashier's window shows what she
  keyed.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_people_screenshots.py [OUTPUT_DIR]

Not a test; the same flows are tests in test_tier_celebration.py and test_customer_display.py.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from make_screenshots import ADA_CARD, NOW, save, settle  # noqa: E402

ADA_PHONE = "2125550100"


def main(out: Path, languages=("en", "tr")) -> list[Path]:
    from terminal.app import TerminalConfig, build_terminal, make_clock
    from terminal.services.demo_snapshot import open_snapshot
    from terminal.ui.main import create_window, stylesheet

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loyalty-people-shots-"))
    saved: list[Path] = []
    try:
        open_snapshot(work / "demo.db", make_clock(NOW).now())
        for lang in languages:
            db = work / f"{lang}.db"
            shutil.copy(work / "demo.db", db)
            terminal = build_terminal(TerminalConfig(db=str(db), now=NOW, scanner="sim:", printer="sim:",
                                                     display="sim:", sync_interval_ms=60000,
                                                     cashier_sign_in=False))
            w = create_window(terminal, lang)
            w.sale.confirm_above = None
            w.resize(1366, 768)
            w.show()
            settle(w)
            w.find_member(ADA_CARD)
            settle(w)
            w.sale.amount.setText(w.fmt.plain_amount(93000))
            w.sale.add_amount()
            settle(w)
            w.complete_sale()
            settle(w, ms=300)
            w.celebration.settle()
            path = out / f"tier-celebration-1366x768-{lang}.png"
            save(w.grab().toImage(), path)
            saved.append(path)
            w.celebration.hide()
            customer = w.open_customer_display()
            if customer is not None:
                customer.welcome()
                customer.resize(1024, 768)
                customer.show()
                settle(w)
                for digit in ADA_PHONE:
                    customer.keypad_press(digit)
                customer.keypad_press("ok")
                settle(w, ms=300)
                w.sale.add_product("HAND-CREAM")
                settle(w, ms=300)
                path = out / f"customer-display-1024x768-{lang}.png"
                save(customer.grab().toImage(), path)
                saved.append(path)
                path = out / f"customer-display-cashier-1366x768-{lang}.png"
                save(w.grab().toImage(), path)
                saved.append(path)
            w.shutdown()
            w.close()
            terminal.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for made in main(target):
        print(made, flush=True)
    os._exit(0)   # skip the interpreter's teardown of Qt objects (PySide6 can crash in it)
