"""Serial scanners through real pseudo-terminals (os.openpty) and socat pty pairs."""

import os
import shutil
import signal
import subprocess
import threading
import tty

import pytest

from hardware.events import DeviceState
from hardware.registry import open_scanner
from hw_fakes import wait_for


class Recorder:
    def __init__(self):
        self.scans, self.statuses, self.rejects = [], [], []
        self.lock = threading.Lock()

    def on_scan(self, e):
        with self.lock:
            self.scans.append(e)

    def on_status(self, e):
        with self.lock:
            self.statuses.append(e)

    def on_reject(self, e):
        with self.lock:
            self.rejects.append(e)

    def states(self):
        return [s.state for s in self.statuses]


@pytest.fixture
def pty_pair():
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    yield master, os.ttyname(slave)
    os.close(master)
    os.close(slave)


@pytest.fixture
def started(pty_pair):
    master, path = pty_pair
    rec = Recorder()
    scanner = open_scanner(f"serial://{path}?baudrate=9600&suffix=cr&max_length=32", reconnect_initial=0.01)
    scanner.start(rec.on_scan, rec.on_status, rec.on_reject)
    wait_for(lambda: DeviceState.ONLINE in rec.states())
    yield master, rec
    scanner.stop()


def test_scan_arrives_through_a_tty(started):
    master, rec = started
    os.write(master, b"2900000000001\r")
    wait_for(lambda: rec.scans)
    assert [(s.code, s.kind) for s in rec.scans] == [("2900000000001", "card")]


def test_noise_burst_is_discarded_and_next_scan_still_arrives(started):
    master, rec = started
    os.write(master, b"\x00\xff\xfe\x1b\x07\x80\x90\x13\x11")
    os.write(master, b"4006381333931\r")
    wait_for(lambda: rec.scans)
    assert [(s.code, s.kind) for s in rec.scans] == [("4006381333931", "product")]
    assert [r.reason for r in rec.rejects] == ["noise"]
    assert rec.rejects[0].data == b"\x00\xff\xfe\x1b\x07\x80\x90\x13\x11"


def test_over_long_line_is_refused(started):
    master, rec = started
    os.write(master, b"1" * 200 + b"\r" + b"96385074\r")
    wait_for(lambda: rec.scans)
    assert [s.code for s in rec.scans] == ["96385074"]
    assert [r.reason for r in rec.rejects] == ["too_long"]
    assert len(rec.rejects[0].data) == 200


def test_stop_reports_stopped_and_joins(pty_pair):
    _, path = pty_pair
    rec = Recorder()
    scanner = open_scanner(f"serial://{path}")
    scanner.start(rec.on_scan, rec.on_status)
    wait_for(lambda: DeviceState.ONLINE in rec.states())
    scanner.stop()
    scanner.stop()  # idempotent
    assert rec.states()[-1] is DeviceState.STOPPED


def test_missing_port_is_reported_offline_not_raised(tmp_path):
    rec = Recorder()
    scanner = open_scanner(f"serial://{tmp_path}/nope", reconnect_initial=0.01, reconnect_max=0.05)
    scanner.start(rec.on_scan, rec.on_status)
    wait_for(lambda: DeviceState.OFFLINE in rec.states())
    scanner.stop()
    offline = [s for s in rec.statuses if s.state is DeviceState.OFFLINE]
    assert len(offline) == 1 and "not found" in offline[0].message


def _socat_available():
    if shutil.which("socat"):
        return True
    if os.environ.get("CI") == "true":
        pytest.fail("socat is required in CI (apt-get install -y socat)")
    pytest.skip("socat not installed (apt-get install -y socat); the vanish-and-return test needs it")


class SocatPair:
    def __init__(self, directory):
        self.scanner = str(directory / "scanner")
        self.feeder = str(directory / "feeder")
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.scanner}", f"pty,raw,echo=0,link={self.feeder}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: os.path.exists(self.scanner) and os.path.exists(self.feeder))

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(10)
        self.proc = None

    def send(self, data: bytes):
        fd = os.open(self.feeder, os.O_WRONLY | os.O_NOCTTY)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)


def test_port_that_vanishes_and_returns_is_reopened(tmp_path):
    _socat_available()
    pair = SocatPair(tmp_path)
    pair.start()
    rec = Recorder()
    scanner = open_scanner(f"serial://{pair.scanner}?baudrate=9600", reconnect_initial=0.02, reconnect_max=0.1)
    try:
        scanner.start(rec.on_scan, rec.on_status, rec.on_reject)
        wait_for(lambda: DeviceState.ONLINE in rec.states())
        pair.send(b"2900000000001\r")
        wait_for(lambda: len(rec.scans) == 1)

        pair.stop()                                   # the port vanishes
        wait_for(lambda: DeviceState.OFFLINE in rec.states())
        pair.start()                                  # and comes back at the same path
        wait_for(lambda: rec.states().count(DeviceState.ONLINE) == 2)
        pair.send(b"4006381333931\r")
        wait_for(lambda: len(rec.scans) == 2)
    finally:
        scanner.stop()
        pair.stop()
    assert [s.code for s in rec.scans] == ["2900000000001", "4006381333931"]
    states = rec.states()
    assert states[:2] == [DeviceState.CONNECTING, DeviceState.ONLINE]
    assert states[states.index(DeviceState.OFFLINE) + 1:][-2:] == [DeviceState.ONLINE, DeviceState.STOPPED]
