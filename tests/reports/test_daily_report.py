"""``report daily``: a store-local day, counted as SPEC section 4 says, with hand-made numbers."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest

from terminal.cli.main import main
from terminal.domain.clock import FixedClock
from terminal.domain.program import parse_program
from terminal.services.loyalty import Loyalty
from terminal.store.database import open_database

PROGRAM = """
[program]
name = "Report Rewards"
currency = "USD"
timezone = "America/New_York"
expiry_months = 1

[redemption]
min_points = 10
max_fraction_of_sale = "1"

[[rewards]]
code = "GIVE-1"
kind = "donation"
points = 100
value = "1.00"
charity = "Food Bank"
"""


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


@pytest.fixture
def store(tmp_path):
    clock = FixedClock(at("2026-01-30T09:00:00-05:00"))
    app = Loyalty(open_database(tmp_path / "r.db"), clock)
    app.initialise(store="Report Store", program=parse_program(PROGRAM), manager_pin="2468")
    card = app.enroll(name="Rita Report", phone="(212) 555-0150")["member"]["card"]
    app.sale(app.request(member=card, amount="150.00"))            # Jan 30: earns 150, lot expires Feb 28 00:00
    clock.set(at("2026-02-27T23:30:00-05:00"))                    # Feb 27, 23:30 New York = Feb 28 UTC
    first = app.sale(app.request(member=card, amount="20.00"))["sale"]          # +20, hour 23
    clock.set(at("2026-02-27T10:15:00-05:00"))
    app.sale(app.request(amount="7.50"))                                          # no member, hour 10
    clock.set(at("2026-02-27T11:00:00-05:00"))
    app.sale(app.request(member=card, amount="3.00", redeem=["GIVE-1"]))          # -100, +3, 1.00 donated
    clock.set(at("2026-02-28T08:00:00-05:00"))                                    # the next day
    app.refund(first["receipt"], "10.00")                                         # counts on Feb 28, not 27
    return app, tmp_path / "r.db"


def test_the_day_is_store_local_and_liability_is_as_of_its_end(store):
    app, _ = store
    report = app.daily_report("2026-02-27")
    assert report["sales"] == 3 and report["member_sales"] == 2
    assert report["revenue"] == "30.50" and report["member_revenue"] == "23.00"
    assert report["discounts"] == "0.00" and report["donations"] == "1.00"
    assert report["refunds"] == "0.00", "the refund was made on the 28th"
    assert report["points_earned"] == 23 and report["points_redeemed"] == 100
    assert report["active_members"] == 1 and report["enrollments"] == 0
    # End of Feb 27: 150 + 20 + 3 - 100 = 73; the Jan 30 lot expires at 00:00 on Feb 28,
    # which is after the day's end, so nothing had expired yet.
    assert report["points_expired"] == 0 and report["liability_points"] == 73
    assert report["liability_value"] == "0.73"
    hours = {h["hour"]: (h["sales"], h["revenue"]) for h in report["hourly"] if h["sales"]}
    assert hours == {10: (1, "7.50"), 11: (1, "3.00"), 23: (1, "20.00")}


def test_the_next_day_sees_the_refund_and_the_expiry(store):
    app, _ = store
    report = app.daily_report("2026-02-28")
    assert report["sales"] == 0 and report["refunds"] == "10.00"
    # Clawback floor(20 * 10 / 20) = 10. The Jan 30 lot had 150 - 100 redeemed = 50 left
    # (earliest-expiring first), which expired at 00:00 on Feb 28.
    assert report["points_clawed_back"] == 10 and report["points_expired"] == 50
    assert report["liability_points"] == 73 - 10 - 50


def test_cli_formats(store, tmp_path, capsys):
    _, db = store
    assert main(["--db", str(db), "--now", "2026-03-01T12:00:00", "report", "daily", "--date", "2026-02-27",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["liability_points"] == 73
    assert main(["--db", str(db), "report", "daily", "--date", "2026-02-27", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["date", "sales", "member_sales"] and rows[1][:3] == ["2026-02-27", "3", "2"]
    pdf = tmp_path / "day.pdf"
    assert main(["--db", str(db), "report", "daily", "--date", "2026-02-27", "--format", "pdf",
                 "--output", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "written to" in capsys.readouterr().out
    assert main(["--db", str(db), "--json", "report", "daily", "--format", "pdf"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "invalid_input"
    assert main(["--db", str(db), "--json", "report", "daily", "--date", "yesterday"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "invalid_input"
