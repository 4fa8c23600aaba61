"""The member panel and the receipt with the program mechanics (docs/SPEC-mechanics.md): a
challenge's progress as a bar, in English and Turkish.

The demo store here runs the demo program plus the challenges below (``MECHANICS``), imported
into its copy of the demo database before the till opens."""

from __future__ import annotations

import shutil

import pytest

from conftest import ADA_CARD, NOW
from helpers import sell
from terminal.resource_files import resource_path

MECHANICS = '''
[[challenges]]
code = "VISITS-4"
name = "4 visits in March"
kind = "visits"
target = 4
bonus = 200
'''


def mechanics_program() -> str:
    return resource_path("demo", "program.toml").read_text(encoding="utf-8") + MECHANICS


def import_mechanics(path) -> None:
    from terminal.app import make_clock
    from terminal.domain.program import parse_program
    from terminal.services.loyalty import Loyalty
    from terminal.store.database import open_database
    db = open_database(path)
    try:
        Loyalty(db, make_clock(NOW)).import_program(parse_program(mechanics_program()))
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo store with the mechanics added to its program (overrides conftest's)."""
    from terminal.app import make_clock
    from terminal.services.demo_snapshot import open_snapshot
    path = tmp_path_factory.mktemp("mechanics") / "demo.db"
    open_snapshot(path, make_clock(NOW).now())
    import_mechanics(path)
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
    from helpers import scan
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
    from helpers import scan
    with qtbot.waitSignal(till.member_shown, timeout=10000):
        scan(qtbot, till, wedge_clock, ADA_CARD)
    label, bar = challenge_row(till)
    assert label.text() == "4 visits in March: done" and bar.value() == 100
