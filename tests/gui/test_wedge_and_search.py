"""Keyboard-wedge scans timed by the key events' own timestamps (so a stalled event loop does
not split a burst), with the processing clock when events carry none; and the name search."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from conftest import ADA_CARD
from helpers import active_dialog, type_text

KEYS = {"\r": Qt.Key.Key_Return}


def press(widget, char: str, stamp_ms: int) -> None:
    """A key press as X11 delivers it: with the time the key went down."""
    key = KEYS.get(char, Qt.Key(ord(char.upper())) if char.isalpha() else Qt.Key(ord(char)))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "" if char == "\r" else char)
    event.setTimestamp(stamp_ms)
    QApplication.sendEvent(widget, event)
    release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, "" if char == "\r" else char)
    release.setTimestamp(stamp_ms + 1)
    QApplication.sendEvent(widget, release)


def test_a_scan_processed_late_is_still_a_scan(qtbot, till, wedge_clock):
    """Pressed 4 ms apart, but each key processed 100 ms after the last (the loop was busy): a scan."""
    field = till.sale.amount
    field.setFocus()
    with qtbot.waitSignal(till.wedge.scanned, timeout=5000) as scanned:
        for i, char in enumerate(ADA_CARD + "\r"):
            wedge_clock.advance(0.100)
            press(field, char, 5_000_000 + 4 * i)
    assert scanned.args == [ADA_CARD]
    assert field.text() == ""   # nothing landed in the field


def test_keys_typed_slowly_but_processed_at_once_are_typing(qtbot, till, wedge_clock):
    """Pressed 150 ms apart (a person), processed in one go after a stall: typing, in the field."""
    field = till.sale.product
    field.setFocus()
    for i, char in enumerate("400638"):
        press(field, char, 7_000_000 + 150 * i)
    wedge_clock.advance(0.5)
    qtbot.waitUntil(lambda: field.text() == "400638", timeout=5000)


def test_without_timestamps_the_processing_clock_decides(qtbot, till, wedge_clock):
    field = till.sale.product
    field.setFocus()
    with qtbot.waitSignal(till.wedge.scanned, timeout=5000) as scanned:
        for char in "4006381333931\r":
            press(field, char, 0)            # timestamp 0: synthesized, timed by the clock
            wedge_clock.advance(0.004)
    assert scanned.args == ["4006381333931"] and field.text() == ""


def test_a_burst_never_mixes_event_times_with_the_clock(qtbot, till, wedge_clock):
    field = till.sale.product
    field.setFocus()
    press(field, "1", 0)                     # held, timed by the clock
    press(field, "2", 9_000_000)             # another time base: what was held is released as typing
    wedge_clock.advance(0.5)
    qtbot.waitUntil(lambda: field.text() == "12", timeout=5000)


def test_name_search_enter_before_the_answer_picks_from_the_newest_answer(qtbot, till, wedge_clock):
    gate = threading.Event()
    real = till.loyalty.search_members

    def slow_search(text, limit=20):
        if text.strip().lower() == "lovel":
            gate.wait(10)
        return real(text, limit)
    till.loyalty.search_members = slow_search
    try:
        qtbot.keyClick(till, Qt.Key.Key_F3)
        dialog = active_dialog(qtbot, "searchDialog")
        dialog.text.setText("lo")
        qtbot.waitUntil(lambda: dialog.results.count() >= 2, timeout=10000)   # "lo": several members
        dialog.text.setText("lovel")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)   # Enter before "lovel" is answered
        assert dialog.isVisible()                        # waits for the newest answer...
        with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
            gate.set()
        assert shown.args[0]["name"] == "Ada Lovelace"   # ...and picks from it, not from "lo"
    finally:
        gate.set()
        till.loyalty.search_members = real


def test_an_answer_after_the_search_closed_is_dropped(qtbot, till, idle):
    gate = threading.Event()
    real = till.loyalty.search_members
    till.loyalty.search_members = lambda text, limit=20: (gate.wait(10), real(text, limit))[1]
    try:
        qtbot.keyClick(till, Qt.Key.Key_F3)
        dialog = active_dialog(qtbot, "searchDialog")
        dialog.text.setText("lovel")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)     # closed (and deleted) while the search runs
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
        gate.set()
        idle(till)                                     # the late answer is dropped: no crash, no member
        assert till.member is None
    finally:
        gate.set()
        till.loyalty.search_members = real


def test_the_highlighted_result_is_visible(qtbot, till, wedge_clock):
    qtbot.keyClick(till, Qt.Key.Key_F3)
    dialog = active_dialog(qtbot, "searchDialog")
    type_text(qtbot, dialog, wedge_clock, "lovel")
    qtbot.waitUntil(lambda: dialog.results.count() >= 1, timeout=10000)
    image = dialog.results.viewport().grab().toImage()
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    colour = image.pixelColor(rect.left() + 3, rect.center().y())
    assert (colour.red(), colour.green(), colour.blue()) != (255, 255, 255)   # not white on white
    assert colour.blue() > 150 and colour.red() < 100                         # the selection blue
    dialog.reject()
