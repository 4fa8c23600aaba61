"""The checkout window on the screens tills have: nothing outside the window, nothing clipped,
and the window keeps its size whatever a member, a sale or a message brings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from conftest import ADA_CARD
from helpers import scan
from layout_check import layout_problems

SIZES = [(1024, 768), (1366, 768), (1280, 800), (1920, 1080)]


def settle(qtbot, till, idle):
    """Every answer in, and the layouts they asked for done."""
    idle(till)
    qtbot.wait(30)
    QApplication.processEvents()


def _walk(qtbot, till, wedge_clock, idle):
    """Idle, a member, a sale with a reward, an error, the keypad: what each shows must fit."""
    idle(till)   # the status bar has its first answer from head office
    yield "idle"
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    idle(till)
    yield "member"
    for sku in ("HAND-CREAM", "COFFEE-LATTE", "SOURDOUGH", "CROISSANT"):
        till.sale.add_product(sku)
    till.rewards.set_reward_checked("5OFF")
    idle(till)
    yield "sale"
    till.sale.amount.setText("12,50")   # refused on an English till: an error in the banner
    till.sale.add_amount()
    yield "error"
    till.show_message("error", "A very long message " * 12)   # longer than the banner's two lines
    yield "long message"
    till.show_pad("keypad")
    yield "keypad"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_widget_fits_and_the_window_never_grows(qtbot, make_till, wedge_clock, idle, size):
    till = make_till(size=size)
    qtbot.waitUntil(lambda: till.size() == QSize(*size), timeout=5000)
    for step in _walk(qtbot, till, wedge_clock, idle):
        settle(qtbot, till, idle)
        assert till.size() == QSize(*size), f"the window grew after: {step}"
        assert layout_problems(till) == [], step


def test_turkish_fits_on_the_smallest_till(qtbot, make_till, wedge_clock, idle):
    till = make_till(language="tr", size=(1024, 768))
    for step in _walk(qtbot, till, wedge_clock, idle):
        settle(qtbot, till, idle)
        assert till.size() == QSize(1024, 768), step
        assert layout_problems(till) == [], step


def test_the_check_itself_sees_a_widget_outside_and_a_clipped_label(qtbot, make_till):
    """The layout check is not vacuous: it reports what it is meant to catch."""
    till = make_till(size=(1024, 768))
    till.store_label.parentWidget().setFixedWidth(1500)   # the header pushed past the window's edge
    till.status.labels["scanner"].setFixedWidth(20)       # "Scanner: online" in 20 px
    qtbot.wait(20)
    problems = "\n".join(layout_problems(till))
    assert "lies outside the window" in problems
    assert "scannerStatus" in problems and "clipped" in problems


def test_fullscreen_from_the_config_and_the_command_line(qtbot, tmp_path, make_till):
    from PySide6.QtCore import QSettings
    from terminal.app import TerminalConfig
    from terminal.ui.main import parse_args, place_window
    config_file = tmp_path / "till.toml"
    config_file.write_text('fullscreen = true\nkeep_member_after_sale = true\nrefund_pin_above = "25.00"\n')
    config = TerminalConfig.from_toml(config_file)
    assert config.fullscreen and config.keep_member_after_sale and config.refund_pin_above == "25.00"
    assert parse_args(["--fullscreen"]).fullscreen
    till = make_till()
    place_window(till, QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat), fullscreen=True)
    qtbot.waitUntil(till.isFullScreen, timeout=5000)


def test_a_bad_setting_is_a_clear_error(tmp_path):
    from terminal.app import TerminalConfig
    config_file = tmp_path / "till.toml"
    config_file.write_text("fullscreen = \"yes\"\n")
    with pytest.raises(ValueError, match="fullscreen must be a true/false"):
        TerminalConfig.from_toml(config_file)
    config_file.write_text("full_screen = true\n")
    with pytest.raises(ValueError, match="unknown settings full_screen"):
        TerminalConfig.from_toml(config_file)
