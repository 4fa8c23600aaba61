"""Typing as a person and as a keyboard-wedge scanner, with the test's monotonic clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

SCANNER_GAP = 0.004   # seconds between keys of a wedge scanner
PERSON_GAP = 0.180    # a quick typist
RELEASE = 0.25        # longer than the filter's release_after: the last key typed is delivered


def _target(window):
    """The focused widget, when it belongs to ``window`` or one of its dialogs (a widget left from
    an earlier test's window is not this window's)."""
    focus = QApplication.focusWidget()
    top = focus.window() if focus is not None else None
    while top is not None and top is not window:
        parent = top.parentWidget()
        top = parent.window() if parent is not None else None
    return focus if top is window else window


def scan(qtbot, window, clock, code: str) -> None:
    """A burst of key presses a few milliseconds apart, ended by Enter, into whatever has focus."""
    for char in code:
        qtbot.keyClick(_target(window), char)
        clock.advance(SCANNER_GAP)
    qtbot.keyClick(_target(window), Qt.Key.Key_Return)


def type_text(qtbot, window, clock, text: str, enter: bool = False) -> None:
    """Keys at a person's pace; the last key is delivered once the filter's poll sees the gap."""
    for char in text:
        qtbot.keyClick(_target(window), char)
        clock.advance(PERSON_GAP)
    if enter:
        qtbot.keyClick(_target(window), Qt.Key.Key_Return)
    else:
        clock.advance(RELEASE)


def active_dialog(qtbot, name: str):
    """The modal dialog named ``name``, once it is the active window (so its shortcuts work)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == name
                    and QApplication.activeWindow() is QApplication.activeModalWidget(), timeout=5000)
    return QApplication.activeModalWidget()


def activate(qtbot, window) -> None:
    """Make ``window`` the active window again (a closed dialog leaves none active offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def sell(qtbot, till, clock, idle, *skus, member: str | None = None) -> dict:
    """Scan ``member`` (a card) if given, add the products, complete the sale: the SALE answer."""
    if member:
        with qtbot.waitSignal(till.member_shown, timeout=10000):
            scan(qtbot, till, clock, member)
    for sku in skus:
        till.sale.add_product(sku)
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    return done.args[0]
