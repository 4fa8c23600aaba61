"""Refunds at the till: by line or by amount, a manager's PIN above the till's limit (the engine
checks it too), and a refund slip with the money and the points."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest import ADA_CARD
from helpers import activate, active_dialog, sell
from terminal.ui.main_window import TillOptions


def sell_to_ada(qtbot, till, wedge_clock, idle, *skus):
    sale = sell(qtbot, till, wedge_clock, idle, *skus, member=ADA_CARD)
    idle(till)
    qtbot.waitUntil(lambda: till.preview_dialog is not None and till.preview_dialog.isVisible(), timeout=10000)
    till.preview_dialog.close()   # the simulated printer's page, shown after every sale
    activate(qtbot, till)
    return sale


def open_refund(qtbot, till, receipt):
    till.open_refund(receipt)
    dialog = active_dialog(qtbot, "refundDialog")
    qtbot.waitUntil(lambda: dialog.sale is not None, timeout=10000)
    return dialog


def slip_text(qtbot, till):
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job.startswith("refund-") for job, _ in printer.pages), timeout=10000)
    return next(page.text for job, page in reversed(printer.pages) if job.startswith("refund-"))


def test_refund_one_line_and_print_the_slip(qtbot, make_till, wedge_clock, idle):
    till = make_till(options=TillOptions(refund_pin_above=5000))
    sale = sell_to_ada(qtbot, till, wedge_clock, idle, "HAND-CREAM", "SOURDOUGH")
    dialog = open_refund(qtbot, till, sale["receipt"])
    assert dialog.lines.count() == 2
    assert "Hand cream 75 ml" in dialog.lines.item(0).text()
    dialog.set_line_checked(0)
    hand_cream = next(line for line in sale["lines"] if line["sku"] == "HAND-CREAM")
    assert dialog.amount.text() == hand_cream["paid"]        # the line's share of what was paid
    assert not dialog.pin.isEnabled()                        # under the limit: no manager needed
    with qtbot.waitSignal(dialog.refunded, timeout=10000) as refunded:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = refunded.args[0]["refund"]
    assert result["amount"] == hand_cream["paid"] and not result["full"]
    slip = slip_text(qtbot, till)
    for expected in ("REFUND", sale["receipt"], "1 x Hand cream 75 ml", "Points taken back",
                     str(result["points_clawed_back"]), "Points returned", "Points balance",
                     str(result["member"]["balance"])):
        assert expected in slip, expected
    assert "Approved by" not in slip
    assert f"balance now {result['member']['balance']:,}" in dialog.message.text()


def test_above_the_limit_a_manager_types_their_pin(qtbot, make_till, wedge_clock, idle):
    till = make_till(options=TillOptions(refund_pin_above=500))   # $5.00
    sale = sell_to_ada(qtbot, till, wedge_clock, idle, "HAND-CREAM")       # $12.90
    dialog = open_refund(qtbot, till, sale["receipt"])
    assert dialog.pin.isEnabled()                   # everything left is above the limit
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "need a manager's PIN" in dialog.message.text()     # asked for, nothing sent
    assert till.loyalty.sale_record(sale["receipt"])["refunded"] == "0.00"
    dialog.pin.setText("2580")                     # a cashier's PIN: the engine refuses it
    with qtbot.waitSignal(till.message_shown, timeout=2000, raising=False):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.message.text(), timeout=10000)
    assert till.loyalty.sale_record(sale["receipt"])["refunded"] == "0.00"
    dialog.pin.setText("1234")
    with qtbot.waitSignal(dialog.refunded, timeout=10000) as refunded:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert refunded.args[0]["refund"]["full"] and refunded.args[0]["refund"]["approved_by"] == "Manager"
    slip = slip_text(qtbot, till)
    assert "Approved by" in slip and "Manager" in slip


def test_a_typed_amount_in_the_locale_and_a_bad_one(qtbot, make_till, wedge_clock, idle):
    till = make_till(language="tr", options=TillOptions(refund_pin_above=None))
    sale = sell_to_ada(qtbot, till, wedge_clock, idle, "HAND-CREAM")
    dialog = open_refund(qtbot, till, sale["receipt"])
    dialog.amount.setText("2.00")                  # the English mark on a Turkish till: refused
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert "Kuruşları" in dialog.message.text()
    assert till.loyalty.sale_record(sale["receipt"])["refunded"] == "0.00"
    dialog.amount.setText("99,00")                 # more than was paid: the engine's code, in Turkish
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "iade edilebilecek kalan tutardan fazla" in dialog.message.text(), timeout=10000)
    dialog.amount.setText("2,00")
    with qtbot.waitSignal(dialog.refunded, timeout=10000) as refunded:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert refunded.args[0]["refund"]["amount"] == "2.00"
    assert "Geri alınan puan" in slip_text(qtbot, till)
