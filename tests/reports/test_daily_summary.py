"""The manager's daily summary against a day built by hand in Auckland (UTC+13 in March), where
every figure below is worked out in the comments: a refund of an earlier day's sale, points
expiring at the day's first midnight, sales at 00:30 (the previous UTC day) and 00:10 the next
day (the same UTC day), a redemption, a new member, a negative balance.

The exports are checked here too: the CSV read back with the csv module, the PDF read by an
independent reader (pypdf) with its key figures found as text, and the end-of-day summary
printed by the simulated printer at 58 and 80 mm, its figures found in the printed text."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from terminal.domain.clock import FixedClock
from terminal.domain.program import parse_program
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database

AUCKLAND = ZoneInfo("Pacific/Auckland")
MANAGER = "2468"
PROGRAM = """
[program]
name = "Kiwi Rewards"
currency = "NZD"
region = "NZ"
timezone = "Pacific/Auckland"
expiry_months = 1

[redemption]
min_points = 10
max_fraction_of_sale = "1"

[[tiers]]
name = "Member"
min_spend = "0"

[[tiers]]
name = "Silver"
min_spend = "100"

[[tiers]]
name = "Gold"
min_spend = "1000"

[[rewards]]
code = "5OFF"
kind = "amount_off"
points = 500
value = "5.00"
"""


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=AUCKLAND)


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    path = tmp_path_factory.mktemp("auckland") / "kiwi.db"
    clock = FixedClock(local("2026-02-10T09:30"))
    app = Loyalty(open_database(path), clock)
    app.initialise(store="Kiwi Corner", program=parse_program(PROGRAM), manager_pin=MANAGER)

    def at(text):
        clock.set(local(text))

    ana = app.enroll(name="Ana Aroha", phone="021 234 5601")["member"]["card"]
    ben = app.enroll(name="Ben Brown", phone="021 234 5602")["member"]["card"]
    app.sale(app.request(member=ana, amount="300.00"))      # +300, lot expires 2026-03-10 00:00 Auckland
    at("2026-03-01T11:00")
    app.sale(app.request(member=ben, amount="600.00"))      # +600, expires 2026-04-01
    at("2026-03-03T12:00")                                  # the same weekday a week earlier
    app.sale(app.request(member=ben, amount="20.00"))       # +20
    app.sale(app.request(amount="10.00"))
    at("2026-03-05T10:00")
    dan = app.enroll(name="Dan Dunn", phone="021 234 5604")["member"]["card"]
    app.sale(app.request(member=dan, amount="30.00"))       # +30
    at("2026-03-09T18:00")
    earlier = app.sale(app.request(member=ana, amount="50.00"))["sale"]   # +50, refunded tomorrow
    # ---- Tuesday 2026-03-10 in Auckland = [2026-03-09T11:00Z, 2026-03-10T11:00Z)
    at("2026-03-10T00:30")                                  # 2026-03-09 11:30 UTC: still counts on the 10th
    cara = app.enroll(name="Cara Cole", phone="021 234 5603")["member"]["card"]
    app.sale(app.request(member=cara, amount="25.00"))      # +25, hour 0
    at("2026-03-10T09:15")
    app.sale(app.request(member=ben, amount="100.00", redeem=["5OFF"]))  # -500, paid 95.00: +95
    at("2026-03-10T10:00")
    app.adjust(dan, -50, "correction", MANAGER)             # Dan: 30 - 50 = -20
    at("2026-03-10T13:00")
    app.refund(earlier["receipt"], "20.00")                 # clawback floor(50 * 20 / 50) = 20
    at("2026-03-10T23:45")
    app.sale(app.request(amount="7.50"))                    # hour 23
    at("2026-03-11T00:10")                                  # 2026-03-10 11:10 UTC: the 11th in Auckland
    app.sale(app.request(member=ana, amount="10.00"))
    at("2026-03-12T12:00")                                  # asked two days later
    return app


def test_the_hand_built_day(day):
    s = day.daily_summary("2026-03-10")
    # Sales on the day: Cara 25.00, Ben 100.00 (5.00 off), no member 7.50.
    assert (s["sales"], s["member_sales"], s["revenue"], s["member_revenue"]) == (3, 2, "132.50", "125.00")
    assert (s["discounts"], s["refunds"], s["donations"]) == ("5.00", "20.00", "0.00")
    assert s["points_earned"] == 25 + 95
    assert s["points_redeemed"] == 500
    assert s["points_expired"] == 300, "Ana's 300 from 10 Feb expire at 00:00 on 10 Mar, the day's first instant"
    assert s["points_clawed_back"] == 20
    assert (s["enrollments"], s["active_members"], s["returning_members"]) == (1, 2, 1)   # Ben returns, Cara is new
    assert s["member_share"] == {"sales": "66.7", "revenue": "94.3"}   # 2/3; 125.00/132.50 = 94.34%
    assert s["top_rewards"] == [{"reward": "5OFF", "count": 1, "points": 500, "discount": "5.00", "donation": "0.00"}]
    # Balances at the day's end: Ana 300 - 300 + 50 - 20 = 30 (her sale at 00:10 on the 11th is
    # not counted); Ben 600 + 20 - 500 + 95 = 215; Cara 25; Dan 30 - 50 = -20. Total 250.
    assert (s["liability_points"], s["liability_value"]) == (250, "2.50")
    # The day before ended with Ana 350, Ben 620, Dan 30 = 1000 (the expiry is dated at the
    # 10th's midnight, so it belongs to the 10th).
    assert s["liability_change"] == {"points": 250 - 1000, "value": "-7.50"}
    assert s["negative_members"] == 1 and [(n["name"], n["balance"]) for n in s["negative"]] == [("Dan Dunn", -20)]
    # Qualifying spend at the day's end: Ana 300 + 50 - 20 = 330 (Silver), Ben 600 + 20 + 95 = 715
    # (Silver), Cara 25 and Dan 30 (Member); nobody reaches Gold at 1000.
    assert s["tiers"] == [{"tier": "Member", "members": 2}, {"tier": "Silver", "members": 2},
                          {"tier": "Gold", "members": 0}]
    hours = {h["hour"]: (h["sales"], h["revenue"]) for h in s["hourly"] if h["sales"]}
    assert hours == {0: (1, "25.00"), 9: (1, "100.00"), 23: (1, "7.50")}
    assert s["weekday"] == "tue" and s["conflicts"] == 0   # no sync conflicts waiting
    # A week earlier (Tue 3 Mar): Ben 20.00 and a 10.00 sale without a member.
    week = s["week_before"]
    assert week["date"] == "2026-03-03"
    assert week["figures"]["sales"] == {"day": 3, "week_before": 2, "change": 1}
    assert week["figures"]["revenue"] == {"day": "132.50", "week_before": "30.00", "change": "102.50"}
    assert week["figures"]["points_earned"] == {"day": 120, "week_before": 20, "change": 100}
    assert week["figures"]["active_members"]["change"] == 1
    trend = {t["date"]: t for t in s["trend"]}
    assert len(trend) == 30 and s["trend"][-1]["date"] == "2026-03-10" and s["trend"][0]["date"] == "2026-02-09"
    assert (trend["2026-03-10"]["sales"], trend["2026-03-10"]["revenue"], trend["2026-03-10"]["liability_points"]) == \
        (3, "132.50", 250)
    assert (trend["2026-03-09"]["sales"], trend["2026-03-09"]["liability_points"]) == (1, 1000)
    assert trend["2026-02-10"]["liability_points"] == 300 and trend["2026-02-09"]["liability_points"] == 0


def test_the_next_day_starts_at_auckland_midnight(day):
    s = day.daily_summary("2026-03-11")
    assert (s["sales"], s["revenue"], s["points_earned"]) == (1, "10.00", 10)   # Ana's 00:10 sale
    assert s["liability_change"]["points"] == 10 and s["returning_members"] == 1


def test_a_summary_needs_a_manager_in_the_back_office(day):
    from terminal.domain.errors import BadPin
    with pytest.raises(BadPin):
        day.backoffice.daily_summary("1111", "2026-03-10")
    office = day.sign_in(MANAGER, "backoffice")["session"]
    assert day.backoffice.daily_summary(office, "2026-03-10")["liability_points"] == 250


def test_bad_dates_are_clear_errors(day):
    from terminal.domain.errors import InvalidInput
    for bad in ("yesterday", "2026-02-30", "10/03/2026"):
        with pytest.raises(InvalidInput, match="not a date"):
            day.daily_summary(bad)


# --------------------------------------------------------------------------- exports

def test_the_csv_reads_back(day):
    from terminal.reporting.summary_csv import read_sections, summary_csv
    text = summary_csv(day.daily_summary("2026-03-10"))
    sections = read_sections(text)
    wide = dict(zip(*sections[0]))
    assert (wide["date"], wide["sales"], wide["revenue"], wide["liability_points"]) == ("2026-03-10", "3", "132.50", "250")
    hours = {int(r[0]): (int(r[1]), r[2]) for r in sections[1][1:]}
    assert len(hours) == 24 and hours[0] == (1, "25.00") and hours[23] == (1, "7.50")
    figures = dict(sections[2][1:])
    assert figures["returning_members"] == "1" and figures["member_share_sales_percent"] == "66.7"
    assert figures["liability_change_points"] == "-750" and figures["liability_change_value"] == "-7.50"
    assert sections[3][1] == ["5OFF", "1", "500", "5.00", "0.00"]
    assert dict(sections[4][1:]) == {"Member": "2", "Silver": "2", "Gold": "0"}
    assert len(sections[5]) == 31 and sections[5][-1][:3] == ["2026-03-10", "3", "132.50"]
    compared = {r[0]: r[1:] for r in sections[6][2:]}
    assert sections[6][0] == ["compared_with", "2026-03-03"] and compared["revenue"] == ["132.50", "30.00", "102.50"]


def test_the_pdf_is_one_page_of_real_text(day, tmp_path):
    from pypdf import PdfReader
    from terminal.reporting.summary_pdf import summary_pdf
    path = tmp_path / "day.pdf"
    summary_pdf(day.daily_summary("2026-03-10"), str(path), store="Kiwi Çorner Şube", program_name="Kiwi Rewards",
                money=lambda a: f"NZ${a}", generated="2026-03-12 12:00")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Daily summary", "Kiwi Çorner Şube", "2026-03-10", "NZ$132.50", "NZ$125.00", "NZ$20.00",
                     "Returning members", "66.7 %", "94.3 %", "-750", "Revenue by hour", "Revenue, last 30 days",
                     "5OFF", "Silver", "+NZ$102.50", "2026-03-03"):
        assert expected in text, expected
    content = reader.pages[0].get_contents().get_data()
    assert content.count(b" re") >= 3 + 6, "the charts are vector rectangles (3 hours, 6 days with sales), not a picture"
    assert not reader.pages[0].images, "no raster image on the page"


def test_the_cli_writes_the_summary_pdf_csv_and_prints_it(day, tmp_path, capsys):
    import json
    from pypdf import PdfReader
    from terminal.cli.main import main
    db = day.db.path
    pdf = tmp_path / "cli.pdf"
    assert main(["--db", db, "report", "daily", "--date", "2026-03-10", "--format", "pdf", "--output", str(pdf)]) == 0
    assert "132.50 NZD" in PdfReader(str(pdf)).pages[0].extract_text()
    assert main(["--db", db, "report", "daily", "--date", "2026-03-10", "--format", "csv"]) == 0
    assert "returning_members,1" in capsys.readouterr().out
    printed = tmp_path / "printed"
    assert main(["--db", db, "--json", "report", "daily", "--date", "2026-03-10", "--format", "receipt",
                 "--printer", f"sim:?dir={printed}&width=58"]) == 0
    assert json.loads(capsys.readouterr().out)["printed"] is True
    text = next(printed.glob("*.txt")).read_text(encoding="utf-8")
    assert "132.50 NZD" in text and max(len(line) for line in text.splitlines()) <= 32


@pytest.mark.parametrize("width, columns", [(58, 32), (80, 48)])
def test_the_end_of_day_summary_prints_on_the_simulated_printer(day, tmp_path, width, columns):
    from hardware.printing import PrintSpooler, SqlitePrintJobStore
    from hardware.registry import open_printer
    from terminal.reporting.summary_receipt import day_summary_document
    printer = open_printer(f"sim:?dir={tmp_path}", width_mm=width)
    doc = day_summary_document(day.daily_summary("2026-03-10"), store="Kiwi\x1bp\x00Corner", money=lambda a: f"${a}",
                               printed="Printed 2026-03-12 12:00")
    with PrintSpooler(printer, SqlitePrintJobStore(tmp_path / "jobs.sqlite")) as spooler:
        spooler.submit(doc)
        assert spooler.wait_idle(10)
    job, page = printer.pages[-1]
    assert job == "day-2026-03-10"
    lines = page.text.splitlines()
    assert max(len(line) for line in lines) <= columns
    text = "\n".join(line.strip() for line in lines)
    for label, value in (("Revenue", "$132.50"), ("Refunds", "$20.00"), ("Points redeemed", "500"),
                         ("Points expired", "300"), ("Liability (points)", "250"), ("Returning members", "1")):
        row = next(line for line in lines if line.strip().startswith(label))
        assert row.rstrip().endswith(value), (label, row)
    assert "negative" in text and "09:00 ×1" in text and "5OFF ×1" in text
    assert "Kiwi p Corner" in page.text and "\x1b" not in page.text, "control bytes never reach the printer"
    assert (tmp_path / "0001-day-2026-03-10.png").exists()
