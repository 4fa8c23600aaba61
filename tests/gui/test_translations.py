"""Turkish is complete and switchable while a sale is open; money and dates follow the locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import Qt

from conftest import ADA_CARD
from helpers import active_dialog, scan
from terminal.resource_files import resource_path


@pytest.mark.parametrize("catalog", ["loyalty", "backoffice"])
def test_every_message_is_translated_in_both_languages(catalog):
    for lang in ("en", "tr"):
        root = ET.parse(resource_path("translations", f"{catalog}_{lang}.ts")).getroot()
        messages = list(root.iter("message"))
        assert len(messages) > 150
        unfinished = [m.find("source").text for m in messages
                      if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                      or not (m.find("translation").text or "").strip()]
        assert unfinished == [], f"{lang}: {unfinished[:5]}"
        for m in messages:  # named placeholders survive translation
            source, text = m.find("source").text, m.find("translation").text
            assert sorted(part.split("}")[0] for part in source.split("{")[1:]) == \
                sorted(part.split("}")[0] for part in text.split("{")[1:]), source
        assert resource_path("translations", f"{catalog}_{lang}.qm").stat().st_size > 1000


def test_switching_to_turkish_keeps_the_sale_and_formats_money(qtbot, till, wedge_clock, idle):
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    till.sale.add_product("HAND-CREAM")
    idle(till)
    qtbot.keyClick(till, Qt.Key.Key_F9)
    dialog = active_dialog(qtbot, "backofficeSignIn")
    dialog.language.setCurrentIndex(dialog.language.findData("tr"))
    qtbot.waitUntil(lambda: till.sale.complete_button.text() == "Satışı tamamla (F12)", timeout=5000)
    qtbot.waitUntil(lambda: dialog.heading.text() == "Arka ofis", timeout=5000)
    assert till.member_panel.balance.text() == "1.094 puan"
    assert till.sale.to_pay.text() == "Ödenecek $12,90"
    assert "Oca 2027" in till.member_panel.expiring.text()
    assert till.status.sync_label.text() == "Merkez: ayarlı değil"
    assert till.sale.model.rowCount() == 1  # the open sale survived
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: till.sale.complete_button.text() == "Complete sale (F12)", timeout=5000)
    assert till.sale.to_pay.text() == "To pay $12.90"
