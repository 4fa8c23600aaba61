"""Simulated printer PNGs, member card images, pole displays, URLs and discovery."""

import pytest
import zxingcpp
from PIL import Image

from hardware.discovery import list_devices
from hardware.errors import DeviceConfigError, DeviceUnavailable
from hardware.events import DeviceState
from hardware.receipts import CardSlip, TestPage, render_png
from hardware.receipts.barcodes import card_image
from hardware.receipts.samples import SAMPLE_STORE, sample_receipt
from hardware.registry import open_display, open_printer, open_scanner
from hardware.scanning import SimScanner
from hardware.urls import parse_device_url
from hw_fakes import FakeNetworkPrinter, wait_for


def _decode(path_or_img):
    img = Image.open(path_or_img) if not isinstance(path_or_img, Image.Image) else path_or_img
    return [(r.format.name, r.text) for r in zxingcpp.read_barcodes(img.convert("L"))]


@pytest.mark.parametrize("width_mm, columns", [(58, 32), (80, 48)])
def test_receipt_png_at_58_and_80_mm_has_decodable_barcodes(width_mm, columns):
    path = f"/tmp/receipt-{width_mm}.png"
    page = render_png(sample_receipt(), path, width_mm)
    assert page.image.width == columns * 12 + 48            # printable dots plus the paper margin
    assert _decode(path) == [("EAN13", "2900000000001"), ("Code128", "T01-000123")]
    lines = page.text.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert "Şule Çağlar" in page.text and "İstiklal" in page.text  # decoded back from CP857 bytes


def test_python_barcode_member_card_image_decodes(tmp_path):
    img = card_image("2900000000001", tmp_path / "card.png")
    assert _decode(tmp_path / "card.png") == [("EAN13", "2900000000001")]
    assert img.size == Image.open(tmp_path / "card.png").size
    with pytest.raises(ValueError):
        card_image("2900000000002")


def test_sim_printer_writes_png_and_text_for_card_slip_and_test_page(tmp_path):
    printer = open_printer(f"sim:?dir={tmp_path}&width=58")
    printer.print_receipt(CardSlip(SAMPLE_STORE, "Ayşe Yılmaz", "2900000000001", "2026-03-17", "*******4567"))
    printer.print_receipt(TestPage("sim:", "2026-03-17T14:05"))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["0001-card-2900000000001.png", "0001-card-2900000000001.txt",
                     "0002-test-2026-03-17T14_05.png", "0002-test-2026-03-17T14_05.txt"]
    assert _decode(tmp_path / files[0]) == [("EAN13", "2900000000001")]
    assert _decode(tmp_path / files[2]) == [("EAN13", "2900000000001"), ("Code128", "TEST-0001")]
    test_text = (tmp_path / files[3]).read_text(encoding="utf-8")
    assert "12345678901234567890123456789012" in test_text and "Çağrı Işık İpek" in test_text


def test_sim_display_shows_member_and_renders():
    statuses = []
    display = open_display("sim:", on_status=statuses.append)
    try:
        display.show_member("Ayşe Yılmaz-Kocaoğlu Demir", "Points: 1,240").result(5)
        assert display.lines == ("Ayşe Yılmaz-Kocaoğl.", "       Points: 1,240")
        assert display.render().size[0] > 0
        display.connected = False
        with pytest.raises(DeviceUnavailable):
            display.clear().result(5)
        display.connected = True
        display.clear().result(5)
    finally:
        display.close()
    assert [s.state for s in statuses] == [DeviceState.ONLINE, DeviceState.OFFLINE, DeviceState.ONLINE]


def test_escpos_display_bytes_over_tcp():
    fake = FakeNetworkPrinter()
    display = open_display(f"tcp://127.0.0.1:{fake.port}")
    try:
        display.show("Ayşe Yılmaz", "Points: 837").result(5)
    finally:
        display.close()
        fake.stop()
    assert fake.jobs[0] == (b"\x1b@\x1bt\x0d\x0c\x1f$\x01\x01" + "Ayşe Yılmaz".ljust(20).encode("cp857")
                            + b"\x1f$\x01\x02" + b"Points: 837".ljust(20))


def test_sim_scanner_delivers_on_its_thread_and_classifies():
    scans, statuses = [], []
    scanner = open_scanner("sim:", card_prefix="29")
    assert isinstance(scanner, SimScanner)
    scanner.start(scans.append, statuses.append)
    try:
        scanner.inject("2900000000001").result(5)
        scanner.inject("036000291452").result(5)
        scanner.unplug().result(5)
        scanner.inject("96385074").result(5)
    finally:
        scanner.stop()
    assert [(s.code, s.kind) for s in scans] == [("2900000000001", "card"), ("036000291452", "product")]
    assert [s.state for s in statuses] == [DeviceState.ONLINE, DeviceState.OFFLINE, DeviceState.STOPPED]


@pytest.mark.parametrize(
    "url, scheme, target",
    [
        ("serial:///dev/ttyUSB0?baudrate=9600", "serial", "/dev/ttyUSB0"),
        ("serial:COM3", "serial", "COM3"),
        ("loop://", "loop", "loop://"),
        ("socket://localhost:7000?suffix=lf", "socket", "socket://localhost:7000"),
        ("tcp://10.0.0.5", "tcp", "10.0.0.5:9100"),
        ("tcp://printer.local:9101", "tcp", "printer.local:9101"),
        ("file:///dev/usb/lp0", "file", "/dev/usb/lp0"),
        ("sim:", "sim", ""),
        ("sim:?dir=/tmp/x", "sim", ""),
    ],
)
def test_device_urls(url, scheme, target):
    parsed = parse_device_url(url)
    assert (parsed.scheme, parsed.target) == (scheme, target)


@pytest.mark.parametrize(
    "url, message",
    [
        ("", "empty"), ("/dev/ttyUSB0", "no scheme"), ("usb://x", "unknown scheme"), ("tcp://", "needs a host"),
        ("tcp://h:99999", "port"), ("serial://dev/ttyUSB0", "three slashes"), ("file://", "needs a path"),
        ("serial:///dev/ttyUSB0?baudrate=fast", "not an integer"), ("serial:///dev/x?parity=Q", "parity"),
        ("serial:///dev/x?suffix=semicolon", "suffix"), ("serial:///dev/x?sufix=cr", "unknown option"),
        ("file:///dev/usb/lp0", "cannot be read"),
    ],
)
def test_bad_scanner_urls_are_clear_errors(url, message):
    with pytest.raises(DeviceConfigError, match=message):
        open_scanner(url)


def test_loop_url_scanner_reads_what_is_written():
    scans = []
    scanner = open_scanner("loop://?suffix=lf")
    scanner.start(scans.append)
    try:
        wait_for(lambda: scanner.state is DeviceState.ONLINE)
        scanner.transport._port.write(b"4006381333931\n")
        wait_for(lambda: scans)
    finally:
        scanner.stop()
    assert scans[0].code == "4006381333931"


def test_file_printer_appends_bytes_and_reports_missing_device(tmp_path):
    out = tmp_path / "lp0"
    printer = open_printer(f"file://{out}")
    result = printer.print_receipt(sample_receipt())
    assert out.read_bytes().startswith(b"\x1b@\x1bt\x0d") and result.status.online is None
    with pytest.raises(DeviceUnavailable, match="does not exist"):
        open_printer(f"file://{tmp_path}/missing/lp0").print_receipt(sample_receipt())


def test_discovery_lists_simulated_devices_and_lp_files(tmp_path):
    (tmp_path / "lp0").touch()
    found = list_devices(lp_glob=str(tmp_path / "lp*"))
    urls = [d.url for d in found]
    assert f"file://{tmp_path}/lp0" in urls and "sim:" in urls
    assert all(parse_device_url(u) for u in urls)

