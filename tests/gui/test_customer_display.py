"""The customer display: the customer keys in their phone on its keypad, the cashier's window
shows what they keyed and puts the member on the sale; the customer sees their first name,
tier, points, rewards, the sale, and afterwards what it earned; never more than the first name.

Ada Lovelace in the demo store (3 March 2026): phone (212) 555-0100, Silver, 1,094 points
(worth 10.94). Hand cream (12.90, beauty x2, Silver x1.25, DOUBLE-TUE x2 on Tuesdays) earns what
the till's preview says; the display shows the same figure.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from terminal.ui.customer_view import CustomerView, challenges_of, member_view

ADA_PHONE = "2125550100"


def key_in(display, digits: str) -> None:
    for digit in digits:
        display.keys[digit].click()
    display.keys["ok"].click()


def shown_text(display) -> str:
    return " ".join(label.text() for label in display.findChildren(QLabel) if label.isVisible())


def test_customer_keys_their_phone_and_sees_their_points(qtbot, till, idle):
    display = till.open_customer_display()
    qtbot.waitExposed(display)
    assert display.view.state == "welcome"
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        key_in(display, ADA_PHONE)
    assert "The customer keyed 2125550100" in till.banner.message()      # the cashier sees what was keyed
    assert till.member["name"] == "Ada Lovelace"
    view = display.view
    assert (view.state, view.first_name, view.tier, view.balance) == ("member", "Ada", "Silver", 1094)
    text = shown_text(display)
    assert "Hello, Ada!" in text and "1,094 points, worth $10.94" in text and "Silver member" in text
    for private in ("Lovelace", "0100", "555", "2900100000017", "@"):
        assert private not in text, private
    till.sale.add_product("HAND-CREAM")
    idle(till)
    qtbot.waitUntil(lambda: display.view.to_pay == 1290, timeout=5000)
    assert display.view.points_this_sale == till.priced.points_earned + till.priced.bonus_points
    assert "To pay $12.90" in display.sale_line.text()
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    sale = done.args[0]
    assert display.view.state == "thanks"
    assert display.view.balance == sale["balance_after"] == 1094 + display.view.points_this_sale
    assert "Thank you" in display.heading.text()


def test_an_unknown_number_is_said_on_both_screens(qtbot, till, idle):
    display = till.open_customer_display()
    key_in(display, "9175550199")
    qtbot.waitUntil(lambda: display.view.state == "not_found", timeout=10000)
    assert "could not find" in display.heading.text()
    assert "The customer keyed 9175550199: no member has it" in till.banner.message()
    assert till.member is None


def test_keypad_edits_and_short_numbers_wait(qtbot, till):
    display = till.open_customer_display()
    for key in "2125":
        display.keypad_press(key)
    display.keypad_press("⌫")
    assert display.view.entered == "212" and display.entry.text() == "212"
    display.keypad_press("ok")                      # fewer than 4 digits: nothing is looked up
    assert display.view.state == "entering" and till.banner.message() == ""


def test_the_view_model_holds_a_first_name_only_and_shows_challenges_when_there_are(qtbot, till):
    member = {"name": "Ada  Augusta Lovelace", "tier": "Gold", "balance": 700, "balance_value": "7.00",
              "next_tier": None, "vouchers": [], "status": "active", "phone_masked": "***0100",
              "email": "ada@example.com", "card": "2900100000017",
              "challenges": [{"code": "MARCH-4", "name": "4 visits in March", "progress": 3, "goal": 4},
                             {"code": "SPEND-200", "name": "Spend 200.00", "progress": "250", "goal": "200"}]}
    view = member_view(till.program, member, CustomerView())
    assert view.first_name == "Ada"
    assert "Lovelace" not in repr(view) and "ada@example.com" not in repr(view) and "0100" not in repr(view)
    assert [(c.name, c.progress, c.goal, c.done) for c in view.challenges] == [
        ("4 visits in March", 3, 4, False), ("Spend 200.00", 200, 200, True)]
    # 700 points: the croissant (300), 5OFF and GIVE-5 (500) can be taken, 10PCT (800) not yet;
    # FREE-COFFEE costs 0 points and she holds no voucher for it, so it is not offered.
    assert [(t.code, t.affordable) for t in view.rewards] == [
        ("FREE-CROISSANT", True), ("5OFF", True), ("GIVE-5", True), ("10PCT", False)]
    assert challenges_of({"challenges": [{"name": "broken"}]}) == ()
    display = till.open_customer_display()
    qtbot.waitExposed(display)
    display.show_view(view)
    qtbot.waitUntil(lambda: display.challenges_title.isVisible(), timeout=5000)
    bars = [display.challenges_box.itemAt(i).widget() for i in range(display.challenges_box.count())]
    assert [(b.format(), b.value(), b.maximum()) for b in bars] == [("4 visits in March: 3/4", 3, 4),
                                                                    ("Spend 200.00: 200/200 ✓", 200, 200)]


DEMO = """
import sys
import terminal.ui.main as till
place = till.place_customer_display

def placed(display, window):
    place(display, window)
    print("CUSTOMER-DISPLAY", display.isVisible(), display.isWindow(), display.windowTitle(), flush=True)
till.place_customer_display = placed
sys.exit(till.main(sys.argv[1:]))
"""


def test_the_demo_opens_the_customer_display_as_a_second_window(tmp_path):
    import os
    import subprocess
    import sys
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", DEMO, "--demo", "--exit-after", "1"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "CUSTOMER-DISPLAY True True Welcome" in result.stdout
