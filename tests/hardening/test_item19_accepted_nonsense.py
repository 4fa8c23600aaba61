"""Issue 10, item 19: nonsense that was accepted is refused, nothing written: an empty
``--member``, a name of only invisible characters, a category ``=``, and an ``--item`` of 30
digits that ends like a catalog EAN-13."""

from __future__ import annotations

import pytest

from data_helpers import cli, hard_store, hard_template, table_counts  # noqa: F401

EAN = "4006381333931"   # a valid EAN-13 (check digit 1)


def test_empty_member_is_refused_not_an_anonymous_sale(hard_store, cli):
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "sale", "--member", "", "--amount", "10.00")
    assert code == 1 and out["error"]["code"] == "invalid_input"
    assert table_counts(hard_store["db"]) == before


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200d \ufeff", "\u2060", "\u00ad"])
def test_names_of_only_invisible_characters_are_refused(hard_store, cli, name):
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "member", "enroll", "--name", name, "--phone", "(212) 555-0301")
    assert code == 1 and out["error"]["code"] == "invalid_input"
    assert table_counts(hard_store["db"]) == before


@pytest.mark.parametrize("line", ["==5.00", "\u200b=5.00", "+ =5.00"])
def test_a_category_that_names_nothing_is_refused(hard_store, cli, line):
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "sale", "--line", line)
    assert code == 1 and out["error"]["code"] == "invalid_input"
    assert table_counts(hard_store["db"]) == before


def test_program_category_must_name_something(hard_store, cli):
    path = hard_store["dir"] / "eq.toml"
    path.write_text(hard_store["program"].read_text(encoding="utf-8").replace('name = "beauty"', 'name = "="'),
                    encoding="utf-8")
    code, out, _ = cli(hard_store["db"], "program", "import", path)
    assert code == 1 and out["error"]["message"].startswith("categories[0].name")


def test_thirty_digits_do_not_match_a_thirteen_digit_ean(hard_store, cli):
    path = hard_store["dir"] / "ean.toml"
    path.write_text(hard_store["program"].read_text(encoding="utf-8") +
                    f'\n[[products]]\nsku = "PEN"\nname = "Pen"\nprice = "1.50"\nean = "{EAN}"\n', encoding="utf-8")
    assert cli(hard_store["db"], "program", "import", path)[0] == 0
    code, out, _ = cli(hard_store["db"], "sale", "--item", EAN)
    assert code == 0 and out["sale"]["total"] == "1.50"
    code, out, _ = cli(hard_store["db"], "sale", "--item", "0" + EAN)        # GTIN-14 of the same product
    assert code == 0 and out["sale"]["total"] == "1.50"
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "sale", "--item", "0" * 17 + EAN)   # 30 digits
    assert code == 1 and out["error"]["code"] == "unknown_product"
    assert table_counts(hard_store["db"]) == before
