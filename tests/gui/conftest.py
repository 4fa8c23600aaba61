"""Fixtures for the till's pytest-qt tests.

* ``demo_db``: the demo store, built once per session at a fixed instant (a Tuesday in March, so
  DOUBLE-TUE and the birthday month apply), copied for each test;
* ``till``: the checkout window on that copy with simulated scanner, printer and display, a
  manual monotonic clock for the wedge filter, and everything shut down afterwards;
* ``_dangling_qthreads`` (autouse, after napari's): fails any test that leaves a QThread
  running, or one of the device threads (scanner, spooler, display) alive.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
import traceback
from weakref import WeakKeyDictionary

import pytest

NOW = "2026-03-03T17:00:00+00:00"   # Tuesday 12:00 in New York
ADA_CARD = "2900100000017"           # Ada Lovelace in the demo store: Silver, 1,094 points
DEVICE_THREAD_PREFIXES = ("device:", "spooler:", "scanner:", "display:")


class ManualClock:
    """A monotonic clock the test moves by hand (the wedge filter reads it)."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The shipped demo store, as ``--demo`` opens it (tests/integration/test_demo_snapshot.py
    checks it is what the demo builder makes at this instant)."""
    from terminal.app import make_clock
    from terminal.services.demo_snapshot import open_snapshot
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_snapshot(path, make_clock(NOW).now())
    return path


def find_dangling(started: WeakKeyDictionary) -> list[str]:
    """QThreads started during the test and still running, with where they were started."""
    left = []
    for thread, where in list(started.items()):
        try:
            if thread.isRunning():
                left.append(f"QThread {thread.objectName() or thread!r} started at:\n{where}")
        except RuntimeError:  # deleted on the C++ side: not running
            pass
    return left


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch, qtbot, request):
    from PySide6.QtCore import QThread
    started: WeakKeyDictionary = WeakKeyDictionary()
    base_start = QThread.start

    def start_and_remember(self, *args):
        started[self] = "".join(traceback.format_stack(limit=8)[:-1])
        base_start(self, *args)

    monkeypatch.setattr(QThread, "start", start_and_remember)
    request.node.started_qthreads = started
    before = {t.ident for t in threading.enumerate()}
    yield
    left = find_dangling(started)
    left += [f"device thread {t.name}" for t in threading.enumerate()
             if t.ident not in before and t.name.startswith(DEVICE_THREAD_PREFIXES) and t.is_alive()]
    if left:
        pytest.fail("test left threads running:\n" + "\n".join(left), pytrace=False)


@pytest.fixture
def wedge_clock():
    return ManualClock()


@pytest.fixture
def make_till(qtbot, demo_db, tmp_path, wedge_clock):
    """``make_till(language="en", printer=None, size=..., **window_options) -> window``; ``printer``
    replaces the sim printer; ``options=TillOptions(...)`` sets the till's behaviour."""
    from hardware.printing import PrintSpooler, SqlitePrintJobStore
    from terminal.app import TerminalConfig, build_terminal
    from terminal.ui.main import create_window, stylesheet
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setStyleSheet(stylesheet())
    made = []

    def factory(language: str = "en", printer=None, size=(1366, 800), cashier_sign_in: bool = False,
                **window_options):
        db = tmp_path / f"till{len(made)}.db"
        shutil.copy(demo_db, db)
        # with its seal key, as a till has it: without, the start-up check's "cannot be fully
        # verified" warning lands on the banner whenever its answer comes (a race with the test)
        shutil.copy(f"{demo_db}.seal-key", f"{db}.seal-key")
        config = TerminalConfig(db=str(db), now=NOW, scanner="sim:", printer="sim:", display="sim:",
                                sync_interval_ms=60000)
        terminal = build_terminal(config)
        if printer is not None:
            terminal.devices.spooler.close()
            terminal.devices.printer = printer
            terminal.devices.spooler = PrintSpooler(printer, SqlitePrintJobStore(tmp_path / f"jobs{len(made)}.sqlite"))
        made.append([None, terminal])   # closed after the test even if the window cannot be built
        window = create_window(terminal, language, wedge_clock=wedge_clock, cashier_sign_in=cashier_sign_in,
                               **window_options)
        made[-1][0] = window
        window.resize(*size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    for window, terminal in made:
        if window is not None:
            window.shutdown()
            window.translations.install("en")   # Qt's translators are process-wide: leave English behind
        terminal.close()


@pytest.fixture
def till(make_till):
    return make_till()


@pytest.fixture
def idle(qtbot):
    """``idle(window)``: wait until the window's database worker has answered everything."""
    def wait(window, timeout=10000):
        qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=timeout)
    return wait
