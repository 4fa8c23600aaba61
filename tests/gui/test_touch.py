"""Touch: the keypad types into the field that has the focus, with the locale's decimal key;
reward tiles say what they give and cost, and whether they can still be chosen once others are."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from conftest import ADA_CARD
from helpers import activate, scan


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def find_ada(qtbot, till, wedge_clock, idle):
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    idle(till)


def test_the_keypad_types_an_amount_with_its_decimal_key(qtbot, till, wedge_clock, idle):
    find_ada(qtbot, till, wedge_clock, idle)
    activate(qtbot, till)
    QTest.mouseClick(till.sale.amount, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))   # touch the field
    qtbot.waitUntil(lambda: till.pad.currentWidget() is till.keypad, timeout=5000)     # the keypad comes up
    assert till.sale.amount.hasFocus()
    for key in "12.5":
        tap(qtbot, till.keypad.buttons[key])
    assert till.sale.amount.text() == "12.5"
    tap(qtbot, till.keypad.buttons["⌫"])
    tap(qtbot, till.keypad.buttons["0"])
    assert till.sale.amount.text() == "12.0"
    tap(qtbot, till.keypad.buttons["⏎"])                  # Enter adds the line...
    assert till.sale.model.total() == 1200
    assert till.pad.currentWidget() is till.rewards      # ...and the rewards come back


def test_the_keypad_follows_the_focus_and_the_locale(qtbot, make_till, wedge_clock, idle):
    till = make_till(language="tr")
    activate(qtbot, till)
    assert till.keypad.decimal_button.text() == ","
    till.lookup.phone.setFocus()
    assert not till.keypad.decimal_button.isEnabled()    # a phone has no decimals
    till.sale.product.setFocus()
    for key in "4006381333931":
        tap(qtbot, till.keypad.buttons[key])
    assert till.sale.product.text() == "4006381333931" and till.lookup.phone.text() == ""
    tap(qtbot, till.keypad.buttons["⏎"])
    assert till.sale.model.rowCount() == 1               # the hand cream, by its barcode
    till.sale.amount.setFocus()
    for key in ["3", ",", "5"]:
        tap(qtbot, till.keypad.buttons["." if key == "," else key])
    assert till.sale.amount.text() == "3,5"
    tap(qtbot, till.keypad.buttons["C"])
    assert till.sale.amount.text() == ""


def test_keypad_taps_are_never_taken_for_a_scan(qtbot, till, wedge_clock):
    till.lookup.phone.setFocus()
    for key in "2900100000017":   # a card number, tapped as fast as the event loop goes
        till.keypad.press(key)
    till.keypad.press("⏎")
    assert till.wedge.classifier.holding == ()
    qtbot.waitUntil(lambda: till.member is not None, timeout=10000)   # looked up as typed, not as a scan


def test_tiles_say_what_they_give_and_count_the_rewards_already_chosen(qtbot, till, wedge_clock, idle):
    find_ada(qtbot, till, wedge_clock, idle)          # 1,094 points
    for sku in ("HAND-CREAM", "COFFEE-LATTE"):
        till.sale.add_product(sku)
    till.sale.amount.setText("40")
    till.sale.add_amount()
    idle(till)
    five, ten = till.rewards.tiles["5OFF"], till.rewards.tiles["10PCT"]
    assert five.name.text() == "$5.00 off" and "500 pts" in five.note.text() and "available" in five.note.text()
    assert ten.name.text() == "10% off (up to $20.00)" and "800 pts" in ten.note.text()
    assert "5OFF" in five.toolTip()                   # the code is there for whoever needs it, not first
    assert five.isEnabled() and ten.isEnabled()
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        tap(qtbot, ten)                               # 800 chosen: 294 left
    idle(till)
    assert ten.isChecked() and "chosen" in ten.note.text()
    assert not five.isEnabled() and "needs 206 more" in five.note.text()
    assert till.rewards.after.text().startswith("After this sale:")
    priced = till.sale.priced
    assert till.rewards.after.text() == (
        f"After this sale: {1094 - 800 + priced.points_earned + priced.bonus_points:,} pts")
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        tap(qtbot, ten)                               # untick: 5OFF can be chosen again
    assert five.isEnabled() and "leaves 594" in five.note.text()
    till.rewards.use_points.setValue(700)             # paying with points counts too
    assert not five.isEnabled() and "needs 106 more" in five.note.text()


def test_without_a_member_tiles_cannot_be_chosen(qtbot, till):
    till.sale.add_product("SOURDOUGH")
    assert all(not tile.isEnabled() for tile in till.rewards.tiles.values())
    assert till.pad.currentWidget() is till.keypad and not till.pad_switch.isVisible()
