"""The member panel and the receipt with the program mechanics (docs/SPEC-mechanics.md): a
challenge's progress as a bar and pending points, in English and Turkish.

The demo store here runs the demo program with points pending for 14 days and the challenge
below (``MECHANICS``), imported into its copy of the demo database before the till opens.
``make_mechanics_screenshots.py`` draws the same screen for resources/screenshots."""

from __future__ import annotations

import pytest

from conftest import ADA_CARD, NOW
from helpers import scan, sell
from mechanics_demo import mechanics_demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo store with the mechanics added to its program (overrides conftest's)."""
    path = tmp_path_factory.mktemp("mechanics") / "demo.db"
    mechanics_demo(path, NOW)
    return path


def challenge_row(till, index=0):
    label, bar = till.member_panel.challenge_rows[index]
    return label, bar


@pytest.mark.parametrize("language, words", [("en", "4 visits in March: {n} of 4, until 31 Mar 2026"),
                                             ("tr", "4 visits in March: {n} / 4, son gün 31 Mar 2026")])
def test_member_panel_shows_a_challenge_as_a_bar(qtbot, make_till, wedge_clock, idle, language, words):
    till = make_till(language)
    first = sell(qtbot, till, wedge_clock, idle, "COFFEE-REG", member=ADA_CARD)
    done = first["challenges"][0]["progress"]
    assert first["challenges"][0]["target"] == 4 and 1 <= done <= 3
    # The member leaves with the sale: scan her again, and the panel shows the visit counted.
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    label, bar = challenge_row(till)
    assert label.isVisible() and bar.isVisible()
    assert label.text() == words.format(n=done)
    assert bar.value() == done * 100 // 4 and bar.text() == f"{done * 100 // 4}%"


def test_the_sale_that_completes_a_challenge_pays_it_on_screen_and_on_paper(qtbot, till, wedge_clock, idle):
    sales = [sell(qtbot, till, wedge_clock, idle, "COFFEE-REG", member=ADA_CARD) for _ in range(4)]
    completed = [s for s in sales if s["challenges"][0]["completed_now"]]
    assert len(completed) == 1                      # four coffees: the 4th visit of March is reached once
    sale = completed[0]
    assert {"rule": "challenge:VISITS-4", "points": 200} in sale["breakdown"]
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job == sale["receipt"] for job, _ in printer.pages), timeout=10000)
    text = next(page.text for job, page in printer.pages if job == sale["receipt"])
    assert "Challenge VISITS-4 completed" in text and "4 visits in March" in text and "done" in text
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    label, bar = challenge_row(till)
    assert label.text() == "4 visits in March: done" and bar.value() == 100


@pytest.mark.parametrize("language, words", [("en", "{total} pending: {first} spendable from"),
                                             ("tr", "{total} beklemede; {first} puan")])
def test_member_panel_shows_pending_points_and_rewards_spend_only_the_rest(qtbot, make_till, wedge_clock, idle,
                                                                           language, words):
    till = make_till(language)
    with qtbot.waitSignal(till.member_shown, timeout=10000) as shown:
        scan(qtbot, till, wedge_clock, ADA_CARD)
    member = shown.args[0]
    assert member["pending"] and member["spendable"] == member["balance"] - sum(p["points"] for p in member["pending"])
    assert till.member_panel.pending.isVisible()
    total, first = sum(p["points"] for p in member["pending"]), member["pending"][0]["points"]
    assert till.member_panel.pending.text().startswith(words.format(total=total, first=first))
    assert len(till.member_panel.pending.toolTip().split("\n")) == len(member["pending"])
    assert till.rewards.balance() == member["spendable"]
    # A sale's own points are pending on its receipt too.
    sale = sell(qtbot, till, wedge_clock, idle, "COFFEE-REG", member=ADA_CARD)
    assert sale["member_summary"]["pending"][-1]["on"] == "2026-03-17"      # Tue Mar 3 + 14 days
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job == sale["receipt"] for job, _ in printer.pages), timeout=10000)
    text = next(page.text for job, page in printer.pages if job == sale["receipt"])
    assert ("Pending, spendable" if language == "en" else "Beklemede, harcanabilir") in text


@pytest.mark.parametrize("language, refused", [("en", "Promo code SPRING is used up: it was taken off the sale."),
                                               ("tr", "SPRING promosyon kodunun kullanım hakkı doldu: satıştan "
                                                      "kaldırıldı.")])
def test_a_promo_code_typed_at_the_till_and_refused_once_used_up(qtbot, make_till, wedge_clock, idle,
                                                                  language, refused):
    till = make_till(language)
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("COFFEE-REG")
    till.sale.product.setText("spring")                 # typed where products are typed
    till.sale.add_product_from_field()
    idle(till)
    assert till.sale.promo == "SPRING" and till.sale.product.text() == ""
    qtbot.waitUntil(lambda: till.sale.priced is not None and till.sale.priced.promo == "SPRING", timeout=5000)
    assert "SPRING" in till.sale.totals.text()
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    sale = done.args[0]
    assert sale["promo"] == "SPRING" and any(b["rule"] == "campaign:SPRING-X3" for b in sale["breakdown"])
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job == sale["receipt"] for job, _ in printer.pages), timeout=10000)
    # The one use is taken: scanned again on the next sale, the code is refused and taken off.
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("COFFEE-REG")
    idle(till)
    till.on_scan("SPRING")
    qtbot.waitUntil(lambda: till.banner.message() == refused, timeout=5000)
    qtbot.waitUntil(lambda: till.sale.promo is None and till.sale.priced is not None, timeout=5000)


def test_a_gold_pass_sold_like_a_product_and_a_next_visit_offer_used_by_itself(qtbot, till, wedge_clock, idle):
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.product.setText("GOLD-PASS")             # typed (or scanned) like a product
    till.sale.add_product_from_field()
    till.sale.add_product("SOURDOUGH")
    till.sale.add_product("SOURDOUGH")
    till.sale.add_product("SOURDOUGH")
    idle(till)
    with qtbot.waitSignal(till.sale_completed, timeout=10000) as done:
        till.complete_sale()
    sale = done.args[0]
    assert ("membership:GOLD-PASS", "49.00") in [(l["sku"], l["paid"]) for l in sale["lines"]]
    assert sale["tier_after"] == "Gold" and sale["member_summary"]["membership"]["until"] == "2027-03-02"
    assert [v["reward"] for v in sale["vouchers_issued"]] == ["offer:COMEBACK"]
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job == sale["receipt"] for job, _ in printer.pages), timeout=10000)
    text = next(page.text for job, page in printer.pages if job == sale["receipt"])
    assert "Gold pass" in text and "until 2 Mar 2027" in text and "Next visit by 16 Mar 2026" in text
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    panel = till.member_panel
    assert panel.membership.isVisible() and panel.membership.text() == "Gold pass: Gold until 2 Mar 2027"
    assert panel.tier.text() == "Gold" and "Offer: $2.00 off, until 16 Mar 2026" in panel.vouchers.text()
    # The next sale uses the offer by itself: 2.00 off.
    nxt = sell(qtbot, till, wedge_clock, idle, "COFFEE-REG")
    assert nxt["discount"] == "2.00" and nxt["redemptions"][0]["reward"] == "offer:COMEBACK"


def test_the_program_editor_shows_and_checks_the_mechanics(qtbot, till):
    from test_backoffice import close_office, open_office
    office = open_office(qtbot, till)
    editor = office.open_screen("program")
    qtbot.waitUntil(lambda: editor.current is not None, timeout=10000)
    challenges, promos = editor.tables["challenges"], editor.tables["promo_codes"]
    assert [challenges.item(0, c).text() for c in range(4)] == ["VISITS-4", "4 visits in March", "visits", "4"]
    assert promos.item(0, 0).text() == "SPRING" and editor.tables["memberships"].item(0, 2).text() == "Gold"
    assert editor.tables["program"].item(11, 0).text() == "14"          # pending_days
    challenges.item(0, 3).setText("0")                                 # a target of 0: refused by field
    assert "challenges[0].target" in editor.validity.text() and not editor.save_button.isEnabled()
    assert challenges.item(0, 3).background().color().name() == "#fde2e2"
    challenges.item(0, 3).setText("5")
    assert "Valid" in editor.validity.text() and editor.save_button.isEnabled()
    close_office(qtbot, office)
