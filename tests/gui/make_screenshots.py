"""Regenerate resources/screenshots/<screen>-<size>-<lang>.png: every cashier screen at the
screen sizes tills have (1024x768, 1366x768, 1920x1080), in English and Turkish.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_screenshots.py [OUTPUT_DIR] [--sizes 1024x768,...]

Opens the shipped demo store at a fixed instant (so the figures are stable), walks the cashier's
screens and saves what each shows; a dialog is drawn over its window as the cashier sees it.
The back office (F9) has its own script beside this one (make_backoffice_screenshots.py).
Not a test; run it after changing the GUI, and look at them. Also prints, for each shot, any
widget that lies outside the window or is clipped (tests/gui/layout_check.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_check import offscreen_platform  # noqa: E402

if __name__ == "__main__" and "--one-size" not in sys.argv:
    pass   # the parent process only starts one child per screen size (see run_sizes)
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from layout_check import layout_problems  # noqa: E402

NOW = "2026-03-03T17:00:00+00:00"
ADA_CARD = "2900100000017"
SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def wait_for(*runners, ms: int = 120) -> None:
    """Run the event loop until the runners have answered everything, then ``ms`` more."""
    loop = QEventLoop()
    waited = [0]

    def check():
        waited[0] += 10
        if all(r.pending == 0 for r in runners) or waited[0] > 10000:
            QTimer.singleShot(ms, loop.quit)
        else:
            QTimer.singleShot(10, check)
    QTimer.singleShot(10, check)
    loop.exec()


def settle(window, ms: int = 120) -> None:
    wait_for(window.runner, window.device_runner, ms=ms)


def save(image, path: Path) -> None:
    """As a 256-colour PNG (a third of the size; a flat UI loses nothing that shows)."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


def composite(window, dialog):
    """The window, dimmed, with ``dialog`` drawn over its middle."""
    image = window.grab().toImage()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 90))
    shot = dialog.grab()
    x = max((image.width() - shot.width()) // 2, 0)
    y = max((image.height() - shot.height()) // 2, 0)
    painter.drawPixmap(QPoint(x, y), shot)
    painter.end()
    return image


def main(out: Path, sizes=SIZES, languages=("en", "tr")) -> list[Path]:
    from terminal.app import TerminalConfig, build_terminal, make_clock
    from terminal.services.demo_snapshot import open_snapshot
    from terminal.ui.dialogs import EnrollDialog, RefundDialog, SearchDialog
    from terminal.ui.main import create_window, stylesheet

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loyalty-shots-"))
    saved = []
    try:
        open_snapshot(work / "demo.db", make_clock(NOW).now())
        for width, height in sizes:
            for lang in languages:
                db = work / f"{lang}-{width}.db"
                shutil.copy(work / "demo.db", db)
                terminal = build_terminal(TerminalConfig(db=str(db), now=NOW, scanner="sim:", printer="sim:",
                                                         display="sim:", sync_interval_ms=60000,
                                                         cashier_sign_in=False))
                w = create_window(terminal, lang)
                w.resize(width, height)
                w.show()
                settle(w)

                def shot(name, dialog=None):
                    settle(w)
                    path = out / f"{name}-{width}x{height}-{lang}.png"
                    if dialog is None:
                        problems = layout_problems(w)
                        image = w.grab().toImage()
                    else:
                        settle(w)
                        problems = layout_problems(dialog)
                        image = composite(w, dialog)
                    save(image, path)
                    for problem in problems:
                        print(f"  {path.name}: {problem}")
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
                w.rewards.set_reward_checked("5OFF")
                shot("checkout-sale")
                w.show_pad("keypad")
                w.sale.amount.setFocus()
                for key in ("1", "2", ".", "5"):
                    w.keypad.press(key)
                shot("checkout-keypad")
                w.sale.amount.clear()
                w.show_pad("rewards")
                w.sale.clear()
                w.rewards.clear()
                w.sale.add_product("COFFEE-REG")
                settle(w)
                w.rewards.set_reward_checked("5OFF")
                shot("checkout-refused")
                w.sale.amount.setText("12,50" if lang == "en" else "12.50")
                w.sale.add_amount()
                shot("checkout-wrong-separator")
                w.sale.clear()
                w.rewards.clear()
                w.sale.amount.setText(w.fmt.plain_amount(99999999))
                w.sale.add_amount()
                shot("confirm-amount", w.active_dialog)
                w.active_dialog.reject()
                settle(w)
                w.sale.add_product("SOURDOUGH")
                w.sale.add_product("CROISSANT")
                settle(w)
                w.rewards.set_reward_checked("FREE-CROISSANT")
                settle(w)
                w.complete_sale()
                settle(w, 400)
                if w.preview_dialog is not None:
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

                dialog = SearchDialog(w, w)
                dialog.show()
                dialog.text.setText("an")
                settle(w)
                shot("name-search", dialog)
                dialog.close()

                dialog = RefundDialog(w, w.last_receipt or "", w)
                dialog.show()
                settle(w)
                dialog.set_line_checked(0)
                shot("refund", dialog)
                dialog.amount.clear()
                dialog.submit()
                settle(w, 300)
                shot("refund-done", dialog)
                dialog.close()
                settle(w, 300)
                if w.preview_dialog is not None and w.preview_dialog.isVisible():
                    shot("refund-slip", w.preview_dialog)
                    w.preview_dialog.close()

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


def run_sizes(target: Path, sizes, languages) -> int:
    """One process per screen size: Qt's offscreen screen has that size, so dialogs fit it as they
    would on the till."""
    import subprocess
    failed = 0
    for width, height in sizes:
        env = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(width, height)}
        result = subprocess.run([sys.executable, __file__, str(target), f"--sizes={width}x{height}",
                                 f"--lang={','.join(languages)}", "--one-size"], env=env)
        failed += result.returncode != 0
    return failed


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sizes = SIZES
    for arg in sys.argv[1:]:
        if arg.startswith("--sizes="):
            sizes = tuple(tuple(int(n) for n in s.split("x")) for s in arg.split("=", 1)[1].split(","))
    languages = ("en", "tr")
    for arg in sys.argv[1:]:
        if arg.startswith("--lang="):
            languages = tuple(arg.split("=", 1)[1].split(","))
    target = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    if "--one-size" not in sys.argv:
        sys.exit(run_sizes(target, sizes, languages))
    for path in main(target, sizes, languages):
        print(path)
    sys.stdout.flush()
    os._exit(0)  # the Qt objects were all closed above; skip tearing the rest down one by one
