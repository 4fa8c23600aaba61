"""Issue 10, item 9: the card prefix cannot change once any card is issued (the guard counted
sales only), or every issued card would be refused as another program's."""

from __future__ import annotations

from data_helpers import cli, hard_store, hard_template, table_counts  # noqa: F401


def test_card_prefix_is_fixed_once_a_card_is_issued_even_without_sales(hard_store, cli):
    db = hard_store["db"]
    code, out, _ = cli(db, "member", "show", "(212) 555-0111")
    card = out["member"]["card"]
    assert card.startswith("29")                       # Alice has a card and no sale
    changed = hard_store["dir"] / "prefix.toml"
    changed.write_text(hard_store["program"].read_text(encoding="utf-8")
                       .replace('expiry_months = 12', 'expiry_months = 12\ncard_prefix = "27"'), encoding="utf-8")
    before = table_counts(db)
    code, out, _ = cli(db, "program", "import", changed)
    assert code == 1 and out["error"]["code"] == "program_invalid"
    assert out["error"]["message"].startswith("program.card_prefix")
    assert table_counts(db) == before
    code, out, _ = cli(db, "member", "show", card)     # the card still finds its member
    assert code == 0 and out["member"]["name"] == "Alice Able"
