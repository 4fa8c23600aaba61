"""Receipts to ESC/POS, through a fake network printer on a loopback TCP port."""

import re

import pytest
import zxingcpp

from hardware.errors import DeviceConfigError, PaperOut, PrinterOffline
from hardware.events import DeviceState
from hardware.printing import JobState, PrintSpooler, SqlitePrintJobStore
from hardware.receipts import TestPage, encode_escpos, render_text
from hardware.receipts.samples import sample_receipt
from hardware.registry import open_printer
from hw_fakes import OFFLINE, PAPER_NEAR_END, PAPER_OUT, raster_images, strip_status_queries, wait_for

ESC_INIT = b"\x1b@"
CP857 = b"\x1bt\x0d"


def test_receipt_bytes_through_tcp_have_escpos_structure_and_card_barcode(fake_printer):
    printer = open_printer(fake_printer.url, profile="TM-T20II", width_mm=80)
    result = printer.print_receipt(sample_receipt())
    wait_for(lambda: fake_printer.jobs)
    job = strip_status_queries(fake_printer.jobs[0])
    assert result.bytes_sent == len(job)
    assert job.startswith(ESC_INIT + CP857)                       # initialise, then pin CP857
    assert job.count(b"\x1bt") == 1                               # and never switch again
    assert re.search(rb"\x1dV[\x00\x01]$", job)                   # ends with the cut
    ean = re.findall(rb"\x1dkC\x0d(\d{13})", job)                 # GS k 67 (EAN13), 13 digits
    assert ean == [b"2900000000001"]
    m = re.search(rb"\x1dkI(.)", job, re.S)                      # GS k 73 (CODE128) n data
    assert job[m.end():m.end() + m.group(1)[0]] == b"{BT01-000123"
    # the printer was asked for its status before and after the job
    assert fake_printer.jobs[0].count(b"\x10\x04\x01") == 2


def test_image_barcodes_decode_from_the_raster_bytes(fake_printer):
    printer = open_printer(fake_printer.url + "&barcodes=image", width_mm=58)
    printer.print_receipt(sample_receipt())
    wait_for(lambda: fake_printer.jobs)
    job = fake_printer.jobs[0]
    assert b"\x1dk" not in job
    decoded = []
    for img in raster_images(job):
        assert img.width <= 384                                   # fits 58 mm paper
        decoded += [(r.format.name, r.text) for r in zxingcpp.read_barcodes(img.convert("L"))]
    assert decoded == [("EAN13", "2900000000001"), ("Code128", "T01-000123")]


def test_58mm_profile_without_hardware_barcodes_uses_images():
    data = encode_escpos(sample_receipt(), profile="POS-5890", width_mm=58)
    assert data.startswith(ESC_INIT + b"\x1bt\x3d")                # CP857 is table 61 on these printers
    assert b"\x1dk" not in data and len(raster_images(data)) == 2


def test_turkish_and_accented_text_is_encoded_in_the_pinned_code_page():
    page = TestPage(device="test", issued_at="now", sample_text="çğıİöşü ÇĞÖŞÜ éèàâ")
    data = encode_escpos(page, width_mm=80)
    expected = "çğıİöşü ÇĞÖŞÜ éèàâ".encode("cp857")
    assert expected == b"\x87\xa7\x8d\x98\x94\x9f\x81 \x80\xa6\x99\x9e\x9a \x82\x8a\x85\x83"
    assert expected in data
    assert data.count(b"\x1bt") == 1


def test_every_job_pins_the_code_page_again():
    printer = open_printer("sim:")
    first, second = printer.encode(sample_receipt()), printer.encode(sample_receipt())
    assert first == second and second.startswith(ESC_INIT + CP857)


def test_encoding_does_not_write_to_stdout(capsys):
    encode_escpos(sample_receipt(), profile="TM-T20II")
    encode_escpos(sample_receipt(), profile="POS-5890", width_mm=58)
    assert capsys.readouterr().out == ""


def test_wrong_card_check_digit_is_refused_not_silently_fixed():
    from dataclasses import replace

    r = sample_receipt()
    bad = replace(r, member=replace(r.member, card_number="2900000000002"))
    with pytest.raises(ValueError, match="check digit"):
        encode_escpos(bad)


@pytest.mark.parametrize(
    "printer_status, paper_status, online, paper",
    [(0x12, 0x12, True, "ok"), (0x12, PAPER_NEAR_END, True, "near_end"), (0x12, PAPER_OUT, True, "out"),
     (OFFLINE, 0x12, False, "ok")],
)
def test_status_queries_answered_by_the_fake_printer(fake_printer, printer_status, paper_status, online, paper):
    fake_printer.printer_status, fake_printer.paper_status = printer_status, paper_status
    status = open_printer(fake_printer.url).status()
    assert (status.online, status.paper) == (online, paper)


def test_paper_out_and_offline_refuse_the_job_before_sending_it(fake_printer):
    printer = open_printer(fake_printer.url)
    fake_printer.paper_status = PAPER_OUT
    with pytest.raises(PaperOut):
        printer.print_receipt(sample_receipt())
    fake_printer.paper_status, fake_printer.printer_status = 0x12, OFFLINE
    with pytest.raises(PrinterOffline):
        printer.print_receipt(sample_receipt())
    wait_for(lambda: len(fake_printer.jobs) == 2)
    assert all(strip_status_queries(j) == b"" for j in fake_printer.jobs)


def test_refused_connection_is_printer_offline(fake_printer):
    printer = open_printer(fake_printer.url)
    fake_printer.stop()
    with pytest.raises(PrinterOffline, match="refused"):
        printer.print_receipt(sample_receipt())


def test_bad_printer_configuration_is_a_clear_error():
    with pytest.raises(DeviceConfigError, match="unknown option"):
        open_printer("tcp://127.0.0.1:9100?widht=58")
    with pytest.raises(DeviceConfigError, match="profile"):
        open_printer("sim:", profile="No-Such-Printer")
    with pytest.raises(DeviceConfigError, match="58 or 80"):
        open_printer("sim:?width=76")
    with pytest.raises(DeviceConfigError, match="code page"):
        open_printer("sim:?codepage=CP999")


class Events:
    def __init__(self):
        self.jobs, self.statuses = [], []


def test_printer_goes_offline_mid_job_receipt_stays_queued_and_prints_when_back(fake_printer, tmp_path):
    printer = open_printer(fake_printer.url)
    store = SqlitePrintJobStore(tmp_path / "queue.db")
    ev = Events()
    expected = printer.encode(sample_receipt())
    fake_printer.drop_after = 300                      # the cable is pulled after 300 bytes
    spooler = PrintSpooler(printer, store, on_job=ev.jobs.append, on_status=ev.statuses.append,
                           retry_initial=0.05, retry_max=0.2)
    try:
        spooler.submit(sample_receipt())
        wait_for(lambda: any(e.state is JobState.FAILED for e in ev.jobs))
        failed = [e for e in ev.jobs if e.state is JobState.FAILED][0]
        assert failed.document == "T01-000123" and failed.pending == 1
        assert ev.statuses[0].state is DeviceState.OFFLINE and "T01-000123 kept" in ev.statuses[0].message
        fake_printer.stop()                            # now it refuses connections entirely
        fake_printer.drop_after = None
        wait_for(lambda: store.pending()[0].attempts >= 3)
        assert "refused" in store.pending()[0].last_error

        fake_printer.start()                           # the printer comes back on the same port
        wait_for(lambda: any(e.state is JobState.PRINTED for e in ev.jobs))
    finally:
        spooler.close()
    assert store.pending() == []
    assert strip_status_queries(fake_printer.jobs[-1]) == expected
    assert ev.statuses[-1].state is DeviceState.ONLINE
    assert store.latest("T01-000123").printed_at is not None


def test_queue_survives_a_restart_and_reprint_resends_stored_bytes(tmp_path):
    db = tmp_path / "queue.db"
    printer = open_printer(f"sim:?dir={tmp_path / 'out'}")
    printer.online = False
    ev = Events()
    spooler = PrintSpooler(printer, SqlitePrintJobStore(db), on_job=ev.jobs.append, retry_initial=10, retry_max=10)
    spooler.submit(sample_receipt())
    wait_for(lambda: any(e.state is JobState.FAILED for e in ev.jobs))
    spooler.close()                                    # the terminal is switched off

    printer.online = True                              # next morning
    store = SqlitePrintJobStore(db)
    assert [j.document for j in store.pending()] == ["T01-000123"]
    spooler = PrintSpooler(printer, store, on_job=ev.jobs.append, retry_initial=10, retry_max=10)
    try:
        spooler.retry_pending()
        assert spooler.wait_idle(10)
        spooler.reprint("T01-000123")
        assert spooler.wait_idle(10)
        with pytest.raises(LookupError):
            spooler.reprint("T01-999999")
    finally:
        spooler.close()
    assert [job for job, _ in printer.pages] == ["T01-000123", "T01-000123"]
    assert printer.pages[0][1].text == printer.pages[1][1].text
    assert "Ayşe Yılmaz" in printer.pages[1][1].text
    pngs = sorted(p.name for p in (tmp_path / "out").glob("*.png"))
    assert pngs == ["0001-T01-000123.png", "0002-T01-000123.png"]


def test_paper_out_is_an_error_state_and_near_end_a_warning(tmp_path):
    printer = open_printer("sim:")
    ev = Events()
    printer.paper = "out"
    with PrintSpooler(printer, SqlitePrintJobStore(":memory:"), on_status=ev.statuses.append,
                      retry_initial=10, retry_max=10) as spooler:
        spooler.submit(sample_receipt())
        wait_for(lambda: ev.statuses)
        assert ev.statuses[0].state is DeviceState.ERROR and "out of paper" in ev.statuses[0].message
        printer.paper = "near_end"
        spooler.retry_pending()
        assert spooler.wait_idle(10)
    assert ev.statuses[-1].state is DeviceState.WARNING


def test_plain_text_rendering_widths():
    for width in (32, 48):
        text = render_text(sample_receipt(), width)
        assert max(len(line) for line in text.splitlines()) <= width
        assert "Points balance" in text and "837" in text and "Gold" in text


def test_a_document_prints_in_the_language_it_is_given():
    """The hardware layer knows no language: the fixed words come with the document."""
    from dataclasses import replace
    english = render_text(sample_receipt(), 48)
    assert "Points balance" in english and "Receipt for refunds" in english
    turkish = render_text(replace(sample_receipt(), phrases={"points_balance": "Puan bakiyesi", "total": "Toplam",
                                                             "receipt_for_refunds": "İade için fiş"}), 48)
    assert "Puan bakiyesi" in turkish and "Toplam" in turkish and "İade için fiş" in turkish
    assert "Points balance" not in turkish
    assert "Points earned" in turkish   # a phrase not given stays in English rather than vanishing


def test_a_refund_slip_shows_the_money_and_the_points():
    from hardware.receipts import RefundSlip, SaleLine
    from hardware.receipts.samples import SAMPLE_STORE
    slip = RefundSlip(store=SAMPLE_STORE, receipt_number="T001-000042", refund_id="0b1e2026-aaaa", issued_at="2026-03-17 15:00",
                      amount="$12.90", lines=(SaleLine("Hand cream 75 ml", 1, "$12.90"),), approved_by="Manager",
                      member_name="Ada Lovelace", points_clawed_back=51, points_returned=500, balance_after=1543)
    text = render_text(slip, 48)
    for expected in ("R E F U N D", "T001-000042", "Hand cream 75 ml", "$12.90", "Approved by", "Manager",
                     "Points taken back", "51", "Points returned", "500", "Points balance", "1543", "Original receipt"):
        assert expected in text, expected
    assert slip.job_id == "refund-T001-000042-0b1e2026"
    anonymous = render_text(replace_member(slip), 32)
    assert "Points taken back" not in anonymous and "Refunded" in anonymous


def replace_member(slip):
    from dataclasses import replace
    return replace(slip, member_name=None, approved_by=None)
