"""Issue 10, item 4: every number a program, an import or an argument carries has a bound,
checked at entry with the field named (``terminal.domain.bounds``); an import that mints
points needs a manager PIN and leaves an audit entry."""

from __future__ import annotations

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template, sql, table_counts  # noqa: F401

BIG = str(10**21)            # "1e21" written out: TOML has no exponent for strings
MAX64 = str(2**63 - 1)


def _program(hard_store, old, new):
    text = hard_store["program"].read_text(encoding="utf-8")
    assert old in text
    path = hard_store["dir"] / "big.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, field", [
    ('expiry_months = 12', f'expiry_months = 12\npoints_per_unit = "{BIG}"', "program.points_per_unit"),
    ('min_spend = "500"\nmultiplier = "1.25"', 'min_spend = "500"\nmultiplier = "1000000"', "tiers[1].multiplier"),
    ('[[rewards]]\ncode = "5OFF"', f'[[campaigns]]\ncode = "HUGE"\nkind = "bonus"\nvalue = "{10**20}"\n\n'
                                   '[[rewards]]\ncode = "5OFF"', "campaigns[0].value"),
    ('points = 500', f'points = {MAX64}', "rewards[0].points"),
])
def test_program_values_beyond_the_bounds_are_refused_naming_the_field(hard_store, cli, old, new, field):
    code, out, _ = cli(hard_store["db"], "program", "import", _program(hard_store, old, new))
    assert code == 1 and out["error"]["code"] == "program_invalid"
    assert out["error"]["message"].startswith(field)
    code, _, _ = cli(hard_store["db"], "sale", "--member", "(212) 555-0111", "--amount", "10.00")
    assert code == 0      # the program in force still sells


def test_import_rows_with_huge_balances_are_refused_one_by_one(hard_store, cli):
    csv_file = hard_store["dir"] / "members.csv"
    csv_file.write_text("name,phone,balance\n"
                        f"Twenty Digits,(212) 555-0201,{'9' * 20}\n"     # row 2: beyond 64 bits
                        f"Max One,(212) 555-0202,{MAX64}\n"              # row 3
                        f"Max Two,(212) 555-0203,{MAX64}\n"              # row 4
                        "Fine Fay,(212) 555-0204,250\n", encoding="utf-8")  # row 5
    code, out, _ = cli(hard_store["db"], "member", "import", csv_file, "--pin", MANAGER_PIN)
    assert code == 0
    assert out["imported"] == 1
    assert [(r["row"], r["error"]) for r in out["rejected"]] == [(2, "invalid_amount"), (3, "invalid_amount"),
                                                                 (4, "invalid_amount")]
    assert "opening balance" in out["rejected"][0]["message"]
    code, report, _ = cli(hard_store["db"], "report", "daily")
    assert code == 0 and report["liability_points"] == 250
    code, result, _ = cli(hard_store["db"], "check")
    assert code == 0 and result["ok"]


def test_import_mints_points_only_with_a_manager_pin_and_says_so_in_the_audit_log(hard_store, cli):
    csv_file = hard_store["dir"] / "members.csv"
    csv_file.write_text("name,phone,balance\nGina Gold,(212) 555-0205,300\nNo Points,(212) 555-0206,\n",
                        encoding="utf-8")
    code, out, _ = cli(hard_store["db"], "member", "import", csv_file)
    assert code == 0 and out["imported"] == 1
    assert [(r["row"], r["error"]) for r in out["rejected"]] == [(2, "bad_pin")]
    assert sql(hard_store["db"], "SELECT count(*) FROM ledger_entries WHERE kind = 'opening'") == [(0,)]

    csv_file.write_text("name,phone,balance\nGina Gold,(212) 555-0205,300\n", encoding="utf-8")
    code, out, _ = cli(hard_store["db"], "member", "import", csv_file, "--pin", MANAGER_PIN)
    assert code == 0 and out["imported"] == 1
    rows = sql(hard_store["db"], "SELECT a.action, a.details, s.role FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                                 "WHERE a.action = 'import'")
    assert len(rows) == 1 and rows[0][2] == "manager" and '"points": 300' in rows[0][1]
    assert sql(hard_store["db"], "SELECT staff_id IS NOT NULL FROM ledger_entries WHERE kind = 'opening'") == [(1,)]


@pytest.mark.parametrize("points", ["1" * 30, "１２", "1_00", str(10**7 + 1)])
def test_points_arguments_are_bounded(hard_store, cli, points):
    before = table_counts(hard_store["db"])
    with pytest.raises(SystemExit) as stop:
        cli(hard_store["db"], "member", "adjust", "(212) 555-0111", "--points", points, "--reason", "typo",
            "--pin", MANAGER_PIN)
    assert stop.value.code == 2
    assert table_counts(hard_store["db"]) == before
