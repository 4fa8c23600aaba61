"""Regenerate resources/screenshots/member-mechanics-<lang>.png: the checkout at 1366x768 with
a member whose panel shows pending points and a challenge's progress bar
(docs/SPEC-mechanics.md), in English and Turkish, on the demo store with the mechanics on.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_mechanics_screenshots.py [OUTPUT_DIR]

Not a test; run it after changing the member panel, then look at the pictures."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from layout_check import layout_problems  # noqa: E402
from make_screenshots import ADA_CARD, NOW, save, settle  # noqa: E402
from mechanics_demo import mechanics_demo  # noqa: E402

SIZE = (1366, 768)


def main(out: Path) -> list[Path]:
    from terminal.app import TerminalConfig, build_terminal
    from terminal.ui.main import create_window, stylesheet

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loyalty-mechanics-shots-"))
    saved = []
    try:
        mechanics_demo(work / "demo.db", NOW)
        for lang in ("en", "tr"):
            db = work / f"{lang}.db"
            shutil.copy(work / "demo.db", db)
            terminal = build_terminal(TerminalConfig(db=str(db), now=NOW, scanner="sim:", printer="sim:",
                                                     display="sim:", sync_interval_ms=60000,
                                                     cashier_sign_in=False))
            w = create_window(terminal, lang)
            w.resize(*SIZE)
            w.show()
            settle(w)
            w.find_member(ADA_CARD)          # a first visit in March: the challenge moves to 1 of 4
            settle(w)
            w.sale.add_product("COFFEE-REG")
            settle(w)
            w.complete_sale()
            settle(w, 400)
            if w.preview_dialog is not None:
                w.preview_dialog.close()
            w.find_member(ADA_CARD)
            settle(w)
            w.sale.add_product("COFFEE-LATTE")
            settle(w)
            path = out / f"member-mechanics-{lang}.png"
            save(w.grab().toImage(), path)
            for problem in layout_problems(w):
                print(f"  {path.name}: {problem}")
            saved.append(path)
            w.shutdown()
            terminal.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for saved_path in main(target):
        print(saved_path)
