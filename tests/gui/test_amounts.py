"""Amounts typed in the till's locale, a question before a large one, and the member leaving
with the sale. What each bad input gets is said in each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import ADA_CARD
from helpers import active_dialog, sell
from terminal.domain.money import Currency
from terminal.ui.formatting import AmountRefused, Formatter
from terminal.ui.main_window import TillOptions


@pytest.mark.parametrize("language, text, minor", [
    ("en", "12.50", 1250), ("en", "12.5", 1250), ("en", "12", 1200), ("en", ".75", 75), ("en", " 7.00 ", 700),
    ("tr", "12,50", 1250), ("tr", "12", 1200), ("tr", "0,05", 5),
])
def test_an_amount_in_the_tills_locale(qapp, language, text, minor):
    assert Formatter(Currency.of("USD"), language).parse_amount(text) == minor


@pytest.mark.parametrize("language, text, reason", [
    ("en", "12,50", "separator"),      # never 1,250.00, never 12.50: asked again
    ("en", "1,250.00", "separator"),   # no grouping marks either
    ("tr", "12.50", "separator"),
    ("tr", "1.250,00", "separator"),
    ("en", "12.345", "decimals"),      # never rounded
    ("en", "0", "zero"), ("en", "0.00", "zero"),
    ("en", "-5", "not_a_number"), ("en", "+5", "not_a_number"), ("en", "5e3", "not_a_number"),
    ("en", "1 000", "not_a_number"), ("en", "abc", "not_a_number"), ("en", "", "empty"),
    ("en", "99999999999", "too_large"),
])
def test_what_is_not_an_amount_is_refused_with_its_reason(qapp, language, text, reason):
    with pytest.raises(AmountRefused) as refused:
        Formatter(Currency.of("USD"), language).parse_amount(text)
    assert refused.value.reason == reason


def test_a_currency_without_decimals(qapp):
    yen = Formatter(Currency.of("JPY"), "en")
    assert yen.parse_amount("1250") == 1250
    with pytest.raises(AmountRefused, match="decimals"):
        yen.parse_amount("12.5")


def test_the_other_separator_is_refused_in_words_and_nothing_is_added(qtbot, till):
    till.sale.amount.setText("12,50")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.sale.model.rowCount() == 0
    assert till.banner.severity == "error"
    assert "“,” is not accepted" in till.banner.message() and "12.50" in till.banner.message()
    assert till.sale.amount.text() == "12,50"   # kept, to be corrected


def test_a_turkish_till_takes_a_comma(qtbot, make_till):
    till = make_till(language="tr")
    till.sale.amount.setText("12,50")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.sale.model.total() == 1250
    assert till.sale.model.data(till.sale.model.index(0, 2)) == "$12,50"
    till.sale.amount.setText("12.50")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.sale.model.rowCount() == 1
    assert "Kuruşları “,” işaretinden sonra yazın" in till.banner.message()


def test_a_large_amount_is_added_only_once_confirmed(qtbot, make_till):
    till = make_till(options=TillOptions(confirm_amount_above=50000))   # $500.00
    till.sale.amount.setText("99999999")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, "confirmDialog")
    assert "$99,999,999.00" in dialog.question.text() and "$500.00" in dialog.question.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)           # no: nothing added
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert till.sale.model.rowCount() == 0
    till.sale.amount.setText("600")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, "confirmDialog")
    qtbot.keyClick(dialog.yes, Qt.Key.Key_Return)        # yes: added
    qtbot.waitUntil(lambda: till.sale.model.total() == 60000, timeout=5000)
    till.sale.amount.setText("499.99")                   # under the limit: no question
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.sale.model.total() == 60000 + 49999


def test_the_member_leaves_with_the_sale(qtbot, till, wedge_clock, idle):
    sale = sell(qtbot, till, wedge_clock, idle, "SOURDOUGH", member=ADA_CARD)
    assert sale["member"] is not None
    assert till.member is None and till.top.currentWidget() is till.lookup
    next_sale = sell(qtbot, till, wedge_clock, idle, "MILK-1L")   # the next customer
    assert next_sale["member"] is None                            # earns nothing on the previous card


def test_a_store_may_keep_the_member(qtbot, make_till, wedge_clock, idle):
    till = make_till(options=TillOptions(keep_member_after_sale=True))
    sale = sell(qtbot, till, wedge_clock, idle, "SOURDOUGH", member=ADA_CARD)
    idle(till)
    assert till.member is not None and till.member["name"] == "Ada Lovelace"
    assert till.member_panel.balance.text() == f"{sale['balance_after']:,} points"
