"""Manager analytics, worked by hand through the ``loyalty`` CLI (docs/SPEC-privacy-notifications.md, A).

Program: USD, 1 point per 1.00, points expire after 3 months (00:00 UTC, same day), one point
is worth 0.01. Store time is UTC.

    1 Mar 10:00  Ann and Bob enrol
    1 Mar 11:00  Ann 10.00        -> 10 pts, lot expires 1 Jun
    1 Mar 12:00  Bob 40.00        -> 40 pts, lot 1 Jun
    1 Mar 13:00  no member 30.00
    5 Mar        Ann 20.00        -> 20 pts, lot 5 Jun
    7 Mar        Bob 50.00        -> 50 pts, lot 7 Jun
    8 Mar        Bob's 7 Mar sale refunded in full: 50 clawed back, earliest-expiring lot first:
                 all 40 of the 1 Jun lot, 10 of the 7 Jun lot -> Bob keeps 40, expiring 7 Jun
   10 Mar        Cem enrols and buys 60.00      -> 60 pts, lot 10 Jun
   12 Mar        Dan enrols; 13 Mar Dan 5.00   -> 5 pts, lot 13 Jun; 15 Mar Dan merged into Ann
   20 Mar        no member 18.00
   20 Apr        Cem 25.00        -> 25 pts, lot 20 Jul

March (1-31), asked on 1 April:
  purchases (not fully refunded by 1 Apr 00:00): Ann 3 (10.00, 20.00, and Dan's 5.00: Dan is Ann's
  by then), Bob 1 (the 7 Mar sale was refunded), Cem 1 -> 3 members, 1 repeat: 33.3%
  new members: Ann, Bob, Cem (Dan merged away) = 3; 30 days ended by 1 Apr 00:00 for Ann and
  Bob (31 Mar 10:00); Ann came back on 5 Mar, Bob only with a refunded sale -> 1 of 2: 50.0%;
  90 days: none eligible yet -> rate null
  baskets as rung: members 10 + 40 + 20 + 50 + 60 + 5 = 185.00 over 6 = 30.833 -> 30.83;
  others 30 + 18 = 48.00 over 2 = 24.00
  liability by expiry: Ann 10 + 20 + 5, Bob 40, Cem 60 = 135, all in 2026-06 (value 1.35)

March to May (1 Mar - 31 May), asked on 1 June:
  purchases: Ann 3, Bob 1, Cem 2 -> 2 of 3 repeat: 66.7%
  30 days: Ann, Bob, Cem eligible (Cem's ended 9 Apr); Cem came back after 41 days -> 1 of 3: 33.3%
  90 days: Ann and Bob eligible (30 May 10:00), Cem not (8 Jun) -> Ann: 1 of 2: 50.0%
  baskets: members 185 + 25 = 210.00 over 7 = 30.00; others 24.00
  liability at 1 Jun 00:00: 2026-06: 135, 2026-07: 25 (Ann's 1 Jun lot expires exactly at the
  period's end: its expiry is dated 1 Jun 00:00, after the period) -> 160 = liability_points

The daily summary of 31 March covers the 30 days ending with it (2-31 March):
  purchases Ann 2 (5 Mar, Dan's 13 Mar), Cem 1 -> 1 of 2: 50.0%; new: Cem only, not yet eligible;
  members 20 + 50 + 60 + 5 = 135.00 / 4 = 33.75; others 18.00.
"""

from __future__ import annotations

import json

import pytest

PROGRAM = """
[program]
name = "Analytics Rewards"
currency = "USD"
region = "US"
timezone = "UTC"
expiry_months = 3
"""
PIN = "2468"


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """``run_cli(db)(now, *args, json_out=True)``: the CLI in-process at a fixed instant."""
    from terminal.cli.main import main

    def bind(db):
        def call(now, *args, json_out=True):
            monkeypatch.setenv("LOYALTY_NOW", now)
            capsys.readouterr()
            code = main(["--db", str(db), *(["--json"] if json_out else []), *map(str, args)])
            out = capsys.readouterr().out
            return code, (json.loads(out) if json_out and out.strip() else out)
        return call
    return bind


def test_period_and_daily_analytics(tmp_path, run_cli):
    db = tmp_path / "store.db"
    program = tmp_path / "program.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    cli = run_cli(db)
    assert cli("2026-03-01T09:00:00Z", "init", "--store", "Main", "--program", program, "--manager-pin", PIN)[0] == 0

    def enroll(at, name, phone):
        code, data = cli(at, "member", "enroll", "--name", name, "--phone", phone)
        assert code == 0, data
        return data["member"]["card"]

    def sale(at, amount, member=None):
        code, data = cli(at, "sale", "--amount", amount, *(["--member", member] if member else []))
        assert code == 0, data
        return data["sale"]["receipt"]

    ann = enroll("2026-03-01T10:00:00Z", "Ann Archer", "2125550101")
    bob = enroll("2026-03-01T10:00:00Z", "Bob Baker", "2125550102")
    sale("2026-03-01T11:00:00Z", "10.00", ann)
    sale("2026-03-01T12:00:00Z", "40.00", bob)
    sale("2026-03-01T13:00:00Z", "30.00")
    sale("2026-03-05T10:00:00Z", "20.00", ann)
    refunded = sale("2026-03-07T10:00:00Z", "50.00", bob)
    code, refund = cli("2026-03-08T10:00:00Z", "refund", refunded)
    assert refund["refund"]["points_clawed_back"] == 50
    cem = enroll("2026-03-10T10:00:00Z", "Cem Cakir", "2125550103")
    sale("2026-03-10T11:00:00Z", "60.00", cem)
    dan = enroll("2026-03-12T10:00:00Z", "Dan Dorn", "2125550104")
    sale("2026-03-13T10:00:00Z", "5.00", dan)
    assert cli("2026-03-15T10:00:00Z", "member", "merge", dan, ann, "--pin", PIN)[0] == 0
    sale("2026-03-20T10:00:00Z", "18.00")
    bob_member = cli("2026-03-20T12:00:00Z", "member", "show", bob)[1]["member"]
    assert bob_member["expiring"] == [{"points": 40, "on": "2026-06-07"}]

    code, march = cli("2026-04-01T06:00:00Z", "report", "period", "--from", "2026-03-01", "--to", "2026-03-31",
                      "--format", "json")
    assert code == 0, march
    a = march["analytics"]
    assert a["repeat_purchase"] == {"members": 3, "repeat": 1, "rate": "33.3"}
    assert a["retention"] == {"30": {"cohort": 3, "eligible": 2, "retained": 1, "rate": "50.0"},
                              "90": {"cohort": 3, "eligible": 0, "retained": 0, "rate": None}}
    assert a["basket"] == {"members": {"sales": 6, "total": "185.00", "average": "30.83"},
                           "non_members": {"sales": 2, "total": "48.00", "average": "24.00"}}
    assert a["liability_by_expiry"] == [{"month": "2026-06", "points": 135, "value": "1.35"}]
    assert (a["debt"], march["liability_points"]) == (0, 135)
    assert (march["sales"], march["member_sales"], march["revenue"], march["refunds"]) == (8, 6, "233.00", "50.00")

    code, summary = cli("2026-04-01T06:00:00Z", "report", "daily", "--date", "2026-03-31", "--format", "csv",
                        "--output", tmp_path / "day.csv")
    from terminal.reporting.summary_csv import read_sections
    sections = read_sections((tmp_path / "day.csv").read_text(encoding="utf-8"))
    figures = dict(row for row in sections[-2][2:] if len(row) == 2)
    assert sections[-2][0] == ["analytics_from", "2026-03-02", "analytics_to", "2026-03-31"]
    assert (figures["repeat_purchase_rate_percent"], figures["retention_30d_cohort"],
            figures["retention_30d_rate_percent"], figures["basket_members_average"],
            figures["basket_non_members_average"]) == ("50.0", "1", "", "33.75", "18.00")
    assert sections[-1] == [["expiry_month", "points", "value"], ["2026-06", "135", "1.35"]]

    code, _ = cli("2026-04-01T06:00:00Z", "report", "daily", "--date", "2026-03-31", "--format", "pdf",
                  "--output", tmp_path / "day.pdf")
    from pypdf import PdfReader
    pages = PdfReader(tmp_path / "day.pdf").pages
    text = pages[0].extract_text()
    assert len(pages) == 1 and "Repeat purchase, 30 days 50.0 % (1/2)" in text
    assert "Average basket, members 33.75 USD" in text and "Points expiring in 2026-06 135" in text

    sale("2026-04-20T10:00:00Z", "25.00", cem)
    code, spring = cli("2026-06-01T06:00:00Z", "report", "period", "--from", "2026-03-01", "--to", "2026-05-31",
                       "--format", "json")
    a = spring["analytics"]
    assert a["repeat_purchase"] == {"members": 3, "repeat": 2, "rate": "66.7"}
    assert a["retention"] == {"30": {"cohort": 3, "eligible": 3, "retained": 1, "rate": "33.3"},
                              "90": {"cohort": 3, "eligible": 2, "retained": 1, "rate": "50.0"}}
    assert a["basket"]["members"] == {"sales": 7, "total": "210.00", "average": "30.00"}
    assert a["liability_by_expiry"] == [{"month": "2026-06", "points": 135, "value": "1.35"},
                                        {"month": "2026-07", "points": 25, "value": "0.25"}]
    assert spring["liability_points"] == 160

    code, text = cli("2026-06-01T06:00:00Z", "report", "period", "--from", "2026-03-01", "--to", "2026-05-31",
                     json_out=False)
    assert "Repeat purchase" in text and "33.3%: 1 of 3 eligible" in text and "2026-07" in text
    code, wrong = cli("2026-06-01T06:00:00Z", "report", "period", "--from", "2026-05-31", "--to", "2026-03-01")
    assert code == 1 and wrong["error"]["code"] == "invalid_input"
