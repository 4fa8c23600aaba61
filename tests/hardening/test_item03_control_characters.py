"""Issue 10, item 3: control characters and bidi overrides in text from outside.

Refused at entry (names, categories, ids, program text) with nothing written; escaped at output
for what got in another way (an older release, a fact received from head office): the pole
display and the terminal never receive a control sequence (receipts already replaced them, in
``hardware.receipts.template``); the spooler survives a job it cannot print."""

from __future__ import annotations

import threading

import pytest

from data_helpers import MANAGER_PIN, cli, hard_store, hard_template, sql, table_counts  # noqa: F401

BOB = "Bob\x1bp022"           # ESC p 0 2 2: "open the cash drawer" on an ESC/POS printer
CLEAR = "Eve\x1b[2J"          # clears the operator's terminal
RLO = "Ali\u202ecod.exe"      # right-to-left override: reads as "Aliexe.doc"


@pytest.mark.parametrize("name", [BOB, CLEAR, RLO, "Tab\tName", "Zed\x85"])
def test_enroll_refuses_control_characters_in_a_name(hard_store, cli, name):
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "member", "enroll", "--name", name, "--phone", "(212) 555-0190")
    assert code == 1 and out["error"]["code"] == "invalid_input"
    assert "name" in out["error"]["message"]
    assert table_counts(hard_store["db"]) == before


def test_import_refuses_a_row_with_a_control_character(hard_store, cli):
    csv_file = hard_store["dir"] / "members.csv"
    csv_file.write_text(f"name,phone\n{BOB},(212) 555-0191\nPlain Paul,(212) 555-0192\n", encoding="utf-8")
    code, out, _ = cli(hard_store["db"], "member", "import", csv_file)
    assert code == 0 and out["imported"] == 1
    assert [(r["row"], r["error"]) for r in out["rejected"]] == [(2, "invalid_input")]


@pytest.mark.parametrize("args", [["--line", "be\x1bauty=5.00"], ["--amount", "5.00", "--receipt-id", "POS\x1b[2J"],
                                  ["--amount", "5.00", "--receipt-id", "POS\u202e1"]])
def test_sale_refuses_control_characters_in_categories_and_ids(hard_store, cli, args):
    before = table_counts(hard_store["db"])
    code, out, _ = cli(hard_store["db"], "sale", *args)
    assert code == 1 and out["error"]["code"] == "invalid_input"
    assert table_counts(hard_store["db"]) == before


@pytest.mark.parametrize("field, value", [("name", "Shop\\u001bp022"), ("category", "cof\\u202efee")])
def test_program_text_with_controls_is_refused_naming_the_field(hard_store, cli, field, value):
    text = hard_store["program"].read_text(encoding="utf-8")
    if field == "name":
        text = text.replace('name = "CLI Rewards"', f'name = "{value}"')
        where = "program.name"
    else:
        text = text.replace('category = "coffee"\nunits', f'category = "{value}"\nunits')
        where = "punch_cards[0].category"
    bad = hard_store["dir"] / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    code, out, _ = cli(hard_store["db"], "program", "import", bad)
    assert code == 1 and out["error"]["code"] == "program_invalid"
    assert out["error"]["message"].startswith(where)


def _smuggle_name(db, name):
    """A name that reached the database another way (an older release, a received fact)."""
    sql(db, "UPDATE members SET name = ?, name_key = ? WHERE name = 'Alice Able'", (name, name.casefold()))


def test_human_output_escapes_what_got_in(hard_store, cli):
    _smuggle_name(hard_store["db"], CLEAR)
    code, text, _ = cli(hard_store["db"], "member", "search", "Eve", json_out=False)
    assert code == 0
    assert "\x1b" not in text and "Eve\\x1b[2J" in text


def test_pole_display_gets_no_control_bytes():
    from hardware.displays.pole import fit
    assert "\x1b" not in fit(BOB) and fit(BOB).startswith("Bob?p022")


class _Flaky:
    """A printer whose first job raises something that is not a device error (a bug)."""

    def __init__(self):
        from hardware.printing.printer import SimPrinter
        self.inner, self.url, self.sent = SimPrinter(), "sim:", []
        self.calls = 0

    def encode(self, doc):
        return self.inner.encode(doc)

    def text(self, doc):
        return self.inner.text(doc)

    def send(self, payload, job_id=""):
        self.calls += 1
        if self.calls == 1:
            raise ValueError("unknown ESC/POS command ESC p at offset 40")
        self.sent.append(job_id)
        return self.inner.send(payload, job_id)


def test_spooler_survives_a_job_it_cannot_print():
    from dataclasses import replace

    from hardware.printing import JobState, PrintSpooler, SqlitePrintJobStore
    from hardware.receipts.samples import sample_receipt
    printer, events = _Flaky(), []
    spooler = PrintSpooler(printer, SqlitePrintJobStore(":memory:"), on_job=events.append,
                           retry_initial=0.01, retry_max=0.05)
    try:
        spooler.submit(replace(sample_receipt(), receipt_number="T01-000001"))
        spooler.submit(replace(sample_receipt(), receipt_number="T01-000002"))
        assert spooler.wait_idle(10)
        assert spooler._thread.is_alive()
    finally:
        spooler.close()
    assert printer.sent == ["T01-000002"]
    failed = [e for e in events if e.state is JobState.FAILED]
    assert failed and failed[0].document == "T01-000001" and failed[0].reason == "rejected"
    assert threading.active_count() >= 1


def test_gui_labels_show_names_as_plain_escaped_text(qtbot):
    """The member's name (an elided label) and the banner's messages: plain text, escapes shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from terminal.ui.banner import Banner
    from terminal.ui.widgets import ElidedLabel
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(600, 30)
    label.setText("<b>Eve</b>\x1b[2J\u202e")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert QLabel.text(label) == "<b>Eve</b>\\x1b[2J\\u202e"
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(900, 60)
    banner.show_message("error", "Bob\x1bp022's account is blocked")
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert banner.label.text() == "Bob\\x1bp022's account is blocked"
