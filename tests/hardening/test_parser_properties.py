"""Issue 10, property tests: arbitrary text and bytes fed to every parser (phone, card, amount,
quantity, dates, CSV rows, program TOML, device URLs, scanner framing) end in success or a
documented error code, never another exception (exit 3); through the CLI, never exit 3 and
never a write on a refusal."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.errors import DeviceConfigError
from hardware.scanning.framing import Frame, LineFramer, Rejected
from hardware.urls import parse_device_url
from terminal.domain.cards import validate_card
from terminal.domain.errors import LoyaltyError
from terminal.domain.phones import normalize_phone
from terminal.domain.program import parse_program
from terminal.domain.timekeeping import UTC, parse_day, parse_instant

from edges_cli_helpers import PROGRAM, documented_codes, hardening_store, run_cli, table_counts  # noqa: F401

CODES = documented_codes()
EXAMPLES = int(os.environ.get("HARDENING_EXAMPLES", "150"))
CLI_EXAMPLES = int(os.environ.get("HARDENING_CLI_EXAMPLES", "12"))

# Text that looks a little like what the parsers expect, and anything at all.
NUMBERS = st.text(alphabet="0123456789.,-+eE_x ()/:T=\u0661\uff12\u00a0\u200b\x00\x1b", max_size=40)
ANY_TEXT = st.one_of(st.text(max_size=80), NUMBERS)


def _documented(exc: LoyaltyError) -> None:
    assert exc.code in CODES, (exc.code, exc.message)


@pytest.fixture(scope="module")
def program():
    return parse_program(PROGRAM)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=ANY_TEXT, region=st.sampled_from(["US", "TR", "GB", "ZZ"]))
def test_phones(text, region):
    try:
        assert normalize_phone(text, region).startswith("+")
    except LoyaltyError as exc:
        _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=ANY_TEXT)
def test_cards(text):
    try:
        number = validate_card(text, "29")
        assert len(number) == 13 and number.isdigit()
    except LoyaltyError as exc:
        _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT)
def test_amounts(program, text):
    try:
        minor = program.currency.parse(text)
        assert isinstance(minor, int) and 0 <= minor
    except LoyaltyError as exc:
        _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(category=st.text(max_size=20), rest=ANY_TEXT, item=ANY_TEXT)
def test_sale_lines_and_quantities(program, category, rest, item):
    from terminal.services.sale_input import parse_item, parse_line
    for parse, raw in ((parse_line, f"{category}={rest}"), (parse_line, rest), (parse_item, item)):
        try:
            line = parse(program, raw)
            assert line.quantity >= 1 and line.unit_amount > 0
        except LoyaltyError as exc:
            _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.one_of(ANY_TEXT, st.datetimes().map(lambda d: d.isoformat()),
                      st.dates().map(lambda d: d.isoformat())))
def test_dates(text):
    from terminal.services.members import clean_birthday
    for parse in (lambda t: parse_instant(t, UTC), parse_day):
        try:
            parse(text)
        except ValueError:
            pass          # the CLI says invalid_input with this message
    try:
        clean_birthday(text, date(2026, 8, 4))
    except LoyaltyError as exc:
        _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=400), tail=st.text(max_size=200))
def test_csv_rows(tmp_path_factory, data, tail):
    from terminal.services.importer import read_rows
    path = tmp_path_factory.mktemp("csv") / "members.csv"
    path.write_bytes(b"name,phone,balance\n" + data + tail.encode("utf-8", "surrogatepass"))
    try:
        for line, row in read_rows(str(path)):
            assert isinstance(line, int) and set(row) <= {"name", "phone", "card", "email", "birthday", "balance"}
    except LoyaltyError as exc:
        _documented(exc)


TOML_PIECES = st.lists(st.sampled_from([
    "[program]", 'name = "X"', 'currency = "USD"', 'currency = "XXX"', "points_per_unit = \"1e21\"",
    "expiry_months = 99999999999999999999", "[[tiers]]", 'name = "A"', 'min_spend = "-1"', "[[rewards]]",
    'code = "R"', 'kind = "amount_off"', "points = 1e3", 'value = "NaN"', "[redemption]",
    'max_fraction_of_sale = "2"', 'card_prefix = "3"', 'timezone = "Mars/Olympus"', "[[campaigns]]",
    'weekdays = ["xyz"]', 'hours = [25, -1]', '"\\u0000" = 1', "= =", "[[products]]", 'price = "1_00"',
]), max_size=25).map("\n".join)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.one_of(TOML_PIECES, st.text(max_size=200)))
def test_program_toml(text):
    try:
        parse_program(text)
    except LoyaltyError as exc:
        _documented(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(prefix=st.sampled_from(["", "tcp://", "serial://", "serial:///dev/", "file://", "sim:?", "socket://", "tcp://[",
                               "loop://?"]),
       text=ANY_TEXT)
def test_device_urls(prefix, text):
    try:
        url = parse_device_url(prefix + text)
        assert url.scheme
    except DeviceConfigError as exc:
        assert str(exc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(chunks=st.lists(st.tuples(st.binary(max_size=80), st.floats(0, 2, allow_nan=False)), max_size=12),
       suffix=st.sampled_from([b"\r", b"\n", b"\r\n", b"\t"]))
def test_scanner_framing(chunks, suffix):
    framer, now = LineFramer(suffix=suffix, max_length=64), 0.0
    for data, pause in chunks:
        now += pause
        for event in framer.feed(data, now):
            assert isinstance(event, (Frame, Rejected))
            if isinstance(event, Frame):
                assert event.code and event.code.isprintable() and len(event.code) <= 64


# --------------------------------------------------------------------------- through the CLI

@pytest.fixture(scope="module")
def cli_store(hardening_store, tmp_path_factory):
    import shutil
    db = tmp_path_factory.mktemp("props") / "store.db"
    shutil.copy(hardening_store["db"], db)
    return {**hardening_store, "db": db}


def _cli_case(store, args):
    before = table_counts(store["db"])
    code, data, _, err = run_cli(store["db"], *args)
    assert code in (0, 1, 2), (args, code, err)
    if code == 1:
        assert data["error"]["code"] in CODES, (args, data)
    if code != 0:
        assert table_counts(store["db"]) == before, args


@settings(max_examples=CLI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=NUMBERS, line=ANY_TEXT, receipt_id=st.one_of(st.none(), ANY_TEXT))
def test_cli_sale(cli_store, amount, line, receipt_id):
    args = ["sale", "--amount", amount, "--line", line]
    if receipt_id is not None:
        args += ["--receipt-id", receipt_id]
    _cli_case(cli_store, [a.replace("\x00", "") for a in args])


@settings(max_examples=CLI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=ANY_TEXT, phone=NUMBERS, birthday=ANY_TEXT)
def test_cli_enroll(cli_store, name, phone, birthday):
    _cli_case(cli_store, [a.replace("\x00", "") for a in
                          ["member", "enroll", "--name", name, "--phone", phone, "--birthday", birthday]])


@settings(max_examples=CLI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(receipt=ANY_TEXT, amount=NUMBERS, ref=ANY_TEXT, now=ANY_TEXT)
def test_cli_refund_show_and_clock(cli_store, receipt, amount, ref, now):
    _cli_case(cli_store, ["refund", receipt.replace("\x00", ""), "--amount", amount.replace("\x00", ""),
                          "--refund-id", "P-" + ref.replace("\x00", "")[:20]])
    _cli_case(cli_store, ["--now", now.replace("\x00", "") or "x", "member", "show", ref.replace("\x00", "") or "x"])


@settings(max_examples=CLI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), header=st.sampled_from([b"name,phone\n", b"name,phone,email,birthday\n", b""]))
def test_cli_member_import(cli_store, tmp_path_factory, data, header):
    path = tmp_path_factory.mktemp("import") / "members.csv"
    path.write_bytes(header + data)
    _cli_case(cli_store, ["member", "import", path])
