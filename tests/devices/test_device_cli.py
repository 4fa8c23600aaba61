"""``loyalty devices`` and ``loyalty receipt``: the terminal's side of the hardware layer,
through real ttys, a fake network printer and the simulated printer."""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import tty
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from terminal.cli.main import main
from terminal.store.database import open_database
from terminal.store.print_queue import DatabasePrintJobStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardware"))
from hw_fakes import FakeNetworkPrinter  # noqa: E402  (the hardware tests' fake printer)

NOW = "2026-11-20T10:00:00"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo store, built once; ``loyalty backup`` makes a consistent single-file copy."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--db", str(folder / "build.db"), "--now", NOW, "init", "--demo", "--json"]) == 0
    assert main(["--db", str(folder / "build.db"), "backup", str(folder / "template.db"), "--json"]) == 0
    return folder / "template.db"


@pytest.fixture
def db(tmp_path, demo_template):
    path = tmp_path / "shop.db"
    shutil.copyfile(demo_template, path)
    return str(path)


def run(capsys, *argv) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(list(argv) + ["--json"])
    return code, json.loads(capsys.readouterr().out)


def make_sale(capsys, db) -> dict:
    code, out = run(capsys, "--db", db, "--now", NOW, "sale", "--member", "2125550100", "--item", "HAND-CREAM",
                    "--line", "coffee=3.50x2")
    assert code == 0
    return out["sale"]


def test_a_receipt_prints_on_the_simulated_printer_with_a_scannable_card(capsys, db, tmp_path):
    sale = make_sale(capsys, db)
    printer = f"sim:?dir={tmp_path / 'paper'}"
    code, out = run(capsys, "--db", db, "receipt", "print", sale["receipt"], "--printer", printer)
    assert code == 0 and out == {"printed": True, "receipt": sale["receipt"], "printer": printer, "reprint": False}
    pngs = sorted((tmp_path / "paper").glob("*.png"))
    assert len(pngs) == 1
    decoded = {r.text for r in zxingcpp.read_barcodes(Image.open(pngs[0]))}
    assert sale["member_summary"]["card"] in decoded and sale["receipt"] in decoded
    text = pngs[0].with_suffix(".txt").read_text(encoding="utf-8")
    assert sale["total"] in text and "Hand cream" in text
    # A second print is a reprint: marked as a copy, and the first page is not overwritten.
    code, out = run(capsys, "--db", db, "receipt", "print", sale["receipt"], "--printer", printer)
    assert code == 0 and out["reprint"] is True
    pages = sorted((tmp_path / "paper").glob("*.txt"))
    assert len(pages) == 2 and "COPY" in pages[1].read_text(encoding="utf-8")


def test_an_offline_printer_keeps_the_receipt_until_it_returns(capsys, db):
    sale = make_sale(capsys, db)
    fake = FakeNetworkPrinter()
    url = fake.url
    fake.stop()  # the printer is switched off
    try:
        code, out = run(capsys, "--db", db, "receipt", "print", sale["receipt"], "--printer", url, "--timeout", "1")
        assert code == 1 and out["error"]["code"] == "printer_unavailable"
        assert "kept in the queue" in out["error"]["message"]
        code, out = run(capsys, "--db", db, "receipt", "pending")
        assert [j["document"] for j in out["pending"]] == [sale["receipt"]] and out["pending"][0]["attempts"] >= 1
        fake.start()  # back on, same port
        code, out = run(capsys, "--db", db, "receipt", "retry", "--printer", url)
        assert code == 0 and out == {"printed": 1, "pending": 0}
        assert any(sale["receipt"].encode() in job for job in fake.jobs)
        assert run(capsys, "--db", db, "receipt", "pending")[1]["pending"] == []
    finally:
        fake.stop()


def test_bad_printer_urls_and_unknown_receipts_are_clear_errors(capsys, db):
    code, out = run(capsys, "--db", db, "receipt", "print", "T001-999999")
    assert code == 1 and out["error"]["code"] == "unknown_sale"
    sale = make_sale(capsys, db)
    code, out = run(capsys, "--db", db, "receipt", "print", sale["receipt"], "--printer", "lpt://nowhere")
    assert code == 1 and out["error"]["code"] == "invalid_input"
    code, out = run(capsys, "--db", db, "devices", "test-print", "--printer", "sim:?colour=red")
    assert code == 1 and out["error"]["code"] == "invalid_input" and "colour" in out["error"]["message"]


def test_test_print_and_device_list(capsys, tmp_path, db):
    code, out = run(capsys, "--db", db, "devices", "test-print", "--printer", f"sim:?dir={tmp_path / 'tp'}&width=58")
    assert code == 0 and out["printed"] is True and out["paper"] == "ok"
    assert len(list((tmp_path / "tp").glob("*.png"))) == 1
    code, out = run(capsys, "--db", db, "devices", "list")
    assert code == 0 and any(d["url"] == "sim:" for d in out["devices"])


def test_devices_listen_reads_a_real_tty(capsys, db):
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    port = os.ttyname(slave)
    writer = threading.Timer(0.3, lambda: os.write(master, b"\x00\x07\xff2900100000017\r036000291452\r"))
    writer.start()
    try:
        code, out = run(capsys, "--db", db, "devices", "listen", "--scanner", f"serial://{port}?baudrate=9600",
                        "--count", "2", "--timeout", "10")
    finally:
        writer.join()
        os.close(master)
        os.close(slave)
    assert code == 0
    assert out["scans"] == [{"code": "2900100000017", "kind": "card"}, {"code": "036000291452", "kind": "product"}]
    code, out = run(capsys, "--db", db, "devices", "listen", "--scanner", "sim:", "--count", "0")
    assert code == 1 and out["error"]["code"] == "invalid_input"


def test_the_database_print_queue_keeps_jobs_across_restarts(tmp_path):
    path = tmp_path / "q.db"
    db = open_database(path)
    store = DatabasePrintJobStore(db)
    first = store.add("T001-000001", "receipt", b"\x1b@bytes", "text one")
    second = store.add("T001-000002", "receipt", b"\x1b@more", "text two")
    store.mark_failed(first.id, 2, "paper out")
    db.dispose()
    reopened = DatabasePrintJobStore(open_database(path))
    pending = reopened.pending()
    assert [j.id for j in pending] == [first.id, second.id], "oldest first, both kept"
    assert pending[0].attempts == 2 and pending[0].last_error == "paper out" and pending[0].payload == b"\x1b@bytes"
    reopened.mark_printed(first.id)
    reopened.mark_printed(first.id)  # idempotent
    assert [j.id for j in reopened.pending()] == [second.id]
    assert reopened.latest("T001-000001").printed_at is not None and reopened.latest("nope") is None
