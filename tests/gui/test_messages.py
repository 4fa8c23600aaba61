"""One banner, in plain words of the till's language, cleared by the next success; engine errors
said from their codes; receipts and slips printed in the till's language."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import Qt

import terminal.domain.errors as errors
from conftest import ADA_CARD
from helpers import scan, sell
from terminal.domain.money import Currency
from terminal.ui.formatting import Formatter
from terminal.ui.messages import error_text

CODES = sorted({cls.code for cls in vars(errors).values()
                if inspect.isclass(cls) and issubclass(cls, errors.LoyaltyError) and cls is not errors.LoyaltyError})


def _error(code: str) -> errors.LoyaltyError:
    cls = next(c for c in vars(errors).values()
               if inspect.isclass(c) and issubclass(c, errors.LoyaltyError) and c.code == code)
    return cls("engine detail in English that the cashier must never read")


@pytest.mark.parametrize("code", CODES)
def test_every_engine_error_code_has_its_own_sentence_in_both_languages(qapp, code):
    from terminal.ui.i18n import Translations
    fmt = Formatter(Currency.of("USD"), "en")
    translations = Translations()
    try:
        english = error_text(_error(code), fmt, ref="(212) 555-0199", receipt="T001-000042")
        assert "engine detail" not in english
        assert "That was refused" not in english, f"{code} has no wording of its own"
        assert english[0].isupper() or english[0] in "“(0123456789", english
        translations.install("tr")
        turkish = error_text(_error(code), Formatter(Currency.of("USD"), "tr"), ref="(212) 555-0199",
                             receipt="T001-000042")
        assert turkish != english, f"{code} is not translated"
    finally:
        translations.install("en")


def test_one_banner_replaced_and_cleared_by_the_next_success(qtbot, till, wedge_clock, idle):
    height = till.banner.height()
    till.sale.amount.setText("12,50")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)
    assert till.banner.severity == "error"
    till.sale.product.setText("NOPE-123")
    qtbot.keyClick(till.sale.product, Qt.Key.Key_Return)
    assert till.banner.message() == "No product in the catalog has the code NOPE-123."   # replaced, not stacked
    till.sale.amount.setText("12.50")
    qtbot.keyClick(till.sale.amount, Qt.Key.Key_Return)     # a success
    assert till.banner.severity == "hint" and till.banner.message() == ""
    assert "Scan a loyalty card" in till.banner.label.text()  # the slot shows what to do next
    till.show_message("error", "x " * 400)
    assert till.banner.height() == height and till.banner.label.text().endswith("…")
    assert till.banner.label.toolTip().startswith("x x")


def test_an_unknown_card_on_the_turkish_till_is_said_in_turkish(qtbot, make_till, wedge_clock, idle):
    till = make_till(language="tr")
    from hardware.scanning import gs1_check_digit
    card = "290099999999" + str(gs1_check_digit("290099999999"))
    with qtbot.waitSignal(till.message_shown, timeout=10000,
                          check_params_cb=lambda severity, _text: severity == "error"):
        scan(qtbot, till, wedge_clock, card)
    assert till.banner.message() == f"{card} kartına sahip üye yok."


def test_money_in_a_refusal_is_money(qtbot, till, wedge_clock, idle):
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("COFFEE-REG")
    idle(till)
    with qtbot.waitSignal(till.preview_ready, timeout=10000):
        till.rewards.set_reward_checked("5OFF")
    idle(till)
    text = till.sale.refusal_text()
    assert "$5.00" in text and "$3.50" in text and "500" not in text.replace("$5.00", "")


def _printed_text(qtbot, till, job_prefix: str) -> str:
    printer = till.hub.devices.printer
    qtbot.waitUntil(lambda: any(job.startswith(job_prefix) for job, _ in printer.pages), timeout=10000)
    return next(page.text for job, page in reversed(printer.pages) if job.startswith(job_prefix))


def test_receipts_and_slips_print_in_the_tills_language(qtbot, make_till, wedge_clock, idle):
    till = make_till(language="tr")
    sale = sell(qtbot, till, wedge_clock, idle, "HAND-CREAM", member=ADA_CARD)
    receipt = _printed_text(qtbot, till, sale["receipt"])
    for turkish in ("Fiş", "Toplam", "Ödenen", "Puan bakiyesi", "Kazanılan puan", "İade için fiş", "Teşekkürler!"):
        assert turkish in receipt, turkish
    for english in ("Points balance", "Receipt for refunds", "Thank you"):
        assert english not in receipt, english
    till.print_refund_slip({"id": "0b1e2026-aaaa", "receipt": sale["receipt"], "amount": "12.90",
                            "points_clawed_back": 51, "points_returned": 0, "approved_by": None,
                            "member": {"name": "Ada Lovelace", "balance": 1094}})
    slip = _printed_text(qtbot, till, "refund-")
    assert "İADE" in slip and "Geri alınan puan" in slip and "$12,90" in slip


def test_a_receipt_that_cannot_be_queued_is_not_called_kept(qtbot, till, idle):
    spooler = till.hub.devices.spooler

    def broken_submit(_doc):
        raise OSError("disk full")
    spooler.submit = broken_submit
    till.sale.add_product("MILK-1L")
    idle(till)
    with qtbot.waitSignal(till.message_shown, timeout=10000, check_params_cb=lambda sev, text: "not kept" in text):
        till.complete_sale()
    assert "kept and prints" not in till.banner.message()
    assert spooler.pending() == []
