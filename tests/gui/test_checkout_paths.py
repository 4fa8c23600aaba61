"""The cashier's paths through the till, walked with the keyboard and the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest import ADA_CARD
from helpers import activate, active_dialog, scan, type_text
from hardware.scanning import gs1_check_digit


def find_ada(qtbot, till, wedge_clock):
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        scan(qtbot, till, wedge_clock, ADA_CARD)
    return shown.args[0]


def test_scanning_a_card_anywhere_shows_the_member(qtbot, till, wedge_clock):
    till.sale.amount.setFocus()  # the cashier was about to key an amount
    member = find_ada(qtbot, till, wedge_clock)
    assert member["name"] == "Ada Lovelace"
    assert till.top.currentWidget() is till.member_panel
    assert till.member_panel.name.text() == "Ada Lovelace"
    assert till.member_panel.balance.text() == "1,094 points"
    assert till.member_panel.tier.text() == "Silver"
    assert "to reach Gold" in till.member_panel.progress_label.text()
    assert 0 < till.member_panel.progress.value() < 1000
    assert "60 expire 24 Jan 2027" in till.member_panel.expiring.text()
    assert "COFFEE 5/9" in till.member_panel.punches.text()
    assert till.sale.amount.text() == ""  # the scan did not leak into the field that had focus


def test_a_person_typing_digits_is_not_taken_for_a_scan(qtbot, till, wedge_clock):
    till.lookup.phone.setFocus()
    type_text(qtbot, till, wedge_clock, "2125550100")
    qtbot.waitUntil(lambda: till.lookup.phone.text() == "(212) 555-0100", timeout=5000)  # live formatting
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        qtbot.keyClick(till.lookup.phone, Qt.Key.Key_Return)
    assert shown.args[0]["name"] == "Ada Lovelace"


def test_keypad_enters_a_phone(qtbot, till):
    for digit in "2125550100":
        qtbot.mouseClick(till.keypad.buttons[digit], Qt.MouseButton.LeftButton)
    assert till.lookup.phone.text() == "(212) 555-0100"
    qtbot.mouseClick(till.keypad.buttons["⌫"], Qt.MouseButton.LeftButton)
    assert till.lookup.phone.text() == "(212) 555-010"
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        qtbot.mouseClick(till.keypad.buttons["0"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(till.lookup.find_button, Qt.MouseButton.LeftButton)


def test_unknown_phone_offers_enrollment_and_enrolls(qtbot, till, wedge_clock):
    till.lookup.phone.setText("(917) 555-0199")
    qtbot.keyClick(till.lookup.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.banner.button.isVisible(), timeout=10000)
    assert "No member has the phone" in till.banner.message()
    qtbot.mouseClick(till.banner.button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot, "enrollDialog")
    assert dialog.phone.text() == "(917) 555-0199"
    dialog.name.setText("Zeynep Kaya")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    member = shown.args[0]
    assert member["name"] == "Zeynep Kaya" and member["card"].startswith("29")
    assert till.member_panel.name.text() == "Zeynep Kaya"
    # a generated card is printed as a card slip
    spooler = till.hub.devices.spooler
    qtbot.waitUntil(lambda: any(job == f"card-{member['card']}" for job, _ in till.hub.devices.printer.pages),
                    timeout=10000)
    assert spooler.pending() == []


def test_enrolling_with_a_scanned_preprinted_card(qtbot, till, wedge_clock):
    body = "290077700001"
    card = body + str(gs1_check_digit(body))
    qtbot.keyClick(till, Qt.Key.Key_F4)
    dialog = active_dialog(qtbot, "enrollDialog")
    dialog.phone.setFocus()
    dialog.phone.setText("(646) 555-0177")
    dialog.name.setText("Kemal Aydın")
    dialog.name.setFocus()
    scan(qtbot, till, wedge_clock, card)
    assert dialog.card.text() == card
    assert dialog.name.text() == "Kemal Aydın"  # the scan did not land in the focused field
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert shown.args[0]["card"] == card


def test_sell_with_a_reward_see_the_receipt_and_refund_it(qtbot, till, wedge_clock, idle):
    find_ada(qtbot, till, wedge_clock)
    scan(qtbot, till, wedge_clock, "4006381333931")  # hand cream, a product barcode scanned
    till.sale.amount.setFocus()
    till.sale.amount.setText("20")
    till.sale.category.setCurrentIndex(till.sale.category.findData("grocery"))
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.sale.model.rowCount() == 2
    assert "available" in till.rewards.reward_note("5OFF")
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        till.rewards.set_reward_checked("5OFF")
    idle(till)
    priced = till.sale.priced
    assert priced is not None and priced.discount == 500 and priced.paid == 3290 - 500
    assert "5OFF: −$5.00 (500 pts)" in till.sale.totals.text()
    assert "To pay $27.90" == till.sale.to_pay.text()
    assert "Category beauty" in till.sale.breakdown.text()
    earned = priced.points_earned + priced.bonus_points

    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        qtbot.keyClick(till, Qt.Key.Key_F12)
    sale = done.args[0]
    assert sale["points_redeemed"] == 500
    assert sale["balance_after"] == 1094 - 500 + earned
    assert "complete" in till.banner.message() and f"balance {sale['balance_after']:,}" in till.banner.message()
    assert till.sale.model.rowCount() == 0
    assert till.member is None   # detached: the next customer does not earn on Ada's card

    # the simulated printer's page is shown in the preview window
    qtbot.waitUntil(lambda: till.preview_dialog is not None and till.preview_dialog.isVisible(), timeout=10000)
    assert till.preview_dialog.receipt == sale["receipt"]
    assert not till.preview_dialog.image.pixmap().isNull()
    assert till.preview_dialog.image.pixmap().height() > 400
    till.preview_dialog.close()
    activate(qtbot, till)

    # refund it: F6, type the receipt number, Enter finds it, Ctrl+Enter refunds everything left
    qtbot.keyClick(till, Qt.Key.Key_F6)
    dialog = active_dialog(qtbot, "refundDialog")
    dialog.receipt.setText(sale["receipt"])
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10000)
    assert sale["receipt"] in dialog.summary.text()
    with qtbot.waitSignal(dialog.refunded, timeout=10000) as refunded:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = refunded.args[0]["refund"]
    assert result["points_returned"] == 500
    assert result["points_clawed_back"] == sale["points_earned"]
    assert "Refunded $27.90" in dialog.message.text()
    qtbot.waitUntil(lambda: "fully refunded" in dialog.summary.text(), timeout=10000)
    assert not dialog.ok.isEnabled()
    assert f"balance now {result['member']['balance']:,}" in dialog.message.text()
    dialog.close()
    idle(till)


def test_a_refused_redemption_says_why(qtbot, till, wedge_clock, idle):
    find_ada(qtbot, till, wedge_clock)
    till.sale.add_product("COFFEE-REG")  # $3.50
    idle(till)
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        till.rewards.set_reward_checked("5OFF")
    idle(till)
    assert till.sale.refused.isVisible()
    text = till.sale.refusal_text()
    assert text.startswith("Cannot complete:")
    assert getattr(till.sale.refusal, "code", "") in ("redemption_limit", "reward_not_applicable")
    assert "$5.00" in text and "$3.50" in text  # the till's own sentence, with money as money
    assert not till.sale.complete_button.isEnabled()
    # unticking the reward makes the sale possible again
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        till.rewards.set_reward_checked("5OFF", False)
    idle(till)
    assert not till.sale.refused.isVisible() and till.sale.complete_button.isEnabled()


def test_a_free_item_reward_explains_what_it_needs(qtbot, till, wedge_clock):
    find_ada(qtbot, till, wedge_clock)
    assert "add Butter croissant first" in till.rewards.reward_note("FREE-CROISSANT")
    assert "no voucher open" in till.rewards.reward_note("FREE-COFFEE")
    assert not till.rewards.tiles["FREE-CROISSANT"].isEnabled()
    till.sale.add_product("CROISSANT")
    assert "available" in till.rewards.reward_note("FREE-CROISSANT")
    assert till.rewards.tiles["FREE-CROISSANT"].isEnabled()


def test_blocked_and_replaced_cards_are_said_plainly(qtbot, till, wedge_clock, idle):
    blocked = till.loyalty.show_member("(212) 555-0135")["member"]
    assert blocked["status"] == "blocked"
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, blocked["card"])
    assert "BLOCKED" in till.member_panel.flags.text()
    assert "blocked" in till.banner.message()
    old = till.loyalty.show_member("(212) 555-0105")["member"]["card"]
    till.loyalty.replace_card("(212) 555-0105", "1234")
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, old)
    assert f"The card scanned ({old}) was replaced" in till.member_panel.flags.text()


def test_name_search_finds_a_member(qtbot, till, wedge_clock):
    qtbot.keyClick(till, Qt.Key.Key_F3)
    dialog = active_dialog(qtbot, "searchDialog")
    dialog.text.setFocus()
    type_text(qtbot, dialog, wedge_clock, "lovel")
    qtbot.waitUntil(lambda: dialog.results.count() >= 1, timeout=10000)
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert "Lovelace" in shown.args[0]["name"]


def test_reprint_last_receipt(qtbot, till, wedge_clock, idle):
    till.sale.add_product("SOURDOUGH")
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        qtbot.mouseClick(till.sale.complete_button, Qt.MouseButton.LeftButton)
    receipt = done.args[0]["receipt"]
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: sum(job == receipt for job, _ in printer.pages) == 1, timeout=10000)
    qtbot.waitUntil(lambda: till.preview_dialog is not None and till.preview_dialog.isVisible(), timeout=10000)
    till.preview_dialog.close()
    activate(qtbot, till)
    qtbot.keyClick(till, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: sum(job == receipt for job, _ in printer.pages) == 2, timeout=10000)
    assert "COPY" in printer.pages[-1][1].text


def test_manager_adjusts_points_behind_a_pin(qtbot, till, wedge_clock, idle):
    find_ada(qtbot, till, wedge_clock)
    qtbot.keyClick(till, Qt.Key.Key_F9)
    dialog = active_dialog(qtbot, "backofficeSignIn")
    dialog.pin.setText("2580")  # a cashier's PIN
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.message.text(), timeout=10000)
    assert "Sam" not in dialog.message.text() and "cashier" not in dialog.message.text()
    dialog.pin.setText("1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    office = active_dialog(qtbot, "backOffice")
    members = office.screens["members"]
    qtbot.waitUntil(lambda: members.member is not None and members.adjust_button.isEnabled(), timeout=10000)
    assert members.member["name"] == "Ada Lovelace", "the till's member opens in the back office"
    members.points.setValue(50)
    members.reason.setText("goodwill")
    qtbot.mouseClick(members.adjust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: members.member["balance"] == 1144, timeout=10000)
    qtbot.keyClick(office, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.member_panel.balance.text() == "1,144 points", timeout=10000)


def test_status_bar_shows_devices_and_hq(qtbot, till):
    qtbot.waitUntil(lambda: "online" in till.status.labels["scanner"].text(), timeout=10000)
    assert "Printer" in till.status.labels["printer"].text()
    qtbot.waitUntil(lambda: till.status.sync_label.text() == "HQ: not configured", timeout=10000)
    till.hub.devices.scanner.unplug()
    qtbot.waitUntil(lambda: "offline" in till.status.labels["scanner"].text(), timeout=10000)
    assert "scanner is disconnected" in till.banner.message()  # non-modal, in the banner, in words
    till.hub.devices.scanner.replug()
    qtbot.waitUntil(lambda: "online" in till.status.labels["scanner"].text(), timeout=10000)
    qtbot.waitUntil(lambda: "scanner is disconnected" not in till.banner.message(), timeout=10000)


def test_a_device_coming_online_clears_only_its_own_message(qtbot, till):
    """A device's "online" takes away the device's own error, never another one: at start the
    simulated devices come online while the start-up check may already have said the records
    were altered, and that must stay until someone acts."""
    qtbot.waitUntil(lambda: "online" in till.status.labels["scanner"].text(), timeout=10000)
    till.show_message("error", "The records of this till may have been altered outside the program (x).")
    till.hub.devices.scanner.unplug()
    qtbot.waitUntil(lambda: "scanner is disconnected" in till.banner.message(), timeout=10000)
    till.show_message("error", "The records of this till may have been altered outside the program (x).")
    till.hub.devices.scanner.replug()
    qtbot.waitUntil(lambda: "online" in till.status.labels["scanner"].text(), timeout=10000)
    assert till.banner.severity == "error" and "altered outside" in till.banner.message()


def test_a_serial_or_sim_scanner_scan_arrives_through_a_signal(qtbot, till):
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        till.hub.devices.scanner.inject(ADA_CARD)
    assert shown.args[0]["card"] == ADA_CARD
