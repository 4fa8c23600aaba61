"""A sale that takes a member to a higher tier: the till celebrates, the pole display and the
receipt say so (docs/SPEC-privacy-notifications.md, N.1).

Ada Lovelace in the demo store (3 March 2026): Silver, qualifying spend 571.74; Gold starts at
1,500.00, so 928.26 more takes her there. A sale of 930.00 does (571.74 + 930.00 = 1,501.74).
"""

from __future__ import annotations

from conftest import ADA_CARD
from helpers import activate, active_dialog, scan


def ring_up(qtbot, till, wedge_clock, idle, amount: str) -> dict:
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.amount.setText(amount)
    till.sale.add_amount()
    if till.sale.model.rowCount() == 0:   # above the till's confirm_amount_above: the cashier confirms
        active_dialog(qtbot, "confirmDialog").accept()
        activate(qtbot, till)
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    return done.args[0]


def display_lines(till) -> tuple[str, str]:
    return tuple(line.strip() for line in till.hub.devices.display.lines)


def test_reaching_gold_is_celebrated_on_screen_pole_and_receipt(qtbot, till, wedge_clock, idle):
    sale = ring_up(qtbot, till, wedge_clock, idle, "930.00")
    assert sale["tier_change"] == {"from": "Silver", "to": "Gold", "direction": "up"}
    assert till.celebration.isVisible()
    assert (till.celebration.title, till.celebration.subtitle) == ("Congratulations, Ada!", "You are now Gold")
    assert "Lovelace" not in till.celebration.title
    assert "New tier: Gold!" in till.banner.message()
    qtbot.waitUntil(lambda: display_lines(till) == ("Congratulations!", "Now Gold"), timeout=5000)
    qtbot.waitUntil(lambda: till.preview_dialog is not None or till.last_receipt is not None, timeout=5000)
    from terminal.ui.receipt_mapping import receipt_from_sale
    receipt = receipt_from_sale(sale, till.program, till.fmt, store_name="Corner Market")
    assert receipt.member.tier == "Gold" and receipt.member.tier_news == "*** You are now Gold! ***"
    # The card stays over the window, not in its layout, and goes when touched.
    rect = till.celebration.geometry()
    assert till.rect().contains(rect)
    qtbot.mouseClick(till.celebration, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert not till.celebration.isVisible()


def test_an_ordinary_sale_is_not_celebrated(qtbot, till, wedge_clock, idle):
    sale = ring_up(qtbot, till, wedge_clock, idle, "10.00")
    assert sale["tier_change"] is None and not till.celebration.isVisible()
    qtbot.waitUntil(lambda: display_lines(till)[0] == "Thank you!", timeout=5000)


def test_turkish_celebration(qtbot, make_till, wedge_clock, idle):
    till = make_till("tr")
    sale = ring_up(qtbot, till, wedge_clock, idle, "930,00")
    assert sale["tier_change"]["to"] == "Gold"
    assert till.celebration.title == "Tebrikler, Ada!"
    assert till.celebration.subtitle == "Artık Gold üyesiniz"
